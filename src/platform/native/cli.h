// The `airisk` command line: shared pieces of its commands (cli_*.cpp).
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/report.h"

namespace airisk::cli {

constexpr int kExitOk = 0;
constexpr int kExitInternal = 1;
constexpr int kExitBadInput = 2;

// Thrown for the user's mistakes: printed as "airisk: <message>", exit 2.
struct BadInput {
  std::string message;
};

struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;
  bool json = false;
  std::string option(const std::string& name, const std::string& fallback = "") const;
  // Given on the command line, even as '': an empty value is then a mistake, never "the default".
  bool has(const std::string& name) const { return options.count(name) > 0; }
};

core::Dataset load_dataset_or_fail(const Args& args);
const core::Region& region_or_fail(const core::Dataset& dataset, const std::string& code);
// Money to the cent and ratios to 4 decimals: enough to check by hand, free of float noise.
double rounded(double value, int decimals);
// The state a report or link command describes: --region, --salary, --plan, --weights, checked
// by the same rules as a link and the card (core/state_rules.h).
core::ReportState state_from_options(const core::Dataset& dataset, const Args& args, const std::string& slug);
// A profession as list/search print it.
nlohmann::json profession_summary(const core::Dataset& dataset, const core::Profession& profession);

int command_report(const Args& args);
int command_html(const Args& args);
int command_salary(const Args& args);
int command_link(const Args& args);
int command_open(const Args& args);
int command_list(const Args& args);
int command_search(const Args& args);
int command_regions(const Args& args);
int command_plans(const Args& args);
int command_validate(const Args& args);
int command_bundle(const Args& args);
int command_normalise(const Args& args);
int command_resolve(const Args& args);
int command_index(const Args& args);

}  // namespace airisk::cli
