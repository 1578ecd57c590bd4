// normalise, resolve, index: job-ad titles and the public index of professions.
#include <fstream>
#include <iostream>

#include "cli.h"
#include "core/search.h"
#include "core/title.h"

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

}  // namespace

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
