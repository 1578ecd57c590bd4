// Text is UTF-8 and measured in characters: cut only at character boundaries, and never pass
// on a byte sequence that is not UTF-8 (JSON writers and the DOM would reject or mangle it).
#pragma once

#include <string>

namespace airisk::core {

// `text` with every invalid or truncated sequence replaced by U+FFFD.
std::string valid_utf8(const std::string& text);
// At most `characters` code points of valid UTF-8 `text`, cut where a character as a reader
// sees it ends: never inside an emoji sequence (👩‍💻), a flag, or a letter and its accents.
// Empty when the first such character is longer than `characters`.
std::string first_characters(const std::string& text, size_t characters);
// How many code points `text` holds (invalid bytes count one each).
size_t count_characters(const std::string& text);
// `text` with the full-width forms a Japanese or Chinese input method types (１２０ｋ,
// ｄａｔａ－ａｎａｌｙｓｔ, ￥) as their ASCII or Latin-1 letters, the ideographic space as a
// space, and the digits of Devanagari (१२००००), Bengali and Arabic (٥٠٠٠٠, ۵۰۰۰۰, with the Arabic
// thousands mark as a space and decimal mark as a point) as ASCII digits; everything else as it is.
std::string typed_forms_as_ascii(const std::string& text);

}  // namespace airisk::core
