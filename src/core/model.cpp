#include "core/model.h"

#include <algorithm>

namespace airisk::core {
namespace {

template <typename T, typename Key>
const T* find_by(const std::vector<T>& items, const std::string& wanted, Key key) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.*key == wanted; });
  return it == items.end() ? nullptr : &*it;
}

// Lower case, hyphens and underscores as spaces, one space between words, none at the ends.
std::string plan_words(const std::string& text) {
  std::string words;
  for (char c : text) {
    const bool space = c == ' ' || c == '-' || c == '_' || c == '\t';
    if (space) {
      if (!words.empty() && words.back() != ' ') words += ' ';
    } else {
      words += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  if (!words.empty() && words.back() == ' ') words.pop_back();
  return words;
}

}  // namespace

const AiPlan* Dataset::find_plan_named(const std::string& text) const {
  const std::string wanted = plan_words(text);
  if (wanted.empty()) return nullptr;
  for (const AiPlan& plan : plans) {
    if (wanted == plan_words(plan.id) || wanted == plan_words(plan.name) || wanted == plan_words(plan.vendor + " " + plan.name)) {
      return &plan;
    }
  }
  return nullptr;
}

const Source* Dataset::find_source(const std::string& id) const {
  return items ? items->source(id) : find_by(sources, id, &Source::id);
}
const Category* Dataset::find_category(const std::string& id) const { return find_by(categories, id, &Category::id); }
const Region* Dataset::find_region(const std::string& code) const { return find_by(regions, code, &Region::code); }
const AiPlan* Dataset::find_plan(const std::string& id) const { return find_by(plans, id, &AiPlan::id); }
const ThreatAgent* Dataset::find_threat_agent(const std::string& id) const {
  return items ? items->threat_agent(id) : find_by(threat_agents, id, &ThreatAgent::id);
}
const Profession* Dataset::find_profession(const std::string& slug) const {
  const Profession* summary = find_by(profession_list, slug, &Profession::slug);
  return summary ? whole_profession(static_cast<size_t>(summary - profession_list.data())) : nullptr;
}

const Profession* Dataset::whole_profession(size_t index) const {
  if (index >= profession_list.size()) return nullptr;
  return records ? records->whole(index) : &profession_list[index];
}

const std::vector<Profession>& Dataset::professions() const {
  read_late_tables();
  return profession_list;
}

void Dataset::read_late_tables() const {
  if (!late_tables) return;
  LateTables tables = late_tables->read();
  late_tables.reset();
  // Each summary goes to its profession, whose slug was read at start-up; a summaries line that
  // does not match them (the build checked it) leaves the slugs alone.
  const bool matching = tables.summaries.size() == profession_list.size() &&
                        std::equal(tables.summaries.begin(), tables.summaries.end(), profession_list.begin(),
                                   [](const Profession& a, const Profession& b) { return a.slug == b.slug; });
  if (matching) {
    for (size_t i = 0; i < profession_list.size(); ++i) profession_list[i] = std::move(tables.summaries[i]);
  }
  job_titles = std::move(tables.job_titles);
  pay_by_occupation = std::move(tables.pay_by_occupation);
  occupation_groups = std::move(tables.occupation_groups);
  pay_by_group = std::move(tables.pay_by_group);
}

const SocTitles* Dataset::find_job_titles(const std::string& soc_code) const {
  read_late_tables();
  return find_by(job_titles, soc_code, &SocTitles::soc_code);
}
std::vector<const Profession*> Dataset::professions_titled_by(const std::string& soc_code) const {
  std::vector<const Profession*> own, through_tasks;
  for (const Profession& p : professions()) {
    if (p.soc_code == soc_code) own.push_back(&p);
    else if (std::find(p.onet_soc_codes.begin(), p.onet_soc_codes.end(), soc_code) != p.onet_soc_codes.end()) through_tasks.push_back(&p);
  }
  return own.empty() ? through_tasks : own;
}
const MinimumWage* Dataset::find_minimum_wage(const std::string& region_code) const {
  return find_by(minimum_wages, region_code, &MinimumWage::region_code);
}
const OccupationPay* Dataset::find_occupation_pay(const std::string& soc_code, const std::string& region_code) const {
  read_late_tables();
  auto it = std::find_if(pay_by_occupation.begin(), pay_by_occupation.end(), [&](const OccupationPay& pay) {
    return pay.region_code == region_code && pay.soc_code == soc_code;
  });
  return it == pay_by_occupation.end() ? nullptr : &*it;
}
const PayGroup* Dataset::find_pay_group(const std::string& region_code, const std::string& system,
                                        const std::string& group) const {
  read_late_tables();
  auto it = std::find_if(pay_by_group.begin(), pay_by_group.end(), [&](const PayGroup& pay) {
    return pay.region_code == region_code && pay.group == group && pay.system == system;
  });
  return it == pay_by_group.end() ? nullptr : &*it;
}
const OccupationGroups* Dataset::find_occupation_groups(const std::string& soc_code) const {
  read_late_tables();
  return find_by(occupation_groups, soc_code, &OccupationGroups::soc_code);
}
const SalaryBasis* Dataset::find_salary_basis(const std::string& source_id) const {
  return find_by(salary_bases, source_id, &SalaryBasis::source_id);
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

const char* share_basis_label(ShareBasis basis) { return basis == ShareBasis::kOnet ? "onet" : "editorial"; }

const char* agent_kind_label(AgentKind kind) {
  switch (kind) {
    case AgentKind::kAssistant: return "assistant";
    case AgentKind::kAgent: return "agent";
    case AgentKind::kSpecialist: return "specialist";
    case AgentKind::kGenerator: return "generator";
    case AgentKind::kRobot: return "robot";
  }
  return "";
}

std::string agent_full_name(const ThreatAgent& agent) {
  return agent.product.rfind(agent.company, 0) == 0 ? agent.product : agent.company + " " + agent.product;
}

}  // namespace airisk::core
