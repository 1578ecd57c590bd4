#include "core/title_index.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/title.h"

namespace airisk::core {

std::vector<std::vector<std::string>> listed_job_titles(const Dataset& dataset, const SearchIndex& index) {
  std::vector<std::vector<std::string>> listed(dataset.professions().size());
  // Titles as written, ignoring case, listed already. Two spellings the matcher reads alike ("QC
  // Inspector", "Quality Control Inspector") are both listed: a host may compare titles exactly.
  std::set<std::string> taken;
  auto lower = [](std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
  };
  auto list_if_resolved = [&](const std::string& title, const std::vector<const Profession*>& allowed) {
    const std::string key = lower(title);
    if (title_key(title).empty() || taken.count(key)) return;
    const TitleResolution r = index.resolve(title);
    if (!r.open_directly || !r.best()) return;
    const Profession* opened = &dataset.professions()[r.best()->profession];
    // A title of this code that opens a profession of another code belongs to that code's list.
    if (std::find(allowed.begin(), allowed.end(), opened) == allowed.end()) return;
    taken.insert(key);
    listed[r.best()->profession].push_back(title);
  };
  for (const Profession& p : dataset.professions()) list_if_resolved(p.name, {&p});
  dataset.read_late_tables();
  for (const SocTitles& entry : dataset.job_titles) {
    const std::vector<const Profession*> members = dataset.professions_titled_by(entry.soc_code);
    if (members.empty()) continue;
    taken.insert(lower(entry.name));  // the occupation group's name ("Cardiologists") names no one job
    for (const SpecialisationTitles& s : entry.specialisations) {
      for (const auto* titles : {&s.titles, &s.onet_titles}) {
        for (const std::string& title : *titles) list_if_resolved(title, members);
      }
    }
    for (const auto* titles : {&entry.everyday_titles, &entry.onet_titles, &entry.ad_titles}) {
      for (const std::string& title : *titles) list_if_resolved(title, members);
    }
  }
  return listed;
}

}  // namespace airisk::core
