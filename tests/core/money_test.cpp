#include "core/money.h"

#include <gtest/gtest.h>

#include "test_dataset.h"

using namespace airisk;

namespace {
const core::Dataset& dataset() {
  static const core::Dataset d = test::valid_dataset();
  return d;
}
const core::Region& region(const char* code) { return *dataset().find_region(code); }
const core::NumberStyle kUs{};
}  // namespace

TEST(money_test, awkward_numbers_first) {
  EXPECT_EQ(core::format_number(0, 0, kUs), "0");
  EXPECT_EQ(core::format_number(-0.4, 0, kUs), "0");  // no "-0"
  EXPECT_EQ(core::format_number(-1234.5, 0, kUs), "-1,235");
  EXPECT_EQ(core::format_number(0.005, 2, kUs), "0.01");
  EXPECT_EQ(core::format_number(999.996, 2, kUs), "1,000.00");
  EXPECT_EQ(core::format_number(1.0 / 0.0, 0, kUs), "-");
  // Every digit of a huge value, none cut to a fixed buffer (the first version stopped at 63).
  core::NumberStyle ungrouped;
  ungrouped.group_separator = "";
  const std::string huge = core::format_number(1e300, 0, ungrouped);
  EXPECT_EQ(huge.size(), 301u);
  EXPECT_EQ(huge.substr(0, 2), "10");
}

TEST(money_test, western_grouping) {
  EXPECT_EQ(core::format_number(999, 0, kUs), "999");
  EXPECT_EQ(core::format_number(1000, 0, kUs), "1,000");
  EXPECT_EQ(core::format_number(1234567.891, 2, kUs), "1,234,567.89");
}

TEST(money_test, indian_grouping) {
  const auto& style = region("IN").number_style;
  EXPECT_EQ(core::format_number(999, 0, style), "999");
  EXPECT_EQ(core::format_number(1000, 0, style), "1,000");
  EXPECT_EQ(core::format_number(100000, 0, style), "1,00,000");
  EXPECT_EQ(core::format_number(2800000, 0, style), "28,00,000");
  EXPECT_EQ(core::format_number(123456789, 0, style), "12,34,56,789");
}

TEST(money_test, money_as_each_region_writes_it) {
  EXPECT_EQ(core::format_money(120000, region("US")), "$120,000");
  EXPECT_EQ(core::format_money(2800000, region("IN")), "₹28,00,000");
  EXPECT_EQ(core::format_money(55000, region("DE")), "55.000\u00a0€");
  EXPECT_EQ(core::format_money_exact(55000.5, region("DE")), "55.000,50\u00a0€");
  EXPECT_EQ(core::format_money_exact(67.0766, region("US")), "$67.08");
  EXPECT_EQ(core::format_money(-2400, region("US")), "-$2,400");
}

// Field test: a typed "$120,000.50" was shown as "$120,001", a salary the visitor never wrote; a
// half goes down. Field test (helper-52): "£2,833.33 per month" (£33,999.96 a year) was shown as
// "£33,999" and "51.999,99 €" as "51.999 €" beside an hourly 25,00 €: the nearest whole unit.
TEST(money_test, a_salary_is_shown_to_the_nearest_unit_a_half_down) {
  EXPECT_EQ(core::format_salary(120000.5, region("US")), "$120,000");
  EXPECT_EQ(core::format_salary(120001.5, region("US")), "$120,001");
  EXPECT_EQ(core::format_salary(120000.99, region("US")), "$120,001");
  EXPECT_EQ(core::format_salary(2833.33 * 12, region("US")), "$34,000");
  EXPECT_EQ(core::format_salary(51999.99, region("DE")), "52.000\u00a0€");
  EXPECT_EQ(core::format_salary(45500.5, region("DE")), "45.500\u00a0€");
  // A sum a conversion makes a hair under a whole unit is that unit.
  EXPECT_EQ(core::format_salary(59124 - 1e-7, region("US")), "$59,124");
  EXPECT_EQ(core::format_salary(2800000, region("IN")), "₹28,00,000");
}

TEST(money_test, lakh_per_annum) {
  EXPECT_EQ(core::format_lakh_per_annum(2800000), "28 LPA");
  EXPECT_EQ(core::format_lakh_per_annum(650000), "6.5 LPA");
  EXPECT_EQ(core::format_lakh_per_annum(612345), "6.12 LPA");
}

TEST(money_test, usd_plan_prices) {
  EXPECT_EQ(core::format_usd(200), "$200");
  EXPECT_EQ(core::format_usd(2400), "$2,400");
  EXPECT_EQ(core::format_usd(7.99), "$7.99");
  core::Region canada;
  canada.currency = "CAD";
  core::Region us;
  us.currency = "USD";
  EXPECT_EQ(core::format_usd_in(20, canada), "US$20") << "beside Canadian dollars";
  EXPECT_EQ(core::format_usd_in(20, us), "$20");
}

TEST(money_test, percent_keeps_small_values_visible) {
  EXPECT_EQ(core::format_percent(0.857, kUs), "0.86%");
  EXPECT_EQ(core::format_percent(0, kUs), "0%");
  EXPECT_EQ(core::format_percent(0.001, kUs), "0%");
  EXPECT_EQ(core::format_percent(8.57, kUs), "8.6%");
  EXPECT_EQ(core::format_percent(25.4, kUs), "25%");
  EXPECT_EQ(core::format_percent(1.7, region("DE").number_style), "1,7\u00a0%");
}

// Field test (helper-46): Head Chef's tasks read "8.0% ... 92.0%" where every other job's read
// "35% ... 65%": a share is written with the decimals it has (a small one with up to two, so it
// is never "0%"), no trailing zeros, and its rest with the same, so the two visibly add up to 100.
TEST(money_test, a_share_and_its_rest_are_whole_when_the_share_is) {
  EXPECT_EQ(core::format_percent_and_rest(8, kUs), std::make_pair(std::string("8%"), std::string("92%")));
  EXPECT_EQ(core::format_percent_and_rest(7.5, kUs), std::make_pair(std::string("7.5%"), std::string("92.5%")));
  EXPECT_EQ(core::format_percent_and_rest(99.2, kUs), std::make_pair(std::string("99.2%"), std::string("0.8%")));
  EXPECT_EQ(core::format_percent_and_rest(35, kUs), std::make_pair(std::string("35%"), std::string("65%")));
  EXPECT_EQ(core::format_percent_and_rest(0.5, kUs), std::make_pair(std::string("0.5%"), std::string("99.5%")));
  EXPECT_EQ(core::format_percent_and_rest(0.25, kUs), std::make_pair(std::string("0.25%"), std::string("99.75%")));
}

TEST(money_test, ratio_and_hours) {
  EXPECT_EQ(core::format_ratio(70.4166, kUs), "70.4\u00d7");
  EXPECT_EQ(core::format_ratio(4.25, kUs), "4.3\u00d7");
  EXPECT_EQ(core::format_ratio(150.4, kUs), "150\u00d7");
  EXPECT_EQ(core::format_ratio(1200, kUs), "1,200\u00d7");
  // Field test: a salary far under the AI plan's cost showed "0.0×".
  EXPECT_EQ(core::format_ratio(0.05, kUs), "0.05\u00d7");
  EXPECT_EQ(core::format_ratio(0.004, kUs), "<0.01\u00d7");
  EXPECT_EQ(core::format_ratio(0.5, kUs), "0.50\u00d7");
  // Field test (helper-37): "0.1\u00d7" stood for 0.146 and "0.2\u00d7" for 0.233: under one, two decimals.
  EXPECT_EQ(core::format_ratio(0.146, kUs), "0.15\u00d7");
  EXPECT_EQ(core::format_ratio(0.233, kUs), "0.23\u00d7");
  EXPECT_EQ(core::format_ratio(0.999, kUs), "1.00\u00d7");
  EXPECT_EQ(core::format_ratio(1.04, kUs), "1.0\u00d7");
  EXPECT_EQ(core::format_hours(1789, kUs), "1,789\u00a0h");
  EXPECT_EQ(core::format_hours(2.98167, kUs), "3.0\u00a0h");
}

TEST(money_test, dates_read_as_people_write_them) {
  EXPECT_EQ(core::format_date("2026-02-13"), "13 Feb 2026");
  EXPECT_EQ(core::format_date("2026-12"), "Dec 2026");
  EXPECT_EQ(core::format_date("2026"), "2026");
  EXPECT_EQ(core::format_date("2026-13-01"), "2026-13-01");
}

TEST(money_test, country_names_read_as_english_prose) {
  EXPECT_EQ(core::place_name("United States"), "the United States");
  EXPECT_EQ(core::place_name("United Kingdom"), "the United Kingdom");
  EXPECT_EQ(core::place_name("Philippines"), "the Philippines");
  EXPECT_EQ(core::place_name("India"), "India");
  EXPECT_EQ(core::place_name("Germany"), "Germany");
  EXPECT_EQ(core::with_article("Accountant"), "an Accountant");
  EXPECT_EQ(core::with_article("Nurse"), "a Nurse");
}

// Field test: the US card's notes said "1 USD = $1.00", a currency converted to itself.
TEST(money_test, the_dollar_rate_is_said_only_for_another_currency) {
  EXPECT_EQ(core::usd_rate_text(region("US")), "");
  EXPECT_EQ(core::usd_rate_text(region("DE")), "1 USD = 0,86\u00a0\u20ac");
  EXPECT_EQ(core::usd_rate_text(region("IN")), "1 USD = \u20b993.33");
  core::Region dollars_elsewhere = region("US");
  dollars_elsewhere.code = "EC";  // Ecuador counts in US dollars too
  EXPECT_EQ(core::usd_rate_text(dollars_elsewhere), "");
}

// Field test: a French card showed "28 %" beside task figures "15%".
TEST(money_test, whole_percent_in_the_region_s_style) {
  core::NumberStyle french;
  french.decimal_separator = ",";
  french.group_separator = "\u202f";
  french.symbol_after = true;
  EXPECT_EQ(core::format_whole_percent(15, french), "15\u00a0%");
  EXPECT_EQ(core::format_whole_percent(15, core::NumberStyle{}), "15%");
}

// The rates a converted salary went at, for the note under the field: a visitor can check the
// figure with them. Between two currencies other than the dollar, the rate between them, said the
// way round that reads as more than one, then the two it comes from.
TEST(money_test, conversion_rates_as_a_visitor_checks_them) {
  // To four figures, so the conversion can be redone by hand (field test, helper-37: "1 USD = £0.75"
  // turned £52,000 into $69,333, not the $69,789 shown), "1 USD" unbroken across lines.
  // Field test (helper-47): every number in the card's own style, one sentence never two: a US
  // card read "1 USD = 0,8559 €", and a UK one "1 GBP = 1.1487 EUR, from 1 USD = 0,8559 €". Another
  // region's money is named by its code, as the rate between them is; and so is the card's own in
  // a sentence of codes (helper-49: "1 EUR = 109,0 INR, from ... and 1 USD = 0,8559 \u20ac").
  EXPECT_EQ(core::conversion_rate_text(region("DE"), region("US")), "1\u00a0USD = 0.8559\u00a0EUR, 13 Apr 2026");
  EXPECT_EQ(core::conversion_rate_text(region("US"), region("IN")), "1\u00a0USD = \u20b993.33, 13 Apr 2026");
  EXPECT_EQ(core::conversion_rate_text(region("DE"), region("IN")),
            "1\u00a0EUR = 109.0\u00a0INR, from 1\u00a0USD = 0.8559\u00a0EUR and 1\u00a0USD = 93.33\u00a0INR, 13 Apr 2026");
  EXPECT_EQ(core::conversion_rate_text(region("IN"), region("DE")),
            "1\u00a0EUR = 109,0\u00a0INR, from 1\u00a0USD = 93,33\u00a0INR and 1\u00a0USD = 0,8559\u00a0EUR, 13 Apr 2026");
  EXPECT_EQ(core::conversion_rate_text(region("DE"), region("DE")), "");
  // Never three decimals, which the other number style reads as a thousands group: "1,149 EUR".
  core::Region pounds = region("DE");
  pounds.currency = "GBP";
  pounds.usd_rate.units_per_usd = 0.7451;
  const std::string cross = core::conversion_rate_text(pounds, region("DE"));
  EXPECT_EQ(cross.rfind("1\u00a0GBP = 1,1487\u00a0EUR", 0), 0u) << cross;
  // Rates of different dates each carry their own, where "13 Apr 2026 and Apr 2026" after both
  // left the reader to pair them (Nigeria's rate is airisk's own, dated to the month).
  core::Region naira = region("IN");
  naira.currency = "NGN";
  naira.usd_rate.units_per_usd = 1500;
  naira.usd_rate.date = "2026-04";
  EXPECT_EQ(core::conversion_rate_text(region("DE"), naira),
            "1\u00a0EUR = 1,753\u00a0NGN, from 1\u00a0USD = 0.8559\u00a0EUR (13 Apr 2026) and 1\u00a0USD = "
            "1,500.00\u00a0NGN (Apr 2026)");
}
