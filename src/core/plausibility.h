// Whether a salary is one people in the region could earn for full-time work, and if not, what
// the person most likely meant ("120" is an hourly wage, "9000000" has a zero too many). The
// figures are still computed from what was typed; the card says so and offers the likely
// meaning, applied with one tap.
#pragma once

#include <optional>
#include <string>

#include "core/model.h"
#include "core/pay.h"
#include "core/salary.h"  // NamedPeriod

namespace airisk::core {

// A salary over this many times the experienced preset is called implausible.
constexpr double kImplausibleOverExperienced = 100;
// A likely meaning is offered only up to this many times the experienced preset: "120k" in Japan
// is not \u00a5120,000,000, nor a British nurse's "\u00a31,200" \u00a31,200,000.
constexpr double kLikelyAtMostOverExperienced = 5;

struct SalarySuggestion {
  double yearly = 0;     // the likely salary, in the region's currency
  std::string reading;   // how the typed figure was re-read: "as an hourly wage"
};

struct SalaryPlausibility {
  bool plausible = true;
  std::string message;  // "$120 a year is under a full-time year at the federal minimum wage in the United States."
  std::optional<SalarySuggestion> suggestion;
  std::string suggestion_text;  // "As an hourly wage that is $214,680 a year."
};

// The lowest yearly pay for full-time work in the region: its legal minimum where the dataset
// has one (minimum_wages, carried by the presets), else a quarter of the entry preset (an
// editorial floor). 0 when neither is known.
double full_time_floor(const PayPresets* presets);

// `named`: the period the visitor wrote with the figure. A figure said to be hourly, monthly or
// yearly is not offered as another reading, and an hourly one is held against an hourly minimum
// wage at the hours the card turned it into a year with.
SalaryPlausibility check_salary(double yearly, const Region& region, const PayPresets* presets,
                                NamedPeriod named = NamedPeriod::kNone);

}  // namespace airisk::core
