#include "core/risk.h"

#include <gtest/gtest.h>

#include "test_dataset.h"

using namespace airisk;

TEST(risk_test, band_edges) {
  EXPECT_EQ(core::band_for(0), core::RiskBand::kLow);
  EXPECT_EQ(core::band_for(24.99), core::RiskBand::kLow);
  EXPECT_EQ(core::band_for(25), core::RiskBand::kModerate);
  EXPECT_EQ(core::band_for(50), core::RiskBand::kHigh);
  EXPECT_EQ(core::band_for(74.99), core::RiskBand::kHigh);
  EXPECT_EQ(core::band_for(75), core::RiskBand::kVeryHigh);
  EXPECT_STREQ(core::band_label(core::RiskBand::kVeryHigh), "Very high");
}

TEST(risk_test, empty_or_zero_weights_score_zero) {
  core::Profession empty;
  EXPECT_DOUBLE_EQ(core::risk_score(empty).score, 0);
  core::Dataset d = test::valid_dataset();
  EXPECT_DOUBLE_EQ(core::risk_score(d.professions[0], {0, 0}).score, 0);
}

TEST(risk_test, time_weighted_average) {
  core::Dataset d = test::valid_dataset();
  // 80 x 60 % + 20 x 40 % = 56.
  auto score = core::risk_score(d.professions[0]);
  EXPECT_DOUBLE_EQ(score.score, 56);
  EXPECT_EQ(score.band, core::RiskBand::kHigh);
  // A person who only designs: 20.
  EXPECT_DOUBLE_EQ(core::risk_score(d.professions[0], {0, 100}).score, 20);
  // Weights need not sum to 100: 1:1 gives the plain mean, 50.
  EXPECT_DOUBLE_EQ(core::risk_score(d.professions[0], {1, 1}).score, 50);
}
