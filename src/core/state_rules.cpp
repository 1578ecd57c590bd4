#include "core/state_rules.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <utility>

#include "core/cost.h"
#include "core/title_rules.h"

namespace airisk::core {
namespace {

// printf into a string of whatever length the text needs: numbers are never cut to a buffer.
std::string fixed_text(int decimals, double value) {
  const int length = std::snprintf(nullptr, 0, "%.*f", decimals, value);
  if (length <= 0) return {};
  std::string text(static_cast<std::size_t>(length) + 1, '\0');
  std::snprintf(&text[0], text.size(), "%.*f", decimals, value);
  text.resize(static_cast<std::size_t>(length));
  return text;
}

// The most decimals a finite double can need to be written exactly (the smallest subnormal).
constexpr int kMaxDecimals = 1100;

}  // namespace

NumberRead read_plain_decimal(const std::string& text) {
  NumberRead result;
  if (text.empty()) {
    result.error = "a number is needed";
    return result;
  }
  if (text.size() > kMaxNumberChars) {
    result.error = "at most " + std::to_string(kMaxNumberChars) + " characters";
    return result;
  }
  int dots = 0, digits = 0;
  for (char c : text) {
    if (c == '.') ++dots;
    else if (c >= '0' && c <= '9') ++digits;
    else dots = 2;  // anything else: sign, exponent, hex, spaces
  }
  if (dots > 1 || digits == 0) {
    result.error = "digits with at most one '.', e.g. 12.5";
    return result;
  }
  // Plain digits and one '.' mean the same to strtod in every locale the C library starts in.
  result.value = std::strtod(text.c_str(), nullptr);
  result.ok = std::isfinite(result.value);
  if (!result.ok) result.error = "not a finite number";
  return result;
}

std::string plain_decimal_text(double value) {
  if (!std::isfinite(value)) return {};
  if (value == std::floor(value)) return fixed_text(0, value);  // whole numbers: every digit is exact
  std::string text;
  for (int decimals = 1; decimals <= kMaxDecimals; ++decimals) {
    text = fixed_text(decimals, value);
    if (std::strtod(text.c_str(), nullptr) == value) break;
  }
  return text;
}

NumberRead read_weight(const std::string& text) {
  NumberRead result = read_plain_decimal(text);
  if (result.ok) result.error = weight_error(result.value);
  if (!result.error.empty()) {
    result.ok = false;
    result.error = "a weight is a plain number from 0 to 1000 (" + result.error + ")";
  }
  return result;
}

std::string weight_error(double weight) {
  if (!std::isfinite(weight) || weight < kMinWeight || weight > kMaxWeight) return "out of range";
  if (plain_decimal_text(weight).size() > kMaxNumberChars) {
    return "more than " + std::to_string(kMaxNumberChars) + " characters to write exactly";
  }
  return {};
}

bool is_section_id(const std::string& id) {
  for (const char* known : kSectionIds) {
    if (id == known) return true;
  }
  return false;
}

std::string section_id_list() {
  std::string list;
  for (const char* id : kSectionIds) list += (list.empty() ? "" : ", ") + std::string(id);
  return list;
}

SectionList read_section_list(const std::string& text) {
  SectionList list;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    std::string name = text.substr(start, end - start);
    const auto is_space = [](unsigned char c) { return std::isspace(c) != 0; };
    while (!name.empty() && is_space(name.back())) name.pop_back();
    size_t first = 0;
    while (first < name.size() && is_space(name[first])) ++first;
    name.erase(0, first);
    std::string lower = name;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!name.empty()) {
      const bool known = std::find(std::begin(kHostSectionIds), std::end(kHostSectionIds), lower) != std::end(kHostSectionIds);
      if (!known) {
        list.unknown.push_back(name);
      } else if (std::find(list.sections.begin(), list.sections.end(), lower) == list.sections.end()) {
        list.sections.push_back(lower);
      }
    }
    start = end + 1;
  }
  return list;
}

std::string host_section_id_list() {
  std::string list;
  for (const char* id : kHostSectionIds) list += (list.empty() ? "" : ", ") + std::string(id);
  return list;
}

std::string salary_usd_error(double usd_per_year) {
  if (!std::isfinite(usd_per_year) || usd_per_year < kMinSalaryUsdPerYear) {
    return "That is less than 100 US dollars a year: enter the yearly salary";
  }
  if (usd_per_year > kMaxSalaryUsdPerYear) return "That is more than 100 million US dollars a year: check the number";
  return {};
}

std::string salary_range_error(double yearly, const Region& region) {
  if (!(region.usd_rate.units_per_usd > 0)) return "the region has no exchange rate";
  return salary_usd_error(local_to_usd(yearly, region));
}

std::string region_name_key(const std::string& text) {
  // Combining accents (U+0300-U+036F: "e" then U+0301, as some keyboards write "é") go, as folding
  // takes the accents off letters written whole; dots go too ("U.K.", "U.S.A.").
  std::string bare;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if ((byte == 0xCC && next >= 0x80 && next <= 0xBF) || (byte == 0xCD && next >= 0x80 && next <= 0xAF)) {
      ++i;
      continue;
    }
    if (byte != '.') bare += text[i];
  }
  std::string key = title_rules::fold(bare);
  for (char& c : key) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  // Spaces inside a name count once ("United  Kingdom"); none count around it.
  key.erase(std::unique(key.begin(), key.end(), [](char a, char b) { return a == ' ' && b == ' '; }), key.end());
  const size_t first = key.find_first_not_of(' ');
  if (first == std::string::npos) return "";
  return key.substr(first, key.find_last_not_of(' ') - first + 1);
}

const Region* find_region_as_written(const Dataset& dataset, const std::string& text) {
  // A value with a control character in it (a NUL in a host's attribute) is no name: folding would
  // drop the character and read it as its parts.
  const bool control = std::any_of(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) < 0x20 && c != ' ' && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
  });
  // Nor is one with U+FFFD, which the element puts for a NUL (the engine reads C strings).
  if (control || text.find("\xEF\xBF\xBD") != std::string::npos) return nullptr;
  const std::string key = region_name_key(text);
  if (key.empty()) return nullptr;
  for (const Region& region : dataset.regions) {
    if (key == region_name_key(region.code) || key == region_name_key(region.name)) return &region;
    for (const std::string& other : region.other_names) {
      if (key == region_name_key(other)) return &region;
    }
  }
  return nullptr;
}

}  // namespace airisk::core
