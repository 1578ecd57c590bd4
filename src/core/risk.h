// The overall AI exposure score of a profession from its tasks.
#pragma once

#include <string>
#include <vector>

#include "core/model.h"

namespace airisk::core {

enum class RiskBand { kLow, kModerate, kHigh, kVeryHigh };

struct RiskScore {
  double score = 0;  // 0-100: the task AI figures weighted by share of working time
  RiskBand band = RiskBand::kLow;
};

// Weights: one per task, the share of time; empty means the dataset's shares.
RiskScore risk_score(const Profession& profession, const std::vector<double>& weights = {});
RiskBand band_for(double score);
const char* band_label(RiskBand band);

}  // namespace airisk::core
