#include "core/link.h"

#include <gtest/gtest.h>

#include <random>

#include "test_dataset.h"

using namespace airisk;

namespace {

const core::Dataset& dataset() {
  static const core::Dataset d = test::valid_dataset();
  return d;
}

core::LinkDecode decode(const std::string& link) { return core::decode_link(link, dataset(), "backend-developer"); }

bool same(const core::ReportState& a, const core::ReportState& b) {
  return a.profession_slug == b.profession_slug && a.region_code == b.region_code && a.plan_id == b.plan_id &&
         a.salary_yearly == b.salary_yearly && a.weights == b.weights && a.compare_slug == b.compare_slug &&
         a.section == b.section;
}

}  // namespace

TEST(link_test, awkward_links_open_the_default_card) {
  for (const char* link : {"", "#", "#&&&", "#=", "#v", "#garbage", "https://example.com/card.html", "#%", "#%zz=1"}) {
    auto result = decode(link);
    EXPECT_EQ(result.state.profession_slug, "backend-developer") << link;
    EXPECT_EQ(result.state.region_code, "US") << link;
    EXPECT_DOUBLE_EQ(result.state.salary_yearly, 0) << link;
  }
}

TEST(link_test, each_bad_value_falls_back_alone_and_is_named) {
  auto result = decode("#v=1&p=nobody&r=IN&s=abc&plan=gold&c=ghost&sec=NOT%20OK");
  EXPECT_EQ(result.state.profession_slug, "backend-developer");
  EXPECT_EQ(result.state.region_code, "IN") << "a good key survives its bad neighbours";
  EXPECT_EQ(result.bad_keys, (std::vector<std::string>{"p", "s", "plan", "c", "sec"}));
  EXPECT_EQ(decode("#v=2&r=DE").bad_keys, std::vector<std::string>{"v"});
  EXPECT_EQ(decode("#v=1&s=1e400").bad_keys, std::vector<std::string>{"s"});
  EXPECT_EQ(decode("#v=1&s=-5").bad_keys, std::vector<std::string>{"s"});
  EXPECT_EQ(decode("#v=1&s=nan").bad_keys, std::vector<std::string>{"s"});
  EXPECT_EQ(decode("#v=1&r=IN&s=5000").bad_keys, std::vector<std::string>{"s"}) << "under 100 USD a year";
  EXPECT_EQ(decode("#v=1&s=200000000").bad_keys, std::vector<std::string>{"s"}) << "over 100 M USD a year";
  EXPECT_EQ(decode("#v=1&w=api:lots").bad_keys, std::vector<std::string>{"w"});
  EXPECT_EQ(decode("#v=1&w=api").bad_keys, std::vector<std::string>{"w"});
}

TEST(link_test, unknown_keys_are_ignored_and_lost_tasks_dropped) {
  auto result = decode("#v=1&utm_source=mail&future=1&w=api:30,retired-task:70,design:10");
  EXPECT_TRUE(result.bad_keys.empty());
  EXPECT_EQ(result.state.weights, (std::map<std::string, double>{{"api", 30}, {"design", 10}}));
}

TEST(link_test, a_whole_url_and_percent_encoding) {
  auto result = decode("https://jobs.example/card.html?x=1#v=1&p=backend%2Ddeveloper&r=DE&s=55000.5");
  EXPECT_TRUE(result.bad_keys.empty());
  EXPECT_EQ(result.state.region_code, "DE");
  EXPECT_DOUBLE_EQ(result.state.salary_yearly, 55000.5);
}

TEST(link_test, encodes_only_what_differs_in_a_fixed_order) {
  core::ReportState state;
  state.profession_slug = "backend-developer";
  EXPECT_EQ(core::encode_link(state), "#v=1&p=backend-developer");
  state.region_code = "IN";
  state.salary_yearly = 2800000;
  state.plan_id = "max";
  state.weights = {{"design", 40}, {"api", 12.5}};
  state.compare_slug = "backend-developer";
  state.section = "tasks";
  EXPECT_EQ(core::encode_link(state),
            "#v=1&p=backend-developer&r=IN&s=2800000&plan=max&w=api:12.5,design:40&c=backend-developer&sec=tasks");
}

TEST(link_test, round_trip_property) {
  // Fixed seed, printed so a failure can be replayed.
  const unsigned seed = 20261126;
  std::mt19937 random(seed);
  const char* regions[] = {"US", "IN", "DE"};
  const char* plans[] = {"", "max", "free"};
  const char* sections[] = {"", "cost", "tasks", "report-card"};
  for (int i = 0; i < 2000; ++i) {
    core::ReportState state;
    state.profession_slug = "backend-developer";
    state.region_code = regions[random() % 3];
    state.plan_id = plans[random() % 3];
    const core::Region& region = *dataset().find_region(state.region_code);
    if (random() % 4) {
      // Any salary the card accepts: 100 USD to 100 M USD a year, often with awkward fractions.
      std::uniform_real_distribution<double> usd(100, 1e8);
      state.salary_yearly = usd(random) * region.usd_rate.units_per_usd;
    }
    if (random() % 2) state.weights["api"] = std::uniform_real_distribution<double>(0, 100)(random);
    if (random() % 2) state.weights["design"] = static_cast<double>(random() % 101);
    if (random() % 3 == 0) state.compare_slug = "backend-developer";
    state.section = sections[random() % 4];
    const std::string link = core::encode_link(state);
    auto decoded = decode(link);
    ASSERT_TRUE(decoded.bad_keys.empty()) << "seed " << seed << " case " << i << ": " << link;
    ASSERT_TRUE(same(decoded.state, state)) << "seed " << seed << " case " << i << ": " << link;
    ASSERT_EQ(core::encode_link(decoded.state), link) << "seed " << seed << " case " << i;
  }
}
