// Job-ad titles as people write them, reduced to the words that name the job.
//
// "Sr. Software Engineer - Backend (Remote)" -> main "software engineer", note "backend".
// What falls away: seniority and grade ("Senior", "Sr.", "Jr", "II", "Level 2", and "Lead",
// "Principal", "Staff", "Associate" in front of a title; "Pleno", "confirmé", "Praktikant",
// "Stagiaire" in the card's other languages), shift and schedule ("Part Time", "PRN", "Night
// Shift", "Weekends", "Teilzeit", "CDI"), remote and location notes ("Remote", "Hybrid", "US"),
// gender tags ("(m/w/d)", "(f/h)", "(h/f)", "(m/f/d)", and endings written onto a word:
// "Técnico(a)", "Infirmier.ère"), pay ("$25/hr", "Sign-On Bonus"), boilerplate ("Now Hiring",
// "Position", "Job ID 1234"). Brackets, after-dash and after-comma parts, and "at Company" become
// notes (not the dash of a shared compound, "Gesundheits- und Krankenpfleger"): they may name a
// specialisation ("Backend") but never the job on their own unless the main part names nothing.
// Common abbreviations expand (RN, LPN, CNA, CDL, SDR, QA, UX, SRE, HR, CPA, ...); plurals fold
// ("Nurses" -> "nurse"); British spellings fold to American ("labourer").
// Matching (search.h) normalises both the titles it knows and the query with this one function,
// so the two always agree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace airisk::core {

enum class TitlePartKind {
  kMain,         // the words that name the job
  kAlternative,  // another name for the same job: "Waiter / Waitress", "UX/UI Designer"
  kNote,         // after a dash or comma, in brackets, after "at": a specialisation, a place, a company
};

struct TitlePart {
  TitlePartKind kind = TitlePartKind::kNote;
  std::vector<std::string> words;  // lower-case, abbreviations expanded, plurals folded
};

struct NormalisedTitle {
  // The main part first (if any words are left), then alternatives, then notes, in title order.
  std::vector<TitlePart> parts;
  // What fell away, lower-case, for explaining a match: "sr", "remote", "m/w/d", "part time".
  std::vector<std::string> dropped;

  const TitlePart* main() const;  // nullptr when nothing names a job
  std::string text() const;       // the main part's words joined by spaces, "" if none
};

// Never throws on any byte sequence: invalid UTF-8 becomes a space, letters outside Latin-1 and
// Latin Extended-A are kept as they are (so they still match themselves), and there is no limit
// on length beyond memory.
NormalisedTitle normalise_title(std::string_view title);

// The main words only, joined by spaces: the key two titles must share to be "the same title".
std::string title_key(std::string_view title);

}  // namespace airisk::core
