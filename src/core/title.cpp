// [SECTION] index (title_fold.cpp: UTF-8 in, lower-case letters, digits and punctuation out)
//   Lexing: words, brackets, breaks (" - ", ",", "|"), slashes, "@", pay
//   Segments: the title cut at breaks and brackets
//   Words: what falls away, what expands
//   Parts: main, alternatives and notes
#include "core/title.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "core/title_rules.h"

namespace airisk::core {
namespace {

// A title taken from a job board's HTML keeps its markup: "<b>Senior</b> Nurse" read "b" as a
// word, and "&amp;" as "amp". Tags go (a space where they stood), the common entities are read.
std::string without_markup(std::string_view title) {
  static constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
      {"&amp;", "&"}, {"&nbsp;", " "}, {"&#39;", "'"}, {"&apos;", "'"}, {"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}};
  std::string out;
  out.reserve(title.size());
  for (size_t i = 0; i < title.size();) {
    const char c = title[i];
    if (c == '<') {
      const size_t name = i + 1 + (i + 1 < title.size() && title[i + 1] == '/');
      const size_t end = title.find_first_of("<>", i + 1);
      const bool tag = name < title.size() && std::isalpha(static_cast<unsigned char>(title[name])) &&
                       end != std::string_view::npos && title[end] == '>';
      if (tag) {
        out += ' ';
        i = end + 1;
        continue;
      }
    } else if (c == '&') {
      const auto* entity = std::find_if(std::begin(kEntities), std::end(kEntities),
                                        [&](const auto& e) { return title.substr(i, e.first.size()) == e.first; });
      if (entity != std::end(kEntities)) {
        out += entity->second;
        i += entity->first.size();
        continue;
      }
    }
    out += c;
    ++i;
  }
  return out;
}

using title_rules::WordRule;

// [SECTION] Lexing

enum class Mark { kWord, kOpen, kClose, kBreak, kSlash, kSpacedSlash, kAt };

struct Lexeme {
  Mark mark;
  std::string word;
};

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
}
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }

// s[dash] is "-" right after a letter, then a space and a joining word: the first half of two
// compounds that share their end ("Gesundheits- und Krankenpfleger", "Energie- und
// Gebäudetechnik", "Pre- and Post-Sales"), as German ads write them.
bool ends_shared_compound(const std::string& s, size_t dash) {
  if (dash == 0 || !is_letter(s[dash - 1]) || dash + 1 >= s.size() || s[dash + 1] != ' ') return false;
  size_t start = dash + 1;
  while (start < s.size() && s[start] == ' ') ++start;
  size_t end = start;
  while (end < s.size() && is_word_char(s[end])) ++end;
  const std::string_view next = std::string_view(s).substr(start, end - start);
  for (std::string_view joining : {"und", "oder", "bzw", "sowie", "and", "or", "et", "ou", "e"}) {
    if (next == joining) return true;
  }
  return false;
}

// The length of a gender ending written onto a word at s[at], "(a)" of "Técnico(a)", "(e)" of
// "Employé(e)", "(ne)", "(ère)", "(in)", ".ère" of "Infirmier.ère", ".euse": 0 if there is none.
// French, Portuguese and German ads write one form with the other's ending; the ending goes and
// the title's words go on ("Técnico(a) de Enfermagem" is "tecnico de enfermagem").
size_t gender_ending_length(const std::string& s, size_t at) {
  static constexpr std::string_view kEndings[] = {"a", "o", "e", "s", "as", "os", "es", "ne", "nes", "ere", "eres", "euse",
                                                  "euses", "se", "trice", "rice", "ice", "ve", "ive", "le", "te", "in", "innen"};
  const char open = s[at];
  size_t end = at + 1;
  while (end < s.size() && s[end] >= 'a' && s[end] <= 'z') ++end;
  const std::string_view ending = std::string_view(s).substr(at + 1, end - at - 1);
  if (std::find(std::begin(kEndings), std::end(kEndings), ending) == std::end(kEndings)) return 0;
  if (open == '(') return end < s.size() && s[end] == ')' ? end + 1 - at : 0;
  // After a dot, the ending must end the word: "node.js" and "u.s." are words of their own.
  const bool ends_word = end >= s.size() || !(is_word_char(s[end]) || s[end] == '.' || s[end] == '\'');
  return ending != "s" && ends_word ? end - at : 0;
}

std::vector<Lexeme> lex(const std::string& s) {
  std::vector<Lexeme> out;
  const size_t n = s.size();
  auto at = [&](size_t i) { return i < n ? s[i] : ' '; };
  bool after_pay = false;  // "$25 / hr": the unit words after an amount go with it
  for (size_t i = 0; i < n;) {
    const char c = s[i];
    if (is_word_char(c) || (c == '.' && is_letter(at(i + 1)) && (i == 0 || !is_word_char(s[i - 1])))) {
      std::string word = c == '.' ? "dot" : "";  // ".NET" -> "dotnet"
      if (c == '.') ++i;
      while (i < n) {
        const char d = s[i];
        if (is_word_char(d)) {
          word += d;
        } else if ((d == '(' || d == '.') && word.size() >= 3 && is_letter(word.back())) {
          if (const size_t ending = gender_ending_length(s, i)) {
            i += ending;
            break;
          }
          if (d == '(' || !is_word_char(at(i + 1))) break;
          // "node.js": one word
        } else if ((d == '.' || d == '\'') && !word.empty() && is_word_char(at(i + 1))) {
          // "node.js", "u.s.", "children's": one word
        } else if (d == '&' && !word.empty() && is_word_char(at(i + 1))) {
          word += d;  // "r&d", "fp&a"
        } else if ((d == '+' || d == '#') && (is_letter(word.back()) || word.back() == '+') && !is_word_char(at(i + 1))) {
          word += d;  // "c++", "c#"
        } else {
          break;
        }
        ++i;
      }
      if (after_pay && title_rules::is_pay_unit(word)) continue;
      after_pay = false;
      out.push_back({Mark::kWord, std::move(word)});
      continue;
    }
    if (c == '$') {  // an amount: "$25", "$90k", "$10,000" and the units after it fall away
      ++i;
      while (i < n && (is_word_char(s[i]) || s[i] == ',' || s[i] == '.')) ++i;
      after_pay = true;
      continue;
    }
    if (after_pay && (c == ' ' || c == '/' || c == '-' || c == '+')) {
      ++i;
      continue;
    }
    after_pay = false;
    const bool space_before = i == 0 || s[i - 1] == ' ';
    const bool space_after = i + 1 >= n || s[i + 1] == ' ';
    if (c == '-') {
      // A dash between words joins them ("full-time" is two words); a dash with space on
      // either side, or a double dash, separates a note: "Engineer - Backend". A dash that ends a
      // word before "and" or "or" stands for the rest of a compound ("Gesundheits- und
      // Krankenpfleger", "Pre- and Post-Sales"): the words go on.
      if ((space_before || space_after || at(i + 1) == '-') && !ends_shared_compound(s, i)) out.push_back({Mark::kBreak, {}});
      while (i < n && s[i] == '-') ++i;
      continue;
    }
    if (c == '/' || c == '\\') out.push_back({space_before && space_after ? Mark::kSpacedSlash : Mark::kSlash, {}});
    else if (c == '(' || c == '[' || c == '{') out.push_back({Mark::kOpen, {}});
    else if (c == ')' || c == ']' || c == '}') out.push_back({Mark::kClose, {}});
    else if (c == ',' || c == ';' || c == ':' || c == '|' || c == '!' || c == '?' || c == '~') out.push_back({Mark::kBreak, {}});
    else if (c == '@') out.push_back({Mark::kAt, {}});
    ++i;
  }
  return out;
}

// [SECTION] Segments

enum class SegmentKind { kOuter, kBracket, kCompany };

struct Segment {
  SegmentKind kind = SegmentKind::kOuter;
  bool first_outer = false;             // the title's first outer segment, or an alternative of it
  std::vector<std::string> words;
  std::vector<bool> slash_before;       // slash_before[k]: an unspaced "/" between words k-1 and k
};

std::vector<Segment> cut_segments(const std::vector<Lexeme>& lexemes) {
  std::vector<Segment> segments(1);
  segments[0].first_outer = true;
  size_t outer = 0;  // the outer segment words go to after a bracket closes
  int depth = 0;
  bool pending_slash = false;
  auto start = [&](SegmentKind kind, bool first_outer) {
    segments.push_back({});
    segments.back().kind = kind;
    segments.back().first_outer = first_outer;
    pending_slash = false;
    return segments.size() - 1;
  };
  size_t current = 0;
  for (const Lexeme& lexeme : lexemes) {
    switch (lexeme.mark) {
      case Mark::kWord: {
        Segment& segment = segments[current];
        if (depth == 0 && lexeme.word == "at" && !segment.words.empty()) {  // "Barista at Starbucks"
          current = outer = start(SegmentKind::kCompany, false);
          break;
        }
        segment.slash_before.push_back(pending_slash && !segment.words.empty());
        segment.words.push_back(lexeme.word);
        pending_slash = false;
        break;
      }
      case Mark::kOpen:
        if (depth++ == 0) current = start(SegmentKind::kBracket, false);
        break;
      case Mark::kClose:
        if (depth > 0 && --depth == 0) {
          // Words after a bracket carry on the outer segment: "Nurse (RN) Emergency Room".
          current = segments[outer].words.empty() ? outer : start(segments[outer].kind, false);
          if (current != outer) {
            segments[current].first_outer = segments[outer].first_outer;
            outer = current;
          }
        }
        break;
      case Mark::kBreak:
        current = depth > 0 ? start(SegmentKind::kBracket, false) : (outer = start(SegmentKind::kOuter, false));
        break;
      case Mark::kSpacedSlash:
        if (depth > 0) {
          current = start(SegmentKind::kBracket, false);
        } else {
          const bool first = segments[outer].first_outer;
          current = outer = start(segments[outer].kind, first);
        }
        break;
      case Mark::kSlash: pending_slash = true; break;
      case Mark::kAt:
        if (depth == 0) current = outer = start(SegmentKind::kCompany, false);
        break;
    }
  }
  return segments;
}

// [SECTION] Words

bool all_digits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Numbers name no job: grades ("Engineer 2"), ordinals ("3rd"), levels ("L3"), ids, shift lengths.
bool is_number_noise(std::string_view w) {
  if (w == "911") return false;  // "911 Dispatcher"
  if (all_digits(w)) return true;
  const size_t digits = std::find_if(w.begin(), w.end(), [](char c) { return c < '0' || c > '9'; }) - w.begin();
  if (digits > 0 && (w.substr(digits) == "st" || w.substr(digits) == "nd" || w.substr(digits) == "rd" || w.substr(digits) == "th")) return true;
  return w.size() >= 2 && w.size() <= 3 && (w[0] == 'l' || w[0] == 't' || w[0] == 'p') && all_digits(w.substr(1));
}

bool is_grade_value(std::string_view w) {
  if (all_digits(w) || w.size() == 1) return true;
  const WordRule rule = title_rules::word_info(w).rule;
  return rule == WordRule::kDropTrailing || w == "ii" || w == "iii" || w == "vi" || w == "vii";
}

constexpr std::string_view kStates[] = {"al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il",
                                        "in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt",
                                        "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri",
                                        "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc"};

// One list of a segment's words to the words that name something; what falls away goes to dropped.
std::vector<std::string> clean_words(std::vector<std::string> words, bool is_note, std::vector<std::string>& dropped) {
  // Compounds first, so "part time" is one word that then falls away, and "back end" matches "backend".
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    std::string_view joined = title_rules::compound(words[i], words[i + 1]);
    if (!joined.empty()) {
      words[i] = std::string(joined);
      words.erase(words.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    }
  }
  // A note that is only a US state ("Austin, TX") is a place.
  if (is_note && words.size() == 1 && words[0].size() == 2 &&
      std::find(std::begin(kStates), std::end(kStates), words[0]) != std::end(kStates)) {
    dropped.push_back(words[0]);
    return {};
  }
  // Each kept word with its rule, looked up once.
  std::vector<std::pair<std::string, title_rules::WordInfo>> kept;
  kept.reserve(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    if (size_t phrase = title_rules::dropped_phrase_length(words, i)) {
      std::string text;
      for (size_t k = i; k < i + phrase; ++k) text += (k > i ? " " : "") + words[k];
      dropped.push_back(std::move(text));
      i += phrase - 1;
      continue;
    }
    std::string& w = words[i];
    const title_rules::WordInfo info = title_rules::word_info(w);
    if (info.rule == WordRule::kStop) continue;
    if (info.rule == WordRule::kDrop || is_number_noise(w)) {
      dropped.push_back(std::move(w));
      continue;
    }
    if (info.rule == WordRule::kGrade && i + 1 < words.size() && is_grade_value(words[i + 1])) {
      dropped.push_back(w + " " + words[i + 1]);
      ++i;
      continue;
    }
    kept.emplace_back(std::move(w), info);
  }
  size_t first = 0, last = kept.size();
  while (last - first >= 2 && kept[first].second.rule == WordRule::kDropLeading) dropped.push_back(kept[first++].first);
  while (last - first >= 2 && kept[last - 1].second.rule == WordRule::kDropTrailing) dropped.push_back(kept[--last].first);
  if (is_note && last - first == 1) {
    const WordRule rule = kept[first].second.rule;
    if (rule == WordRule::kDropAlone || rule == WordRule::kDropLeading || rule == WordRule::kDropTrailing) {
      dropped.push_back(kept[first++].first);
    }
  }
  std::vector<std::string> out;
  out.reserve(last - first + 2);
  for (size_t k = first; k < last; ++k) {
    std::string_view replacement = kept[k].second.replacement;
    if (replacement.empty()) replacement = kept[k].first;
    for (size_t start = 0; start < replacement.size();) {
      size_t end = replacement.find(' ', start);
      if (end == std::string_view::npos) end = replacement.size();
      std::string word = title_rules::singular(std::string(replacement.substr(start, end - start)));
      if (out.empty() || out.back() != word) out.push_back(std::move(word));
      start = end + 1;
    }
  }
  return out;
}

// "UX/UI Designer" -> "ux designer", "ui designer"; "(m/w/d)" -> nothing.
std::vector<std::vector<std::string>> split_alternatives(const Segment& segment, std::vector<std::string>& dropped) {
  std::vector<std::string> words;
  std::vector<bool> slash_before;
  // Gender tags: a run of slash-joined marks ("m/w/d", "h/f"), or one alone in brackets ("(gn)").
  for (size_t i = 0; i < segment.words.size();) {
    size_t end = i + 1;
    while (end < segment.words.size() && segment.slash_before[end]) ++end;
    bool gender = end - i >= 2;
    for (size_t k = i; gender && k < end; ++k) gender = title_rules::is_gender_mark(segment.words[k]);
    if (gender) {
      std::string tag;
      for (size_t k = i; k < end; ++k) tag += (k > i ? "/" : "") + segment.words[k];
      dropped.push_back(tag);
    } else {
      for (size_t k = i; k < end; ++k) {
        words.push_back(segment.words[k]);
        slash_before.push_back(k > i);
      }
    }
    i = end;
  }
  // The first slash run gives the alternatives; each keeps the words around it.
  size_t first = words.size(), last = words.size();
  for (size_t k = 1; k < words.size(); ++k) {
    if (slash_before[k]) {
      if (first == words.size()) first = k - 1;
      last = k;
    } else if (first != words.size()) {
      break;
    }
  }
  if (first == words.size()) return {words};
  std::vector<std::vector<std::string>> alternatives;
  for (size_t pick = first; pick <= last; ++pick) {
    std::vector<std::string> alternative(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(first));
    alternative.push_back(words[pick]);
    alternative.insert(alternative.end(), words.begin() + static_cast<std::ptrdiff_t>(last) + 1, words.end());
    alternatives.push_back(std::move(alternative));
  }
  return alternatives;
}

}  // namespace

// [SECTION] Parts

const TitlePart* NormalisedTitle::main() const {
  return !parts.empty() && parts.front().kind == TitlePartKind::kMain ? &parts.front() : nullptr;
}

std::string NormalisedTitle::text() const {
  std::string out;
  if (const TitlePart* part = main()) {
    for (const auto& w : part->words) out += (out.empty() ? "" : " ") + w;
  }
  return out;
}

NormalisedTitle normalise_title(std::string_view title) {
  NormalisedTitle result;
  const std::vector<Segment> segments = cut_segments(lex(title_rules::fold(without_markup(title))));
  // Candidates for the main part, best first: the title's first outer segment (and what a
  // slash offers beside it), then later outer segments, brackets, and last what follows "at".
  struct Later {
    TitlePart part;
    SegmentKind kind;
  };
  std::vector<TitlePart> first;
  std::vector<Later> later;
  for (const Segment& segment : segments) {
    const bool note = !segment.first_outer;
    for (auto& words : split_alternatives(segment, result.dropped)) {
      std::vector<std::string> cleaned = clean_words(std::move(words), note, result.dropped);
      if (cleaned.empty()) continue;
      TitlePart part{TitlePartKind::kNote, std::move(cleaned)};
      if (segment.first_outer) first.push_back(std::move(part));
      else later.push_back({std::move(part), segment.kind});
    }
  }
  // Nothing before the first break names a job ("Now Hiring: Barista"): the first later outer
  // segment does, else a bracket, else the company part.
  for (SegmentKind kind : {SegmentKind::kOuter, SegmentKind::kBracket, SegmentKind::kCompany}) {
    if (!first.empty()) break;
    auto it = std::find_if(later.begin(), later.end(), [&](const Later& l) { return l.kind == kind; });
    if (it != later.end()) {
      first.push_back(std::move(it->part));
      later.erase(it);
    }
  }
  for (size_t i = 0; i < first.size(); ++i) {
    first[i].kind = i == 0 ? TitlePartKind::kMain : TitlePartKind::kAlternative;
    result.parts.push_back(std::move(first[i]));
  }
  for (auto& l : later) result.parts.push_back(std::move(l.part));
  return result;
}

std::string title_key(std::string_view title) { return normalise_title(title).text(); }

}  // namespace airisk::core
