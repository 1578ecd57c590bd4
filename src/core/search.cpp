// [SECTION] index
//   (search_words.cpp: each query word to the index's words it may mean)
//   Scoring: how well each name covers a part of the query, and the query the name
//   Professions: names to professions, SOC titles to the profession their words name
//   Public: search, resolve, in_category
#include "core/search.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <tuple>

#include "core/search_tables.h"
#include "core/title.h"
#include "core/title_rules.h"

namespace airisk::core {
namespace {

using Tables = SearchIndex::Tables;

// [SECTION] Scoring

struct NameMatch {
  uint32_t name;
  float similarity;  // 1 when every word of both matches exactly
  float covered;     // share of the query's weight the name matched
  bool exact;
  bool same_job;     // SearchHit::same_job
  bool all_words;    // every query word is in the name (a typo or a begun word counts)
  bool words_exact;  // every query word is in the name as typed: no typo, no begun word
  std::vector<uint32_t> matched_tokens;
  bool whole_name;   // every word of the name is in the query as written (SearchHit::holds_whole_name)
  bool query_head;   // the query's last word, what the job is, is in the name
};

constexpr float kHeadMissed = 0.85f;  // a partial match that misses the name's last word
constexpr float kQueryHeadMissed = 0.7f;  // one that misses the query's last word: a word of another job

// Every name that holds some query word, with how well the two cover each other.
std::vector<NameMatch> score_names(const Tables& t, const std::vector<QueryWord>& words, float min_covered) {
  const size_t word_count = words.size();
  std::vector<int32_t> slot_of(t.names.size(), -1);
  std::vector<uint32_t> touched;
  std::vector<float> quality;     // touched x words
  std::vector<uint32_t> token_of;  // touched x words: the name's word each query word matched
  for (size_t w = 0; w < word_count; ++w) {
    for (const Candidate& c : words[w].candidates) {
      for (uint32_t name : t.postings[c.token]) {
        int32_t& slot = slot_of[name];
        if (slot < 0) {
          slot = static_cast<int32_t>(touched.size());
          touched.push_back(name);
          quality.resize(quality.size() + word_count, 0.0f);
          token_of.resize(token_of.size() + word_count, UINT32_MAX);
        }
        float& q = quality[static_cast<size_t>(slot) * word_count + w];
        if (c.quality > q) {
          q = c.quality;
          token_of[static_cast<size_t>(slot) * word_count + w] = c.token;
        }
      }
    }
  }
  float query_weight = 0;
  for (const auto& w : words) query_weight += w.weight;
  std::vector<NameMatch> out;
  for (size_t s = 0; s < touched.size(); ++s) {
    const Tables::Name& name = t.names[touched[s]];
    float covered = 0, name_covered = 0;
    bool all_words = true, words_exact = true;
    std::vector<uint32_t> tokens;
    for (size_t w = 0; w < word_count; ++w) {
      const float q = quality[s * word_count + w];
      const uint32_t token = token_of[s * word_count + w];
      covered += words[w].weight * q;
      words_exact = words_exact && q == 1.0f;
      all_words = all_words && q > 0.0f;
      if (token != UINT32_MAX && std::find(tokens.begin(), tokens.end(), token) == tokens.end()) {
        tokens.push_back(token);
        name_covered += t.weights[token] * q;
      }
    }
    covered = query_weight > 0 ? covered / query_weight : 0;
    if (covered < min_covered) continue;
    name_covered = name.weight > 0 ? std::min(1.0f, name_covered / name.weight) : 0;
    const bool whole_name = tokens.size() == name.token_count && name_covered >= 0.999f;
    // Every word as typed, and no other word of the name.
    const bool exact = words_exact && tokens.size() == name.token_count;
    // A title's last word says what the job is ("Data Engineer" is an engineer, "Engineering
    // Technician" a technician): a match that misses it is about something else.
    const uint32_t head = t.name_tokens[name.first_token + name.token_count - 1];
    const bool head_matched = std::find(tokens.begin(), tokens.end(), head) != tokens.end();
    // So does the query's: "Charge Nurse" is a nurse, not the "Pharmacist in Charge" its rarer word finds.
    const bool query_head_matched = word_count < 2 || quality[s * word_count + word_count - 1] > 0.0f;
    const float similarity = covered * std::sqrt(name_covered) * (head_matched ? 1.0f : kHeadMissed) *
                             (query_head_matched ? 1.0f : kQueryHeadMissed);
    out.push_back({touched[s], exact ? 1.0f : similarity, covered, exact, head_matched, all_words, words_exact,
                   std::move(tokens), whole_name, query_head_matched});
  }
  return out;
}

// [SECTION] Professions

struct Best {
  double confidence = 0;
  MatchKind kind = MatchKind::kWords;
  const std::string* matched = nullptr;
  bool same_job = true;
  // Of all the profession's matches, not only the most confident one:
  bool all_words = false;  // one holds every word of the query
  // How near to the profession the nearest of those is: 0 its own name (or an exact match of
  // any kind), 1 an alias, 2 a title of its SOC code. A match on words that miss the name's last
  // word, and not all as typed, counts as 2: "cleaner" begins a word of "Clean-in-Place Operator".
  int nearness = 3;
  bool words_exact = false;  // one holds them all as typed, without being the whole name
  bool set = false;
  bool whole_name = false;   // one is in the query whole (SearchHit::holds_whole_name)
  // When one of its SOC code's everyday titles holds the query ("engineer" in "Software
  // Engineer"): the people of the whole code, whom the title speaks for; else 0.
  double everyday_people = 0;
  const std::string* everyday_title = nullptr;  // that title, which the list then shows
  // Its own name holds every word of the query as typed ("teacher" in "High School Teacher"): the
  // list shows no other title as what matched (an alias, "Science Teacher", said nothing true).
  bool name_holds_query = false;
  bool query_head = false;  // one holds the query's last word (or every word)
};

// Where a profession goes in the list; lower first. After the matches that hold the whole query,
// a profession's own name comes before its aliases and titles (nearness), and a name whose last
// word the query holds (what the job is) before one that misses it. Confidence weighs how much
// of a name the words cover and little of what the name is: "nurse" covers more of the alias
// "dental nurse" (Dental Assistant) than of "Licensed Practical Nurse". So a bare word, held as
// typed by names it covers only weakly ("doctor", "engineer"), lists the jobs most people do
// first. A SOC's everyday title counts as a name there, for all the code's people, so "Software
// Engineer", what 1.6 million people are called, is not put after every profession called
// "... Engineer". In each tier, confident matches first by confidence, then those bare words by
// the people doing the job, then mistyped or begun words by confidence. A confidence is never lowered
// by this: a resolved title is as sure as before, only the order of near matches changes.
struct Rank {
  bool not_all_words;
  int nearness;
  bool other_job;
  int kind;         // 0 confident, 1 a bare word (by people), 2 weak otherwise
  double first;     // minus the people, or minus confidence
  double workers;   // minus the people doing it
  const std::string* name;
  bool operator<(const Rank& o) const {
    return std::tie(not_all_words, nearness, other_job, kind, first, workers, *name) <
           std::tie(o.not_all_words, o.nearness, o.other_job, o.kind, o.first, o.workers, *o.name);
  }
};

// The people doing a profession: a SOC code's count is shared by the professions under it.
double workers(const Tables& t, const Dataset& d, uint32_t profession) {
  const Profession& p = d.professions()[profession];
  if (!p.us_employment.soc_group) return static_cast<double>(p.us_employment.count);
  return static_cast<double>(p.us_employment.count) / t.groups[t.group_of_profession[profession]].professions.size();
}

// The people a SOC code's everyday title speaks for: the code's count, which its professions
// share, or the sum of theirs when each has its own.
double soc_people(const Tables& t, const Dataset& d, uint32_t profession) {
  const Profession& p = d.professions()[profession];
  if (p.us_employment.soc_group) return static_cast<double>(p.us_employment.count);
  double sum = 0;
  for (uint32_t other : t.groups[t.group_of_profession[profession]].professions) {
    sum += static_cast<double>(d.professions()[other].us_employment.count);
  }
  return sum;
}

class Collector {
 public:
  Collector(const Tables& t, const Dataset& d) : t_(t), d_(d), best_(d.professions().size()) {}
  // all_words: the match holds every query word. name_kind: where the matched text comes from.
  // Every exact match (a name, alias, title or SOC code) counts as both the whole query and the
  // profession's own name; a category's name as neither. everyday: an everyday title of the
  // profession's SOC code (SocTitles::everyday_titles) that opens this profession. for_another: a
  // title of its SOC code that opens another profession of it ("Developer" opens Backend
  // Developer): as near as any title of its code, never its own name.
  void offer(uint32_t profession, double confidence, MatchKind kind, const std::string* matched, bool same_job = true,
             bool all_words = true, MatchKind name_kind = MatchKind::kName, bool words_exact = false,
             bool whole_name = false, bool everyday = false, bool for_another = false, bool query_head = true) {
    Best& b = best_[profession];
    if (!b.set) touched_.push_back(profession);
    b.whole_name = b.whole_name || (whole_name && same_job);
    const bool exact = kind != MatchKind::kWords && kind != MatchKind::kCategory;
    const bool whole_query = exact || (kind == MatchKind::kWords && all_words);
    if (!b.set || confidence > b.confidence) {  // the most confident match so far; the rest accumulate
      b.confidence = confidence;
      b.kind = kind;
      b.matched = matched;
      b.same_job = same_job;
      b.set = true;
    }
    b.all_words = b.all_words || whole_query;
    b.query_head = b.query_head || whole_query || query_head;
    if (whole_query) {
      const bool says_the_job = exact || same_job || words_exact;
      const bool named = name_kind == MatchKind::kName || (everyday && same_job);
      const int nearness = for_another ? 2 : exact ? 0 : !says_the_job ? 2 : named ? 0 : name_kind == MatchKind::kAlias ? 1 : 2;
      b.name_holds_query = b.name_holds_query || (name_kind == MatchKind::kName && (exact || words_exact));
      b.nearness = std::min(b.nearness, nearness);
      if (everyday && same_job) {
        b.everyday_people = soc_people(t_, d_, profession);
        b.everyday_title = matched;
      }
    }
    b.words_exact = b.words_exact || (kind == MatchKind::kWords && words_exact);
  }
  std::vector<SearchHit> hits(size_t limit) const {
    // Beside a profession that holds every word typed, one that holds some of them but misses the
    // last, what the job is, is another job ("Labor and Delivery Nurse" for "Delivery Driver").
    const bool whole_match = std::any_of(touched_.begin(), touched_.end(), [&](uint32_t p) {
      return best_[p].all_words && best_[p].kind != MatchKind::kCategory && best_[p].confidence >= kConfidentMatch;
    });
    std::vector<std::pair<Rank, uint32_t>> order;
    for (uint32_t p : touched_) {
      if (!whole_match || best_[p].query_head) order.push_back({rank(p), p});
    }
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (order.size() > limit) order.resize(limit);
    std::vector<SearchHit> out;
    for (const auto& [rank, p] : order) {
      const Best& b = best_[p];
      // A bare word placed by an everyday title says so: "Software Engineer", not "backend engineer".
      const std::string* matched = rank.kind == 1 && b.everyday_title ? b.everyday_title
                                   : b.name_holds_query                 ? nullptr
                                                                        : b.matched;
      out.push_back({p, static_cast<int>(std::lround(b.confidence * 100)), b.confidence, b.kind,
                     matched ? *matched : d_.professions()[p].name, b.same_job, b.whole_name});
    }
    return out;
  }
  double best_confidence() const {
    double best = 0;
    for (uint32_t p : touched_) best = std::max(best, best_[p].confidence);
    return best;
  }

 private:
  Rank rank(uint32_t p) const {
    const Best& b = best_[p];
    const bool bare_word = b.words_exact && b.confidence < kConfidentMatch;
    const int kind = bare_word ? 1 : b.confidence >= kConfidentMatch ? 0 : 2;
    const double people = std::max(b.everyday_people, workers(t_, d_, p));
    return {!b.all_words, b.nearness, !b.same_job, kind, bare_word ? -people : -b.confidence, -people,
            &d_.professions()[p].name};
  }

  const Tables& t_;
  const Dataset& d_;
  std::vector<Best> best_;
  std::vector<uint32_t> touched_;
};

struct Uncovered {
  double confidence = 0;
  const Tables::SocGroup* group = nullptr;
};

constexpr double kPartialMatch = 0.8;  // a match of some words only, or with typos, at most this
constexpr double kNoteFactor = 0.9;    // a note standing in for the job
constexpr double kOtherInGroup = 0.9;  // the other professions of a SOC a title matched
constexpr double kCategoryMatch = 0.4;

double base_confidence(MatchKind kind) { return kind == MatchKind::kName ? 1.0 : 0.95; }

// Which profession of a SOC group a title means: the one whose own names hold the title's
// other words ("Software Engineer - Backend"), else the primary, else the first.
std::pair<uint32_t, double> pick_in_group(const Tables& t, const Tables::SocGroup& group,
                                          const std::vector<uint32_t>& title_tokens,
                                          const std::vector<uint32_t>& matched_tokens) {
  if (group.professions.size() == 1) return {group.professions[0], 0.90};
  float best_weight = 0;
  uint32_t best = group.professions[group.primary >= 0 ? static_cast<size_t>(group.primary) : 0];
  for (uint32_t p : group.professions) {
    float weight = 0;
    for (uint32_t token : title_tokens) {
      if (std::find(matched_tokens.begin(), matched_tokens.end(), token) != matched_tokens.end()) continue;
      if (std::binary_search(t.profession_tokens[p].begin(), t.profession_tokens[p].end(), token)) weight += t.weights[token];
    }
    if (weight > best_weight) {
      best_weight = weight;
      best = p;
    }
  }
  return {best, best_weight > 0 ? 0.85 : 0.75};
}

struct QueryPart {
  std::vector<QueryWord> words;
  bool is_note = false;
};

// Offers every profession the query's parts match to `out`. Notes ("- Backend", "(React)")
// stand in for the job only when the main part and its alternatives match nothing well.
// "Job Analyst" is indexed as "analyst": it answers "Job Analyst", never a bare "Analyst".
bool says_what_name_dropped(const Tables& t, const Tables::Name& name, const std::vector<std::string>& query_dropped) {
  if (name.dropped == 0) return true;
  for (const std::string& word : t.dropped_sets[name.dropped - 1]) {
    if (std::find(query_dropped.begin(), query_dropped.end(), word) == query_dropped.end()) return false;
  }
  return true;
}

void match_parts(const Tables& t, const std::vector<QueryPart>& parts, const std::vector<uint32_t>& title_tokens,
                 const std::vector<std::string>& query_dropped, float min_covered, Collector& out, Uncovered& uncovered) {
  for (bool notes : {false, true}) {
    if (notes && out.best_confidence() >= kConfidentMatch) break;
    for (const QueryPart& part : parts) {
      if (part.is_note != notes) continue;
      for (const NameMatch& m : score_names(t, part.words, min_covered)) {
        const Tables::Name& name = t.names[m.name];
        if (!says_what_name_dropped(t, name, query_dropped)) continue;
        const double scale = (m.exact ? 1.0 : kPartialMatch * m.similarity) * (notes ? kNoteFactor : 1.0);
        const MatchKind kind = m.exact ? name.kind : MatchKind::kWords;
        if (name.kind != MatchKind::kSocTitle) {
          out.offer(name.owner, base_confidence(name.kind) * scale, kind, name.display, m.same_job, m.all_words,
                    name.kind, m.words_exact, m.whole_name, false, false, m.query_head);
          continue;
        }
        const Tables::SocGroup& group = t.groups[name.owner];
        if (group.professions.empty()) {
          if (0.9 * scale > uncovered.confidence) uncovered = {0.9 * scale, &group};
          continue;
        }
        const auto [chosen, base] = pick_in_group(t, group, title_tokens, m.matched_tokens);
        out.offer(chosen, base * scale, kind, name.display, m.same_job, m.all_words, name.kind, m.words_exact,
                  m.whole_name, name.everyday, false, m.query_head);
        for (uint32_t p : group.professions) {
          if (p != chosen) {
            out.offer(p, base * scale * kOtherInGroup, kind, name.display, m.same_job, m.all_words, name.kind,
                      m.words_exact, false, false, /*for_another=*/true, m.query_head);
          }
        }
      }
    }
  }
}

// "15-1252", "29-", "291141": the professions of that code (or codes beginning so).
bool match_soc_code(const Tables& t, const std::string& query, Collector& out) {
  std::string code;
  for (char c : query) {
    if (c >= '0' && c <= '9') code += c;
    else if (c == '-' && code.size() == 2) code += c;
    else if (c != ' ') return false;
  }
  if (code.size() < 2) return false;
  if (code.size() > 2 && code[2] != '-') code.insert(2, "-");
  bool found = false;
  for (const Tables::SocGroup& group : t.groups) {
    if (group.soc.compare(0, code.size(), code) != 0) continue;
    const bool whole = group.soc.size() == code.size();
    for (size_t k = 0; k < group.professions.size(); ++k) {
      const bool first = group.professions.size() == 1 || static_cast<int>(k) == std::max(group.primary, 0);
      out.offer(group.professions[k], whole ? (first ? 0.9 : 0.75) : 0.7, MatchKind::kSocCode, nullptr);
      found = true;
    }
  }
  return found;
}

std::vector<QueryPart> read_parts(const Tables& t, const NormalisedTitle& title, bool typing,
                                  std::vector<uint32_t>& title_tokens) {
  std::vector<QueryPart> parts;
  for (const TitlePart& part : title.parts) {
    QueryPart query;
    query.is_note = part.kind == TitlePartKind::kNote;
    for (const std::string& word : part.words) {
      query.words.push_back(read_word(t, word, typing));
      if (query.words.back().exact != UINT32_MAX) title_tokens.push_back(query.words.back().exact);
    }
    parts.push_back(std::move(query));
  }
  return parts;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

}  // namespace

// [SECTION] Public

std::string normalise_for_search(const std::string& text) {
  const std::string folded = title_rules::fold(text);  // "ＤＥ", "Café": as the titles are read
  std::string out;
  out.reserve(folded.size());
  bool space = true;
  for (unsigned char c : folded) {
    if (std::isalnum(c) || c >= 0x80) {
      out += static_cast<char>(std::tolower(c));
      space = false;
    } else if (!space) {
      out += ' ';
      space = true;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool worth_suggesting(const SearchHit& hit) {
  return hit.same_job && (hit.confidence >= kSuggestionFloor || hit.holds_whole_name);
}

const char* match_kind_label(MatchKind kind) {
  switch (kind) {
    case MatchKind::kName: return "name";
    case MatchKind::kAlias: return "alias";
    case MatchKind::kSocTitle: return "soc-title";
    case MatchKind::kSocCode: return "soc-code";
    case MatchKind::kWords: return "words";
    case MatchKind::kCategory: return "category";
  }
  return "";
}

SearchIndex::SearchIndex(const Dataset& dataset) : dataset_(dataset) {}

const Tables& SearchIndex::tables() const {
  if (!tables_) tables_ = std::make_unique<const Tables>(build_search_tables(dataset_));
  return *tables_;
}
SearchIndex::~SearchIndex() = default;
SearchIndex::SearchIndex(SearchIndex&&) noexcept = default;

std::vector<SearchHit> SearchIndex::search(const std::string& query, size_t limit) const {
  const Tables& t = tables();
  Collector out(t, dataset_);
  if (match_soc_code(t, title_rules::fold(query), out)) return out.hits(limit);
  const NormalisedTitle title = normalise_title(query);
  std::vector<uint32_t> title_tokens;
  const std::vector<QueryPart> parts = read_parts(t, title, true, title_tokens);
  Uncovered uncovered;
  // Most of what was typed must match: half the query's weight.
  match_parts(t, parts, title_tokens, title.dropped, 0.5f, out, uncovered);
  // The category's name, when every word typed begins a word of it ("health", "tech").
  if (const TitlePart* main = title.main(); main && joined(main->words).size() >= 3) {
    for (size_t c = 0; c < t.category_words.size(); ++c) {
      bool all = true;
      for (const std::string& w : main->words) {
        all = all && std::any_of(t.category_words[c].begin(), t.category_words[c].end(),
                                 [&](const std::string& cw) { return cw.compare(0, w.size(), w) == 0; });
      }
      for (size_t p = 0; all && p < t.category_of_profession.size(); ++p) {
        if (t.category_of_profession[p] == c) out.offer(static_cast<uint32_t>(p), kCategoryMatch, MatchKind::kCategory, nullptr);
      }
    }
  }
  return out.hits(limit);
}

namespace {

// A title of two words or more that holds one of the profession's names whole, every other word of
// it a word of that profession's own names or its SOC code's titles: "Registered Nurse ICU" (ICU
// Nurse is an alias), "Softwareentwickler Backend". The words add nothing the profession does not
// say, so it is the job (when no other profession is worth offering beside it: "Nurse Manager ICU"
// is a nurse's words too, but a manager's as well); "Infirmière de nuit" has a word no name of a
// nurse holds.
bool names_it_all(const SearchIndex::Tables& t, const NormalisedTitle& title, const SearchHit& hit) {
  const TitlePart* main = title.main();
  if (!main || main->words.size() < 2 || !hit.holds_whole_name || !hit.same_job) return false;
  const std::vector<uint32_t>& own = t.profession_tokens[hit.profession];
  const uint32_t group = t.group_of_profession[hit.profession];
  for (const std::string& word : main->words) {
    const auto token = t.token_ids.find(word);
    if (token == t.token_ids.end()) return false;
    if (std::binary_search(own.begin(), own.end(), token->second)) continue;
    const std::vector<uint32_t>& holders = t.postings[token->second];
    if (std::none_of(holders.begin(), holders.end(), [&](uint32_t n) {
          return t.names[n].kind == MatchKind::kSocTitle && t.names[n].owner == group;
        })) {
      return false;
    }
  }
  return true;
}

}  // namespace

TitleResolution SearchIndex::resolve(const std::string& title_text, size_t runners_up) const {
  const Tables& t = tables();
  TitleResolution result;
  Collector out(t, dataset_);
  Uncovered uncovered;
  const NormalisedTitle title = normalise_title(title_text);
  for (const TitlePart& part : title.parts) {
    if (part.kind == TitlePartKind::kNote) continue;
    result.read_as += (result.read_as.empty() ? "" : " / ") + joined(part.words);
  }
  if (!match_soc_code(t, title_rules::fold(title_text), out)) {
    std::vector<uint32_t> title_tokens;
    match_parts(t, read_parts(t, title, false, title_tokens), title_tokens, title.dropped, 0.2f, out, uncovered);
  }
  result.matches = out.hits(runners_up + 1);
  const SearchHit* best = result.best();
  if (uncovered.group && (!best || uncovered.confidence > best->confidence)) {
    result.uncovered_soc = uncovered.group->soc;
    if (uncovered.group->name) result.uncovered_soc_name = *uncovered.group->name;
  }
  char confidence[16];
  std::snprintf(confidence, sizeof confidence, "%.2f", best ? best->confidence : 0.0);
  if (!result.uncovered_soc.empty()) {
    result.reason = "the title reads as SOC " + result.uncovered_soc +
                    (result.uncovered_soc_name.empty() ? "" : " (" + result.uncovered_soc_name + ")") +
                    ", which no profession covers yet";
  } else if (!best) {
    result.reason = "no profession matches \"" + title_text + "\"";
  } else if (best->confidence < kConfidentMatch &&
             !(names_it_all(t, title, *best) && std::none_of(result.matches.begin() + 1, result.matches.end(), worth_suggesting))) {
    result.reason = std::string("weak match (confidence ") + confidence + "): only some words match";
  } else {
    const std::string& soc = dataset_.professions()[best->profession].soc_code;
    for (size_t i = 1; i < result.matches.size(); ++i) {
      const SearchHit& other = result.matches[i];
      if (dataset_.professions()[other.profession].soc_code != soc && best->confidence - other.confidence < kCloseRunnerUp) {
        result.reason = "ambiguous: " + dataset_.professions()[best->profession].name + " and " +
                        dataset_.professions()[other.profession].name + " match about as well";
        break;
      }
    }
  }
  result.open_directly = result.reason.empty();
  // "Teacher - 5th Grade": what follows a dash is most often a team or a place, but where the first
  // part alone does not say which job it is, the title's words together may ("grade teacher").
  if (!result.open_directly && result.uncovered_soc.empty() &&
      std::any_of(title.parts.begin(), title.parts.end(), [](const TitlePart& p) { return p.kind == TitlePartKind::kNote; })) {
    std::string words;
    for (const TitlePart& part : title.parts) words += (words.empty() ? "" : " ") + joined(part.words);
    if (normalise_title(words).parts.size() == 1) {
      TitleResolution whole = resolve(words, runners_up);
      if (whole.open_directly) return whole;
    }
  }
  return result;
}

std::vector<size_t> SearchIndex::in_category(const std::string& category_id) const {
  std::vector<size_t> result;
  for (size_t i = 0; i < dataset_.professions().size(); ++i) {
    if (dataset_.professions()[i].category_id == category_id) result.push_back(i);
  }
  std::sort(result.begin(), result.end(),
            [&](size_t a, size_t b) { return dataset_.professions()[a].name < dataset_.professions()[b].name; });
  return result;
}

}  // namespace airisk::core
