// A card's state (what the visitor chose) and the report it resolves to: every figure computed
// and formatted once here, so the widget, the CLI and the tests show the same text.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/cost.h"
#include "core/model.h"
#include "core/pay.h"
#include "core/risk.h"

namespace airisk::core {

// What the share link encodes (docs/link.md). Empty/zero fields mean "the default".
// The presets' names, as links, embed code and the salary attribute write them.
constexpr const char* kEntryPreset = "entry";
constexpr const char* kExperiencedPreset = "experienced";

struct ReportState {
  std::string profession_slug;
  std::string region_code = "US";
  std::string plan_id;        // empty: the profession's default plan
  double salary_yearly = 0;   // in the region's currency; 0: the experienced preset
  // "entry" or "experienced": the salary is that preset in whatever the region is, and links and
  // embed code carry the name, not the figure. Empty: salary_yearly as it is.
  std::string salary_preset;
  // The visitor's own share of time per task, by stable task id; empty: the dataset's shares.
  std::map<std::string, double> weights;
  std::string compare_slug;   // a second profession shown side by side, or empty
  std::string section;        // the section in view, or empty
};

struct ReportText {
  std::string salary, entry, experienced;
  std::string entry_short, experienced_short;  // as people say them: "6 LPA" in India, else as entry/experienced
  // Where the presets come from, and where the legal minimum raised one, which and to what:
  // the line the card shows under them.
  std::string presets_note;
  std::string ai_yearly, ai_monthly_usd, ai_yearly_usd;
  std::string ratio, ai_pct_of_salary;
  std::string human_hourly, ai_hourly, human_hours_per_year, ai_hours_per_year;
  std::string break_even_hours_per_month;
  // Where the plan costs more than the salary, the break-even is past every hour the person works:
  // "more than the 208 h a month the person works: the plan costs more than the salary". Else empty.
  std::string break_even_note;
  // How the plan's cost stands against the salary, before "a <salary> salary": "2% of", or past the
  // whole salary "6.9 times" (a share of 686% read worse than the multiple).
  std::string ai_against_salary;
  std::string risk_score;
  std::string risk_range;             // "49–63": the score with every task at its low and high figure
  std::string risk_score_with_range;  // "56 (49–63)"
  std::string dataset_risk_score;     // the score with the dataset's time shares (differs when personalised)
  std::string rank_pct;  // "higher than 62% of professions"
  std::string automates_share, assists_share;
  // "Claude conversations touched 9 of 21 O*NET tasks of this job, Feb 2026 (7 in Feb–Mar 2025)";
  // empty when the dataset has no observed use for the profession.
  std::string observed_use;
  // "3,988,140 people do this job in the US (BLS)." and, where O*NET describes no tasks under the
  // BLS code, whose tasks the card shows instead.
  std::string employment;
};

struct Report {
  const Profession* profession = nullptr;
  const Category* category = nullptr;
  const Region* region = nullptr;
  const AiPlan* plan = nullptr;
  std::optional<PayPresets> presets;  // the region's entry/experienced range, with where it comes from
  double salary_yearly = 0;
  CostComparison cost;
  RiskScore risk;          // with the visitor's weights where given
  RiskScore dataset_risk;  // with the dataset's time shares
  double rank_pct = 0;     // share of all professions with a lower score, 0-100
  double automates_share_pct = 0;  // of working time, in tasks AI mostly does itself
  std::vector<double> weights;     // each task's share of time in use, percent, in task order; sums to 100
  // Observed use (evidence beside the score, not part of it): the latest release, and the one
  // before it for comparison; null where the profession has none.
  const ObservedUse* observed_use = nullptr;
  const ObservedUse* observed_use_before = nullptr;
  ReportText text;
};

struct ReportResult {
  Report report;
  std::string error;  // empty when the state resolved
  bool ok() const { return error.empty(); }
};

ReportResult build_report(const Dataset& dataset, const ReportState& state);

// A data window as people say it: "Feb 2026", "Feb–Mar 2025", "Dec 2025–Jan 2026".
std::string format_window(const std::string& from, const std::string& to);

// The sources behind the figures a report shows (salary range, employment, tasks, plan, rate,
// hours), each once, in the order they first appear: the card's methodology panel and the
// HTML report list the same ones.
std::vector<const Source*> report_sources(const Dataset& dataset, const Report& report);

// Where the cost figures' conversion and hours come from, as the card and the HTML say under
// them: "Rate: 1 USD = ₦1,500.00 (airisk’s estimate, Apr 2026). Working year: 2,080 h (...). Plan
// price as of 2026." The working year only where the salary's figures are shown.
std::string figures_basis_text(const Dataset& dataset, const Report& report, bool with_working_year);

}  // namespace airisk::core
