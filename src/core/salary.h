// What people type as a salary: "$120k", "28 LPA", "12,00,000", "55.000 €", "10k/mo".
#pragma once

#include <string>

#include "core/model.h"
#include "core/state_rules.h"  // the salary range

namespace airisk::core {

// The period the text named, if any: "50/hr", "4.500 €/Monat", "28 LPA" (lakh per annum).
enum class NamedPeriod { kNone, kYear, kMonth, kWeek, kDay, kHour };

struct SalaryParse {
  bool ok = false;
  double yearly = 0;          // in the region's currency (converted if another currency was typed)
  std::string error;          // why the text was rejected, for the person who typed it
  std::string typed_currency; // ISO code of the currency the text named, or the region's
  double typed_yearly = 0;    // the yearly amount in typed_currency
  std::string typed_region;   // the region whose money and number style the text was read in
  bool converted = false;     // true when typed_currency differs from the region's
  NamedPeriod period = NamedPeriod::kNone;
  // A job ad's range ("$120,000 - $150,000", "28-32 LPA") is read as its middle; its ends, yearly
  // in typed_currency, say what was read.
  bool range = false;
  double range_low = 0;
  double range_high = 0;
  // No period was named, but as a year the figure is under the region's legal minimum, in a region
  // whose pay is quoted by the month ("R$ 8 mil" in Brazil): read as a month's pay, and said so.
  bool month_assumed = false;
  // One mark before three digits ("45,000" in Germany, "120.000" in the US) that as the region's
  // decimals would be under a full-time year at the legal minimum: read as grouping thousands,
  // and said so. typed_yearly is what was read.
  bool grouping_assumed = false;
  std::string reading_note;  // then: "Read “45,000” as 45.000 €: in Germany ‘,’ marks the decimals."
};

// What a salary may hold, said when it held Japanese the parser has no mark for ("約500万円"), or
// when the card refused a character it cannot draw: every mark named here is one it draws.
constexpr const char* kJapaneseMarksRead =
    "Only digits, currency signs, words such as \"a month\" and 年収, 月給, 時給, 万 or 円 can be read in a salary";

// Lakh and crore ("28 LPA", "1.2 crore") count rupees: typed in another region they are converted.
constexpr const char* kLakhCurrency = "INR";

// A yearly salary written so parse_salary reads it back exactly (the card's embed code): the
// region's money, with decimals where it has them as "1.234,56 EUR", and "a year" where the bare
// figure would be read as a month's ("R$ 8.000" in Brazil, under a year at its minimum).
std::string salary_as_written(double yearly, const Region& region, const Dataset& dataset);

// `dataset` supplies the other regions' currencies and rates for text like "$120k" typed
// with region India; the region settles only marks that are truly ambiguous ("55.000").
SalaryParse parse_salary(const std::string& text, const Region& region, const Dataset& dataset);

}  // namespace airisk::core
