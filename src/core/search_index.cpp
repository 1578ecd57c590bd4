// Building the search index: every name, alias and job-ad title normalised once, into words.
#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>
#include <unordered_set>

#include "core/search_tables.h"
#include "core/title.h"

namespace airisk::core {
namespace {

class Builder {
 public:
  explicit Builder(SearchIndex::Tables& t) : t_(t) {}

  uint32_t intern(const std::string& word) {
    if (auto it = t_.token_ids.find(word); it != t_.token_ids.end()) return it->second;
    const auto id = static_cast<uint32_t>(t_.vocabulary.size());
    t_.token_ids.emplace(word, id);
    t_.vocabulary.push_back(word);
    t_.postings.emplace_back();
    return id;
  }

  // Adds each main and alternative part of `text` as a name; returns the words it added.
  std::vector<uint32_t> add(const std::string& text, uint32_t owner, MatchKind kind, bool everyday = false) {
    std::vector<uint32_t> added;
    const NormalisedTitle title = normalise_title(text);
    uint32_t dropped = 0;
    if (!title.dropped.empty()) {
      t_.dropped_sets.push_back(title.dropped);
      dropped = static_cast<uint32_t>(t_.dropped_sets.size());
    }
    for (const TitlePart& part : title.parts) {
      if (part.kind == TitlePartKind::kNote) continue;
      std::vector<uint32_t> ids;
      // The key: owner, then its word ids, as bytes.
      std::string key(reinterpret_cast<const char*>(&owner), sizeof owner);
      key += kind == MatchKind::kSocTitle ? 'g' : 'p';
      for (const std::string& word : part.words) {
        const uint32_t id = intern(word);
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
        key.append(reinterpret_cast<const char*>(&id), sizeof id);
      }
      // The same words for the same owner twice ("RN" and "Registered Nurse") add nothing;
      // the first, stronger kind stays.
      if (!seen_.insert(key).second) continue;
      SearchIndex::Tables::Name name;
      name.owner = owner;
      name.kind = kind;
      name.first_token = static_cast<uint32_t>(t_.name_tokens.size());
      name.token_count = static_cast<uint32_t>(ids.size());
      name.display = &text;
      name.dropped = dropped;
      name.everyday = everyday;
      const uint32_t name_index = static_cast<uint32_t>(t_.names.size());
      for (uint32_t id : ids) {
        t_.name_tokens.push_back(id);
        t_.postings[id].push_back(name_index);
        added.push_back(id);
      }
      t_.names.push_back(name);
    }
    return added;
  }

 private:
  SearchIndex::Tables& t_;
  std::unordered_set<std::string> seen_;
};

}  // namespace

std::string word_root(std::string word) {
  static constexpr const char* kSuffixes[] = {"ation", "ment", "ing", "ers", "ant", "ent", "ist", "er", "or", "e"};
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view suffix : kSuffixes) {
      if (word.size() >= suffix.size() + 4 && word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0) {
        word.resize(word.size() - suffix.size());
        stripped = true;
        break;
      }
    }
  }
  return word;
}

SearchIndex::Tables build_search_tables(const Dataset& d) {
  SearchIndex::Tables t;
  Builder builder(t);
  // SOC groups: one per code that has professions or titles.
  std::map<std::string, uint32_t> group_index;
  auto group_of = [&](const std::string& soc) {
    auto [it, inserted] = group_index.emplace(soc, static_cast<uint32_t>(t.groups.size()));
    if (inserted) t.groups.push_back({soc, nullptr, {}, -1});
    return it->second;
  };
  std::map<std::string, uint32_t> profession_index;
  for (size_t i = 0; i < d.professions().size(); ++i) {
    const uint32_t g = group_of(d.professions()[i].soc_code);
    t.groups[g].professions.push_back(static_cast<uint32_t>(i));
    t.group_of_profession.push_back(g);
    profession_index.emplace(d.professions()[i].slug, static_cast<uint32_t>(i));
  }
  t.profession_tokens.resize(d.professions().size());
  auto own = [&](uint32_t profession, const std::vector<uint32_t>& ids) {
    auto& tokens = t.profession_tokens[profession];
    tokens.insert(tokens.end(), ids.begin(), ids.end());
  };
  // Professions' own names first, so a title that repeats one never outranks it.
  for (size_t i = 0; i < d.professions().size(); ++i) {
    const Profession& p = d.professions()[i];
    const auto owner = static_cast<uint32_t>(i);
    own(owner, builder.add(p.name, owner, MatchKind::kName));
    for (const std::string& alias : p.aliases) own(owner, builder.add(alias, owner, MatchKind::kAlias));
  }
  d.read_late_tables();
  for (const SocTitles& entry : d.job_titles) {
    const uint32_t g = group_of(entry.soc_code);
    SearchIndex::Tables::SocGroup& group = t.groups[g];
    group.name = &entry.name;
    if (group.professions.empty()) {  // an aggregate's O*NET part: its titles lead to the aggregate's profession
      for (const Profession* p : d.professions_titled_by(entry.soc_code)) {
        group.professions.push_back(static_cast<uint32_t>(p - d.professions().data()));
      }
    }
    for (size_t k = 0; k < group.professions.size(); ++k) {
      if (d.professions()[group.professions[k]].slug == entry.primary_slug) group.primary = static_cast<int>(k);
    }
    for (const SpecialisationTitles& s : entry.specialisations) {
      auto it = profession_index.find(s.profession_slug);
      if (it == profession_index.end()) continue;  // a build without that profession
      for (const std::string& title : s.titles) own(it->second, builder.add(title, it->second, MatchKind::kAlias));
      for (const std::string& title : s.onet_titles) own(it->second, builder.add(title, it->second, MatchKind::kAlias));
    }
    for (const std::string& title : entry.everyday_titles) builder.add(title, g, MatchKind::kSocTitle, /*everyday=*/true);
    for (const std::string& title : entry.onet_titles) builder.add(title, g, MatchKind::kSocTitle);
    for (const std::string& title : entry.ad_titles) builder.add(title, g, MatchKind::kSocTitle);
  }
  for (auto& tokens : t.profession_tokens) {
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
  }
  // A word's weight: rare words say more than "manager" or "assistant".
  const double name_count = static_cast<double>(std::max<size_t>(t.names.size(), 1));
  t.weights.resize(t.vocabulary.size());
  for (size_t id = 0; id < t.vocabulary.size(); ++id) {
    t.weights[id] = static_cast<float>(std::log(1.0 + name_count / static_cast<double>(t.postings[id].size())));
  }
  t.unknown_weight = static_cast<float>(std::log(1.0 + 2.0 * name_count));
  for (auto& name : t.names) {
    for (uint32_t k = 0; k < name.token_count; ++k) name.weight += t.weights[t.name_tokens[name.first_token + k]];
  }
  t.by_text.resize(t.vocabulary.size());
  for (uint32_t id = 0; id < t.by_text.size(); ++id) t.by_text[id] = id;
  std::sort(t.by_text.begin(), t.by_text.end(), [&](uint32_t a, uint32_t b) { return t.vocabulary[a] < t.vocabulary[b]; });
  for (uint32_t id = 0; id < t.vocabulary.size(); ++id) t.families[word_root(t.vocabulary[id])].push_back(id);
  t.by_first_byte.resize(256);
  for (uint32_t id = 0; id < t.vocabulary.size(); ++id) {
    t.by_first_byte[static_cast<unsigned char>(t.vocabulary[id][0])].push_back(id);
  }
  for (const Category& category : d.categories) {
    std::vector<std::string> words;
    for (const std::string& text : {category.name, category.id}) {
      for (const TitlePart& part : normalise_title(text).parts) words.insert(words.end(), part.words.begin(), part.words.end());
    }
    t.category_words.push_back(std::move(words));
  }
  for (const Profession& p : d.professions()) {
    size_t c = 0;
    while (c < d.categories.size() && d.categories[c].id != p.category_id) ++c;
    t.category_of_profession.push_back(static_cast<uint32_t>(c));
  }
  return t;
}

}  // namespace airisk::core
