// Stable orderings through one sort.
#pragma once

#include <cstddef>
#include <vector>

namespace airisk::core {

// The positions 0 .. keys.size() - 1, by key from least to greatest; equal keys keep their order.
// Every stable ordering in the engine goes through this one std::sort of (key, position) pairs:
// each std::stable_sort compiled a merge sort of its own for its comparator, 3 KB of WASM apiece.
// Keys must not be NaN.
std::vector<size_t> order_by_key(const std::vector<double>& keys);

}  // namespace airisk::core
