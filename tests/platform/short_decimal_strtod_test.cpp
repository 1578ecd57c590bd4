// The engine's strtod (src/platform/web/short_decimal_strtod.cpp) must return what the C
// library's returns, to the bit and to the character, for every input; and it must take the
// short decimals of the real dataset itself, or the soft-float path it exists to avoid runs again.
#include "../../src/platform/web/short_decimal_strtod.h"

#include <gtest/gtest.h>

#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

// Natively the link wraps nothing: the "real" strtod is the C library's.
extern "C" double __real_strtod(const char* text, char** end) { return std::strtod(text, end); }
extern "C" double __wrap_strtod(const char* text, char** end);

namespace {

std::uint64_t bits(double d) {
  std::uint64_t b;
  std::memcpy(&b, &d, sizeof b);
  return b;
}

// Both readings agree to the bit and end at the same character; returns whether the fast path took it.
bool expect_same_as_strtod(const std::string& text) {
  char* libc_end = nullptr;
  const double expected = std::strtod(text.c_str(), &libc_end);
  char* wrapped_end = nullptr;
  const double wrapped = __wrap_strtod(text.c_str(), &wrapped_end);
  EXPECT_EQ(bits(wrapped), bits(expected)) << "'" << text << "'";
  EXPECT_EQ(wrapped_end - text.c_str(), libc_end - text.c_str()) << "'" << text << "'";
  EXPECT_EQ(bits(__wrap_strtod(text.c_str(), nullptr)), bits(expected)) << "'" << text << "' with no end pointer";
  double fast = 0;
  const char* fast_end = nullptr;
  return airisk::web::parse_short_decimal(text.c_str(), &fast, &fast_end);
}

TEST(ShortDecimalStrtod, TakesShortDecimalsAndMatchesTheCLibrary) {
  for (const char* text : {"0", "7", "0.62", "61.5", "2400", "-3.25", "+4.5", "1.5e3", "2.5E-3", "1.e5", ".5",
                           "-0.0", "0.000", "00000000000000000000001.5", "123456789012345", "0.1", "0.3",
                           "900719925474099e-22", "1e22", "1e-22", "123abc", "1e", "1e+", "1e-x", "5.", "-.25e2"}) {
    EXPECT_TRUE(expect_same_as_strtod(text)) << "'" << text << "' should take the fast path";
  }
}

TEST(ShortDecimalStrtod, LeavesTheRestToTheCLibrary) {
  for (const char* text : {"", "-", ".", "e5", " 1", "\t2.5", "inf", "-Infinity", "nan", "0x1p3", "0X10",
                           "1234567890123456", "9007199254740993e-22", "0.1234567890123456789", "1e23", "1e-23", "1e400", "1e-400",
                           "4.9e-324", "1.7976931348623157e308", "1e99999999999"}) {
    EXPECT_FALSE(expect_same_as_strtod(text)) << "'" << text << "' should go to the C library";
  }
}

TEST(ShortDecimalStrtod, RandomDecimalsMatchTheCLibrary) {
  std::mt19937_64 random(20261201);
  int fast = 0;
  for (int i = 0; i < 200000; ++i) {
    const int digits = 1 + static_cast<int>(random() % 17);
    std::string significand;
    for (int d = 0; d < digits; ++d) significand += static_cast<char>('0' + random() % 10);
    const int point = static_cast<int>(random() % (digits + 1));
    std::string text = (random() % 4 == 0 ? "-" : "") + significand.substr(0, point) + "." + significand.substr(point);
    if (random() % 3 == 0) text += "e" + std::to_string(static_cast<int>(random() % 60) - 30);
    fast += expect_same_as_strtod(text);
    if (HasFailure()) return;
  }
  EXPECT_GT(fast, 100000);
}

TEST(ShortDecimalStrtod, RandomDoublesPrintedShortMatchTheCLibrary) {
  std::mt19937_64 random(7);
  for (int i = 0; i < 100000; ++i) {
    std::uint64_t b = random();
    double d;
    std::memcpy(&d, &b, sizeof d);
    if (!std::isfinite(d)) continue;
    char text[64];
    for (const char* format : {"%.15g", "%.17g", "%.6f"}) {
      std::snprintf(text, sizeof text, format, d);
      expect_same_as_strtod(text);
    }
    if (HasFailure()) return;
  }
}

// Every number written in the dataset is read by the fast path: the reason it exists.
TEST(ShortDecimalStrtod, EveryNumberInTheDatasetTakesTheFastPath) {
  int numbers = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(AIRISK_DATASET_DIR)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    const std::string json = text.str();
    bool in_string = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
      const char c = json[i];
      if (in_string) {
        if (c == '\\') ++i;
        else if (c == '"') in_string = false;
        continue;
      }
      if (c == '"') { in_string = true; continue; }
      if (c != '-' && (c < '0' || c > '9')) continue;
      std::size_t end = i;
      while (end < json.size() && std::strchr("+-0123456789.eE", json[end])) ++end;
      const std::string number = json.substr(i, end - i);
      EXPECT_TRUE(expect_same_as_strtod(number)) << entry.path() << ": " << number;
      ++numbers;
      i = end - 1;
      if (HasFailure()) return;
    }
  }
  EXPECT_GT(numbers, 10000);
}

}  // namespace
