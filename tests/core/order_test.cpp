#include "core/order.h"

#include <gtest/gtest.h>

namespace core = airisk::core;

TEST(order_test, least_key_first_and_equal_keys_in_their_order) {
  EXPECT_EQ(core::order_by_key({3, 1, 2, 1, 3, 0}), (std::vector<size_t>{5, 1, 3, 2, 0, 4}));
  EXPECT_EQ(core::order_by_key({-0.5, -2, -0.5}), (std::vector<size_t>{1, 0, 2}));
  EXPECT_EQ(core::order_by_key({}), std::vector<size_t>{});
}

TEST(order_test, many_equal_keys_stay_in_order) {
  // Past std::sort's insertion-sort threshold, where an unstable sort would move them.
  std::vector<double> keys;
  for (int i = 0; i < 200; ++i) keys.push_back(i % 3);
  const std::vector<size_t> order = core::order_by_key(keys);
  ASSERT_EQ(order.size(), keys.size());
  for (size_t k = 1; k < order.size(); ++k) {
    const bool same_key = keys[order[k - 1]] == keys[order[k]];
    EXPECT_TRUE(keys[order[k - 1]] < keys[order[k]] || (same_key && order[k - 1] < order[k])) << k;
  }
}
