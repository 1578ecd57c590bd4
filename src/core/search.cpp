#include "core/search.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace airisk::core {
namespace {

// Edit distance, giving up as soon as it must exceed `limit` (most words are far apart).
// Runs once per candidate word on every keystroke, so it allocates nothing.
int bounded_distance(std::string_view a, std::string_view b, int limit) {
  constexpr size_t kMaxWord = 48;
  const int n = static_cast<int>(std::min(a.size(), kMaxWord)), m = static_cast<int>(std::min(b.size(), kMaxWord));
  if (std::abs(n - m) > limit) return limit + 1;
  int previous[kMaxWord + 1], current[kMaxWord + 1];
  for (int j = 0; j <= m; ++j) previous[j] = j;
  for (int i = 1; i <= n; ++i) {
    current[0] = i;
    int row_min = current[0];
    for (int j = 1; j <= m; ++j) {
      int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
      row_min = std::min(row_min, current[j]);
    }
    if (row_min > limit) return limit + 1;
    std::copy(current, current + m + 1, previous);
  }
  return previous[m];
}

// One bit per letter and digit present: a name that lacks a letter of the query cannot contain
// it, so most names are ruled out with one AND instead of several string searches.
uint64_t letter_mask(std::string_view text) {
  uint64_t mask = 0;
  for (unsigned char c : text) {
    if (c >= 'a' && c <= 'z') mask |= uint64_t{1} << (c - 'a');
    else if (c >= '0' && c <= '9') mask |= uint64_t{1} << (26 + c - '0');
    else if (c >= 0x80) mask |= uint64_t{1} << 36;
  }
  return mask;
}

int count_bits(uint64_t x) {
  int n = 0;
  for (; x; x &= x - 1) ++n;
  return n;
}

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Typos allowed for a query word of this length: none in short words, where one edit changes the word.
int typo_budget(size_t length) { return length >= 8 ? 2 : length >= 4 ? 1 : 0; }

}  // namespace

std::string normalise_for_search(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  bool space = true;
  for (unsigned char c : text) {
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

SearchIndex::SearchIndex(const Dataset& dataset) : dataset_(dataset) {
  entries_.reserve(dataset.professions.size());
  for (const Profession& p : dataset.professions) {
    Entry e;
    e.display.push_back(p.name);
    e.display.insert(e.display.end(), p.aliases.begin(), p.aliases.end());
    for (const auto& name : e.display) {
      e.names.push_back(normalise_for_search(name));
      for (auto& w : split_words(e.names.back())) e.words.push_back(w);
    }
    const Category* category = dataset.find_category(p.category_id);
    e.category = normalise_for_search((category ? category->name : "") + " " + p.category_id);
    for (const auto& name : e.names) {
      e.letters |= letter_mask(name);
      e.all_names += name + '\n';
    }
    e.category_letters = letter_mask(e.category);
    e.soc = p.soc_code;
    entries_.push_back(std::move(e));
  }
}

std::vector<SearchHit> SearchIndex::search(const std::string& query, size_t limit) const {
  std::vector<SearchHit> hits;
  const std::string q = normalise_for_search(query);
  if (q.empty()) return hits;
  const std::vector<std::string> query_words = split_words(q);
  const std::string word_start = " " + q;  // the query at the start of a later word of a name
  const uint64_t query_letters = letter_mask(q);
  int typo_allowance = 0;
  for (const auto& w : query_words) typo_allowance += typo_budget(w.size());
  for (size_t i = 0; i < entries_.size(); ++i) {
    const Entry& e = entries_[i];
    int best = 0;
    std::string matched;
    const int missing = count_bits(query_letters & ~e.letters);
    // Every name match below needs the query inside a name: one search over all of them first.
    const bool some_name_contains = missing == 0 && e.all_names.find(q) != std::string::npos;
    for (size_t n = 0; some_name_contains && n < e.names.size(); ++n) {
      // The name itself ranks above an alias that matches as well.
      const int alias_penalty = n == 0 ? 0 : 5;
      int score = 0;
      if (e.names[n] == q) score = 100;
      else if (starts_with(e.names[n], q)) score = 90;
      else if (e.names[n].find(word_start) != std::string::npos) score = 80;
      else if (q.size() >= 3 && e.names[n].find(q) != std::string::npos) score = 60;  // inside a word
      if (score && score - alias_penalty > best) {
        best = score - alias_penalty;
        matched = e.display[n];
      }
    }
    const bool soc_query = q.size() >= 2 && std::isdigit(static_cast<unsigned char>(q[0]));
    if (!best && soc_query && (e.soc == query || starts_with(e.soc, q))) best = 70;
    if (!best && q.size() >= 3 && (query_letters & ~e.category_letters) == 0 && e.category.find(q) != std::string::npos) {
      best = 40;
    }
    if (!best && missing <= typo_allowance) {
      // Every query word must be found, as a word prefix or within its typo budget.
      int total = 0;
      bool all = true;
      for (const std::string& qw : query_words) {
        int word_best = 0;
        for (const std::string& w : e.words) {
          if (starts_with(w, qw)) {
            word_best = std::max(word_best, 30);
          } else if (int budget = typo_budget(qw.size()); budget > 0 && w[0] == qw[0]) {
            // Typos rarely hit the first letter; checking it first keeps 10,000 entries fast.
            int d = bounded_distance(qw, std::string_view(w).substr(0, qw.size() + budget), budget);
            if (d <= budget) word_best = std::max(word_best, 20 - 5 * d);
          }
        }
        if (!word_best) {
          all = false;
          break;
        }
        total += word_best;
      }
      if (all) best = total / static_cast<int>(query_words.size());
    }
    if (best) hits.push_back({i, best, matched.empty() ? e.display[0] : matched});
  }
  std::sort(hits.begin(), hits.end(), [&](const SearchHit& a, const SearchHit& b) {
    if (a.score != b.score) return a.score > b.score;
    return dataset_.professions[a.profession].name < dataset_.professions[b.profession].name;
  });
  if (hits.size() > limit) hits.resize(limit);
  return hits;
}

std::vector<size_t> SearchIndex::in_category(const std::string& category_id) const {
  std::vector<size_t> result;
  for (size_t i = 0; i < dataset_.professions.size(); ++i) {
    if (dataset_.professions[i].category_id == category_id) result.push_back(i);
  }
  std::sort(result.begin(), result.end(),
            [&](size_t a, size_t b) { return dataset_.professions[a].name < dataset_.professions[b].name; });
  return result;
}

}  // namespace airisk::core
