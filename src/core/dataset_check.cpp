#include "core/dataset_check.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "core/state_rules.h"
#include "core/title.h"

namespace airisk::core::detail {
namespace {

constexpr size_t kMaxThreatAgents = 6;
constexpr double kTimeShareTolerancePct = 0.5;

class Checker {
 public:
  Checker(const Dataset& d, std::vector<Problem>& problems) : d_(d), problems_(problems) {}

  void problem(const std::string& path, const std::string& message) { problems_.push_back({path, message}); }

  template <typename T, typename Key>
  void unique(const std::vector<T>& items, Key key, const std::vector<std::string>& paths, const char* field,
              const char* what) {
    std::map<std::string, size_t> seen;
    for (size_t i = 0; i < items.size() && i < paths.size(); ++i) {
      const std::string& value = items[i].*key;
      if (value.empty()) continue;
      auto [it, inserted] = seen.emplace(value, i);
      if (!inserted) problem(paths[i] + "." + field, std::string("duplicates the ") + what + " \"" + value + "\" of " + paths[it->second]);
    }
  }

  void source_ref(const std::string& id, const std::string& path) {
    if (!id.empty() && !d_.find_source(id)) problem(path, "names the unknown source \"" + id + "\"");
  }

 private:
  const Dataset& d_;
  std::vector<Problem>& problems_;
};

std::string lower(std::string text) {
  for (char& ch : text) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return text;
}

void check_profession(Checker& c, const Dataset& d, const Profession& prof, const std::string& p) {
  if (!prof.category_id.empty() && !d.find_category(prof.category_id)) {
    c.problem(p + ".category", "names the unknown category \"" + prof.category_id + "\"");
  }
  c.source_ref(prof.us_employment.source_id, p + ".us_employment.source");
  std::set<std::string> onet_codes;
  for (size_t i = 0; i < prof.onet_soc_codes.size(); ++i) {
    const std::string& code = prof.onet_soc_codes[i];
    const std::string path = p + ".onet_soc_codes[" + std::to_string(i) + "]";
    if (code == prof.soc_code) c.problem(path, "repeats the profession's own soc_code");
    else if (!onet_codes.insert(code).second) c.problem(path, "lists " + code + " twice");
  }
  if (prof.us_employment.soc_group && prof.soc_note.empty()) {
    c.problem(p + ".soc_note", "is needed when us_employment covers a SOC group several professions share");
  }

  if (prof.tasks.empty()) c.problem(p + ".tasks", "must list at least one task");
  double share_sum = 0;
  std::set<std::string> task_ids;
  for (size_t i = 0; i < prof.tasks.size(); ++i) {
    const Task& task = prof.tasks[i];
    std::string tp = p + ".tasks[" + std::to_string(i) + "]";
    share_sum += task.time_share_pct;
    if (!task.id.empty() && !task_ids.insert(task.id).second) c.problem(tp + ".id", "duplicates the task id \"" + task.id + "\"");
    if (task.source_ids.empty()) c.problem(tp + ".sources", "must cite at least one source");
    for (size_t s = 0; s < task.source_ids.size(); ++s) c.source_ref(task.source_ids[s], tp + ".sources[" + std::to_string(s) + "]");
  }
  if (!prof.tasks.empty() && std::fabs(share_sum - 100.0) > kTimeShareTolerancePct) {
    char buffer[400];  // "%.1f" of any double fits: at most 309 digits before the point
    std::snprintf(buffer, sizeof buffer, "%.1f", share_sum);
    c.problem(p + ".tasks", std::string("time_share must add up to 100, not ") + buffer);
  }

  if (prof.threats.size() > kMaxThreatAgents) c.problem(p + ".threats", "lists more than 6 threat agents");
  std::set<std::string> agents;
  for (size_t i = 0; i < prof.threats.size(); ++i) {
    const Threat& threat = prof.threats[i];
    std::string ap = p + ".threats[" + std::to_string(i) + "]";
    const ThreatAgent* agent = d.find_threat_agent(threat.agent_id);
    if (!agent) c.problem(ap + ".agent", "names the unknown threat agent \"" + threat.agent_id + "\"");
    if (!agents.insert(threat.agent_id).second) c.problem(ap + ".agent", "repeats the threat agent \"" + threat.agent_id + "\"");
    if (agent && !threat.does.empty() && lower(threat.does) == lower(agent->does)) {
      c.problem(ap + ".does", "repeats the agent table's general line: say what it does for this profession");
    }
  }

  std::set<std::string> releases;
  for (size_t i = 0; i < prof.observed_use.size(); ++i) {
    const std::string& source = prof.observed_use[i].source_id;
    const std::string up = p + ".observed_use[" + std::to_string(i) + "].source";
    c.source_ref(source, up);
    if (!releases.insert(source).second) c.problem(up, "repeats the release \"" + source + "\"");
  }

  if (prof.timeline.empty()) c.problem(p + ".timeline", "must have at least one phase");
  for (size_t i = 1; i < prof.timeline.size(); ++i) {
    if (prof.timeline[i].from_year < prof.timeline[i - 1].from_year) {
      c.problem(p + ".timeline[" + std::to_string(i) + "].from", "must not start before the previous phase");
    }
  }
  if (prof.skills.empty()) c.problem(p + ".skills", "must list at least one skill");

  if (!prof.default_plan_id.empty() && !d.find_plan(prof.default_plan_id)) {
    c.problem(p + ".default_plan", "names the unknown plan \"" + prof.default_plan_id + "\"");
  }

  std::set<std::string> salary_regions;
  for (size_t i = 0; i < prof.salaries.size(); ++i) {
    const SalaryPreset& salary = prof.salaries[i];
    std::string sp = p + ".salaries[" + std::to_string(i) + "]";
    if (salary.region_code.empty()) continue;
    if (!d.find_region(salary.region_code)) c.problem(sp + ".region", "names the unknown region \"" + salary.region_code + "\"");
    if (!salary_regions.insert(salary.region_code).second) c.problem(sp + ".region", "repeats the region \"" + salary.region_code + "\"");
    c.source_ref(salary.source_id, sp + ".source");
  }
  // Other regions come from the pay tables or are estimated from the US range (pay_presets), so
  // only the US one is required.
  if (!salary_regions.count(kBaseRegion)) c.problem(p + ".salaries", "has no entry for the region \"US\" (BLS)");
}

// Names people search for must lead to one profession; prose must not be pasted between entries.
void check_unique_text(Checker& c, const Dataset& d, const Origins& origins) {
  std::map<std::string, std::string> names, taglines, reasons, threats;  // text -> where it first appeared
  for (size_t i = 0; i < d.professions().size() && i < origins.professions.size(); ++i) {
    const Profession& prof = d.professions()[i];
    const std::string& p = origins.professions[i];
    auto claim = [&](std::map<std::string, std::string>& seen, const std::string& text, const std::string& path,
                     const char* what) {
      if (text.empty()) return;
      auto [it, inserted] = seen.emplace(lower(text), path);
      if (!inserted) c.problem(path, std::string("repeats the ") + what + " of " + it->second);
    };
    claim(names, prof.name, p + ".name", "name");
    for (size_t a = 0; a < prof.aliases.size(); ++a) {
      claim(names, prof.aliases[a], p + ".aliases[" + std::to_string(a) + "]", "name or alias");
    }
    claim(taglines, prof.tagline, p + ".tagline", "tagline");
    for (size_t t = 0; t < prof.tasks.size(); ++t) {
      claim(reasons, prof.tasks[t].reason, p + ".tasks[" + std::to_string(t) + "].reason", "task reason");
    }
    // A threat sentence says what the agent does for this profession, so no other card can share it.
    for (size_t a = 0; a < prof.threats.size(); ++a) {
      claim(threats, prof.threats[a].does, p + ".threats[" + std::to_string(a) + "].does", "threat sentence");
    }
  }
}

// Who a title leads to: a SOC code, and a profession of it when the title names one.
struct TitleOwner {
  std::string soc;
  std::string slug;  // empty: the SOC as a whole
  std::string path;
};

// A title must lead to one place, compared as the matcher compares them (title.h), so that
// "Sr. Accountant" and "Accountant" count as the same title.
void claim_title(Checker& c, std::map<std::string, TitleOwner>& owners, const std::string& title, TitleOwner owner) {
  const std::string key = title_key(title);
  if (key.empty()) {
    c.problem(owner.path, "has no words left once seniority, schedule and notes fall away (src/core/title.h)");
    return;
  }
  auto [it, inserted] = owners.emplace(key, owner);
  if (inserted) return;
  const TitleOwner& first = it->second;
  if (first.soc != owner.soc) {
    c.problem(owner.path, "reads as \"" + key + "\", which " + first.path + " gives SOC " + first.soc +
                              ": a title must lead to one SOC code, or results depend on order");
  } else if (!first.slug.empty() && !owner.slug.empty() && first.slug != owner.slug) {
    c.problem(owner.path, "reads as \"" + key + "\", which " + first.path + " gives " + first.slug +
                              ": a title must lead to one profession");
  } else if (first.slug.empty() && !owner.slug.empty()) {
    it->second = owner;  // the profession's own claim is the more precise one
  }
}

void check_job_titles(Checker& c, const Dataset& d, const Origins& origins) {
  std::map<std::string, TitleOwner> owners;
  // The professions' own names first: they are what a title should match exactly.
  for (size_t i = 0; i < d.professions().size() && i < origins.professions.size(); ++i) {
    const Profession& p = d.professions()[i];
    claim_title(c, owners, p.name, {p.soc_code, p.slug, origins.professions[i] + ".name"});
    for (size_t a = 0; a < p.aliases.size(); ++a) {
      claim_title(c, owners, p.aliases[a], {p.soc_code, p.slug, origins.professions[i] + ".aliases[" + std::to_string(a) + "]"});
    }
  }
  std::map<std::string, std::string> seen_soc;
  for (size_t i = 0; i < d.job_titles.size() && i < origins.job_titles.size(); ++i) {
    const SocTitles& t = d.job_titles[i];
    const std::string& p = origins.job_titles[i];
    if (!seen_soc.emplace(t.soc_code, p).second) c.problem(p + ".soc", "repeats SOC " + t.soc_code + " of " + seen_soc[t.soc_code]);
    // Only what changes results in the professions loaded is a problem, so a part of the dataset
    // (one category file with the tables, a build of some professions) validates on its own.
    const std::vector<const Profession*> members = d.professions_titled_by(t.soc_code);
    const size_t sharing = members.size();
    // Titles of an aggregate's O*NET part lead to the profession of the BLS code.
    const std::string leads_to_soc = members.empty() ? t.soc_code : members.front()->soc_code;
    auto check_slug = [&](const std::string& slug, const std::string& path, bool needed) {
      const Profession* named = d.find_profession(slug);
      if (named && std::find(members.begin(), members.end(), named) == members.end()) {
        c.problem(path, "names " + slug + ", whose SOC is " + named->soc_code + ", not " + t.soc_code);
      } else if (!named && needed) {
        c.problem(path, "must name one of the professions of SOC " + t.soc_code + ", not \"" + slug + "\"");
      }
    };
    if (!t.primary_slug.empty()) check_slug(t.primary_slug, p + ".primary", sharing > 1);
    if (sharing > 1 && t.primary_slug.empty()) {
      c.problem(p + ".primary", "is needed: " + std::to_string(sharing) + " professions share SOC " + t.soc_code +
                                    ", and a title of the whole SOC must open one of them");
    }
    std::map<std::string, std::string> listed;  // this entry's titles as read -> where
    auto claim_all = [&](const std::vector<std::string>& titles, const std::string& field, const std::string& slug) {
      for (size_t k = 0; k < titles.size(); ++k) {
        const std::string path = p + "." + field + "[" + std::to_string(k) + "]";
        auto [it, inserted] = listed.emplace(title_key(titles[k]), path);
        if (!inserted && !it->first.empty()) c.problem(path, "reads as \"" + it->first + "\", as " + it->second + " does: listed twice");
        claim_title(c, owners, titles[k], {leads_to_soc, slug, path});
      }
    };
    claim_all(t.onet_titles, "onet_titles", "");
    claim_all(t.ad_titles, "ad_titles", "");
    claim_all(t.everyday_titles, "everyday_titles", "");
    for (size_t k = 0; k < t.specialisations.size(); ++k) {
      const SpecialisationTitles& s = t.specialisations[k];
      const std::string sp = p + ".specialisations[" + std::to_string(k) + "]";
      check_slug(s.profession_slug, sp + ".profession", false);  // absent: its titles wait for it
      claim_all(s.titles, "specialisations[" + std::to_string(k) + "].titles", s.profession_slug);
      claim_all(s.onet_titles, "specialisations[" + std::to_string(k) + "].onet_titles", s.profession_slug);
    }
  }
}

// The pay tables: rows name known regions and sources, and each key appears once.
void check_pay_tables(Checker& c, const Dataset& d, const Origins& o) {
  auto region_ref = [&](const std::string& code, const std::string& path) {
    if (!code.empty() && !d.find_region(code)) c.problem(path, "names the unknown region \"" + code + "\"");
  };
  auto once = [&](std::map<std::string, std::string>& seen, const std::string& key, const std::string& path,
                  const std::string& what) {
    auto [it, inserted] = seen.emplace(key, path);
    if (!inserted) c.problem(path, "repeats the " + what + " of " + it->second);
  };
  std::map<std::string, std::string> seen;
  for (size_t i = 0; i < d.minimum_wages.size() && i < o.minimum_wages.size(); ++i) {
    const MinimumWage& m = d.minimum_wages[i];
    region_ref(m.region_code, o.minimum_wages[i] + ".region");
    c.source_ref(m.source_id, o.minimum_wages[i] + ".source");
    once(seen, "minimum " + m.region_code, o.minimum_wages[i] + ".region", "region");
  }
  for (size_t i = 0; i < d.pay_by_occupation.size() && i < o.pay_by_occupation.size(); ++i) {
    const OccupationPay& pay = d.pay_by_occupation[i];
    const std::string& p = o.pay_by_occupation[i];
    region_ref(pay.region_code, p + ".region");
    // US presets are every profession's own BLS range; a table row would silently replace them.
    if (pay.region_code == kBaseRegion) c.problem(p + ".region", "must not be US: US pay is each profession's BLS range");
    c.source_ref(pay.source_id, p + ".source");
    once(seen, "occupation " + pay.soc_code + " " + pay.region_code, p + ".soc", "SOC code and region");
  }
  std::map<std::string, std::string> system_of_region;
  for (size_t i = 0; i < d.pay_by_group.size() && i < o.pay_by_group.size(); ++i) {
    const PayGroup& group = d.pay_by_group[i];
    const std::string& p = o.pay_by_group[i];
    region_ref(group.region_code, p + ".region");
    c.source_ref(group.source_id, p + ".source");
    once(seen, "group " + group.region_code + " " + group.system + " " + group.group, p + ".group", "region and group");
    auto [it, inserted] = system_of_region.emplace(group.region_code, group.system);
    if (!inserted && it->second != group.system) {
      c.problem(p + ".system", "must be " + it->second + ": a region's groups use one classification");
    }
  }
  for (size_t i = 0; i < d.occupation_groups.size() && i < o.occupation_groups.size(); ++i) {
    once(seen, "groups " + d.occupation_groups[i].soc_code, o.occupation_groups[i] + ".soc", "SOC code");
  }
  for (size_t i = 0; i < d.salary_bases.size() && i < o.salary_bases.size(); ++i) {
    c.source_ref(d.salary_bases[i].source_id, o.salary_bases[i] + ".source");
    once(seen, "basis " + d.salary_bases[i].source_id, o.salary_bases[i] + ".source", "source");
  }
}

}  // namespace

void check_dataset(const Dataset& d, const Origins& origins, std::vector<Problem>& problems) {
  Checker c(d, problems);
  if (origins.meta.empty()) c.problem("$.meta.method_summary", "is missing from every document");
  if (d.regions.empty()) c.problem("$.regions", "the dataset defines no region");
  if (!d.regions.empty() && !d.find_region("US")) c.problem("$.regions", "must include US: other regions' estimates start from US pay");
  if (d.professions().empty()) c.problem("$.professions", "the dataset defines no profession");

  c.unique(d.sources, &Source::id, origins.sources, "id", "source id");
  c.unique(d.categories, &Category::id, origins.categories, "id", "category id");
  c.unique(d.regions, &Region::code, origins.regions, "code", "region code");
  c.unique(d.plans, &AiPlan::id, origins.plans, "id", "plan id");
  c.unique(d.threat_agents, &ThreatAgent::id, origins.threat_agents, "id", "threat agent id");
  c.unique(d.professions(), &Profession::slug, origins.professions, "slug", "profession slug");

  // Each of a region's names (find_region_as_written) leads to it alone.
  std::map<std::string, size_t> region_of_name;
  for (size_t i = 0; i < d.regions.size() && i < origins.regions.size(); ++i) {
    const Region& region = d.regions[i];
    std::vector<std::pair<std::string, std::string>> names = {{region.code, ".code"}, {region.name, ".name"}};
    for (size_t n = 0; n < region.other_names.size(); ++n) {
      names.push_back({region.other_names[n], ".other_names[" + std::to_string(n) + "]"});
    }
    for (const auto& [name, field] : names) {
      const auto [it, added] = region_of_name.emplace(region_name_key(name), i);
      if (!added && it->second != i) {
        const Region& other = d.regions[it->second];
        c.problem(origins.regions[i] + field, "\"" + name + "\" already names " + other.name + " (" + other.code +
                                                  "): a name must lead to one region");
      }
    }
  }
  for (size_t i = 0; i < d.regions.size() && i < origins.regions.size(); ++i) {
    c.source_ref(d.regions[i].hours_source_id, origins.regions[i] + ".hours_source");
    c.source_ref(d.regions[i].usd_rate.source_id, origins.regions[i] + ".usd_rate.source");
    c.source_ref(d.regions[i].pay_model.source_id, origins.regions[i] + ".pay_model.source");
  }
  for (size_t i = 0; i < d.plans.size() && i < origins.plans.size(); ++i) {
    c.source_ref(d.plans[i].source_id, origins.plans[i] + ".source");
  }
  for (size_t i = 0; i < d.threat_agents.size() && i < origins.threat_agents.size(); ++i) {
    c.source_ref(d.threat_agents[i].source_id, origins.threat_agents[i] + ".source");
  }
  for (size_t i = 0; i < d.professions().size() && i < origins.professions.size(); ++i) {
    check_profession(c, d, d.professions()[i], origins.professions[i]);
  }
  check_unique_text(c, d, origins);
  check_job_titles(c, d, origins);
  check_pay_tables(c, d, origins);
  // A SOC code several professions share gives them the group's employment and wages: say so.
  std::map<std::string, int> soc_count;
  for (const Profession& p : d.professions()) ++soc_count[p.soc_code];
  for (size_t i = 0; i < d.professions().size() && i < origins.professions.size(); ++i) {
    const Profession& p = d.professions()[i];
    if (soc_count[p.soc_code] > 1 && !p.us_employment.soc_group) {
      c.problem(origins.professions[i] + ".us_employment.soc_group",
                "must be true: " + std::to_string(soc_count[p.soc_code]) + " professions share SOC " + p.soc_code);
    }
  }
}

}  // namespace airisk::core::detail

namespace airisk::core {
namespace {

// Reads a JSON text as events, keeping the path to where it is and each object's keys so far.
class DuplicateKeyFinder : public nlohmann::json_sax<nlohmann::json> {
 public:
  explicit DuplicateKeyFinder(std::vector<std::string>& paths) : paths_(paths) {}

  bool null() override { return value(); }
  bool boolean(bool) override { return value(); }
  bool number_integer(number_integer_t) override { return value(); }
  bool number_unsigned(number_unsigned_t) override { return value(); }
  bool number_float(number_float_t, const string_t&) override { return value(); }
  bool string(string_t&) override { return value(); }
  bool binary(binary_t&) override { return value(); }
  bool start_object(std::size_t) override {
    value();
    frames_.push_back({true, {}, {}, 0});
    return true;
  }
  bool key(string_t& key) override {
    Frame& frame = frames_.back();
    frame.key = key;
    if (!frame.keys.insert(key).second) paths_.push_back(path());
    return true;
  }
  bool end_object() override { return end(); }
  bool start_array(std::size_t) override {
    value();
    frames_.push_back({false, {}, {}, 0});
    return true;
  }
  bool end_array() override { return end(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  struct Frame {
    bool object;
    std::set<std::string> keys;
    std::string key;
    size_t next_index;  // of an array: the index the next value takes
  };
  // A value in an array takes the next index; in an object it is the last key's.
  bool value() {
    if (!frames_.empty() && !frames_.back().object) ++frames_.back().next_index;
    return true;
  }
  bool end() {
    frames_.pop_back();
    return true;
  }
  std::string path() const {
    std::string out = "$";
    for (size_t i = 0; i < frames_.size(); ++i) {
      const Frame& frame = frames_[i];
      if (frame.object) out += "." + frame.key;
      else out += "[" + std::to_string(frame.next_index - 1) + "]";
    }
    return out;
  }
  std::vector<std::string>& paths_;
  std::vector<Frame> frames_;
};

}  // namespace

std::vector<Problem> duplicate_keys(const DatasetDocument& document) {
  std::vector<std::string> paths;
  DuplicateKeyFinder finder(paths);
  nlohmann::json::sax_parse(document.text, &finder, nlohmann::json::input_format_t::json, /*strict=*/true);
  std::vector<Problem> problems;
  for (const std::string& path : paths) {
    const std::string key = path.substr(path.find_last_of('.') + 1);
    problems.push_back({document.name + ": " + path, "the key \"" + key + "\" is written twice in this object; the last would be read"});
  }
  return problems;
}

}  // namespace airisk::core
