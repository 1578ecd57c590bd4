#include "core/model.h"

#include <algorithm>

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

const SalaryPreset* find_salary(const Profession& profession, const std::string& region_code) {
  return find_by(profession.salaries, region_code, &SalaryPreset::region_code);
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
