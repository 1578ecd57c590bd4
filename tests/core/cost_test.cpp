#include "core/cost.h"

#include <gtest/gtest.h>

#include "test_dataset.h"

using namespace airisk;

namespace {
const core::Dataset& dataset() {
  static const core::Dataset d = test::valid_dataset();
  return d;
}
}  // namespace

TEST(cost_test, free_plan_has_no_ratio) {
  auto c = core::compare_cost(120000, *dataset().find_region("US"), *dataset().find_plan("free"));
  EXPECT_TRUE(c.ai_is_free);
  EXPECT_DOUBLE_EQ(c.ratio, 0);
  EXPECT_DOUBLE_EQ(c.ai_yearly, 0);
  EXPECT_DOUBLE_EQ(c.break_even_hours_per_month, 0);
}

TEST(cost_test, zero_salary_does_not_divide_by_zero) {
  auto c = core::compare_cost(0, *dataset().find_region("US"), *dataset().find_plan("max"));
  EXPECT_DOUBLE_EQ(c.ai_pct_of_salary, 0);
  EXPECT_DOUBLE_EQ(c.break_even_hours_per_month, 0);
  EXPECT_DOUBLE_EQ(c.ratio, 0);
}

TEST(cost_test, us_salary_against_200_dollar_plan) {
  // $200/month = $2,400/yr; $120,000 / $2,400 = 50; 2,400 / 120,000 = 2 %.
  // Hourly: 120,000 / 1,789 h = 67.0766; 2,400 / 8,760 h = 0.27397.
  // Break-even: $200 a month / $67.0766 an hour = 2.9817 h a month.
  auto c = core::compare_cost(120000, *dataset().find_region("US"), *dataset().find_plan("max"));
  EXPECT_DOUBLE_EQ(c.ai_yearly, 2400);
  EXPECT_DOUBLE_EQ(c.ai_yearly_usd, 2400);
  EXPECT_DOUBLE_EQ(c.ratio, 50);
  EXPECT_DOUBLE_EQ(c.ai_pct_of_salary, 2);
  EXPECT_NEAR(c.human_hourly, 67.0766, 1e-4);
  EXPECT_NEAR(c.ai_hourly, 0.273973, 1e-6);
  EXPECT_NEAR(c.break_even_hours_per_month, 2.98167, 1e-5);
  EXPECT_DOUBLE_EQ(c.human_hours_per_year, 1789);
}

TEST(cost_test, india_converts_the_plan_to_rupees) {
  // 2,400 USD x 93.3302 INR/USD = 223,992.48 INR; 2,800,000 / 223,992.48 = 12.50042.
  // Hourly: 2,800,000 / 2,383 = 1,174.99; 223,992.48 / 8,760 = 25.5699.
  // Break-even: 18,666.04 a month / 1,174.99 an hour = 15.886 h.
  auto c = core::compare_cost(2800000, *dataset().find_region("IN"), *dataset().find_plan("max"));
  EXPECT_NEAR(c.ai_yearly, 223992.48, 1e-6);
  EXPECT_NEAR(c.ratio, 12.50042, 1e-5);
  EXPECT_NEAR(c.ai_pct_of_salary, 7.99973, 1e-5);
  EXPECT_NEAR(c.human_hourly, 1174.9895, 1e-4);
  EXPECT_NEAR(c.ai_hourly, 25.5699, 1e-4);
  EXPECT_NEAR(c.break_even_hours_per_month, 15.8862, 1e-4);
}

TEST(cost_test, currency_round_trip) {
  const auto& india = *dataset().find_region("IN");
  EXPECT_NEAR(core::local_to_usd(core::usd_to_local(1234.5, india), india), 1234.5, 1e-9);
}

// A plan as a person writes it: its id, its name, or vendor and name, in any case and spacing.
TEST(cost_test, a_plan_is_found_by_what_people_call_it) {
  for (const char* text : {"max", "MAX", "Claude Max 20x", "claude max 20x", "Anthropic  Claude Max 20x", " claude-max 20X "}) {
    const core::AiPlan* plan = dataset().find_plan_named(text);
    ASSERT_NE(plan, nullptr) << text;
    EXPECT_EQ(plan->id, "max") << text;
  }
  EXPECT_EQ(dataset().find_plan_named("copilot free")->id, "free");
  for (const char* text : {"", "Claude", "Claude Max", "Anthropic", "Claude Max 20x extra"}) {
    EXPECT_EQ(dataset().find_plan_named(text), nullptr) << text;
  }
}
