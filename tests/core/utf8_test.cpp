#include "core/utf8.h"

#include <gtest/gtest.h>

#include <string>

using namespace airisk;

namespace {

const std::string kWomanTechnologist = "\U0001F469\u200D\U0001F4BB";  // 👩‍💻: woman, zero-width joiner, laptop
const std::string kLaptop = "\U0001F4BB";

bool is_valid_utf8(const std::string& text) { return core::valid_utf8(text) == text; }

// How often `part` occurs in `text`.
size_t occurrences(const std::string& text, const std::string& part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
  return count;
}

}  // namespace

// Field test: an error message quoting profession="👩‍💻💻💻..." ended in "👩‍…", half an emoji.
TEST(utf8_test, a_cut_never_splits_an_emoji_sequence) {
  std::string text;
  for (int i = 0; i < 30; ++i) text += kWomanTechnologist + kLaptop + kLaptop;
  // Every limit: the cut lands before, inside and after each sequence in turn.
  for (size_t limit = 0; limit <= core::count_characters(text) + 1; ++limit) {
    const std::string cut = core::first_characters(text, limit);
    EXPECT_TRUE(is_valid_utf8(cut)) << limit;
    EXPECT_LE(core::count_characters(cut), limit);
    EXPECT_EQ(text.compare(0, cut.size(), cut), 0) << "a cut is a beginning of the text";
    EXPECT_EQ(occurrences(cut, "\U0001F469"), occurrences(cut, kWomanTechnologist)) << "a woman without her laptop at " << limit;
    EXPECT_TRUE(cut.empty() || cut.compare(cut.size() - 3, 3, "\u200D") != 0) << "a dangling joiner at " << limit;
  }
  EXPECT_EQ(core::first_characters(text, 4), kWomanTechnologist + kLaptop) << "whole sequences are kept up to the limit";
  EXPECT_EQ(core::first_characters(text, 2), "") << "the first sequence is 3 code points: none of it fits in 2";
}

TEST(utf8_test, a_cut_keeps_flags_skin_tones_and_accents_with_their_character) {
  const std::string flags = "\U0001F1E9\U0001F1EA\U0001F1EB\U0001F1F7";  // 🇩🇪🇫🇷: two pairs of regional indicators
  EXPECT_EQ(core::first_characters(flags, 3), "\U0001F1E9\U0001F1EA") << "never half a flag (🇫 alone)";
  EXPECT_EQ(core::first_characters("x" + flags, 4), "x\U0001F1E9\U0001F1EA");
  const std::string thumbs = "\U0001F44D\U0001F3FD\U0001F44D\U0001F3FD";  // 👍🏽👍🏽: a sign and its skin tone
  EXPECT_EQ(core::first_characters(thumbs, 3), "\U0001F44D\U0001F3FD");
  const std::string accented = "Cafe\u0301 Cafe\u0301";  // "Café" with a combining acute accent
  EXPECT_EQ(core::first_characters(accented, 4), "Caf") << "not the e without its accent";
  EXPECT_EQ(core::first_characters(accented, 5), "Cafe\u0301");
  const std::string heart = "\u2764\uFE0F\u2764\uFE0F";  // ❤️ with its emoji variation selector
  EXPECT_EQ(core::first_characters(heart, 3), "\u2764\uFE0F");
}

TEST(utf8_test, a_character_longer_than_the_limit_is_left_out_whole) {
  // Zalgo text: a letter under 80 combining marks reads as one character.
  std::string zalgo = "a";
  for (int i = 0; i < 80; ++i) zalgo += "\u0301";
  EXPECT_EQ(core::first_characters(zalgo + "b", 10), "");
  EXPECT_EQ(core::first_characters("x" + zalgo, 10), "x");
  EXPECT_EQ(core::first_characters(zalgo + "b", 200), zalgo + "b") << "a text within the limit is whole";
  EXPECT_EQ(core::first_characters("\u0301x", 1), "\u0301") << "a mark with nothing to join is a character of its own";
}

TEST(utf8_test, invalid_bytes_are_replaced_and_counted_one_each) {
  const std::string broken = std::string("ab\xF0\x9F\x92", 5) + "\xFF" + "c";  // a cut emoji, a stray byte
  EXPECT_EQ(core::valid_utf8(broken), "ab\uFFFD\uFFFD\uFFFD\uFFFDc");
  EXPECT_EQ(core::count_characters(broken), 7u);
  EXPECT_EQ(core::first_characters(core::valid_utf8(broken), 3), "ab\uFFFD");
}

TEST(utf8_test, full_width_forms_read_as_ascii) {
  EXPECT_EQ(core::typed_forms_as_ascii("１２０，０００"), "120,000");
  EXPECT_EQ(core::typed_forms_as_ascii("ｄａｔａ－ａｎａｌｙｓｔ"), "data-analyst");
  EXPECT_EQ(core::typed_forms_as_ascii("！～"), "!~") << "the first and last of the block";
  EXPECT_EQ(core::typed_forms_as_ascii("￥５００　￡￠"), "\u00a5500 \u00a3\u00a2");
  // Everything else stays as it is: half-width katakana, other letters, a cut-off sequence.
  EXPECT_EQ(core::typed_forms_as_ascii("ｱ nurse é \xEF\xBC"), "ｱ nurse é \xEF\xBC");
  // Field test: a salary in Devanagari or Arabic-Indic digits was refused as not a number.
  EXPECT_EQ(core::typed_forms_as_ascii("₹१२,००,०००"), "₹12,00,000");
  EXPECT_EQ(core::typed_forms_as_ascii("০১২৩৪৫৬৭৮৯"), "0123456789") << "Bengali";
  EXPECT_EQ(core::typed_forms_as_ascii("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹"), "0123456789 0123456789");
  // Field test: "١٢٠٬٠٠٠" in Germany was 120 €, its thousands mark read as a German decimal comma.
  EXPECT_EQ(core::typed_forms_as_ascii("١٢٠٬٠٠٠٫٥"), "120 000.5") << "the Arabic thousands and decimal marks";
  EXPECT_EQ(core::typed_forms_as_ascii("ॐ क ٪ ۺ"), "ॐ क ٪ ۺ") << "the blocks' other letters stay";
}
