// A profession's salary presets in a region, and where they come from. The method per region is
// in docs/methodology.md; the tables it reads are in docs/dataset.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model.h"

namespace airisk::core {

struct PayPresets {
  double entry = 0;        // yearly, in the region's currency
  double experienced = 0;
  bool estimated = false;  // derived by the documented method rather than read from a source
  std::string source_id;   // the source of the figures
  std::vector<std::string> source_ids;  // every source behind them, the figures' own first
  std::string basis;       // where they come from, as the card says it
  const MinimumWage* minimum = nullptr;  // the region's legal minimum, if it has one
  bool entry_at_minimum = false;         // raised to the legal minimum for full-time work
  bool experienced_at_minimum = false;
};

// In order, the first that exists: the profession's own figures for the region (its record);
// the country's own figures for its SOC code (survey or public pay scale); an estimate from the
// region's pay in the SOC code's occupation group; an estimate from the region's overall pay
// ratio. A profession that sits elsewhere in its code's range (Profession::pay_percentiles) moves
// them there. Then neither preset is left under the region's legal minimum for full-time work.
// Empty when the profession has neither figures for the region nor a US range to estimate from.
std::optional<PayPresets> pay_presets(const Dataset& dataset, const Profession& profession, const Region& region);

// The percentiles a profession's pay_percentiles may name: 10, 25, 50, 75, 90.
bool is_pay_percentile(int percentile);

// A full-time year at the legal minimum, in whole units of the currency (rounded up, so a preset
// raised to it is never below it).
double minimum_yearly(const MinimumWage& minimum);

}  // namespace airisk::core
