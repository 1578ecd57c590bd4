// One query word to the index's words it may mean: itself, its family, a word it begins or sits
// inside (while typing), or a word one or two typos away.
#include <algorithm>
#include <string_view>

#include "core/search_tables.h"

namespace airisk::core {
namespace {

using Tables = SearchIndex::Tables;

// Edit distance, giving up as soon as it must exceed `limit` (most words are far apart).
// Runs for many candidate words per query word, on rows the caller keeps.
struct Rows {
  std::vector<int> previous, current;
};

int bounded_distance(std::string_view a, std::string_view b, int limit, Rows& rows) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  std::vector<int>& previous = rows.previous;
  std::vector<int>& current = rows.current;
  previous.resize(static_cast<size_t>(m) + 1);
  current.resize(static_cast<size_t>(m) + 1);
  for (int j = 0; j <= m; ++j) previous[j] = j;
  for (int i = 1; i <= n; ++i) {
    current[0] = i;
    int row_min = current[0];
    for (int j = 1; j <= m; ++j) {
      const int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
      row_min = std::min(row_min, current[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(previous, current);
  }
  return previous[m];
}

// Typos allowed for a word of this length: none in short words, where one edit changes the word.
int typo_budget(size_t length) { return length >= 8 ? 2 : length >= 4 ? 1 : 0; }

constexpr float kBegunWord = 0.9f, kRelatedWord = 0.8f, kInsideWord = 0.6f;
float typo_quality(int distance) { return distance == 1 ? 0.85f : 0.7f; }

void add_candidate(std::vector<Candidate>& candidates, uint32_t token, float quality) {
  for (auto& c : candidates) {
    if (c.token == token) {
      c.quality = std::max(c.quality, quality);
      return;
    }
  }
  candidates.push_back({token, quality});
}

}  // namespace

QueryWord read_word(const Tables& t, const std::string& word, bool typing) {
  QueryWord q;
  // Words of its family stand in for a word: "Landscape Laborer" finds the landscaper.
  auto family = t.families.find(word_root(word));
  if (auto it = t.token_ids.find(word); it != t.token_ids.end()) {
    // A complete word is not begun or mistyped: "nurse" is not "nursery".
    q.exact = it->second;
    q.candidates.push_back({it->second, 1.0f});
    q.weight = t.weights[it->second];
    if (family != t.families.end()) {
      for (uint32_t id : family->second) add_candidate(q.candidates, id, kRelatedWord);
    }
    return q;
  }
  if (family != t.families.end()) {
    for (uint32_t id : family->second) add_candidate(q.candidates, id, kRelatedWord);
  }
  if (typing && word.size() >= 2) {
    auto first = std::lower_bound(t.by_text.begin(), t.by_text.end(), word,
                                  [&](uint32_t id, const std::string& w) { return t.vocabulary[id] < w; });
    for (auto it = first; it != t.by_text.end() && t.vocabulary[*it].compare(0, word.size(), word) == 0; ++it) {
      q.candidates.push_back({*it, kBegunWord});
    }
  }
  if (typing && word.size() >= 3) {
    for (uint32_t id = 0; id < t.vocabulary.size(); ++id) {
      const std::string& v = t.vocabulary[id];
      if (v.size() > word.size() && v.find(word, 1) != std::string::npos) add_candidate(q.candidates, id, kInsideWord);
    }
  }
  if (const int budget = typo_budget(word.size()); budget > 0) {
    Rows rows;
    // Typos rarely hit the first letter; checking it first keeps 10,000 professions fast.
    for (uint32_t id : t.by_first_byte[static_cast<unsigned char>(word[0])]) {
      std::string_view v = t.vocabulary[id];
      int d = bounded_distance(word, v, budget, rows);
      if (typing && d > budget && v.size() > word.size()) d = bounded_distance(word, v.substr(0, word.size()), budget, rows);
      if (d <= budget) add_candidate(q.candidates, id, typo_quality(d));
    }
  }
  // A mistyped or begun word weighs what the word it most likely means weighs.
  q.weight = t.unknown_weight;
  float best_quality = 0;
  for (const auto& c : q.candidates) {
    if (c.quality > best_quality || (c.quality == best_quality && t.weights[c.token] > q.weight)) {
      best_quality = c.quality;
      q.weight = t.weights[c.token];
    }
  }
  return q;
}

}  // namespace airisk::core
