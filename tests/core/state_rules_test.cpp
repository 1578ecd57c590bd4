#include "core/state_rules.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <limits>
#include <random>

#include "core/embedded_dataset.h"
#include "test_dataset.h"

using namespace airisk;

TEST(state_rules_test, plain_decimals_only) {
  for (const char* bad : {"", ".", "0x10", "1e3", "1E3", "-0", "+5", " 5", "5 ", "1,5", "1.2.3", "inf", "nan", "١٢"}) {
    core::NumberRead read = core::read_plain_decimal(bad);
    EXPECT_FALSE(read.ok) << bad;
    EXPECT_FALSE(read.error.empty()) << bad;
  }
  EXPECT_DOUBLE_EQ(core::read_plain_decimal("0x10").value, 0) << "never 16";
  EXPECT_EQ(core::read_plain_decimal("010").value, 10) << "leading zeros are decimal, not octal";
  EXPECT_EQ(core::read_plain_decimal("12.5").value, 12.5);
  EXPECT_EQ(core::read_plain_decimal(".5").value, 0.5);
  EXPECT_EQ(core::read_plain_decimal("5.").value, 5);
  const std::string longest(core::kMaxNumberChars, '9');
  EXPECT_TRUE(core::read_plain_decimal(longest).ok);
  core::NumberRead too_long = core::read_plain_decimal(longest + "9");
  EXPECT_FALSE(too_long.ok);
  EXPECT_NE(too_long.error.find("32 characters"), std::string::npos) << too_long.error;
}

TEST(state_rules_test, weights_are_bounded_with_a_reason) {
  for (const char* bad : {"1e308", "1000.0000001", "1001", "0x10", "-1", ""}) {
    core::NumberRead read = core::read_weight(bad);
    EXPECT_FALSE(read.ok) << bad;
    EXPECT_NE(read.error.find("0 to 1000"), std::string::npos) << bad << ": " << read.error;
  }
  EXPECT_EQ(core::read_weight("1000").value, 1000);
  EXPECT_EQ(core::read_weight("0").value, 0);
  EXPECT_TRUE(core::weight_error(1e308).size());
  EXPECT_TRUE(core::weight_error(std::numeric_limits<double>::quiet_NaN()).size());
  EXPECT_TRUE(core::weight_error(1e-40).size()) << "a weight whose exact text is too long for a link";
  EXPECT_EQ(core::weight_error(33.333333333333336), "");
}

// Every weight the rules accept is written exactly and read back to the same double: the
// first version cut weights at 20 decimals and at 63 characters.
TEST(state_rules_test, accepted_weights_round_trip_through_text) {
  EXPECT_EQ(core::plain_decimal_text(12.5), "12.5");
  EXPECT_EQ(core::plain_decimal_text(1000), "1000");
  EXPECT_EQ(core::plain_decimal_text(0.1), "0.1");
  EXPECT_EQ(core::plain_decimal_text(1e300).size(), 301u) << "whole numbers in full, never cut";
  EXPECT_EQ(std::strtod(core::plain_decimal_text(5e-324).c_str(), nullptr), 5e-324) << "any double, exactly";
  const double tiny = std::strtod("0.000000000000000000001234567", nullptr);  // 21 zeros: past the old 20 decimals
  EXPECT_EQ(core::plain_decimal_text(tiny), "0.000000000000000000001234567");
  const unsigned seed = std::random_device{}();
  std::mt19937 random(seed);
  for (int i = 0; i < 20000; ++i) {
    // Random texts of up to 32 characters: digits, a dot somewhere, leading zeros.
    std::string text;
    const size_t length = 1 + random() % core::kMaxNumberChars;
    const size_t dot = random() % (length + 1);
    for (size_t j = 0; j < length; ++j) text += j == dot ? '.' : static_cast<char>('0' + random() % 10);
    core::NumberRead read = core::read_weight(text);
    if (!read.ok) {
      ASSERT_TRUE(read.value > core::kMaxWeight || text == ".") << "seed " << seed << ": " << text << ": " << read.error;
      continue;
    }
    const std::string written = core::plain_decimal_text(read.value);
    ASSERT_LE(written.size(), core::kMaxNumberChars) << "seed " << seed << ": " << text;
    ASSERT_EQ(core::read_weight(written).value, read.value) << "seed " << seed << ": " << text << " -> " << written;
  }
}

TEST(state_rules_test, only_the_cards_sections) {
  for (const char* id : {"header", "cost", "tasks", "threats", "timeline", "skills", "share", "catalog", "compare"}) {
    EXPECT_TRUE(core::is_section_id(id)) << id;
  }
  for (const char* id : {"", "A\"<b>", "report-card", "Tasks", "tasks ", "error"}) EXPECT_FALSE(core::is_section_id(id)) << id;
  EXPECT_EQ(core::section_id_list(), "header, cost, tasks, threats, timeline, skills, share, catalog, compare");
}

TEST(state_rules_test, a_hosts_section_list_keeps_its_order_and_names_the_unknown) {
  core::SectionList list = core::read_section_list("tasks, Threats ,timeline,skills");
  EXPECT_EQ(list.sections, (std::vector<std::string>{"tasks", "threats", "timeline", "skills"}));
  EXPECT_TRUE(list.unknown.empty());
  // Unknown names are set apart as written; repeats and empty items are dropped.
  list = core::read_section_list(" cost,,pricing, tasks,cost , header,  ");
  EXPECT_EQ(list.sections, (std::vector<std::string>{"cost", "tasks"}));
  EXPECT_EQ(list.unknown, (std::vector<std::string>{"pricing", "header"})) << "the header always shows: not a choice";
  list = core::read_section_list("");
  EXPECT_TRUE(list.sections.empty());
  EXPECT_TRUE(list.unknown.empty());
  list = core::read_section_list("compare,\xff\xfe");
  EXPECT_TRUE(list.sections.empty());
  EXPECT_EQ(list.unknown.size(), 2u);
  EXPECT_EQ(core::host_section_id_list(), "cost, tasks, threats, timeline, skills, share, catalog");
}

TEST(state_rules_test, salary_range_in_the_regions_currency) {
  const core::Dataset dataset = test::valid_dataset();
  const core::Region& india = *dataset.find_region("IN");
  EXPECT_EQ(core::salary_range_error(2800000, india), "");
  EXPECT_NE(core::salary_range_error(5000, india).find("less than 100 US dollars"), std::string::npos);
  EXPECT_NE(core::salary_range_error(1e11, india).find("more than 100 million"), std::string::npos);
  EXPECT_NE(core::salary_range_error(std::numeric_limits<double>::infinity(), india), "");
  EXPECT_NE(core::salary_usd_error(std::numeric_limits<double>::quiet_NaN()), "");
}

// The names a host may give a region are the dataset's (regions.json: its name and other_names),
// so a region added there is found by its names without a change to the code.
TEST(state_rules_test, a_region_is_found_by_the_names_the_dataset_gives_it) {
  nlohmann::json d = test::valid_dataset_json();
  d["regions"][2]["other_names"] = {"DEU", "Deutschland", "Allemagne"};  // Germany
  d["regions"][1]["name"] = "Republic of India";
  const core::LoadResult loaded = test::load_json(d);
  ASSERT_TRUE(loaded.ok()) << loaded.problems.front().path << ": " << loaded.problems.front().message;
  const core::Dataset& dataset = loaded.dataset;
  for (const auto& [written, code] : std::vector<std::pair<const char*, const char*>>{
           {"de", "DE"}, {" DE ", "DE"}, {"deu", "DE"}, {"Deutschland", "DE"}, {"allemagne", "DE"}, {"ALLEMAGNE", "DE"},
           {"Republic of India", "IN"}, {"republic  of india", "IN"}, {"in", "IN"}, {"United States", "US"}}) {
    const core::Region* region = core::find_region_as_written(dataset, written);
    ASSERT_NE(region, nullptr) << written;
    EXPECT_EQ(region->code, code) << written;
  }
  EXPECT_EQ(core::find_region_as_written(dataset, "India"), nullptr) << "no longer one of its names";
  EXPECT_EQ(core::find_region_as_written(dataset, "Germania"), nullptr) << "not a name this dataset gives";
  EXPECT_EQ(core::find_region_as_written(dataset, ""), nullptr);
  // A value cut at a control character is not its first part (a NUL in a host's attribute).
  EXPECT_EQ(core::find_region_as_written(dataset, std::string("DE\0", 3)), nullptr);
  EXPECT_EQ(core::find_region_as_written(dataset, std::string("Deutsch\x01land")), nullptr);
  EXPECT_EQ(core::find_region_as_written(dataset, "DE\uFFFD"), nullptr) << "the element's stand-in for a NUL";

  // A name given to two regions is a dataset problem.
  d["regions"][1]["other_names"] = {"Deutschland"};
  const core::LoadResult clash = test::load_json(d);
  ASSERT_FALSE(clash.ok());
  EXPECT_EQ(clash.problems.front().path, "test.json: $.regions[2].other_names[1]") << clash.problems.front().message;
  EXPECT_NE(clash.problems.front().message.find("India"), std::string::npos) << clash.problems.front().message;
}

// Field test (helper-37): "Bre\u0301sil" typed with a combining accent (as macOS and some keyboards
// write it), "U.K." and "U.S." were unknown regions, with no suggestion.
TEST(state_rules_test, a_region_written_with_combining_accents_or_dots_is_found) {
  static const core::Dataset shipped = core::load_dataset(core::embedded_dataset()).dataset;
  for (const auto& [written, code] : std::vector<std::pair<const char*, const char*>>{
           {"Bre\u0301sil", "BR"}, {"Bre\u0301sil", "BR"}, {"U.K.", "GB"}, {"u.s.", "US"}, {"U.S.A.", "US"},
           {"Japa\u0303o", "JP"}, {"Bre\u0301sil ", "BR"}}) {
    const core::Region* region = core::find_region_as_written(shipped, written);
    ASSERT_NE(region, nullptr) << written;
    EXPECT_EQ(region->code, code) << written;
  }
}

