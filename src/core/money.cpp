#include "core/money.h"

#include <algorithm>
#include <cctype>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace airisk::core {
namespace {

const NumberStyle kUsStyle{};

std::string group_digits(const std::string& digits, const NumberStyle& style) {
  // digits: the whole part, no sign. Western: groups of three. Indian: last three, then twos.
  std::string out;
  const size_t n = digits.size();
  for (size_t i = 0; i < n; ++i) {
    size_t remaining = n - i;  // digits from here to the end, this one included
    bool boundary;
    if (style.indian_grouping) {
      boundary = i > 0 && (remaining == 3 || (remaining > 3 && (remaining - 3) % 2 == 0));
    } else {
      boundary = i > 0 && remaining % 3 == 0;
    }
    if (boundary) out += style.group_separator;
    out += digits[i];
  }
  return out;
}

std::string with_symbol(const std::string& amount, bool negative, const Region& region) {
  const NumberStyle& style = region.number_style;
  std::string sign = negative ? "-" : "";
  if (style.symbol_after) return sign + amount + style.symbol_separator + region.currency_symbol;
  return sign + region.currency_symbol + style.symbol_separator + amount;
}

}  // namespace

std::string format_number(double value, int decimals, const NumberStyle& style) {
  if (!std::isfinite(value)) return "-";
  if (decimals < 0) decimals = 0;
  if (decimals > 6) decimals = 6;
  const double scale = std::pow(10.0, decimals);
  // Round half away from zero on the scaled value, so 0.5 cents and 0.5 units behave alike.
  const long double scaled = std::round(static_cast<long double>(std::fabs(value)) * scale);
  const bool negative = value < 0 && scaled != 0;
  // As many digits as the value has (a double reaches 309): a figure is never cut to a buffer.
  std::string digits(static_cast<size_t>(std::snprintf(nullptr, 0, "%.0Lf", scaled)) + 1, '\0');
  digits.resize(static_cast<size_t>(std::snprintf(&digits[0], digits.size(), "%.0Lf", scaled)));
  if (static_cast<int>(digits.size()) <= decimals) digits.insert(0, decimals + 1 - digits.size(), '0');
  std::string whole = digits.substr(0, digits.size() - decimals);
  std::string fraction = digits.substr(digits.size() - decimals);
  std::string out = (negative ? "-" : "") + group_digits(whole, style);
  if (decimals > 0) out += style.decimal_separator + fraction;
  return out;
}

std::string format_money(double amount, const Region& region) {
  return with_symbol(format_number(std::fabs(amount), 0, region.number_style), amount < 0 && std::round(amount) != 0,
                     region);
}

std::string format_salary(double yearly, const Region& region) {
  // A half down: "$120,000.50" typed stays $120,000. A conversion's float error (a whole sum a hair
  // under its unit) is well inside the half.
  return format_money(std::ceil(yearly - 0.5), region);
}

std::string format_money_exact(double amount, const Region& region) {
  return with_symbol(format_number(std::fabs(amount), region.currency_decimals, region.number_style), amount < 0,
                     region);
}

std::string usd_rate_text(const Region& region) {
  if (region.currency == kBaseCurrency) return "";
  return "1 USD = " + format_money_exact(region.usd_rate.units_per_usd, region);
}

namespace {

// Decimals for a rate read to four figures; never exactly three, which a reader of the other
// number style takes for a thousands group ("1,149 EUR", "1.149 EUR").
int rate_decimals(double rate, int at_least) {
  int decimals = std::clamp(3 - static_cast<int>(std::floor(std::log10(rate))), 0, 6);
  if (decimals == 3) decimals = 4;
  return std::max(decimals, at_least);
}

// What a dollar buys in the region's money, to four figures, for checking a conversion by hand:
// "1 USD = £0.7451" (the card's other rate lines keep the money's own decimals: "£0.75"). Said on
// a card of another region, in that card's number style, the money named by its code: "1 USD =
// 0.8559 EUR" on a US card, where "0,8559 €" mixed two styles in one sentence. by_code: the
// card's own money by its code too, in a sentence that names the others so.
std::string usd_rate_to_check(const Region& region, const Region& card, bool by_code = false) {
  const double rate = region.usd_rate.units_per_usd;
  const std::string number = format_number(rate, rate_decimals(rate, region.currency_decimals), card.number_style);
  if (by_code || region.code != card.code) return "1\u00A0USD = " + number + "\u00A0" + region.currency;
  return "1\u00A0USD = " + with_symbol(number, false, region);
}

}  // namespace

std::string conversion_rate_text(const Region& from, const Region& to) {
  if (from.currency == to.currency) return "";
  if (!(from.usd_rate.units_per_usd > 0) || !(to.usd_rate.units_per_usd > 0)) return "";
  const bool from_dollars = from.currency == kBaseCurrency, to_dollars = to.currency == kBaseCurrency;
  if (from_dollars || to_dollars) {
    const Region& rated = from_dollars ? to : from;
    return usd_rate_to_check(rated, to) + ", " + format_date(rated.usd_rate.date);
  }
  const std::string from_date = format_date(from.usd_rate.date), to_date = format_date(to.usd_rate.date);
  // Said the way round that reads as more than one ("1 GBP = 2,130 NGN", not "1 NGN = 0.000469 GBP"),
  // to four figures, in the style of the money converted into.
  double rate = to.usd_rate.units_per_usd / from.usd_rate.units_per_usd;
  const Region* one = &from;
  const Region* many = &to;
  if (rate < 1) {
    rate = 1 / rate;
    std::swap(one, many);
  }
  const std::string between =
      "1\u00A0" + one->currency + " = " + format_number(rate, rate_decimals(rate, 0), to.number_style) + "\u00A0" +
      many->currency + ", from ";
  if (from_date == to_date) {
    return between + usd_rate_to_check(from, to) + " and " + usd_rate_to_check(to, to, true) + ", " + to_date;
  }
  // Each rate with its own date: "13 Apr 2026 and Apr 2026" after both left the reader to pair them.
  return between + usd_rate_to_check(from, to) + " (" + from_date + ") and " + usd_rate_to_check(to, to, true) + " (" +
         to_date + ")";
}

std::string at_conversion_rates(const Region& from, const Region& to) {
  const std::string rates = conversion_rate_text(from, to);
  if (rates.empty()) return "at the dated rate";
  const bool across = from.currency != kBaseCurrency && to.currency != kBaseCurrency;
  return std::string("at the dated rate") + (across ? "s" : "") + " (" + rates + ")";
}

std::string format_lakh_per_annum(double rupees) {
  const double lakhs = rupees / 1e5;
  // Whole lakhs read as "28 LPA"; otherwise one or two decimals, trailing zeros dropped ("6.5 LPA").
  std::string text = format_number(lakhs, 2, kUsStyle);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  return text + " LPA";
}

std::string format_usd_in(double usd, const Region& region) {
  return (region.currency == kBaseCurrency ? "" : "US") + format_usd(usd);
}

std::string format_usd(double usd) {
  const bool whole = std::fabs(usd - std::round(usd)) < 0.005;
  return (usd < 0 ? "-$" : "$") + format_number(std::fabs(usd), whole ? 0 : 2, kUsStyle);
}

// Locales that put the currency after the amount also space the percent sign ("1,7 %").
std::string percent_sign(const NumberStyle& style) { return style.symbol_after ? "\u00A0%" : "%"; }

namespace {
// Nothing reads as "0%", not "0.00%" (a janitor's share of time in tasks AI mostly does).
int percent_decimals(double pct) {
  const double magnitude = std::fabs(pct);
  return magnitude < 0.005 ? 0 : magnitude < 1 ? 2 : magnitude < 10 ? 1 : 0;
}
}  // namespace

std::string format_percent(double pct, const NumberStyle& style) {
  return format_number(pct, percent_decimals(pct), style) + percent_sign(style);
}

std::pair<std::string, std::string> format_percent_and_rest(double pct, const NumberStyle& style) {
  const double rest = 100 - pct;
  // As many decimals as the smaller needs to be seen, less those that would only be zeros: a share
  // of 8 is "8%", not "8.0%" (100 is whole, so the rest ends in the same zeros).
  int decimals = percent_decimals(std::min(pct, rest));
  while (decimals > 0 && std::fmod(std::round(std::fabs(pct) * std::pow(10.0, decimals)), 10.0) == 0) --decimals;
  return {format_number(pct, decimals, style) + percent_sign(style), format_number(rest, decimals, style) + percent_sign(style)};
}

std::string format_whole_percent(double pct, const NumberStyle& style) {
  return format_number(pct, 0, style) + percent_sign(style);
}

std::string format_ratio(double ratio, const NumberStyle& style) {
  // Under one (a plan dearer than the salary), two decimals: one said "0.1×" for 0.146 and "0.0×"
  // of a salary that does cost something.
  const double size = std::fabs(ratio);
  if (size > 0 && size < 0.01) return "<" + format_number(0.01, 2, style) + "\u00D7";
  return format_number(ratio, size < 1 ? 2 : size < 100 ? 1 : 0, style) + "\u00D7";
}

std::string format_hours(double hours, const NumberStyle& style) {
  return format_number(hours, std::fabs(hours) < 100 ? 1 : 0, style) + "\u00A0h";
}

std::string format_date(const std::string& iso_date) {
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (iso_date.size() < 7 || iso_date[4] != '-') return iso_date;
  int month = std::atoi(iso_date.substr(5, 2).c_str());
  if (month < 1 || month > 12) return iso_date;
  std::string month_year = std::string(kMonths[month - 1]) + " " + iso_date.substr(0, 4);
  if (iso_date.size() < 10) return month_year;
  return std::to_string(std::atoi(iso_date.substr(8, 2).c_str())) + " " + month_year;
}

std::string with_article(const std::string& noun) {
  const char first = noun.empty() ? 'x' : static_cast<char>(std::tolower(static_cast<unsigned char>(noun[0])));
  const bool vowel = first == 'a' || first == 'e' || first == 'i' || first == 'o' || first == 'u';
  return (vowel ? "an " : "a ") + noun;
}

std::string place_name(const std::string& country) {
  // Unions and plural names take "the" in English prose; other country names stand alone.
  const bool union_name = country.rfind("United ", 0) == 0;
  const bool plural = country.size() > 1 && country.back() == 's';
  return (union_name || plural ? "the " : "") + country;
}

std::string and_list(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  return out;
}

double whole_units_up(double amount) { return std::ceil(amount - 1e-6); }

}  // namespace airisk::core
