// The link sends every strtod call in the engine here first (-Wl,--wrap=strtod in CMakeLists.txt).
// The C library's strtod works in 128-bit long doubles, which WebAssembly emulates in software:
// each of the dataset's numbers (nlohmann's parser calls strtod for every one with a '.' or an
// exponent; the index alone has 903) ran through a dozen soft-float functions that Chrome compiled
// at start-up on the main thread, then again, hot, with its optimising tier on the other core.
//
// The dataset's numbers are short decimals (0.62, 61.5, 2400): their significand fits a double
// exactly and their power of ten is exact too, so one multiplication or division gives the
// correctly rounded result (Clinger's fast path), the very double strtod returns. Anything else
// (more than 15 significant digits, a large exponent, hex, inf, nan, leading spaces) is left to
// the C library.
#include "short_decimal_strtod.h"

#include <cstdint>

extern "C" double __real_strtod(const char* text, char** end);

namespace airisk::web {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Every power of ten up to 10^22 is a double exactly (5^22 < 2^53).
constexpr double kExactPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr int kMaxExactPower = 22;
// Up to 15 digits the significand is below 10^15 < 2^53, so it converts to a double exactly.
constexpr int kMaxExactDigits = 15;

}  // namespace

bool parse_short_decimal(const char* text, double* value, const char** end) {
  const char* p = text;
  const bool negative = *p == '-';
  if (*p == '-' || *p == '+') ++p;
  std::uint64_t significand = 0;
  int significant_digits = 0;
  int exponent = 0;
  bool any_digit = false;
  for (; is_digit(*p); ++p) {
    any_digit = true;
    if (significand == 0 && *p == '0') continue;  // a leading zero adds no digit
    significand = significand * 10 + static_cast<unsigned>(*p - '0');
    if (++significant_digits > kMaxExactDigits) return false;
  }
  if (*p == 'x' || *p == 'X') return false;  // hexadecimal: "0x1p3"
  if (*p == '.') {
    for (++p; is_digit(*p); ++p) {
      any_digit = true;
      --exponent;
      if (significand == 0 && *p == '0') continue;
      significand = significand * 10 + static_cast<unsigned>(*p - '0');
      if (++significant_digits > kMaxExactDigits) return false;
    }
  }
  if (!any_digit) return false;  // "inf", "nan", " 1", ".": the C library's cases
  if (*p == 'e' || *p == 'E') {
    const char* q = p + 1;
    const bool negative_exponent = *q == '-';
    if (*q == '-' || *q == '+') ++q;
    if (is_digit(*q)) {  // "1e" or "1e+" ends before the 'e', as in strtod
      int written = 0;
      for (; is_digit(*q); ++q) {
        if (written > 1000) return false;  // far out of range either way; strtod says which
        written = written * 10 + (*q - '0');
      }
      exponent += negative_exponent ? -written : written;
      p = q;
    }
  }
  double result = static_cast<double>(significand);
  if (significand != 0) {
    if (exponent < -kMaxExactPower || exponent > kMaxExactPower) return false;
    result = exponent < 0 ? result / kExactPowersOfTen[-exponent] : result * kExactPowersOfTen[exponent];
  }
  *value = negative ? -result : result;
  *end = p;
  return true;
}

}  // namespace airisk::web

extern "C" double __wrap_strtod(const char* text, char** end) {
  double value;
  const char* parsed_to;
  if (!airisk::web::parse_short_decimal(text, &value, &parsed_to)) return __real_strtod(text, end);
  if (end) *end = const_cast<char*>(parsed_to);
  return value;
}
