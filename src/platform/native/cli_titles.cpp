// normalise, resolve, index: job-ad titles and the public index of professions.
#include <fstream>
#include <iostream>

#include "cli.h"
#include "core/search.h"
#include "core/title.h"
#include "core/title_index.h"

namespace airisk::cli {
namespace {

nlohmann::json words_json(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& w : words) text += (text.empty() ? "" : " ") + w;
  return text;
}

nlohmann::json normalised_json(const std::string& title) {
  core::NormalisedTitle t = core::normalise_title(title);
  nlohmann::json alternatives = nlohmann::json::array(), notes = nlohmann::json::array();
  for (const auto& part : t.parts) {
    if (part.kind == core::TitlePartKind::kAlternative) alternatives.push_back(words_json(part.words));
    if (part.kind == core::TitlePartKind::kNote) notes.push_back(words_json(part.words));
  }
  return {{"title", title}, {"main", t.text()}, {"alternatives", alternatives}, {"notes", notes}, {"dropped", t.dropped}};
}

nlohmann::json hit_json(const core::Dataset& dataset, const core::SearchHit& hit) {
  const core::Profession& p = dataset.professions()[hit.profession];
  return {{"slug", p.slug}, {"name", p.name}, {"soc", p.soc_code}, {"confidence", rounded(hit.confidence, 3)},
          {"match", core::match_kind_label(hit.kind)}, {"matched", hit.matched}};
}

}  // namespace

// `airisk resolve TITLE`: the profession a job-ad title means, how sure, and the runners-up.
int command_resolve(const Args& args) {
  if (args.positional.size() != 1) throw BadInput{"resolve takes one job-ad title, e.g. airisk resolve \"Sr. Java Developer (Remote)\""};
  core::Dataset dataset = load_dataset_or_fail(args);
  core::SearchIndex index(dataset);
  const core::TitleResolution r = index.resolve(args.positional[0]);
  if (args.json) {
    nlohmann::json matches = nlohmann::json::array();
    for (const auto& hit : r.matches) matches.push_back(hit_json(dataset, hit));
    nlohmann::json out = {{"title", args.positional[0]},
                          {"read_as", r.read_as},
                          {"best", r.best() ? hit_json(dataset, *r.best()) : nlohmann::json()},
                          {"runners_up", r.matches.size() > 1 ? nlohmann::json(std::vector<nlohmann::json>(matches.begin() + 1, matches.end()))
                                                              : nlohmann::json::array()},
                          {"open_directly", r.open_directly},
                          {"weak", !r.open_directly},
                          {"reason", r.reason},
                          {"uncovered_soc", r.uncovered_soc.empty() ? nlohmann::json() : nlohmann::json(r.uncovered_soc)},
                          {"uncovered_soc_name", r.uncovered_soc_name.empty() ? nlohmann::json() : nlohmann::json(r.uncovered_soc_name)}};
    std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return kExitOk;
  }
  std::cout << "read as: " << (r.read_as.empty() ? "(nothing that names a job)" : r.read_as) << "\n";
  for (size_t i = 0; i < r.matches.size(); ++i) {
    const auto& hit = r.matches[i];
    const core::Profession& p = dataset.professions()[hit.profession];
    std::printf("%s %-34s %-8s %.2f  %s: %s\n", i == 0 ? "best" : "    ", p.slug.c_str(), p.soc_code.c_str(), hit.confidence,
                core::match_kind_label(hit.kind), hit.matched.c_str());
  }
  std::cout << (r.open_directly ? "confident: open the best match" : "weak: " + r.reason + "; show the matches to choose from") << "\n";
  return kExitOk;
}

// `airisk index [-o FILE]`: every profession with the names and job titles that lead to it, for
// hosts that map their own job titles without the engine (dist/professions.json). A title is
// listed under the profession `airisk resolve` opens for it (core/title_index.h).
int command_index(const Args& args) {
  core::Dataset dataset = load_dataset_or_fail(args);
  const core::SearchIndex search(dataset);
  const std::vector<std::vector<std::string>> listed = core::listed_job_titles(dataset, search);
  nlohmann::json professions = nlohmann::json::array();
  for (size_t i = 0; i < dataset.professions().size(); ++i) {
    const core::Profession& p = dataset.professions()[i];
    const std::vector<std::string>& titles = listed[i];
    const core::Category* category = dataset.find_category(p.category_id);
    professions.push_back({{"slug", p.slug}, {"name", p.name}, {"soc", p.soc_code}, {"category", p.category_id},
                           {"category_name", category ? category->name : ""}, {"aliases", p.aliases},
                           {"job_titles", titles}});
  }
  nlohmann::json out = {{"about", "airisk professions: slug, name, SOC 2018 code, category, aliases and the job-ad titles "
                                  "that lead to each (see the README, 'Map your job titles')"},
                        {"professions", professions}};
  const std::string text = out.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  const std::string path = args.option("-o");
  if (path.empty()) {
    std::cout << text;
    return kExitOk;
  }
  std::ofstream file(path, std::ios::binary);
  file << text;
  if (!file) throw BadInput{"cannot write " + path};
  return kExitOk;
}

// `airisk normalise TITLE...`, or one title a line on stdin: what the matcher makes of a title.
int command_normalise(const Args& args) {
  std::vector<std::string> titles = args.positional;
  const bool from_stdin = titles.empty();
  if (from_stdin) {
    for (std::string line; std::getline(std::cin, line);) titles.push_back(line);
  }
  nlohmann::json out = nlohmann::json::array();
  for (const auto& title : titles) {
    if (args.json) {
      out.push_back(normalised_json(title));
    } else {
      std::cout << core::title_key(title) << "\n";
    }
  }
  if (args.json) std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  return kExitOk;
}

}  // namespace airisk::cli
