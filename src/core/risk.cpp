#include "core/risk.h"

#include <algorithm>
#include <cmath>

#include "core/order.h"

namespace airisk::core {

RiskBand band_for(double exact_score) {
  // The score as the card writes it, in whole points (core format_number rounds half away from
  // zero): "40 / 100" is one grade, whether it was 39.6 or 40.2.
  const double score = std::round(exact_score);
  if (score >= 80) return RiskBand::kVeryHigh;
  if (score >= 60) return RiskBand::kHigh;
  if (score >= 40) return RiskBand::kModerate;
  if (score >= 20) return RiskBand::kLow;
  return RiskBand::kVeryLow;
}

const char* band_label(RiskBand band) {
  switch (band) {
    case RiskBand::kVeryLow: return "Very low";
    case RiskBand::kLow: return "Low";
    case RiskBand::kModerate: return "Moderate";
    case RiskBand::kHigh: return "High";
    case RiskBand::kVeryHigh: return "Very high";
  }
  return "";
}

namespace {

// The weights to use: the visitor's if they are usable, else the dataset's time shares.
std::vector<double> usable_weights(const Profession& profession, const std::vector<double>& weights) {
  double total = 0;
  bool valid = weights.size() == profession.tasks.size();
  for (double w : weights) {
    if (!(w >= 0) || !std::isfinite(w)) valid = false;  // also rejects NaN
    total += w;
  }
  if (valid && total > 0) return weights;
  std::vector<double> shares;
  for (const Task& task : profession.tasks) shares.push_back(task.time_share_pct);
  return shares;
}

}  // namespace

char grade_for(double score) { return "ABCDF"[static_cast<int>(band_for(score))]; }

RiskScore risk_score(const Profession& profession, const std::vector<double>& weights) {
  std::vector<double> w = usable_weights(profession, weights);
  double weighted = 0, weighted_low = 0, weighted_high = 0, total = 0;
  for (size_t i = 0; i < profession.tasks.size(); ++i) {
    const Task& task = profession.tasks[i];
    weighted += w[i] * task.ai_figure;
    weighted_low += w[i] * task.ai_figure_low;
    weighted_high += w[i] * task.ai_figure_high;
    total += w[i];
  }
  RiskScore result;
  if (total > 0) {
    result.score = weighted / total;
    result.score_low = weighted_low / total;
    result.score_high = weighted_high / total;
  }
  result.band = band_for(result.score);
  result.grade = grade_for(result.score);
  return result;
}

std::vector<double> weights_for(const Profession& profession, const std::map<std::string, double>& by_id) {
  std::vector<double> weights;
  for (const Task& task : profession.tasks) {
    auto it = by_id.find(task.id);
    weights.push_back(it != by_id.end() ? it->second : task.time_share_pct);
  }
  return weights;
}

std::vector<double> shares_in_use(const Profession& profession, const std::vector<double>& weights) {
  std::vector<double> shares = usable_weights(profession, weights);
  double total = 0;
  for (double w : shares) total += w;
  for (double& w : shares) w = total > 0 ? 100.0 * w / total : 0;
  return shares;
}

std::vector<int> whole_percentages(const std::vector<double>& shares) {
  // Largest remainder: each share rounded down, then the points still missing go to the
  // shares that lost most, so the whole numbers shown add up to 100 like the shares do.
  std::vector<int> whole;
  std::vector<double> lost;  // each share's remainder, negated: the largest first in order_by_key
  int sum = 0;
  double total = 0;
  for (size_t i = 0; i < shares.size(); ++i) {
    const double share = std::max(0.0, shares[i]);
    total += share;
    whole.push_back(static_cast<int>(std::floor(share)));
    sum += whole.back();
    lost.push_back(-(share - whole.back()));
  }
  const std::vector<size_t> by_remainder = order_by_key(lost);
  const int target = static_cast<int>(std::lround(total));
  for (size_t k = 0; sum < target && k < by_remainder.size(); ++k, ++sum) ++whole[by_remainder[k]];
  return whole;
}

double rank_pct(double score, const std::vector<double>& sorted_scores) {
  if (sorted_scores.empty()) return 0;
  auto below = std::lower_bound(sorted_scores.begin(), sorted_scores.end(), score) - sorted_scores.begin();
  return 100.0 * static_cast<double>(below) / static_cast<double>(sorted_scores.size());
}

double automates_share_pct(const Profession& profession, const std::vector<double>& weights) {
  std::vector<double> w = usable_weights(profession, weights);
  double automated = 0, total = 0;
  for (size_t i = 0; i < profession.tasks.size(); ++i) {
    if (profession.tasks[i].mode == TaskMode::kAutomates) automated += w[i];
    total += w[i];
  }
  return total > 0 ? 100.0 * automated / total : 0;
}

}  // namespace airisk::core
