// The search index's tables (search_index.cpp builds them, search.cpp reads them). Internal.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/search.h"

namespace airisk::core {

struct SearchIndex::Tables {
  // One name, alias or title, as the words (token ids) it normalises to. A title with
  // alternatives ("Waiter / Waitress") is one Name per alternative.
  struct Name {
    uint32_t owner = 0;          // a profession, or for kSocTitle a SOC group
    MatchKind kind = MatchKind::kName;
    uint32_t first_token = 0;    // into name_tokens
    uint32_t token_count = 0;
    float weight = 0;            // the sum of its words' weights
    const std::string* display = nullptr;  // as written, in the dataset
    // Words the normaliser took out of it ("Remote Assistant" -> "assistant"), as 1 + an index
    // into dropped_sets; 0 when none. Such a name stands only for a query that says them too.
    uint32_t dropped = 0;
    bool everyday = false;  // a SOC's everyday title (SocTitles::everyday_titles)
  };
  // The professions of one SOC code, and the titles of the code as a whole.
  struct SocGroup {
    std::string soc;
    const std::string* name = nullptr;  // O*NET's occupation title, if the table has one
    std::vector<uint32_t> professions;  // in dataset order
    int primary = -1;                   // index into professions; -1 when none is marked
  };

  std::vector<Name> names;
  std::vector<uint32_t> name_tokens;
  std::vector<std::vector<std::string>> dropped_sets;
  std::vector<std::string> vocabulary;                      // token id -> word
  std::unordered_map<std::string, uint32_t> token_ids;
  std::vector<std::vector<uint32_t>> postings;              // token id -> names holding it
  std::vector<float> weights;                               // token id -> ln(1 + names / names holding it)
  float unknown_weight = 1;                                 // a word no name holds: rarer than any
  std::vector<uint32_t> by_text;                            // token ids in word order, for prefixes
  std::vector<std::vector<uint32_t>> by_first_byte;         // token ids by first byte, for typos
  // Words of one family by their shared root ("landscape", "landscaper", "landscaping").
  std::unordered_map<std::string, std::vector<uint32_t>> families;
  std::vector<std::vector<uint32_t>> profession_tokens;     // sorted words of a profession's own names
  std::vector<SocGroup> groups;
  std::vector<uint32_t> group_of_profession;
  std::vector<std::vector<std::string>> category_words;     // per Dataset::categories index
  std::vector<uint32_t> category_of_profession;             // index into categories (size() if unknown)
};

// What "landscaper", "landscaping" and "landscape" share: "landscap". Suffixes of doers and
// doings come off while at least four letters stay; not "-y", which would make "nursery" a nurse.
std::string word_root(std::string word);

struct Candidate {
  uint32_t token;
  float quality;  // 1 exact, less for a begun, inner or mistyped word
};

struct QueryWord {
  std::vector<Candidate> candidates;
  float weight = 0;
  uint32_t exact = UINT32_MAX;  // the index's own word, when the query has it exactly
};

// typing: the word may be unfinished or part of a longer one (the search box); otherwise it is
// a whole word (a job-ad title), and only a typo or its family stands in for a word the index
// lacks (search_words.cpp).
QueryWord read_word(const SearchIndex::Tables& t, const std::string& word, bool typing);

// Builds the tables (search_index.cpp).
SearchIndex::Tables build_search_tables(const Dataset& dataset);

}  // namespace airisk::core
