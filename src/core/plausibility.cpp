#include "core/plausibility.h"

#include <cmath>
#include <vector>

#include "core/money.h"

namespace airisk::core {
namespace {

// Where an implausible figure may have come from, in the order of how often people type them: a
// wage per hour, per month, thousands without the k, one or more zeros too many.
struct Reading {
  double factor;
  const char* text;
};

const Reading kLowReadings[] = {{0, "As an hourly wage"}, {12, "As a monthly salary"}, {1000, "In thousands"}};
const Reading kHighReadings[] = {{0.1, "With one zero fewer"}, {0.01, "With two zeros fewer"}, {0.001, "With three zeros fewer"}};

}  // namespace

double full_time_floor(const PayPresets* presets) {
  if (!presets) return 0;
  return presets->minimum ? minimum_yearly(*presets->minimum) : presets->entry / 4;
}

SalaryPlausibility check_salary(double yearly, const Region& region, const PayPresets* presets, NamedPeriod named) {
  SalaryPlausibility result;
  const bool legal_floor = presets && presets->minimum;
  // An hourly wage became a year at the region's hours: so does the hourly minimum it is held to.
  const bool hour_to_hour = named == NamedPeriod::kHour && legal_floor && presets->minimum->unit == "hour";
  const double floor = hour_to_hour ? presets->minimum->rate * region.hours_per_year - 0.5 : full_time_floor(presets);
  const double ceiling = presets ? presets->experienced * kImplausibleOverExperienced : 0;
  const bool low = floor > 0 && yearly < floor;
  const bool high = ceiling > 0 && yearly > ceiling;
  if (!low && !high) return result;
  result.plausible = false;
  const std::string typed = format_salary(yearly, region) + " a year";
  if (low) {
    // The minimum by its own name: not every floor is a legal one everywhere in the region
    // (India's national floor wage is advisory, Canada's federal minimum is not the provinces').
    result.message = typed + (legal_floor ? " is under a full-time year at the " + presets->minimum->name + " in "
                                          : " is far under what full-time work pays in ") +
                     place_name(region.name) + ".";
  } else {
    result.message = typed + " is over " + format_number(kImplausibleOverExperienced, 0, region.number_style) +
                     " times the experienced salary for this job in " + place_name(region.name) + ".";
  }
  if (named != NamedPeriod::kNone) return result;  // the visitor said what the figure is
  // Of the readings that land in the plausible range, the one nearest the job's usual pay (the
  // middle of its presets, by ratio): "8000" for a developer is a monthly $96,000, not an hourly
  // $14 million, which is under the ceiling too. On a tie, the more common mistake (listed first).
  std::vector<Reading> readings(low ? std::begin(kLowReadings) : std::begin(kHighReadings),
                                low ? std::end(kLowReadings) : std::end(kHighReadings));
  const double usual = presets && presets->entry > 0 && presets->experienced > 0
                           ? std::sqrt(presets->entry * presets->experienced) : 0;
  const double likely_ceiling = presets ? presets->experienced * kLikelyAtMostOverExperienced : 0;
  double nearest = INFINITY;
  for (const Reading& reading : readings) {
    const double factor = reading.factor > 0 ? reading.factor : region.hours_per_year;
    const double candidate = yearly * factor;
    if (candidate < floor || (likely_ceiling > 0 && candidate > likely_ceiling)) continue;
    const double distance = usual > 0 ? std::fabs(std::log(candidate / usual)) : 0;
    if (distance >= nearest) continue;
    nearest = distance;
    result.suggestion = SalarySuggestion{std::round(candidate), reading.text};
  }
  if (result.suggestion) {
    result.suggestion_text = result.suggestion->reading + " that is " + format_money(result.suggestion->yearly, region) + " a year.";
  }
  return result;
}

}  // namespace airisk::core
