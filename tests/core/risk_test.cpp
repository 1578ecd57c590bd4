#include "core/risk.h"

#include <gtest/gtest.h>

#include <cmath>

#include "test_dataset.h"

using namespace airisk;

TEST(risk_test, band_edges) {
  EXPECT_EQ(core::band_for(0), core::RiskBand::kVeryLow);
  EXPECT_EQ(core::band_for(19.49), core::RiskBand::kVeryLow);
  EXPECT_EQ(core::band_for(20), core::RiskBand::kLow);
  EXPECT_EQ(core::band_for(40), core::RiskBand::kModerate);
  EXPECT_EQ(core::band_for(59.49), core::RiskBand::kModerate);
  EXPECT_EQ(core::band_for(60), core::RiskBand::kHigh);
  EXPECT_EQ(core::band_for(80), core::RiskBand::kVeryHigh);
  EXPECT_STREQ(core::band_label(core::RiskBand::kVeryLow), "Very low");
  EXPECT_STREQ(core::band_label(core::RiskBand::kVeryHigh), "Very high");
}

// Field test: "40 / 100" was grade B for Genetic Counselor (39.6) and C for Nuclear Engineer (40.2);
// "25 / 100" was Low and Moderate. Grade and band follow the score as the card writes it.
TEST(risk_test, grade_and_band_follow_the_whole_score_shown) {
  EXPECT_EQ(core::grade_for(39.6), 'C');
  EXPECT_EQ(core::band_for(39.6), core::RiskBand::kModerate);
  EXPECT_EQ(core::grade_for(19.5), 'B');
  EXPECT_EQ(core::grade_for(19.49), 'A');
  EXPECT_EQ(core::band_for(79.5), core::RiskBand::kVeryHigh);
}

// A field test saw Teacher Assistant at 25 as "Grade B \u00B7 Moderate" in orange and Registered Nurse at
// 23 as "Grade B \u00B7 Low" in green: one grade, two words and colours. Each grade is one band.
TEST(risk_test, every_grade_is_one_band) {
  const std::string grades = "ABCDF";
  for (int tenth = 0; tenth <= 1000; ++tenth) {
    const double score = tenth / 10.0;
    EXPECT_EQ(static_cast<size_t>(core::band_for(score)), grades.find(core::grade_for(score))) << score;
  }
}

TEST(risk_test, unusable_weights_fall_back_to_the_dataset_shares) {
  core::Profession empty;
  EXPECT_DOUBLE_EQ(core::risk_score(empty).score, 0);
  core::Dataset d = test::valid_dataset();
  const auto& p = d.professions()[0];
  EXPECT_DOUBLE_EQ(core::risk_score(p, {0, 0}).score, 56) << "all zero";
  EXPECT_DOUBLE_EQ(core::risk_score(p, {-1, 5}).score, 56) << "negative";
  EXPECT_DOUBLE_EQ(core::risk_score(p, {std::nan(""), 5}).score, 56) << "NaN";
  EXPECT_DOUBLE_EQ(core::risk_score(p, {1}).score, 56) << "wrong length";
  EXPECT_DOUBLE_EQ(core::risk_score(p, {1.0 / 0.0, 1}).score, 56) << "infinite";
}

TEST(risk_test, range_puts_every_task_at_its_low_and_at_its_high_figure) {
  core::Dataset d = test::valid_dataset();
  const auto& p = d.professions()[0];
  // api 80 (75-90) for 60% of the time, design 20 (10-30) for 40%.
  auto risk = core::risk_score(p);
  EXPECT_DOUBLE_EQ(risk.score, 56);        // 0.6 x 80 + 0.4 x 20
  EXPECT_DOUBLE_EQ(risk.score_low, 49);    // 0.6 x 75 + 0.4 x 10
  EXPECT_DOUBLE_EQ(risk.score_high, 66);   // 0.6 x 90 + 0.4 x 30
  // The visitor's weights move the range with the score: equal time gives (75+10)/2 and (90+30)/2.
  auto equal = core::risk_score(p, {1, 1});
  EXPECT_DOUBLE_EQ(equal.score, 50);
  EXPECT_DOUBLE_EQ(equal.score_low, 42.5);
  EXPECT_DOUBLE_EQ(equal.score_high, 60);
  // Band and grade follow the score itself, not either end of the range.
  EXPECT_EQ(risk.band, core::RiskBand::kModerate);
  core::Profession empty;
  EXPECT_DOUBLE_EQ(core::risk_score(empty).score_low, 0);
  EXPECT_DOUBLE_EQ(core::risk_score(empty).score_high, 0);
}

TEST(risk_test, grades_follow_documented_cut_offs) {
  EXPECT_EQ(core::grade_for(0), 'A');
  EXPECT_EQ(core::grade_for(19.49), 'A');
  EXPECT_EQ(core::grade_for(20), 'B');
  EXPECT_EQ(core::grade_for(40), 'C');
  EXPECT_EQ(core::grade_for(60), 'D');
  EXPECT_EQ(core::grade_for(79.49), 'D');
  EXPECT_EQ(core::grade_for(80), 'F');
  EXPECT_EQ(core::risk_score(test::valid_dataset().professions()[0]).grade, 'C');
}

TEST(risk_test, weights_by_task_id) {
  core::Dataset d = test::valid_dataset();
  const auto& p = d.professions()[0];
  // Unknown ids are ignored; a task without a weight keeps its dataset share.
  auto w = core::weights_for(p, {{"design", 0}, {"gone-task", 50}});
  ASSERT_EQ(w.size(), 2u);
  EXPECT_DOUBLE_EQ(w[0], 60);
  EXPECT_DOUBLE_EQ(w[1], 0);
  EXPECT_DOUBLE_EQ(core::risk_score(p, w).score, 80);
}

TEST(risk_test, rank_among_all_professions) {
  const std::vector<double> sorted{10, 20, 30, 40};
  EXPECT_DOUBLE_EQ(core::rank_pct(5, sorted), 0);
  EXPECT_DOUBLE_EQ(core::rank_pct(30, sorted), 50);  // strictly below: 10 and 20
  EXPECT_DOUBLE_EQ(core::rank_pct(99, sorted), 100);
  EXPECT_DOUBLE_EQ(core::rank_pct(50, {}), 0);
}

TEST(risk_test, automates_share_of_time) {
  core::Dataset d = test::valid_dataset();
  EXPECT_DOUBLE_EQ(core::automates_share_pct(d.professions()[0]), 60);
  EXPECT_DOUBLE_EQ(core::automates_share_pct(d.professions()[0], {0, 1}), 0);
}

TEST(risk_test, time_weighted_average) {
  core::Dataset d = test::valid_dataset();
  // 80 x 60 % + 20 x 40 % = 56.
  auto score = core::risk_score(d.professions()[0]);
  EXPECT_DOUBLE_EQ(score.score, 56);
  EXPECT_EQ(score.band, core::RiskBand::kModerate);
  // A person who only designs: 20.
  EXPECT_DOUBLE_EQ(core::risk_score(d.professions()[0], {0, 100}).score, 20);
  // Weights need not sum to 100: 1:1 gives the plain mean, 50.
  EXPECT_DOUBLE_EQ(core::risk_score(d.professions()[0], {1, 1}).score, 50);
}
