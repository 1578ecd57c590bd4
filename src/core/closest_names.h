// Which of a few known names (regions, plans, section and task ids) a value the card could not
// use may have meant, for "did you mean": compared loosely (normalise_for_search), and only
// names a typo or two away. A value that merely shares letters with every name ("NaN", "null")
// is offered none.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace airisk::core {

// Typos between `a` and `b`: letters added, dropped, changed, or two neighbours swapped
// ("cots" and "cost" are one apart; optimal string alignment distance, over bytes).
size_t typo_distance(std::string_view a, std::string_view b);

// Typos a value of `characters` characters may hold and still mean a name: none under four
// characters (one letter makes another code: "UK" is not "US"), then one in four ("cots" ->
// "cost", "kaching" -> "caching").
size_t typo_allowance(size_t characters);

// The indices of the candidates (each the names it goes by: a code, a name, ...) that one of
// their names is within `value`'s allowance of, closest first, ties in the order given; at
// most `limit`.
std::vector<size_t> closest_names(const std::string& value, const std::vector<std::vector<std::string>>& candidates,
                                  size_t limit);

}  // namespace airisk::core
