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
  for (size_t i = 0; i < text.size(); ++i) {
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    // U+FF01..U+FF5E ("！" to "～") are ASCII '!' to '~' in UTF-8 as EF BC 81..EF BD 9E.
    if (byte(i) == 0xEF && i + 2 < text.size() && (byte(i + 1) == 0xBC || byte(i + 1) == 0xBD) &&
        byte(i + 2) >= 0x80 && byte(i + 2) <= 0xBF) {
      const unsigned code = (byte(i + 1) == 0xBC ? 0 : 0x40) + (byte(i + 2) - 0x80);  // U+FF00 + code
      if (code >= 0x01 && code <= 0x5E) {
        out += static_cast<char>(code - 0x01 + '!');
        i += 2;
        continue;
      }
    }
    // The full-width pound, yen and cent signs (U+FFE1, U+FFE5, U+FFE0), as prices in Japan are written.
    if (byte(i) == 0xEF && i + 2 < text.size() && byte(i + 1) == 0xBF) {
      const char* latin = byte(i + 2) == 0xA1 ? "\u00a3" : byte(i + 2) == 0xA5 ? "\u00a5" : byte(i + 2) == 0xA0 ? "\u00a2" : nullptr;
      if (latin) {
        out += latin;
        i += 2;
        continue;
      }
    }
    // Other scripts' digits: each block's zero is a code point ending in 0 (U+0660, U+06F0, U+0966,
    // U+09E6), so the digit is the code point's distance from it.
    if (i + 1 < text.size()) {
      const unsigned two = (byte(i) & 0x1Fu) << 6 | (byte(i + 1) & 0x3Fu);
      if ((byte(i) & 0xE0) == 0xC0 && (byte(i + 1) & 0xC0) == 0x80) {
        if ((two >= 0x0660 && two <= 0x0669) || (two >= 0x06F0 && two <= 0x06F9)) {
          out += static_cast<char>('0' + (two & 0xF));
          ++i;
          continue;
        }
        // The Arabic decimal mark, and the thousands mark as a space: a space only ever groups
        // digits, where a comma is the decimal mark in Germany or France.
        if (two == 0x066B || two == 0x066C) {
          out += two == 0x066B ? '.' : ' ';
          ++i;
          continue;
        }
      }
    }
    if (byte(i) == 0xE0 && i + 2 < text.size() && (byte(i + 1) == 0xA5 || byte(i + 1) == 0xA7) &&
        byte(i + 2) >= 0xA6 && byte(i + 2) <= 0xAF) {  // U+0966..096F, U+09E6..09EF
      out += static_cast<char>('0' + (byte(i + 2) - 0xA6));
      i += 2;
      continue;
    }
    if (text.compare(i, 3, "\u3000") == 0) {
      out += ' ';
      i += 2;
      continue;
    }
    out += text[i];
  }
  return out;
}

}  // namespace airisk::core
