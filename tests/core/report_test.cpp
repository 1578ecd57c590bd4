#include "core/report.h"

#include <gtest/gtest.h>

#include "test_dataset.h"

using namespace airisk;

TEST(report_test, unknown_state_is_an_error_not_a_crash) {
  core::Dataset d = test::valid_dataset();
  EXPECT_FALSE(core::build_report(d, {"nobody", "US", "", 0}).ok());
  EXPECT_FALSE(core::build_report(d, {"backend-developer", "XX", "", 0}).ok());
  EXPECT_FALSE(core::build_report(d, {"backend-developer", "US", "gold", 0}).ok());
}

TEST(report_test, defaults_to_experienced_preset_and_default_plan) {
  core::Dataset d = test::valid_dataset();
  auto built = core::build_report(d, {"backend-developer", "US", "", 0});
  ASSERT_TRUE(built.ok()) << built.error;
  const auto& r = built.report;
  EXPECT_EQ(r.plan->id, "max");
  EXPECT_DOUBLE_EQ(r.salary_yearly, 169000);
  EXPECT_EQ(r.text.salary, "$169,000");
  EXPECT_EQ(r.text.entry, "$103,050");
  EXPECT_EQ(r.text.ai_yearly, "$2,400");
  EXPECT_EQ(r.text.ai_monthly_usd, "$200");
  // 169,000 / 2,400 = 70.42 -> "70.4x"; 2,400 / 169,000 = 1.42 %.
  EXPECT_EQ(r.text.ratio, "70.4\u00d7");
  EXPECT_EQ(r.text.ai_pct_of_salary, "1.4%");
  EXPECT_EQ(r.text.risk_score, "56");
  EXPECT_EQ(r.text.risk_range, "49\u201366");
  EXPECT_EQ(r.text.risk_score_with_range, "56 (49\u201366)");
}

TEST(report_test, india_figures_in_rupees) {
  core::Dataset d = test::valid_dataset();
  auto built = core::build_report(d, {"backend-developer", "IN", "", 2800000});
  ASSERT_TRUE(built.ok()) << built.error;
  const auto& t = built.report.text;
  EXPECT_EQ(t.salary, "₹28,00,000");
  EXPECT_EQ(t.ai_yearly, "₹2,23,992");
  EXPECT_EQ(t.ratio, "12.5\u00d7");
  EXPECT_EQ(t.ai_pct_of_salary, "8.0%");
  EXPECT_EQ(t.human_hourly, "₹1,174.99");
  EXPECT_EQ(t.ai_hourly, "₹25.57");
  EXPECT_EQ(t.break_even_hours_per_month, "15.9\u00a0h");
}

TEST(report_test, free_plan_reads_free) {
  core::Dataset d = test::valid_dataset();
  auto built = core::build_report(d, {"backend-developer", "US", "free", 0});
  ASSERT_TRUE(built.ok());
  EXPECT_EQ(built.report.text.ratio, "free");
}
