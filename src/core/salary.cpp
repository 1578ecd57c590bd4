#include "core/salary.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <optional>
#include <vector>

#include "core/cost.h"
#include "core/money.h"
#include "core/order.h"
#include "core/pay.h"
#include "core/utf8.h"

namespace airisk::core {
namespace {

struct Word {
  const char* text;
  double multiplier;
};

// Longest first, so "lakhs" wins over "l" and "million" over "m" (and करोड़ over करोड).
// 万 is ten thousand in Japanese and Chinese: "600万円" is 6,000,000 yen.
// Thousands as Brazil ("R$ 8 mil") and Germany ("65 T\u20ac", "65 Tsd. \u20ac") write them.
const Word kMagnitudes[] = {{"million", 1e6}, {"crores", 1e7}, {"crore", 1e7}, {"lakhs", 1e5}, {"lakh", 1e5},
                            {"lacs", 1e5},    {"lac", 1e5},     {"lpa", 1e5},   {"mil", 1e3},   {"tsd.", 1e3},
                            {"tsd", 1e3},     {"mn", 1e6},      {"cr", 1e7},    {"k", 1e3},     {"m", 1e6},
                            {"l", 1e5},       {"t", 1e3},       {"\u4e07", 1e4},
                            // Lakh and crore in Hindi: "१२ लाख", "1.5 करोड़" (the nukta composed or not).
                            {"\u0932\u093e\u0916", 1e5}, {"\u0915\u0930\u094b\u0921\u093c", 1e7},
                            {"\u0915\u0930\u094b\u095c", 1e7}, {"\u0915\u0930\u094b\u0921", 1e7}};

enum class Period { kYear, kMonth, kWeek, kDay, kHour };

struct PeriodWord {
  const char* text;
  Period period;
};

const PeriodWord kPeriods[] = {
    // British and contractors' shorthands ("\u00a315.50 ph", "\u00a3450 p/d"), before "/m" and "/h"
    // could take their last two letters.
    {"p/a", Period::kYear},        {"p/m", Period::kMonth},       {"p/d", Period::kDay},
    {"p/h", Period::kHour},        {"pd", Period::kDay},          {"ph", Period::kHour},
    {"p/w", Period::kWeek},        {"pw", Period::kWeek},
    // Singapore's and Malaysia's month: "S$7,000/mth".
    {"per mth", Period::kMonth},   {"/mth", Period::kMonth},
    {"per annum", Period::kYear},  {"per year", Period::kYear},   {"a year", Period::kYear},
    {"annually", Period::kYear},   {"annual", Period::kYear},     {"yearly", Period::kYear},
    {"/year", Period::kYear},      {"/yr", Period::kYear},        {"/y", Period::kYear},
    {"p.a.", Period::kYear},       {"pa", Period::kYear},         {"per month", Period::kMonth},
    {"a month", Period::kMonth},   {"monthly", Period::kMonth},   {"/month", Period::kMonth},
    {"/mo", Period::kMonth},       {"/m", Period::kMonth},        {"pm", Period::kMonth},
    {"per hour", Period::kHour},   {"an hour", Period::kHour},    {"hourly", Period::kHour},
    {"/hour", Period::kHour},      {"/hr", Period::kHour},        {"/h", Period::kHour},
    // As the card's other regions write them (German, French, Portuguese, Spanish), and the
    // British "per calendar month".
    {"pro jahr", Period::kYear},   {"im jahr", Period::kYear},    {"/jahr", Period::kYear},
    {"j\u00e4hrlich", Period::kYear}, {"par an", Period::kYear},  {"/an", Period::kYear},
    {"annuel", Period::kYear},     {"por ano", Period::kYear},    {"/ano", Period::kYear},
    {"anual", Period::kYear},      {"al a\u00f1o", Period::kYear}, {"/a\u00f1o", Period::kYear},
    {"pro monat", Period::kMonth}, {"im monat", Period::kMonth},  {"/monat", Period::kMonth},
    {"monatlich", Period::kMonth}, {"par mois", Period::kMonth},  {"/mois", Period::kMonth},
    {"mensuel", Period::kMonth},   {"por m\u00eas", Period::kMonth}, {"/m\u00eas", Period::kMonth},
    {"mensal", Period::kMonth},    {"al mes", Period::kMonth},    {"/mes", Period::kMonth},
    {"mensual", Period::kMonth},   {"per calendar month", Period::kMonth}, {"pcm", Period::kMonth},
    {"pro stunde", Period::kHour}, {"/std.", Period::kHour},      {"/std", Period::kHour},
    {"de l'heure", Period::kHour}, {"/hora", Period::kHour},       {"mensais", Period::kMonth},
    {"par heure", Period::kHour},  {"por hora", Period::kHour},   {"/heure", Period::kHour},
    // A day's pay, as minimum wages in India and the Philippines are set, and Japanese marks.
    {"per day", Period::kDay},     {"a day", Period::kDay},       {"daily", Period::kDay},
    {"/day", Period::kDay},        {"par jour", Period::kDay},    {"/jour", Period::kDay},
    {"pro tag", Period::kDay},     {"/tag", Period::kDay},        {"por dia", Period::kDay},
    {"/dia", Period::kDay},        {"/\u65e5", Period::kDay},     {"/\u6642", Period::kHour},
    {"/\u6708", Period::kMonth},   {"/\u5e74", Period::kYear},
    // A week's pay, as hourly work and British ads quote it.
    {"per week", Period::kWeek},   {"a week", Period::kWeek},     {"weekly", Period::kWeek},
    {"/week", Period::kWeek},      {"/wk", Period::kWeek},        {"pro woche", Period::kWeek},
    {"/woche", Period::kWeek},     {"w\u00f6chentlich", Period::kWeek}, {"par semaine", Period::kWeek},
    {"/semaine", Period::kWeek},   {"hebdomadaire", Period::kWeek}, {"por semana", Period::kWeek},
    {"a la semana", Period::kWeek}, {"/semana", Period::kWeek},   {"semanal", Period::kWeek},
    {"/\u9031", Period::kWeek}};

// Japanese job ads name the period first: \u6642\u7d66 1,100\u5186 (hourly), \u6708\u7d66 (monthly), \u5e74\u53ce (yearly).
// \u6708\u53ce and \u65e5\u53ce are a month's and a day's income, as \u5e74\u53ce is a year's.
const PeriodWord kLeadingPeriods[] = {{"\u6642\u7d66", Period::kHour}, {"\u65e5\u7d66", Period::kDay},
                                      {"\u6708\u7d66", Period::kMonth}, {"\u5e74\u53ce", Period::kYear},
                                      {"\u5e74\u4ff8", Period::kYear}, {"\u6708\u53ce", Period::kMonth},
                                      {"\u65e5\u53ce", Period::kDay}, {"\u9031\u7d66", Period::kWeek}};

constexpr double kWeeksPerYear = 52;

// Working days of a full-time year: as the region's minimum wage counts them where it is set by the
// day (India and the Philippines: 26 a month), else five a week.
double days_per_year(const Region& region, const Dataset& dataset) {
  const MinimumWage* minimum = dataset.find_minimum_wage(region.code);
  return minimum && minimum->unit == "day" ? minimum->units_per_year : 260;
}

// Words around the figure that do not change it: gross pay ("brutto", "brut", "bruto") is what the
// card compares anyway; a job ad's "up to" and "90k+" name the top of what it pays, and "about",
// "ca." or "~" a figure that is near enough.
// A label before the figure ("Salaire : 42k€", "Salário: R$ 3.500") and "from" ("ab 3.800 €")
// fall away too: the figure is what the ad pays.
// India's CTC (cost to company, "CTC 12 LPA", "12,00,000 CTC") is the yearly gross; on-target
// earnings ("$120k OTE") are a year's pay at target, and "DOE" (depending on experience) only says
// the figure may move.
const char* const kLeadingWords[] = {"up to ", "about ", "around ", "approximately ", "approx. ", "approx ", "ca. ",
                                     "circa ", "environ ", "etwa ", "cerca de ", "aprox. ", "~", "bis zu ",
                                     "jusqu'à ", "jusqu'a ", "até ", "from ", "ab ", "à partir de ",
                                     "a partir de ", "salary: ", "salary ", "salaire : ", "salaire: ", "salaire ",
                                     "salário: ", "salário ", "salario: ", "salario ", "gehalt: ", "gehalt ",
                                     "ctc: ", "ctc ", "\u7d04"};
// Japanese says "about" and "or more" after the figure: 500\u4e07\u5186\u304f\u3089\u3044, \u7a0b\u5ea6, \u524d\u5f8c, \u4ee5\u4e0a (and \u7d04 before it).
const char* const kTrailingWords[] = {"brutto", "brut", "bruto", "gross", "+", "ctc", "ote", "doe",
                                      "\u304f\u3089\u3044", "\u3050\u3089\u3044", "\u7a0b\u5ea6", "\u524d\u5f8c", "\u4ee5\u4e0a"};
// Take-home pay: the card compares pay before tax, and net pay is not that.
const char* const kNetWords[] = {"net", "netto", "nett", "líquido", "liquido", "take-home", "take home"};

std::string lower_ascii(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

// Replaces the no-break spaces locales use (U+00A0, U+202F) and tabs with plain spaces.
std::string normalise_spaces(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 2, "\xC2\xA0") == 0) { out += ' '; ++i; continue; }
    if (s.compare(i, 3, "\xE2\x80\xAF") == 0) { out += ' '; i += 2; continue; }
    out += s[i] == '\t' ? ' ' : s[i];
  }
  return out;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(' ');
  if (b == std::string::npos) return {};
  size_t e = s.find_last_not_of(' ');
  return s.substr(b, e - b + 1);
}

bool ends_with_word(const std::string& s, const std::string& word) {
  if (s.size() < word.size() || s.compare(s.size() - word.size(), word.size(), word) != 0) return false;
  if (s.size() == word.size()) return true;
  // A word suffix must not be glued to letters ("2pm" is fine, "lpa" must not leave "l" + "pa").
  char before = s[s.size() - word.size() - 1];
  bool word_starts_with_letter = std::isalpha(static_cast<unsigned char>(word[0]));
  return !(word_starts_with_letter && std::isalpha(static_cast<unsigned char>(before)));
}

// Dollars marked with their country where the region writes a bare "$", and the yen's kanji.
// Longest first, so "ca$" is not read as "a$".
const std::pair<const char*, const char*> kCurrencyMarks[] = {{"us$", "USD"}, {"au$", "AUD"}, {"ca$", "CAD"},
                                                              {"a$", "AUD"},  {"c$", "CAD"},  {"\u5186", "JPY"}};

// Letters that stand for a currency only as a sign right before the figure: Nigerians type "N" for
// the naira ("N350k") where \u20a6 is not on the keyboard.
const std::pair<char, const char*> kLetterSigns[] = {{'n', "NGN"}};

// A thousand or a million glued to a code: "55 TEUR", "45 kEUR", "1,2 MEUR".
constexpr const char* kMagnitudeLettersBeforeCodes = "kmt";

// False past either end, so callers may look one or two before position 0.
bool is_letter_at(const std::string& s, size_t pos) {
  return pos < s.size() && std::isalpha(static_cast<unsigned char>(s[pos]));
}

// A mark names money the card can convert only if one of its regions pays in it.
bool some_region_uses(const Dataset& dataset, const std::string& currency) {
  return std::any_of(dataset.regions.begin(), dataset.regions.end(),
                     [&](const Region& r) { return r.currency == currency; });
}

// "$85,000 CAD" names its dollar twice: once the code is read, the sign it qualifies is no figure.
void drop_sign_of(std::string& text, const std::string& currency, const Dataset& dataset) {
  const std::string lower = lower_ascii(text);
  for (const auto& mark : kCurrencyMarks) {
    if (mark.second != currency) continue;
    if (const size_t pos = lower.find(mark.first); pos != std::string::npos) {
      text.erase(pos, std::string(mark.first).size());
      return;
    }
  }
  for (const Region& r : dataset.regions) {
    if (r.currency != currency || r.currency_symbol.empty()) continue;
    if (const size_t pos = text.find(r.currency_symbol); pos != std::string::npos) {
      text.erase(pos, r.currency_symbol.size());
      return;
    }
  }
}

// Removes one currency mark (symbol or ISO code) from text; returns the currency it names.
// "$" alone means the region's own dollar where the region writes "$", else US dollars.
std::string take_currency(std::string& text, const Region& region, const Dataset& dataset) {
  std::string lower = lower_ascii(text);
  auto erase = [&](size_t pos, size_t len) { text.erase(pos, len); };
  for (const Region& r : dataset.regions) {
    std::string code = lower_ascii(r.currency);
    // A code on its own, not inside a word: "heure" holds "eur" (and "secteur" "teur").
    for (size_t pos = lower.find(code); pos != std::string::npos; pos = lower.find(code, pos + 1)) {
      const bool magnitude_before = is_letter_at(lower, pos - 1) &&
                                    std::strchr(kMagnitudeLettersBeforeCodes, lower[pos - 1]) && !is_letter_at(lower, pos - 2);
      const bool glued = (is_letter_at(lower, pos - 1) && !magnitude_before) || is_letter_at(lower, pos + code.size());
      if (glued) continue;
      erase(pos, code.size());
      drop_sign_of(text, r.currency, dataset);
      return r.currency;
    }
  }
  for (const auto& mark : kCurrencyMarks) {
    const size_t pos = lower.find(mark.first);
    const std::string currency = mark.second;
    if (pos != std::string::npos && some_region_uses(dataset, currency)) {
      erase(pos, std::string(mark.first).size());
      return currency;
    }
  }
  for (const auto& [letter, currency] : kLetterSigns) {
    if (!some_region_uses(dataset, currency)) continue;
    for (size_t pos = lower.find(letter); pos != std::string::npos; pos = lower.find(letter, pos + 1)) {
      const bool before_figure = pos + 1 < lower.size() && std::isdigit(static_cast<unsigned char>(lower[pos + 1]));
      if (before_figure && !is_letter_at(lower, pos - 1)) {
        erase(pos, 1);
        return currency;
      }
    }
  }
  if (size_t pos = lower.find("rs."); pos != std::string::npos) { erase(pos, 3); return "INR"; }
  if (size_t pos = lower.find("rs"); pos != std::string::npos) { erase(pos, 2); return "INR"; }
  // Multi-character symbols first ("A$", "S$") so "$" does not take half of them.
  std::vector<double> shorter;  // each region's symbol length, negated: the longest first
  for (const Region& r : dataset.regions) shorter.push_back(-static_cast<double>(r.currency_symbol.size()));
  for (size_t k : order_by_key(shorter)) {
    const Region* r = &dataset.regions[k];
    if (r->currency_symbol.empty()) continue;
    size_t pos = text.find(r->currency_symbol);
    if (pos == std::string::npos) continue;
    erase(pos, r->currency_symbol.size());
    if (r->currency_symbol == region.currency_symbol) return region.currency;
    // A dollar region's people write its dollar as a bare "$" (Singapore's S$ included).
    const bool dollar_region = region.currency.size() == 3 && region.currency[2] == 'D';
    if (r->currency_symbol == "$") return dollar_region ? region.currency : kBaseCurrency;
    return r->currency;
  }
  return {};
}

// indian_only: the grouping is lakh-and-crore ("12,00,000") and could not be read another way.
bool valid_groups(const std::vector<std::string>& groups, bool& indian_only) {
  // groups: digit runs split by the group separator, first one included.
  indian_only = false;
  if (groups.size() < 2) return true;
  if (groups.front().empty() || groups.front().size() > 3) return false;
  bool western = true, indian = groups.back().size() == 3 && groups.front().size() <= 2;
  for (size_t i = 1; i < groups.size(); ++i) {
    western = western && groups[i].size() == 3;
    if (i + 1 < groups.size()) indian = indian && groups[i].size() == 2;
  }
  indian_only = indian && !western;
  return western || indian;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> parts(1);
  for (char ch : s) {
    if (ch == sep) parts.emplace_back();
    else parts.back() += ch;
  }
  return parts;
}

// The example a message gives: a salary that region pays, as the US's 120000 is there ("120000"
// in Japan is a year under its minimum, and in Nigeria under the card's floor). US pay at the
// region's overall pay ratio and the exchange rate, to two figures; India writes lakh.
std::string example_salary(const Region& region, const Dataset& dataset) {
  if (region.code == "IN") return "12 LPA";
  const Region* us = dataset.find_region(kBaseRegion);
  if (!us || us->usd_rate.units_per_usd <= 0 || region.pay_model.ratio_to_us <= 0) return "120000";
  const double local = 120000 * region.pay_model.ratio_to_us * region.usd_rate.units_per_usd / us->usd_rate.units_per_usd;
  const double scale = std::pow(10.0, std::floor(std::log10(local)) - 1);
  return std::to_string(static_cast<long long>(std::round(local / scale) * scale));
}

// A full-time year at the lowest pay the region has: its legal minimum, or where it has none
// (Singapore) the lowest 25th percentile of its own occupation figures (MOM: food service counter
// attendants and waiters, S$1,400 a month). 0 when neither is known.
double lowest_full_time_year(const Region& region, const Dataset& dataset) {
  if (const MinimumWage* minimum = dataset.find_minimum_wage(region.code)) return minimum_yearly(*minimum);
  dataset.read_late_tables();  // pay_by_occupation is one of them
  double lowest = 0;
  for (const OccupationPay& pay : dataset.pay_by_occupation) {
    if (pay.region_code == region.code && (lowest == 0 || pay.entry < lowest)) lowest = pay.entry;
  }
  return lowest;
}

// Kana or kanji (U+3000 to U+9FFF, three bytes led by E3 to E9): Japanese the parser has no mark
// for ("約500万円", "500万円くらい"), which it should not call merely "not a salary".
bool holds_cjk(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xE3 && static_cast<unsigned char>(c) <= 0xE9; });
}

// Reads "120,000", "12,00,000", "55.000,50", "1.5", "55 000" using the region's separators
// only where a mark could be either.
// Digits, one '.' or ',' that the style reads as its decimals, then three digits: "45,000" in
// Germany, "120.000" in the US (spaces and apostrophes aside, as read_number drops them).
bool is_one_mark_before_three_digits(std::string s, const NumberStyle& style) {
  s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\''; }), s.end());
  const size_t mark = s.find_first_of(",.");
  if (mark == std::string::npos || mark == 0 || s.size() - mark - 1 != 3) return false;
  if (style.decimal_separator != std::string(1, s[mark])) return false;
  return std::count_if(s.begin(), s.end(), [](char c) { return !std::isdigit(static_cast<unsigned char>(c)); }) == 1;
}

NumberRead read_number(std::string s, const NumberStyle& style, const std::string& example, bool& indian_grouping) {
  NumberRead result;
  indian_grouping = false;
  // Spaces and apostrophes only ever group digits.
  s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\''; }), s.end());
  // "\u00a341," is "\u00a341,000" still being typed: neither its decimals nor its grouping are written
  // yet, so the digits so far are the figure.
  if (s.size() > 1 && (s.back() == ',' || s.back() == '.') && std::isdigit(static_cast<unsigned char>(s[s.size() - 2]))) {
    s.pop_back();
  }
  if (s.empty()) {
    result.error = "Enter a number, e.g. " + example;
    return result;
  }
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != ',' && c != '.') {
      const bool has_figure = std::any_of(s.begin(), s.end(), [](char d) { return std::isdigit(static_cast<unsigned char>(d)); });
      result.error = holds_cjk(s)  ? std::string(kJapaneseMarksRead) + ", e.g. " + example
                     : has_figure ? "The card reads a figure and its period (a year, a month, a week, a day or an hour), "
                                    "not other words: e.g. " + example
                                  : "That doesn't look like a salary: use digits, e.g. " + example;
      return result;
    }
  }
  size_t commas = std::count(s.begin(), s.end(), ','), dots = std::count(s.begin(), s.end(), '.');
  char decimal = 0, group = 0;
  if (commas && dots) {
    decimal = s.find_last_of(',') > s.find_last_of('.') ? ',' : '.';
    group = decimal == ',' ? '.' : ',';
  } else if (commas + dots == 1) {
    char mark = commas ? ',' : '.';
    size_t after = s.size() - s.find(mark) - 1;
    if (after == 3) {
      // "55.000" or "120,000": the region's style settles it.
      decimal = style.decimal_separator == std::string(1, mark) ? mark : 0;
      group = decimal ? 0 : mark;
    } else {
      decimal = mark;
    }
  } else if (commas + dots > 1) {
    group = commas ? ',' : '.';
  }
  std::string whole = s, fraction;
  if (decimal) {
    size_t pos = s.rfind(decimal);
    whole = s.substr(0, pos);
    fraction = s.substr(pos + 1);
    if (fraction.empty() || fraction.find_first_of(",.") != std::string::npos) {
      result.error = "The decimal part is malformed";
      return result;
    }
  }
  if (group) {
    std::vector<std::string> groups = split(whole, group);
    if (!valid_groups(groups, indian_grouping)) {
      result.error = "The digit grouping looks wrong: write e.g. 1,200,000 or 12,00,000";
      return result;
    }
    whole.erase(std::remove(whole.begin(), whole.end(), group), whole.end());
  }
  if (whole.empty() && fraction.empty()) {
    result.error = "Enter a number, e.g. " + example;
    return result;
  }
  if (whole.find_first_of(",.") != std::string::npos) {
    result.error = "The digit grouping looks wrong: write e.g. 1,200,000 or 12,00,000";
    return result;
  }
  // Beyond any salary, but read: the range check says how far ("more than 100 million ...").
  if (whole.size() > 30) {
    result.error = "That number has too many digits to be a salary";
    return result;
  }
  result.value = std::strtod((whole.empty() ? "0" : whole).c_str(), nullptr);
  if (!fraction.empty()) result.value += std::strtod(("0." + fraction).c_str(), nullptr);
  result.ok = true;
  return result;
}

// A job ad's range, as its two ends: "50k-60k", "$120,000 \u2013 $150,000", "\u00a330k to \u00a335k",
// "between 40k and 50k", "3.500 bis 4.000 \u20ac im Monat", "\u5e74\u53ce500\u4e07\u5186\u301c700\u4e07\u5186". What only one end
// writes (a currency before the number, a magnitude, period or currency after it) is the other's
// too: "28-32 LPA" is 28 LPA to 32 LPA.
struct RangeEnds {
  std::string low, high;
};

std::optional<RangeEnds> split_range(const std::string& text) {
  const auto has_digit = [](const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  };
  std::string body = text;
  const std::string lower = lower_ascii(text);
  // "between ... and", "from ... to", and the same in the card's other regions' languages.
  static const char* const kOpeners[] = {"between ", "from ", "zwischen ", "von ", "entre ", "de "};
  for (const char* opener : kOpeners) {
    if (lower.rfind(opener, 0) == 0) {
      body = text.substr(std::string(opener).size());
      break;
    }
  }
  // Marks that always join two ends (a leading dash is a minus sign), then words that do only
  // between figures: "50k a year" is one.
  static const char* const kMarks[] = {"-", "\u2013", "\u2014", "\u2212", "~", "\u301c"};
  static const char* const kWords[] = {" to ", " and ", " bis ", " und ", " \u00e0 ", " a ", " et ", " e "};
  size_t at = std::string::npos, length = 0;
  for (const char* mark : kMarks) {
    const size_t found = body.find(mark, 1);
    if (found < at) at = found, length = std::string(mark).size();
  }
  const std::string body_lower = lower_ascii(body);
  for (const char* word : kWords) {
    const size_t found = body_lower.find(word);
    if (found < at && has_digit(body.substr(0, found)) && has_digit(body.substr(found))) {
      at = found, length = std::string(word).size();
    }
  }
  if (at == std::string::npos || !has_digit(body.substr(0, at))) return std::nullopt;
  // Each end as what comes before its number, the number, and what follows it.
  struct End {
    std::string before, number, after;
  };
  const auto parts = [&](const std::string& end_text) {
    End end;
    const std::string s = trim(end_text);
    size_t first = 0;
    while (first < s.size() && !std::isdigit(static_cast<unsigned char>(s[first]))) ++first;
    size_t last = first;
    while (last < s.size()) {
      const char c = s[last];
      const bool digit_follows = last + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[last + 1]));
      if (std::isdigit(static_cast<unsigned char>(c)) || ((c == ',' || c == '.' || c == ' ' || c == '\'') && digit_follows)) {
        ++last;
      } else {
        break;
      }
    }
    end.before = s.substr(0, first);
    end.number = s.substr(first, last - first);
    end.after = trim(s.substr(last));
    return end;
  };
  const End low = parts(body.substr(0, at)), high = parts(body.substr(at + length));
  if (low.number.empty() || high.number.empty()) return RangeEnds{low.before + low.number + low.after,
                                                                  high.before + high.number + high.after};
  // "60k-70k a year": the low end's "k" is the start of the high end's "k a year".
  const std::string low_after = high.after.rfind(low.after, 0) == 0 ? high.after : low.after;
  const std::string high_after = high.after.empty() ? low.after : high.after;
  return RangeEnds{(low.before.empty() ? high.before : low.before) + low.number + " " + low_after,
                   (high.before.empty() ? low.before : high.before) + high.number + " " + high_after};
}

// German, Austrian and Swiss prices write whole amounts as "55.000,- \u20ac" or "55'000.\u2013": the dash
// says there are no cents, and is neither a range nor a minus sign.
const char* const kNoCentsMarks[] = {",-", ".-", ",\u2013", ".\u2013", ",\u2014", ".\u2014"};

std::string without_no_cents_marks(std::string text) {
  for (const char* mark : kNoCentsMarks) {
    const size_t length = std::string(mark).size();
    for (size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at)) {
      const bool after_digit = at > 0 && std::isdigit(static_cast<unsigned char>(text[at - 1]));
      // "55,-60" would be a range from 55, still being typed.
      const bool before_digit = at + length < text.size() && std::isdigit(static_cast<unsigned char>(text[at + length]));
      if (after_digit && !before_digit) {
        text.erase(at, length);
      } else {
        at += length;
      }
    }
  }
  return text;
}

// The region whose money `currency` is: `region` itself when it is its own (or none was named),
// else the first region of the dataset that uses it (its rate, hours and number style).
const Region& region_using(const std::string& currency, const Region& region, const Dataset& dataset) {
  if (currency.empty() || currency == region.currency) return region;
  for (const Region& r : dataset.regions) {
    if (r.currency == currency) return r;
  }
  return region;
}

// One figure, spaces normalised and trimmed, not empty.
SalaryParse parse_figure(std::string text, const std::string& typed, const Region& region, const Dataset& dataset) {
  SalaryParse result;
  if (text.find_first_of('-') != std::string::npos || text.find("\xE2\x88\x92") != std::string::npos ||
      text.find("\xE2\x80\x93") != std::string::npos) {
    result.error = "A salary can't be negative";
    return result;
  }
  std::string currency = take_currency(text, region, dataset);
  text = trim(lower_ascii(text));

  // A typographic apostrophe as typed on phones: "de l\u2019heure".
  for (size_t at = text.find("\u2019"); at != std::string::npos; at = text.find("\u2019", at)) text.replace(at, 3, "'");
  Period period = Period::kYear;
  bool period_found = false;
  for (const PeriodWord& word : kLeadingPeriods) {
    if (text.rfind(word.text, 0) == 0) {
      period = word.period;
      period_found = true;
      text = trim(text.substr(std::string(word.text).size()));
      break;
    }
  }
  const auto take_trailing_period = [&] {
    for (const PeriodWord& word : kPeriods) {
      if (period_found) break;
      if (ends_with_word(text, word.text)) {
        period = word.period;
        period_found = true;
        text = trim(text.substr(0, text.size() - std::string(word.text).size()));
        break;
      }
    }
  };
  take_trailing_period();
  // What an ad adds to the pay ("R$ 5.500,00 + benefícios") is not part of it; the period may
  // be written before it ("$45/hr + super") as well as after.
  const auto is_letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80); };
  if (const size_t plus = text.find(" + ");
      plus != std::string::npos && std::any_of(text.begin() + static_cast<std::ptrdiff_t>(plus), text.end(), is_letter)) {
    text = trim(text.substr(0, plus));
  }
  take_trailing_period();
  for (const char* word : kNetWords) {
    if (ends_with_word(text, word) || text.rfind(std::string(word) + " ", 0) == 0) {
      result.error = "That reads as take-home pay (\u201c" + std::string(word) +
                     "\u201d): the card compares pay before tax, so enter the gross figure";
      return result;
    }
  }
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (const char* word : kTrailingWords) {
      if (ends_with_word(text, word) && text.size() > std::string(word).size()) {
        text = trim(text.substr(0, text.size() - std::string(word).size()));
        stripped = true;
      }
    }
  }
  take_trailing_period();  // "4.000 \u20ac im Monat brutto", "$7k/mth DOE"
  for (const char* word : kLeadingWords) {
    if (text.rfind(word, 0) == 0) text = trim(text.substr(std::string(word).size()));
  }
  double multiplier = 1;
  bool indian_magnitude = false;  // lakh and crore are Indian units: "28 LPA" means rupees anywhere
  bool lakh_per_annum = false;
  for (const Word& word : kMagnitudes) {
    if (ends_with_word(text, word.text) && text.size() > std::string(word.text).size()) {
      multiplier = word.multiplier;
      indian_magnitude = word.multiplier == 1e5 || word.multiplier == 1e7;
      lakh_per_annum = std::string(word.text) == "lpa";
      if (lakh_per_annum && !period_found) period = Period::kYear;
      text = trim(text.substr(0, text.size() - std::string(word.text).size()));
      break;
    }
  }
  if (currency.empty()) currency = take_currency(text, region, dataset);  // "120k USD" leaves the code last
  text = trim(text);

  bool indian_grouping = false;
  NumberRead number = read_number(text, region.number_style, example_salary(region, dataset), indian_grouping);
  if (!number.ok) {
    result.error = number.error;
    return result;
  }
  double amount = number.value * multiplier;
  if (amount <= 0) {
    result.error = "A salary must be more than zero";
    return result;
  }
  // So is their grouping: "12,00,000" is how rupees are written, wherever it is typed.
  // Rupees in lakhs are quoted by the year ("12 lakh", "12,00,000 CTC"): read in another region,
  // the card's conversion is never re-read as a month's pay (it offered "As a monthly salary that
  // is \u00a3114,960" for a typed \u20b912,00,000).
  bool yearly_rupees = false;
  if (currency.empty() && (indian_magnitude || indian_grouping)) {
    for (const Region& r : dataset.regions) {
      if (r.currency == kLakhCurrency) currency = r.currency;
    }
    yearly_rupees = currency != region.currency;
  }
  if (currency.empty()) currency = region.currency;
  const Region* currency_region = &region_using(currency, region, dataset);
  const auto yearly = [&](double typed_amount) {
    // To the cent: 144,518.28 x 12 is 1,734,219.3599999999 in binary, which the card would write
    // as 1,734,219.36 and read back as another number.
    if (period == Period::kMonth) return std::round(typed_amount * 12 * 100) / 100;
    // In whole units, as the minimum's own full-time year is: \u00a312.71 x 1,950 h = \u00a324,785.
    if (period == Period::kHour) return whole_units_up(typed_amount * currency_region->hours_per_year);
    if (period == Period::kDay) return whole_units_up(typed_amount * days_per_year(*currency_region, dataset));
    if (period == Period::kWeek) return std::round(typed_amount * kWeeksPerYear * 100) / 100;
    return typed_amount;
  };
  // "45,000" in Germany, "120.000" in the US: one mark before three digits, read as the region's
  // decimals, that would be under a full-time year at the legal minimum (the card's floor where
  // none is known) was meant to group thousands; nobody is paid 45 \u20ac a year. Read so, and said.
  if (multiplier == 1 && currency_region == &region && is_one_mark_before_three_digits(text, region.number_style)) {
    const MinimumWage* minimum = dataset.find_minimum_wage(region.code);
    const double floor = minimum ? minimum_yearly(*minimum) : usd_to_local(kMinSalaryUsdPerYear, region);
    const bool months = !period_found && region.pay_quoted_monthly;
    const double grouped = amount * 1000;
    if (yearly(amount) * (months ? 12 : 1) < floor &&
        salary_usd_error(local_to_usd(yearly(grouped) * (months ? 12 : 1), region)).empty()) {
      result.grouping_assumed = true;
      result.reading_note = "Read \u201c" + trim(typed) + "\u201d as " + format_money(grouped, region) + ": in " +
                            place_name(region.name) + " \u2018" + region.number_style.decimal_separator +
                            "\u2019 marks decimals, but " + format_money_exact(amount, region) + " would be no year's pay.";
      amount = grouped;
    }
  }
  // Where pay is quoted by the month (Brazil, the Philippines, Nigeria, Singapore), a figure under a
  // full-time year at the lowest pay there, with no period named, is a month's ("R$ 8 mil" is not
  // R$ 8.000 a year, nor S$5,000 a Singapore salary). So is one whose month is under it too (R$ 1.600
  // against a minimum of R$ 1.621): nobody is paid that a year, and the card says the month is under
  // the minimum. Not a figure too small even as a month's: that is refused as the year typed.
  if (!period_found && !lakh_per_annum && currency_region == &region && region.pay_quoted_monthly) {
    const double floor = lowest_full_time_year(region, dataset);
    if (floor > 0 && amount < floor && salary_usd_error(local_to_usd(amount * 12, region)).empty()) {
      period = Period::kMonth;
      period_found = true;
      result.month_assumed = true;
    }
  }
  amount = yearly(amount);
  double usd = local_to_usd(amount, *currency_region);
  // Too little to be a salary, in a currency named that is not the region's: it may be written the
  // way that currency's country writes numbers. "55.000 \u20ac" typed in the US is 55,000 euros and
  // "$60,000" typed in Germany 60,000 dollars; "GBP 63.080" in Germany stays the region's reading.
  if (!(usd >= kMinSalaryUsdPerYear) && currency_region != &region) {
    bool their_indian_grouping = false;  // the currency is already settled
    const NumberRead theirs = read_number(text, currency_region->number_style, example_salary(region, dataset), their_indian_grouping);
    const double their_amount = theirs.ok ? yearly(theirs.value * multiplier) : 0;
    if (theirs.ok && salary_usd_error(local_to_usd(their_amount, *currency_region)).empty()) {
      amount = their_amount;
      usd = local_to_usd(amount, *currency_region);
    }
  }
  if (std::string range_error = salary_usd_error(usd); !range_error.empty()) {
    result.error = range_error;
    if (!(usd >= kMinSalaryUsdPerYear)) {
      // Said in the money typed, with the likely slip: "55,000 \u20ac" is 55 euros where a comma
      // marks the decimals.
      const std::string floor = currency_region->currency == kBaseCurrency
                                    ? format_usd(kMinSalaryUsdPerYear)
                                    : format_money(usd_to_local(kMinSalaryUsdPerYear, *currency_region), *currency_region) +
                                          " (" + format_usd_in(kMinSalaryUsdPerYear, *currency_region) + ")";
      result.error = "That is " + format_salary(amount, *currency_region) + " a year, under " + floor +
                     ", the least the card takes as a year's pay: enter the yearly salary";
      const std::string& decimal = currency_region->number_style.decimal_separator;
      if (typed.find(decimal) != std::string::npos) {
        result.error += " (in " + place_name(currency_region->name) + " \u2018" + decimal + "\u2019 marks the decimals)";
      }
    }
    return result;
  }
  result.ok = true;
  result.typed_currency = currency;
  result.typed_yearly = amount;
  result.typed_region = currency_region->code;
  if (period_found || lakh_per_annum || yearly_rupees) {
    result.period = period == Period::kHour    ? NamedPeriod::kHour
                    : period == Period::kDay   ? NamedPeriod::kDay
                    : period == Period::kWeek  ? NamedPeriod::kWeek
                    : period == Period::kMonth ? NamedPeriod::kMonth
                                               : NamedPeriod::kYear;
  }
  result.converted = currency_region->currency != region.currency;
  result.yearly = result.converted ? usd_to_local(usd, region) : amount;
  return result;
}

}  // namespace

SalaryParse parse_salary(const std::string& typed, const Region& region, const Dataset& dataset) {
  const std::string text = trim(without_no_cents_marks(normalise_spaces(typed_forms_as_ascii(typed))));
  if (text.empty()) {
    SalaryParse result;
    result.error = "Enter a salary, e.g. " + example_salary(region, dataset);
    return result;
  }
  const std::optional<RangeEnds> ends = split_range(text);
  if (!ends) return parse_figure(text, typed, region, dataset);
  const SalaryParse low = parse_figure(trim(ends->low), typed, region, dataset);
  if (!low.ok) return low;
  SalaryParse high = parse_figure(trim(ends->high), typed, region, dataset);
  if (!high.ok) return high;
  if (low.typed_currency != high.typed_currency) {
    SalaryParse result;
    result.error = "The two ends of that range name different currencies (" + low.typed_currency + ", " +
                   high.typed_currency + "): give one figure";
    return result;
  }
  // "$120,000 - $150" is a range still being typed, not one from $150 to $120,000.
  if (high.typed_yearly < low.typed_yearly) {
    SalaryParse result;
    result.error = "That range ends lower than it starts: give its low end first";
    return result;
  }
  SalaryParse middle = high;
  middle.range = true;
  middle.range_low = low.typed_yearly;
  middle.range_high = high.typed_yearly;
  middle.typed_yearly = (low.typed_yearly + high.typed_yearly) / 2;
  middle.yearly = (low.yearly + high.yearly) / 2;
  if (middle.period == NamedPeriod::kNone) middle.period = low.period;
  return middle;
}

std::string salary_as_written(double yearly, const Region& region, const Dataset& dataset) {
  std::string text = yearly == std::floor(yearly) ? format_money(yearly, region)
                                                  : format_number(yearly, 2, region.number_style) + " " + region.currency;
  if (parse_salary(text, region, dataset).month_assumed) text += " a year";
  return text;
}

}  // namespace airisk::core
