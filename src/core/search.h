// Finding a profession from what people type or what a job ad is titled: name, alias, job-ad
// title, SOC code or category, any case, forgiving a typo or two, best matches first.
//
// Titles are read with normalise_title (title.h), so "Sr. Software Engineer - Backend (Remote)"
// is matched as "software engineer" with the note "backend". Besides the professions' names and
// aliases the index holds the job-ad titles of data/tables/job_titles.json by SOC code: a title
// of a SOC several professions share opens the one its other words name ("Backend"), else the
// SOC's primary profession.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/model.h"

namespace airisk::core {

// How a match was made, from the most to the least certain.
enum class MatchKind {
  kName,      // the profession's name
  kAlias,     // one of its aliases, or a title the table gives this profession
  kSocTitle,  // a title of its SOC code (O*NET's sample titles, job-ad titles)
  kSocCode,   // its SOC code, typed
  kWords,     // some words of a name or title (or a typo of them), not all
  kCategory,  // its category's name
};
const char* match_kind_label(MatchKind kind);  // "name", "alias", "soc-title", ...

// Confidence, 0 to 1, says how the match was made:
//   1.00  every word of the profession's name, nothing else
//   0.95  every word of an alias or of a title the table gives the profession
//   0.90  every word of a title of its SOC code, the SOC's only profession
//   0.85  ... a SOC shared by several, and the title's other words name this one ("- Backend")
//   0.75  ... a SOC shared by several, nothing names one: the SOC's primary profession
//   <0.80 some words only, or with typos: 0.8 x the base above x how much of the title and of
//         the name the matching words carry (rare words count more than "manager"); a typo
//         counts 0.85 of a word, a word begun 0.9
//   0.40  the category's name (search only)
// Notes stand in for the job only when they match better than the main part, at 0.9 of it.
struct SearchHit {
  size_t profession = 0;  // index into Dataset::professions
  int score = 0;          // the confidence x 100, rounded: higher is better
  double confidence = 0;
  MatchKind kind = MatchKind::kWords;
  std::string matched;    // the name, alias or title that matched, as written
  // The match holds the matched name's head word, what the job is: "nurse" of "Dental Nurse"
  // for "nurce". Not so "Tree Trimmer" for "true", "Objects Conservator" for "[object Object]",
  // "Teacher Assistant" for "teacher".
  bool same_job = true;
  // A name, alias or title of it stands whole in the query, as written, beside words the card
  // does not know: "Krankenpfleger" in "Krankenpfleger Intensivstation", "Infirmière" in
  // "Infirmière de nuit". Weak (those words may change the job), but worth offering.
  bool holds_whole_name = false;
};

constexpr double kConfidentMatch = 0.6;  // below: the match is weak
constexpr double kCloseRunnerUp = 0.1;   // a runner-up of another SOC this close makes it ambiguous
constexpr double kSuggestionFloor = 0.3; // below: the words merely look alike ("none" and "Non-CDL Driver")

// Whether to offer a match as "did you mean" for a value the card could not use: about the same
// job, and at least kSuggestionFloor alike or holding one of its names whole. Read the value with resolve (whole words: a host's
// value is finished, so "NaN" is not a begun "nanny"), not search.
bool worth_suggesting(const SearchHit& hit);

// What a job-ad title resolves to. The card's job-title attribute uses it: open `best()` when
// `open_directly`, else show a chooser of `matches` (the best first, then the runners-up), saying
// `reason`; with no matches, the card says it found nothing for the title.
struct TitleResolution {
  std::string read_as;              // the words matched: "software engineer" (+ " / " alternatives)
  std::vector<SearchHit> matches;   // best first, then runners-up; distinct professions
  bool open_directly = false;       // confident and not ambiguous
  std::string reason;               // why not, in a sentence; empty when open_directly
  // A SOC code the title belongs to that no profession covers yet, when that fits the title
  // better than any profession does ("Janitor" -> 37-2011); empty otherwise.
  std::string uncovered_soc;
  std::string uncovered_soc_name;

  const SearchHit* best() const { return matches.empty() ? nullptr : &matches.front(); }
};

// Built once per dataset (the dataset must outlive it): every name, alias and title broken into
// words with their weights, so each query only looks up the words it has.
class SearchIndex {
 public:
  explicit SearchIndex(const Dataset& dataset);
  ~SearchIndex();
  SearchIndex(SearchIndex&&) noexcept;
  SearchIndex& operator=(SearchIndex&&) = delete;

  // As the visitor types: the last word may be unfinished ("backe"); a word may be begun,
  // mistyped or inside a longer one. Most of the query's words must match.
  std::vector<SearchHit> search(const std::string& query, size_t limit = 10) const;
  // A whole job-ad title: the best profession and up to `runners_up` others.
  TitleResolution resolve(const std::string& title, size_t runners_up = 4) const;
  // The professions of a category, in name order.
  std::vector<size_t> in_category(const std::string& category_id) const;

  // Builds the index now, with the dataset's late tables, for a caller with time to spare (the
  // card once it has drawn), so the first keystroke of a search does not pay for it.
  void prepare() const { tables(); }

  struct Tables;  // the index itself (search.cpp)

 private:
  // Built on first use: a card opened without a search or a job title never pays for it.
  const Tables& tables() const;

  const Dataset& dataset_;
  mutable std::unique_ptr<const Tables> tables_;  // single-threaded, as the card and the CLI are
};

// Folded as titles are (accents off, full-width Latin as ASCII), lower case, and punctuation
// as spaces: "Back-End" -> "back end". For comparing names loosely (the region, plan or section
// closest to a value the card could not use); titles are read with normalise_title.
std::string normalise_for_search(const std::string& text);

}  // namespace airisk::core
