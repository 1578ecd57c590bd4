#include "core/closest_names.h"

#include "core/order.h"

#include <algorithm>
#include <cstdint>

#include "core/search.h"
#include "core/utf8.h"

namespace airisk::core {

size_t typo_distance(std::string_view a, std::string_view b) {
  // Three rows: a swap of neighbours looks two rows back.
  std::vector<size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) current[j] = std::min(current[j], before[j - 2] + 1);
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

size_t typo_allowance(size_t characters) { return characters < 4 ? 0 : std::max<size_t>(1, characters / 4); }

std::vector<size_t> closest_names(const std::string& value, const std::vector<std::vector<std::string>>& candidates,
                                  size_t limit) {
  const std::string wanted = normalise_for_search(value);
  const size_t allowance = typo_allowance(count_characters(wanted));
  std::vector<size_t> near;        // candidates within the allowance, in their order
  std::vector<double> distances;   // each one's distance
  for (size_t i = 0; i < candidates.size(); ++i) {
    size_t best = SIZE_MAX;
    for (const std::string& name : candidates[i]) {
      const std::string known = normalise_for_search(name);
      // The distance is at least the difference in length: a value far longer than any name (a
      // host's 1 MB attribute held the page for 6 s, compared with each name in full) is none of them.
      const size_t length_gap = wanted.size() > known.size() ? wanted.size() - known.size() : known.size() - wanted.size();
      if (length_gap > allowance) continue;
      best = std::min(best, typo_distance(wanted, known));
    }
    if (best <= allowance) {
      near.push_back(i);
      distances.push_back(static_cast<double>(best));
    }
  }
  std::vector<size_t> out;
  for (size_t k : order_by_key(distances)) {
    if (out.size() == limit) break;
    out.push_back(near[k]);
  }
  return out;
}

}  // namespace airisk::core
