#include "core/utf8.h"

#include <vector>

namespace airisk::core {
namespace {

// The length of the valid sequence starting at `i`, or 0 when it is not one (RFC 3629: no
// overlong forms, no surrogates, nothing past U+10FFFF).
size_t sequence_length(const std::string& s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  size_t length = 0;
  unsigned char min_second = 0x80, max_second = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) min_second = 0xA0;
    if (lead == 0xED) max_second = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) min_second = 0x90;
    if (lead == 0xF4) max_second = 0x8F;
  } else {
    return 0;
  }
  if (i + length > s.size()) return 0;
  if (byte(i + 1) < min_second || byte(i + 1) > max_second) return 0;
  for (size_t k = 2; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  return length;
}

// The code point of the valid sequence of `length` bytes at `i`.
char32_t code_point_at(const std::string& s, size_t i, size_t length) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  if (length == 1) return byte(i);
  char32_t cp = byte(i) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < length; ++k) cp = (cp << 6) | (byte(i + k) & 0x3F);
  return cp;
}

constexpr char32_t kZeroWidthJoiner = 0x200D;

// Code points that belong to the character before them (UAX #29's Extend and ZWJ, the ranges
// people type): combining accents, variation selectors, emoji skin tones, flag tags.
bool joins_previous(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
         (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFE20 && cp <= 0xFE2F) ||
         cp == kZeroWidthJoiner || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F) ||
         (cp >= 0xE0100 && cp <= 0xE01EF);
}

// Two of these make one flag: 🇩 + 🇪 is 🇩🇪.
bool is_regional_indicator(char32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }

// Whether a reader sees a new character begin at code point `k` (k > 0): not before a mark that
// joins the one before it, not after a zero-width joiner (👩‍💻 is woman + ZWJ + laptop), and not
// between the two regional indicators of one flag.
bool character_begins_at(const std::vector<char32_t>& cps, size_t k) {
  if (joins_previous(cps[k]) || cps[k - 1] == kZeroWidthJoiner) return false;
  if (!is_regional_indicator(cps[k]) || !is_regional_indicator(cps[k - 1])) return true;
  size_t indicators_before = 0;
  for (size_t j = k; j > 0 && is_regional_indicator(cps[j - 1]); --j) ++indicators_before;
  return indicators_before % 2 == 0;
}

// The digit blocks people type figures in besides ASCII: Arabic-Indic, Extended Arabic-Indic
// (Persian, Urdu), Devanagari and Bengali, each by its zero.
constexpr char32_t kDigitZeros[] = {0x0660, 0x06F0, 0x0966, 0x09E6};

// Appends the ASCII (or Latin-1) form of a code point an input method or another script types
// for one, and says whether it had one.
bool append_ascii_form(char32_t cp, std::string& out) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) {  // full-width "！" to "～"
    out += static_cast<char>(cp - 0xFF01 + '!');
    return true;
  }
  // The full-width pound, yen and cent signs, as prices in Japan are written.
  const char* latin = cp == 0xFFE1 ? "\u00a3" : cp == 0xFFE5 ? "\u00a5" : cp == 0xFFE0 ? "\u00a2" : nullptr;
  if (latin) {
    out += latin;
    return true;
  }
  for (char32_t zero : kDigitZeros) {
    if (cp >= zero && cp < zero + 10) {
      out += static_cast<char>('0' + (cp - zero));
      return true;
    }
  }
  // The Arabic decimal mark; the Arabic thousands mark and the ideographic space as a space (a
  // space only ever groups digits, where a comma is the decimal mark in Germany or France).
  if (cp == 0x066B || cp == 0x066C || cp == 0x3000) {
    out += cp == 0x066B ? '.' : ' ';
    return true;
  }
  return false;
}

}  // namespace

std::string valid_utf8(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const size_t length = sequence_length(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(text, i, length);
      i += length;
    }
  }
  return out;
}

std::string first_characters(const std::string& text, size_t characters) {
  // The first characters + 1 code points, with where each starts: the one after the limit
  // says whether the cut would split a character.
  std::vector<char32_t> cps;
  std::vector<size_t> starts;
  size_t i = 0;
  while (i < text.size() && cps.size() <= characters) {
    const size_t length = sequence_length(text, i);
    cps.push_back(length == 0 ? 0xFFFD : code_point_at(text, i, length));
    starts.push_back(i);
    i += length == 0 ? 1 : length;
  }
  if (cps.size() <= characters) return text;
  size_t cut = characters;
  while (cut > 0 && !character_begins_at(cps, cut)) --cut;
  return text.substr(0, starts[cut]);
}

size_t count_characters(const std::string& text) {
  size_t count = 0;
  for (size_t i = 0; i < text.size(); ++count) {
    const size_t length = sequence_length(text, i);
    i += length == 0 ? 1 : length;
  }
  return count;
}

std::string typed_forms_as_ascii(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const size_t length = sequence_length(text, i);
    if (length < 2) {  // ASCII, or a byte that is not UTF-8: as it is
      out += text[i++];
      continue;
    }
    if (!append_ascii_form(code_point_at(text, i, length), out)) out.append(text, i, length);
    i += length;
  }
  return out;
}

}  // namespace airisk::core
