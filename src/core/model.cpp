#include "core/model.h"

#include <algorithm>
#include <cmath>

namespace airisk::core {
namespace {

template <typename T, typename Key>
const T* find_by(const std::vector<T>& items, const std::string& wanted, Key key) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.*key == wanted; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

const Source* Dataset::find_source(const std::string& id) const { return find_by(sources, id, &Source::id); }
const Category* Dataset::find_category(const std::string& id) const { return find_by(categories, id, &Category::id); }
const Region* Dataset::find_region(const std::string& code) const { return find_by(regions, code, &Region::code); }
const AiPlan* Dataset::find_plan(const std::string& id) const { return find_by(plans, id, &AiPlan::id); }
const ThreatAgent* Dataset::find_threat_agent(const std::string& id) const {
  return find_by(threat_agents, id, &ThreatAgent::id);
}
const Profession* Dataset::find_profession(const std::string& slug) const {
  return find_by(professions, slug, &Profession::slug);
}

const SocTitles* Dataset::find_job_titles(const std::string& soc_code) const {
  return find_by(job_titles, soc_code, &SocTitles::soc_code);
}

const SalaryPreset* find_salary(const Profession& profession, const std::string& region_code) {
  return find_by(profession.salaries, region_code, &SalaryPreset::region_code);
}

namespace {

// Estimates read as estimates: three significant figures ("1,730,000", not "1,731,482").
double round_to_3_significant(double value) {
  if (value <= 0) return 0;
  double scale = std::pow(10.0, std::floor(std::log10(value)) - 2);
  return std::round(value / scale) * scale;
}

}  // namespace

bool salary_range(const Dataset& dataset, const Profession& profession, const Region& region, SalaryPreset& out) {
  if (const SalaryPreset* own = find_salary(profession, region.code)) {
    out = *own;
    return true;
  }
  const SalaryPreset* us = find_salary(profession, "US");
  const Region* us_region = dataset.find_region("US");
  if (!us || !us_region || us_region->usd_rate.units_per_usd <= 0) return false;
  double factor = region.pay_model.ratio_to_us * region.usd_rate.units_per_usd / us_region->usd_rate.units_per_usd;
  if (region.pay_model.traded_premium) {
    if (const Category* category = dataset.find_category(profession.category_id)) factor *= category->traded_premium;
  }
  out.region_code = region.code;
  out.entry = round_to_3_significant(us->entry * factor);
  out.experienced = round_to_3_significant(us->experienced * factor);
  out.source_id = region.pay_model.source_id;
  out.estimated = true;
  return true;
}

const char* horizon_label(Horizon horizon) {
  switch (horizon) {
    case Horizon::kNow: return "now";
    case Horizon::kOneToTwoYears: return "1-2 years";
    case Horizon::kThreeToFiveYears: return "3-5 years";
    case Horizon::kBeyondFiveYears: return "5+ years";
  }
  return "";
}

const char* task_mode_label(TaskMode mode) { return mode == TaskMode::kAutomates ? "automates" : "assists"; }

}  // namespace airisk::core
