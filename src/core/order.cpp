#include "core/order.h"

#include <algorithm>
#include <utility>

namespace airisk::core {

std::vector<size_t> order_by_key(const std::vector<double>& keys) {
  std::vector<std::pair<double, size_t>> keyed;
  keyed.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) keyed.emplace_back(keys[i], i);
  std::sort(keyed.begin(), keyed.end());  // the position breaks ties: stable
  std::vector<size_t> order;
  order.reserve(keyed.size());
  for (const auto& entry : keyed) order.push_back(entry.second);
  return order;
}

}  // namespace airisk::core
