// What a card's state may hold, wherever it comes from: a CLI option, a share link or a control
// in the card. One set of rules, so whatever one of them accepts the others accept too
// (docs/link.md, "Values and their limits").
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/model.h"

namespace airisk::core {

// A task weight is the visitor's own share of time on that task, in any unit; the core
// normalises the weights, so only their ratios matter.
constexpr double kMinWeight = 0;
constexpr double kMaxWeight = 1000;

// A number written as text (a weight, a link's salary), counted in characters. Long enough for
// any double the card produces between 1e-13 and 1e15 at full precision.
constexpr std::size_t kMaxNumberChars = 32;

// The card's sections, top to bottom: the ids a link's `sec` may name.
constexpr const char* kSectionIds[] = {"header", "cost",  "tasks",   "threats", "timeline",
                                       "skills", "share", "catalog", "compare"};

// The sections a host may choose and order (the element's `sections` attribute), in the card's
// own order: the header always leads, and the comparison follows whatever is shown.
constexpr const char* kHostSectionIds[] = {"cost", "tasks", "threats", "timeline", "skills", "share", "catalog"};

// A host's list of sections, "tasks, threats,cost": the known ids in the order written, each
// once; names that are not sections are kept apart so the card can say which. Case and spaces
// around a name do not matter. `sections` is empty when no name was known.
struct SectionList {
  std::vector<std::string> sections;
  std::vector<std::string> unknown;
};
SectionList read_section_list(const std::string& text);
// "cost, tasks, ...": the names `sections` takes, for messages.
std::string host_section_id_list();

// A value read from text: `ok`, or `error` says why not, for the person who typed it.
struct NumberRead {
  bool ok = false;
  double value = 0;
  std::string error;
};

// Digits with at most one '.', nothing else: no sign, exponent, hex, grouping or spaces, at
// most kMaxNumberChars characters. "0x10", "1e3", "-0", " 5" and "" are not plain decimals.
NumberRead read_plain_decimal(const std::string& text);

// The shortest plain decimal text that reads back to exactly `value` (finite, >= 0); never an
// exponent and never cut, however many digits that takes.
std::string plain_decimal_text(double value);

// A weight as typed or as found in a link: a plain decimal from kMinWeight to kMaxWeight.
NumberRead read_weight(const std::string& text);

// Why `weight` cannot be part of a state (out of range, or too many digits to write in a link),
// or "" when it can. The card checks a weight from its own controls with this.
std::string weight_error(double weight);

bool is_section_id(const std::string& id);

// The region a host or a link means by `text` ("gb", " GB ", "UK", "GBR", "Germany", "Deutschland"):
// the one whose code, name or other name in the dataset (regions.json) it is, in any case, with or
// without accents, spaces around or doubled inside; null if none.
const Region* find_region_as_written(const Dataset& dataset, const std::string& text);
// How find_region_as_written compares a region's names: "  Brésil " and "BRESIL" have one key.
std::string region_name_key(const std::string& text);
// "header, tasks, cost, ...": for messages.
std::string section_id_list();

// Salaries below or above these (in US dollars a year) are taken to be typing mistakes.
constexpr double kMinSalaryUsdPerYear = 100;
constexpr double kMaxSalaryUsdPerYear = 100e6;

// Why a yearly salary in `region`'s currency is out of that range (after conversion), or ""
// when it is in range. Typed salaries are read by parse_salary (salary.h), which applies it.
std::string salary_range_error(double yearly, const Region& region);
// The same rule for an amount already in US dollars a year.
std::string salary_usd_error(double usd_per_year);

}  // namespace airisk::core
