// The share link: one versioned hash that holds a card's whole state (docs/link.md), e.g.
//   #v=1&p=backend-developer&r=IN&s=2800000&plan=claude-pro&c=frontend-developer&sec=tasks&w=api-endpoints:20,architecture:40
#pragma once

#include <string>
#include <vector>

#include "core/model.h"
#include "core/report.h"

namespace airisk::core {

constexpr int kLinkVersion = 1;

// Only what differs from the defaults is written, in a fixed key order, so equal states give
// equal links. Numbers use the shortest text that reads back to the same double.
std::string encode_link(const ReportState& state);

struct LinkDecode {
  ReportState state;
  std::vector<std::string> bad_keys;  // keys whose value was unusable and fell back to the default
  std::string unknown_profession;     // the `p` value when it names no profession (the card says so)
  std::string unknown_compare;        // the `c` value when it names no profession (the card says so)
  bool names_profession = false;      // `p` names a profession the dataset has
  std::vector<std::string> unknown_task_ids;  // `w` ids the profession does not have (left out)
  std::vector<std::string> repeated_task_ids;  // `w` ids written more than once (the last weight is used)
  std::vector<std::string> repeated_keys;      // keys given more than once (the last value is used)
  std::string weights_problem;  // why `w` could not be read: "in ‘a:99999’, a weight is ..."
  bool cut_short = false;       // the link ends on a key with no value ("...&r="): cut off there
  bool compares_with_itself = false;  // `c` names the profession `p` opens (left out, as "c" in bad_keys)
};

// A profession as its slug, as the profession attribute, a link's p= and c= read it: hosts and
// people write slugs by hand, and "Data Analyst", " data-analyst ", "data_analyst", "DATA-ANALYST"
// and "ｄａｔａ－ａｎａｌｙｓｔ" all mean data-analyst.
std::string as_slug(const std::string& text);

// Reads a link (with or without the leading '#', or a whole URL) against the dataset: unknown
// keys are ignored, a bad value falls back to that key's default alone and is named in
// bad_keys, and weights for task ids the profession no longer has are dropped.
LinkDecode decode_link(const std::string& link, const Dataset& dataset, const std::string& default_slug);

}  // namespace airisk::core
