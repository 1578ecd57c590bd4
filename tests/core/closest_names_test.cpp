#include "core/closest_names.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace airisk;

namespace {

const std::vector<std::vector<std::string>> kSections = {{"cost"}, {"tasks"}, {"threats"}, {"timeline"},
                                                         {"skills"}, {"share"}, {"catalog"}};
const std::vector<std::vector<std::string>> kRegions = {{"US", "United States", "USD"}, {"DE", "Germany", "EUR"},
                                                        {"IN", "India", "INR"}, {"NG", "Nigeria", "NGN"}};

}  // namespace

TEST(closest_names_test, typos_are_counted_a_swap_as_one) {
  EXPECT_EQ(core::typo_distance("", ""), 0u);
  EXPECT_EQ(core::typo_distance("", "abc"), 3u);
  EXPECT_EQ(core::typo_distance("cots", "cost"), 1u) << "two neighbours swapped";
  EXPECT_EQ(core::typo_distance("germny", "germany"), 1u);
  EXPECT_EQ(core::typo_distance("kaching", "caching"), 1u);
  EXPECT_EQ(core::typo_distance("abcd", "badc"), 2u);
  EXPECT_EQ(core::typo_distance("nan", "in"), 2u);
  EXPECT_EQ(core::typo_allowance(3), 0u);
  EXPECT_EQ(core::typo_allowance(4), 1u);
  EXPECT_EQ(core::typo_allowance(7), 1u);
  EXPECT_EQ(core::typo_allowance(8), 2u);
}

TEST(closest_names_test, a_typo_finds_its_name) {
  EXPECT_EQ(core::closest_names("cots", kSections, 4), (std::vector<size_t>{0}));
  EXPECT_EQ(core::closest_names("Tsks", kSections, 4), (std::vector<size_t>{1}));
  EXPECT_EQ(core::closest_names("Germny", kRegions, 4), (std::vector<size_t>{1}));
  EXPECT_EQ(core::closest_names("de", kRegions, 4), (std::vector<size_t>{1})) << "any case";
  EXPECT_EQ(core::closest_names("\uFF24\uFF25", kRegions, 4), (std::vector<size_t>{1})) << "full width";
  EXPECT_EQ(core::closest_names("Indai", kRegions, 4), (std::vector<size_t>{2}));
  EXPECT_EQ(core::closest_names("UK", kRegions, 4), std::vector<size_t>{}) << "one letter makes another code";
  EXPECT_EQ(core::closest_names("cots", kSections, 0), std::vector<size_t>{}) << "the limit";
}

// Field test: "NaN" and "null" were offered the nearest names however far they were.
TEST(closest_names_test, a_value_that_merely_shares_letters_finds_none) {
  for (const char* value : {"NaN", "null", "undefined", "[object Object]", "XX", "", "   ", "pricing"}) {
    EXPECT_EQ(core::closest_names(value, kSections, 4), std::vector<size_t>{}) << value;
    EXPECT_EQ(core::closest_names(value, kRegions, 4), std::vector<size_t>{}) << value;
  }
}

// Field test (helper-40): a host's 1 MB region attribute held the page for 6 s, compared with
// every name of every region in full. A value longer than a name by more than its allowance is
// not that name, whatever it holds.
TEST(closest_names_test, a_value_far_longer_than_every_name_is_none_of_them) {
  const std::string huge = std::string(1000000, 'x') + "germany";
  EXPECT_TRUE(core::closest_names(huge, {{"DE", "Germany", "Deutschland"}, {"US", "United States"}}, 3).empty());
  EXPECT_EQ(core::closest_names("Germanyy", {{"DE", "Germany"}}, 3), std::vector<size_t>{0});  // one typo still is
}
