// Numbers and money as each region writes them. The card, the CLI and the tests all format
// through here, so they always agree on every figure.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/model.h"

namespace airisk::core {

// 1234567.891 -> "1,234,567.89" (US), "12,34,567.89" (India), "1.234.567,89" (Germany).
std::string format_number(double value, int decimals, const NumberStyle& style);

// Yearly and other large sums in whole units: "$120,000", "₹28,00,000", "55.000 €".
std::string format_money(double amount, const Region& region);

// A salary to the nearest whole unit, a half down: a typed "$120,000.50" is "$120,000" (not
// "$120,001", a figure the visitor did not write), "£2,833.33 a month" (£33,999.96) is "£34,000".
std::string format_salary(double yearly, const Region& region);

// A sum worked out from a rate (an hourly wage x the hours of a year) in whole units, rounded up:
// a full-time year at the legal minimum is never under it, and the same rate typed gives the
// same year. The tolerance keeps 13.90 x 2,080 = 28,912.000000000004 at 28,912.
double whole_units_up(double amount);

// Small sums (hourly rates) with the currency's minor units: "$13.70", "1.234,56 €", "¥2,000".
std::string format_money_exact(double amount, const Region& region);

// Indian salaries as people say them: 2,800,000 -> "28 LPA", 650,000 -> "6.5 LPA".
std::string format_lakh_per_annum(double rupees);

// What a US dollar buys in the region's currency, in its style: "1 USD = 0,86 €". Empty where
// the region counts in US dollars, which would read "1 USD = $1.00".
std::string usd_rate_text(const Region& region);

// The rates a sum went at from one region's money to another's, with their dates, as a visitor can
// check them: into or out of US dollars, the other money's rate ("1 USD = 0,86 \u20ac, 13 Apr 2026");
// between two others, the rate between them, then the dollar rates it comes from ("1 GBP = 1.858 CAD,
// from 1 USD = \u00a30.74 and 1 USD = $1.38, 13 Apr 2026"). Empty when both count in one currency.
std::string conversion_rate_text(const Region& from, const Region& to);
// The same as the end of a note on a conversion: "at the dated rate (1 USD = ...)", "at the dated
// rates (1 GBP = ...)" between two currencies other than the dollar, "at the dated rate" with none.
std::string at_conversion_rates(const Region& from, const Region& to);

// A US dollar amount in US style, for plan prices quoted in USD: "$200", "$2,400".
std::string format_usd(double usd);
// The same beside a region's own money: "US$20" where the region does not count in US dollars
// ("$20" next to a Canadian "$112,000" would read as Canadian dollars), "$20" where it does.
std::string format_usd_in(double usd, const Region& region);

// "0.86%", "8.6%", "25%": more decimals where the value is small, so it never reads as 0.
std::string format_percent(double pct, const NumberStyle& style);
// A share and the rest of 100, to the same decimals, so they add up to 100 as read: "9.6%" and
// "90.4%", where each to its own decimals gave "9.6%" and "90%".
std::pair<std::string, std::string> format_percent_and_rest(double pct, const NumberStyle& style);
// A percentage in whole points, as task figures are: "15%", "15 %" where the region spaces it.
std::string format_whole_percent(double pct, const NumberStyle& style);
// The percent sign as the style writes it after a number: "%", or "\u00A0%" ("25 %" in Germany).
std::string percent_sign(const NumberStyle& style);

// How many times one amount is another: "4.2×", "12.5×", "1,200×".
std::string format_ratio(double ratio, const NumberStyle& style);

// Hours: "1,789 h", "12.5 h".
std::string format_hours(double hours, const NumberStyle& style);

// "2026-02-13" -> "13 Feb 2026"; "2026-02" -> "Feb 2026"; a year or anything else as given.
std::string format_date(const std::string& iso_date);

// "a Nurse", "an Accountant": English prose around names the dataset gives.
std::string with_article(const std::string& noun);

// A country's name inside a sentence: "the United States", "the Philippines", "India".
std::string place_name(const std::string& country);

// Items in a sentence: "a", "a and b", "a, b and c".
std::string and_list(const std::vector<std::string>& items);

}  // namespace airisk::core
