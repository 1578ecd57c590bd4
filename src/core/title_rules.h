// The word lists behind normalise_title (title.h): what falls away, what expands, what folds.
// Internal to title.cpp; kept apart so the lists can grow without burying the algorithm.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace airisk::core::title_rules {

enum class WordRule : unsigned char {
  kKeep,
  kStop,          // a joining word with no meaning of its own: "of", "and", "the"
  kDrop,          // never names a job: "senior", "remote", "prn", "hiring"
  kDropLeading,   // a grade in front of a title ("Lead Cook", "Staff Nurse"), or alone in a note ("- Lead")
  kDropTrailing,  // a grade after a title: "Engineer I", "Analyst IV"
  kDropAlone,     // alone in a note it falls away ("- PT", "(Contract)", "- Days"); in a title it stays
  kGrade,         // "Level 2", "Tier 1", "Grade 7", "Class A": it and the next word fall away
};

struct WordInfo {
  WordRule rule = WordRule::kKeep;
  // What the word stands for, if anything: an abbreviation's words ("rn" -> "registered nurse"),
  // a spelling ("labourer" -> "laborer") or a variant ("administrator" -> "admin").
  std::string_view replacement;
};

WordInfo word_info(std::string_view word);

// Two words written apart that people also write as one: "back end" -> "backend". Empty if not.
std::string_view compound(std::string_view first, std::string_view second);

// How many words from words[at] make a phrase that falls away ("part time", "night shift",
// "now hiring", "sign on bonus"); 0 if none starts there.
size_t dropped_phrase_length(const std::vector<std::string>& words, size_t at);

// "m", "w", "d", "f", "h", "x", "div"...: the letters of "(m/w/d)"-style gender tags.
bool is_gender_mark(std::string_view word);

// Words that follow an amount of money: "$25 per hour", "$90k a year", "/hr".
bool is_pay_unit(std::string_view word);

// The title's characters as the lexer reads them: ASCII lower case, accents off ("Café" ->
// "cafe"), typographic dashes as " - ", currency signs as "$", bullets as "|" (title_fold.cpp).
std::string fold(std::string_view title);

// English plural to singular for matching: "nurses" -> "nurse", "technologies" -> "technology".
std::string singular(std::string word);

}  // namespace airisk::core::title_rules
