// Finding a profession the way people type: name, alias, category or SOC code, any case,
// forgiving a typo or two, best matches first.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/model.h"

namespace airisk::core {

struct SearchHit {
  size_t profession = 0;  // index into Dataset::professions
  int score = 0;          // higher is better
  std::string matched;    // the name or alias that matched, for "matched: API developer"
};

// Built once per dataset: lower-cased text per profession, so each keystroke only compares.
class SearchIndex {
 public:
  explicit SearchIndex(const Dataset& dataset);
  std::vector<SearchHit> search(const std::string& query, size_t limit = 10) const;
  // The professions of a category, in name order.
  std::vector<size_t> in_category(const std::string& category_id) const;

 private:
  struct Entry {
    std::vector<std::string> names;        // name first, then aliases, lower-cased
    std::vector<std::string> display;      // the same, as written
    std::string category;                  // lower-cased category name and id
    std::string soc;
    std::vector<std::string> words;        // every word of the names, for typo matching
    std::string all_names;                 // every name, one string: one search rules them all out
    uint64_t letters = 0;                  // which letters and digits the names contain
    uint64_t category_letters = 0;
  };
  const Dataset& dataset_;
  std::vector<Entry> entries_;
};

// Lower-case ASCII and fold punctuation to spaces: "Back-End" -> "back end".
std::string normalise_for_search(const std::string& text);

}  // namespace airisk::core
