// Rules that span records (unique ids, references, sums), checked on the merged structs.
// Internal to the loader: dataset.cpp records where each record came from so that problems
// found here still name the document and JSON path of the bad field.
#pragma once

#include <string>
#include <vector>

#include "core/dataset.h"

namespace airisk::core::detail {

struct Origins {
  std::vector<std::string> sources, categories, regions, plans, threat_agents, professions, job_titles;
  std::vector<std::string> minimum_wages, pay_by_occupation, pay_by_group, occupation_groups, salary_bases;
  std::string meta;  // where method_summary was read, empty if nowhere
};

void check_dataset(const Dataset& dataset, const Origins& origins, std::vector<Problem>& problems);

}  // namespace airisk::core::detail
