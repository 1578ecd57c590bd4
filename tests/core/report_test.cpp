#include "core/report.h"

#include <gtest/gtest.h>

#include "core/money.h"
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

TEST(report_test, observed_use_beside_the_score_with_its_date) {
  core::Dataset d = test::valid_dataset();
  auto built = core::build_report(d, {"backend-developer", "US", "", 0});
  ASSERT_TRUE(built.ok()) << built.error;
  const auto& r = built.report;
  ASSERT_NE(r.observed_use, nullptr);
  EXPECT_EQ(r.observed_use->source_id, "aei-2026");
  EXPECT_EQ(r.text.observed_use, "Claude conversations touched 9 of 21 O*NET tasks of this job, Feb 2026 (7 in Feb\u2013Mar 2025)");
  EXPECT_DOUBLE_EQ(r.risk.score, 56) << "observed use is never blended into the score";
  // The latest release wins whatever the order in the data; none observed reads as "none of".
  auto& uses = d.profession_list[0].observed_use;
  std::swap(uses[0], uses[1]);
  uses[0].observed_tasks = 0;  // now the 2026 release
  EXPECT_EQ(core::build_report(d, {"backend-developer", "US", "", 0}).report.text.observed_use,
            "Claude conversations touched none of the 21 O*NET tasks of this job, Feb 2026 (7 in Feb\u2013Mar 2025)");
  uses.clear();
  EXPECT_EQ(core::build_report(d, {"backend-developer", "US", "", 0}).report.text.observed_use, "");
  // Sources: the releases are listed with the card's other sources.
  d = test::valid_dataset();
  built = core::build_report(d, {"backend-developer", "US", "", 0});
  bool listed = false;
  for (const auto* source : core::report_sources(d, built.report)) listed = listed || source->id == "aei-2026";
  EXPECT_TRUE(listed);
}

TEST(report_test, employment_says_where_tasks_come_from_when_onet_has_none_for_the_code) {
  core::Dataset d = test::valid_dataset();
  const std::string count = core::build_report(d, {"backend-developer", "US", "", 0}).report.text.employment;
  EXPECT_NE(count.find(" people work in the US in this job's SOC group (BLS)."), std::string::npos) << count;
  EXPECT_EQ(count.find("O*NET"), std::string::npos);
  core::Profession& aide = d.profession_list[0];
  aide.soc_code = "31-1120";
  aide.us_employment.soc_group = false;
  aide.onet_soc_codes = {"31-1121", "31-1122"};
  d.job_titles.push_back({});
  d.job_titles.back().soc_code = "31-1121";
  d.job_titles.back().name = "Home Health Aides";
  EXPECT_EQ(core::build_report(d, {"backend-developer", "US", "", 0}).report.text.employment,
            core::format_number(static_cast<double>(aide.us_employment.count), 0, core::NumberStyle{}) +
                " people do this job in the US (BLS). O*NET describes no tasks under SOC 31-1120; the tasks here are "
                "O*NET's for Home Health Aides (31-1121) and 31-1122.");
}

TEST(report_test, windows_read_as_people_say_them) {
  EXPECT_EQ(core::format_window("2026-02-05", "2026-02-12"), "Feb 2026");
  EXPECT_EQ(core::format_window("2025-02", "2025-03"), "Feb\u2013Mar 2025");
  EXPECT_EQ(core::format_window("2025-12", "2026-01"), "Dec 2025\u2013Jan 2026");
  EXPECT_EQ(core::format_window("2026", "2026"), "2026");
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

// Field test: in Canada "$20/month" stood beside a "$112,000" salary in Canadian dollars.
TEST(report_test, the_plans_dollars_are_named_beside_another_currency) {
  const auto d = test::valid_dataset();
  for (const char* region : {"IN", "US"}) {
    const auto built = core::build_report(d, {"backend-developer", region, "", 0});
    ASSERT_TRUE(built.ok()) << region;
    const std::string expected = std::string(region) == "US" ? "$" : "US$";
    EXPECT_EQ(built.report.text.ai_monthly_usd.rfind(expected, 0), 0u) << region << ": " << built.report.text.ai_monthly_usd;
    EXPECT_EQ(built.report.text.ai_yearly_usd.rfind(expected, 0), 0u) << region << ": " << built.report.text.ai_yearly_usd;
  }
}

// Field test (helper-39): "AI can do most of the tasks that fill 9.6% of the work; it assists
// with the other 90%": the two shares, each rounded to its own decimals, added up to 99.6%. They
// are written to the same decimals, so they add up to 100 as read.
TEST(report_test, the_two_shares_of_the_work_add_up_to_100_as_written) {
  core::Dataset d = test::valid_dataset();
  const core::Profession& p = *d.find_profession("backend-developer");
  ASSERT_GE(p.tasks.size(), 2u);
  int checked = 0;
  for (double first = 1; first <= 99; first += 0.7) {
    core::ReportState state{"backend-developer", "US", "", 0};
    state.weights[p.tasks[0].id] = first;
    state.weights[p.tasks[1].id] = 100 - first;
    const auto built = core::build_report(d, state);
    ASSERT_TRUE(built.ok()) << built.error;
    const core::ReportText& t = built.report.text;
    const double automates = std::stod(t.automates_share), assists = std::stod(t.assists_share);
    if (built.report.automates_share_pct < 0.005 || built.report.automates_share_pct > 99.995) continue;
    EXPECT_NEAR(automates + assists, 100, 1e-9) << t.automates_share << " + " << t.assists_share;
    ++checked;
  }
  EXPECT_GT(checked, 10);
}
