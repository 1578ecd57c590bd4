// Folding a title's characters: UTF-8 in; lower-case ASCII letters, digits and the punctuation
// that structures a title out. Accents fall away where Latin-1 and Latin Extended-A have a base
// letter; full-width Latin is ASCII; other scripts' letters stay as written; invalid bytes and
// the ideographic space become spaces.
#include "core/title_rules.h"

namespace airisk::core::title_rules {
namespace {

// Decodes the code point at s[i]; returns how many bytes it took (1 for an invalid byte, which
// comes back as U+FFFD so the caller can treat it as a space).
size_t decode_utf8(std::string_view s, size_t i, char32_t& cp) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  size_t length = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
  if (length == 1) {
    cp = b0;
    return 1;
  }
  if (length == 0 || i + length > s.size()) {
    cp = 0xFFFD;
    return 1;
  }
  cp = length == 2 ? b0 & 0x1F : length == 3 ? b0 & 0x0F : b0 & 0x07;
  for (size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      cp = 0xFFFD;
      return 1;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  const bool overlong = (length == 2 && cp < 0x80) || (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
  if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  return cp == 0xFFFD ? 1 : length;
}

// Latin-1 letters U+00C0..U+00DF (and their lower case, +0x20) without accents.
// '*' is a letter written as two ("ae", "th", "ss"); ' ' is not a letter (multiplication sign).
constexpr std::string_view kLatin1Base = "aaaaaa*ceeeeiiiidnooooo ouuuuy**";

constexpr char32_t kFullWidthFirst = 0xFF01, kFullWidthLast = 0xFF5E;  // "！" to "～": ASCII '!' to '~'

void append_folded(char32_t cp, std::string_view original, std::string& out) {
  if (cp < 0x80) {
    const char c = static_cast<char>(cp);
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : (c < ' ' || c == 0x7F) ? ' ' : c;
    return;
  }
  // Full-width forms of ASCII, as a Japanese or Chinese IME types Latin: "ｎｕｒｓｅ" is "nurse".
  if (cp >= kFullWidthFirst && cp <= kFullWidthLast) {
    append_folded(cp - kFullWidthFirst + '!', original, out);
    return;
  }
  if (cp >= 0xC0 && cp <= 0xFF && cp != 0xF7) {
    const size_t index = (cp - 0xC0) & 0x1F;
    const char base = cp == 0xFF ? 'y' : kLatin1Base[index];
    if (base != '*') {
      out += base;
    } else {
      out += index == 6 ? "ae" : index == 0x1E ? "th" : "ss";
    }
    return;
  }
  switch (cp) {
    case 0xA2: case 0xA3: case 0xA5: case 0x20AC: case 0x20B9: case 0x20BD: case 0x20A9: out += '$'; return;
    case 0xAD: return;  // soft hyphen: invisible
    case 0xB7: case 0x2022: case 0x2027: case 0x25CF: out += '|'; return;
    case 0x2010: case 0x2011: out += '-'; return;
    case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: out += " - "; return;
    case 0x2018: case 0x2019: case 0x02BC: out += '\''; return;
    case 0x0152: case 0x0153: out += "oe"; return;
    case 0x0141: case 0x0142: out += 'l'; return;
    case 0x0160: case 0x0161: case 0x015A: case 0x015B: case 0x015E: case 0x015F: out += 's'; return;
    case 0x017D: case 0x017E: case 0x0179: case 0x017A: case 0x017B: case 0x017C: out += 'z'; return;
    case 0x010C: case 0x010D: case 0x0106: case 0x0107: out += 'c'; return;
    case 0x0158: case 0x0159: out += 'r'; return;
    case 0x0147: case 0x0148: case 0x0143: case 0x0144: out += 'n'; return;
    case 0x0118: case 0x0119: case 0x011A: case 0x011B: out += 'e'; return;
    case 0x0104: case 0x0105: out += 'a'; return;
    case 0x0150: case 0x0151: out += 'o'; return;
    case 0x0170: case 0x0171: case 0x016E: case 0x016F: out += 'u'; return;
    case 0x0130: case 0x0131: out += 'i'; return;
    case 0x011E: case 0x011F: out += 'g'; return;
    default: break;
  }
  // Spaces, punctuation and symbols of the general blocks, and anything invalid, separate words;
  // so do emoji (with their skin tones and flags), variation selectors and tag characters, which
  // job ads use as decoration ("🚀 Backend Developer").
  const bool emoji = (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0000 && cp <= 0xE007F);
  if (cp == 0xFFFD || cp < 0xC0 || (cp >= 0x2000 && cp <= 0x2BFF) || cp == 0x3000 || cp == 0xFEFF || emoji) {
    out += ' ';
    return;
  }
  out.append(original);  // another script's letter: kept as written, so it still matches itself
}

}  // namespace

std::string fold(std::string_view title) {
  std::string out;
  out.reserve(title.size() + 8);
  for (size_t i = 0; i < title.size();) {
    char32_t cp = 0;
    const size_t length = decode_utf8(title, i, cp);
    append_folded(cp, title.substr(i, length), out);
    i += length;
  }
  return out;
}

}  // namespace airisk::core::title_rules
