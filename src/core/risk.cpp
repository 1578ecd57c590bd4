#include "core/risk.h"

namespace airisk::core {

RiskBand band_for(double score) {
  if (score >= 75) return RiskBand::kVeryHigh;
  if (score >= 50) return RiskBand::kHigh;
  if (score >= 25) return RiskBand::kModerate;
  return RiskBand::kLow;
}

const char* band_label(RiskBand band) {
  switch (band) {
    case RiskBand::kLow: return "Low";
    case RiskBand::kModerate: return "Moderate";
    case RiskBand::kHigh: return "High";
    case RiskBand::kVeryHigh: return "Very high";
  }
  return "";
}

RiskScore risk_score(const Profession& profession, const std::vector<double>& weights) {
  double weighted = 0, total = 0;
  for (size_t i = 0; i < profession.tasks.size(); ++i) {
    double w = i < weights.size() ? weights[i] : profession.tasks[i].time_share_pct;
    if (w <= 0) continue;
    weighted += w * profession.tasks[i].ai_figure;
    total += w;
  }
  RiskScore result;
  result.score = total > 0 ? weighted / total : 0;
  result.band = band_for(result.score);
  return result;
}

}  // namespace airisk::core
