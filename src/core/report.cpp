#include "core/report.h"

#include "core/money.h"

#include <set>
#include <tuple>

namespace airisk::core {
namespace {

// "£12.71 an hour", "R$ 1.621 a month": a whole rate without the minor units.
std::string minimum_rate(const MinimumWage& minimum, const Region& region) {
  const bool whole = minimum.rate == static_cast<double>(static_cast<long long>(minimum.rate));
  const char* per = minimum.unit == "hour" ? " an hour" : minimum.unit == "day" ? " a day" : " a month";
  return (whole ? format_money(minimum.rate, region) : format_money_exact(minimum.rate, region)) + per;
}

std::string presets_note(const PayPresets& presets, const Region& region) {
  std::string note = presets.basis + ".";
  if (!presets.minimum || !(presets.entry_at_minimum || presets.experienced_at_minimum)) return note;
  const MinimumWage& minimum = *presets.minimum;
  const char* which = presets.entry_at_minimum && presets.experienced_at_minimum ? "Both raised"
                      : presets.entry_at_minimum                                 ? "Entry raised"
                                                                                 : "Experienced raised";
  return note + " " + which + " to the legal minimum for full-time work, " +
         format_money(minimum_yearly(minimum), region) + " a year (" + minimum.name + ", " +
         minimum_rate(minimum, region) + ", " + minimum.full_time + ").";
}

// The latest release by data window, and the one before it.
void pick_observed_use(const Profession& profession, Report& r) {
  for (const ObservedUse& use : profession.observed_use) {
    if (!r.observed_use || use.window_to > r.observed_use->window_to) {
      r.observed_use_before = r.observed_use;
      r.observed_use = &use;
    } else if (!r.observed_use_before || use.window_to > r.observed_use_before->window_to) {
      r.observed_use_before = &use;
    }
  }
}

std::string observed_use_text(const Report& r) {
  if (!r.observed_use) return "";
  const ObservedUse& use = *r.observed_use;
  const std::string touched = use.observed_tasks == 0 ? "none of the " + std::to_string(use.onet_tasks)
                                                      : std::to_string(use.observed_tasks) + " of " +
                                                            std::to_string(use.onet_tasks);
  std::string line = "Claude conversations touched " + touched + " O*NET task" + (use.onet_tasks == 1 ? "" : "s") +
                     " of this job, " + format_window(use.window_from, use.window_to);
  if (r.observed_use_before) {
    line += " (" + std::to_string(r.observed_use_before->observed_tasks) + " in " +
            format_window(r.observed_use_before->window_from, r.observed_use_before->window_to) + ")";
  }
  return line;
}

}  // namespace

std::string format_window(const std::string& from, const std::string& to) {
  const std::string start = format_date(from.substr(0, 7)), end = format_date(to.substr(0, 7));
  if (to.empty() || start == end) return start;
  // "Feb 2025" and "Mar 2025" share the year: "Feb–Mar 2025".
  if (from.substr(0, 4) == to.substr(0, 4) && start.size() > 5) return start.substr(0, start.size() - 5) + "\u2013" + end;
  return start + "\u2013" + end;
}

std::string employment_text(const Dataset& dataset, const Profession& p, const NumberStyle& style) {
  std::string text = format_number(static_cast<double>(p.us_employment.count), 0, style) +
                     (p.us_employment.soc_group ? " people work in the US in this job's SOC group (BLS)."
                                                : " people do this job in the US (BLS).");
  if (p.onet_soc_codes.empty()) return text;
  std::vector<std::string> names;
  for (const std::string& code : p.onet_soc_codes) {
    const SocTitles* titles = dataset.find_job_titles(code);
    names.push_back(titles ? titles->name + " (" + code + ")" : code);
  }
  return text + " O*NET describes no tasks under SOC " + p.soc_code + "; the tasks here are O*NET's for " +
         and_list(names) + ".";
}

ReportResult build_report(const Dataset& dataset, const ReportState& state) {
  ReportResult result;
  Report& r = result.report;
  r.profession = dataset.find_profession(state.profession_slug);
  if (!r.profession) {
    result.error = "Unknown profession \"" + state.profession_slug + "\"";
    return result;
  }
  r.region = dataset.find_region(state.region_code);
  if (!r.region) {
    result.error = "Unknown region \"" + state.region_code + "\"";
    return result;
  }
  const std::string plan_id = state.plan_id.empty() ? r.profession->default_plan_id : state.plan_id;
  r.plan = dataset.find_plan(plan_id);
  if (!r.plan) {
    result.error = "Unknown AI plan \"" + plan_id + "\"";
    return result;
  }
  r.category = dataset.find_category(r.profession->category_id);
  r.presets = pay_presets(dataset, *r.profession, *r.region);
  const bool entry = state.salary_preset == kEntryPreset;
  r.salary_yearly = state.salary_yearly > 0 && state.salary_preset.empty() ? state.salary_yearly
                    : r.presets ? (entry ? r.presets->entry : r.presets->experienced)
                                : 0;
  r.cost = compare_cost(r.salary_yearly, *r.region, *r.plan);
  r.weights = shares_in_use(*r.profession, weights_for(*r.profession, state.weights));
  r.risk = risk_score(*r.profession, r.weights);
  r.dataset_risk = risk_score(*r.profession);
  r.rank_pct = rank_pct(r.risk.score, dataset.score_distribution);
  r.automates_share_pct = automates_share_pct(*r.profession, r.weights);
  pick_observed_use(*r.profession, r);

  const Region& region = *r.region;
  const NumberStyle& style = region.number_style;
  ReportText& t = r.text;
  t.salary = format_salary(r.salary_yearly, region);
  t.entry = r.presets ? format_money(r.presets->entry, region) : "";
  t.experienced = r.presets ? format_money(r.presets->experienced, region) : "";
  const bool lakhs = region.currency == "INR";
  t.entry_short = r.presets && lakhs ? format_lakh_per_annum(r.presets->entry) : t.entry;
  t.experienced_short = r.presets && lakhs ? format_lakh_per_annum(r.presets->experienced) : t.experienced;
  if (r.presets) t.presets_note = presets_note(*r.presets, region);
  t.ai_yearly = format_money(r.cost.ai_yearly, region);
  t.ai_monthly_usd = format_usd_in(r.plan->usd_per_month, region);
  t.ai_yearly_usd = format_usd_in(r.cost.ai_yearly_usd, region);
  t.ratio = r.cost.ai_is_free ? "free" : format_ratio(r.cost.ratio, style);
  t.ai_pct_of_salary = format_percent(r.cost.ai_pct_of_salary, style);
  t.ai_against_salary = r.cost.ai_pct_of_salary >= 100
                            ? format_number(r.cost.ai_pct_of_salary / 100, 1, style) + " times"
                            : t.ai_pct_of_salary + " of";
  t.human_hourly = format_money_exact(r.cost.human_hourly, region);
  t.ai_hourly = format_money_exact(r.cost.ai_hourly, region);
  t.human_hours_per_year = format_hours(r.cost.human_hours_per_year, style);
  t.ai_hours_per_year = format_hours(kAiHoursPerYear, style);
  t.break_even_hours_per_month = format_hours(r.cost.break_even_hours_per_month, style);
  if (!r.cost.ai_is_free && r.cost.salary_yearly > 0 && r.cost.ai_yearly > r.cost.salary_yearly) {
    t.break_even_note = "more than the " + format_hours(r.cost.human_hours_per_year / 12, style) +
                        " a month the person works: the plan costs more than the salary";
  }
  t.risk_score = format_number(r.risk.score, 0, style);
  t.risk_range = format_number(r.risk.score_low, 0, style) + "\u2013" + format_number(r.risk.score_high, 0, style);
  t.risk_score_with_range = t.risk_score + " (" + t.risk_range + ")";
  t.dataset_risk_score = format_number(r.dataset_risk.score, 0, style);
  t.rank_pct = format_percent(r.rank_pct, style);
  std::tie(t.automates_share, t.assists_share) = format_percent_and_rest(r.automates_share_pct, style);
  t.observed_use = observed_use_text(r);
  t.employment = employment_text(dataset, *r.profession, style);
  return result;
}

std::vector<const Source*> report_sources(const Dataset& dataset, const Report& r) {
  std::vector<std::string> ids;
  if (r.presets) ids.insert(ids.end(), r.presets->source_ids.begin(), r.presets->source_ids.end());
  ids.push_back(r.profession->us_employment.source_id);
  for (const auto& task : r.profession->tasks) ids.insert(ids.end(), task.source_ids.begin(), task.source_ids.end());
  for (const auto& use : r.profession->observed_use) ids.push_back(use.source_id);
  ids.push_back(r.plan->source_id);
  ids.push_back(r.region->usd_rate.source_id);
  ids.push_back(r.region->hours_source_id);
  std::vector<const Source*> sources;
  std::set<std::string> seen;
  for (const auto& id : ids) {
    const Source* source = dataset.find_source(id);
    if (source && seen.insert(id).second) sources.push_back(source);
  }
  return sources;
}

namespace {
// Who a figure comes from, as a reader takes it: "(airisk)" after a rate read as a publisher
// nobody knew, where it is airisk's own estimate (field test, helper-39).
std::string source_name(const Source& source) {
  return source.editorial ? source.publisher + "\u2019s estimate" : source.publisher;
}
}  // namespace

std::string figures_basis_text(const Dataset& dataset, const Report& r, bool with_working_year) {
  const Source* hours_source = dataset.find_source(r.region->hours_source_id);
  const Source* rate_source = dataset.find_source(r.region->usd_rate.source_id);
  std::string text = "Plan price as of " + format_date(r.plan->as_of) + ".";
  if (with_working_year) {
    text = "Working year: " + r.text.human_hours_per_year + (hours_source ? " (" + source_name(*hours_source) + ")" : "") +
           ". " + text;
  }
  if (const std::string rate = usd_rate_text(*r.region); !rate.empty()) {
    text = "Rate: " + rate + " (" + (rate_source ? source_name(*rate_source) + ", " : "") +
           format_date(r.region->usd_rate.date) + "). " + text;
  }
  return text;
}

}  // namespace airisk::core
