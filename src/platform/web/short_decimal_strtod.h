#pragma once

namespace airisk::web {

// Reads a short decimal ("0.62", "-61.5", "2.4e3") at the start of text the way strtod does, when
// the result is exact to compute with doubles: true, with the value and where the number ended.
// False for anything the C library's strtod must decide (see short_decimal_strtod.cpp).
bool parse_short_decimal(const char* text, double* value, const char** end);

}  // namespace airisk::web
