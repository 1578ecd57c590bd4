// The overall AI exposure score of a profession from its tasks.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/model.h"

namespace airisk::core {

enum class RiskBand { kLow, kModerate, kHigh, kVeryHigh };

struct RiskScore {
  double score = 0;  // 0-100: the task AI figures weighted by share of working time
  RiskBand band = RiskBand::kLow;
  char grade = 'A';  // A (least exposed) to F, see grade_for
};

// Weights: one per task, any non-negative scale (normalised here); empty, the wrong length or
// all zero means the dataset's time shares.
RiskScore risk_score(const Profession& profession, const std::vector<double>& weights = {});
RiskBand band_for(double score);
const char* band_label(RiskBand band);
// Cut-offs: A below 20, B below 40, C below 60, D below 80, F from 80 (docs/methodology.md).
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
