// The overall AI exposure score of a profession from its tasks.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/model.h"

namespace airisk::core {

// One band per grade (A very low ... F very high), so the word and colour beside a grade never differ.
enum class RiskBand { kVeryLow, kLow, kModerate, kHigh, kVeryHigh };

struct RiskScore {
  double score = 0;  // 0-100: the task AI figures weighted by share of working time
  // The same weighting with every task at the low, and at the high, end of its figure's range:
  // how far the score could move if each judgement were off in the same direction.
  double score_low = 0;
  double score_high = 0;
  RiskBand band = RiskBand::kVeryLow;
  char grade = 'A';  // A (least exposed) to F, see grade_for
};

// Weights: one per task, any non-negative scale (normalised here); empty, the wrong length or
// all zero means the dataset's time shares.
RiskScore risk_score(const Profession& profession, const std::vector<double>& weights = {});
// Cut-offs on the whole score shown: below 20, 40, 60, 80, and from 80 (docs/methodology.md):
// A/very low ... F/very high.
RiskBand band_for(double score);
const char* band_label(RiskBand band);
char grade_for(double score);

// The visitor's weights by task id, in task order; tasks without one keep their dataset share
// scaled to the same total, ids that are not tasks of this profession are ignored.
std::vector<double> weights_for(const Profession& profession, const std::map<std::string, double>& by_id);
// The shares of time in use (the visitor's if usable, else the dataset's), scaled to sum to 100.
std::vector<double> shares_in_use(const Profession& profession, const std::vector<double>& weights);
// Whole percentages for display that add up to the shares' (rounded) total.
std::vector<int> whole_percentages(const std::vector<double>& shares);

// Share of `all_scores` strictly below `score`, in percent: 0 for the least exposed profession.
double rank_pct(double score, const std::vector<double>& sorted_scores);

// Percent of working time in tasks AI mostly automates (the rest it assists).
double automates_share_pct(const Profession& profession, const std::vector<double>& weights = {});

}  // namespace airisk::core
