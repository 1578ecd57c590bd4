// The public index of job titles (dist/professions.json, `airisk index`): for each profession the
// titles a host may map to it without running the matcher.
#pragma once

#include <string>
#include <vector>

#include "core/model.h"
#include "core/search.h"

namespace airisk::core {

// For each profession, in Dataset order: its name, then the titles of the job-title table
// (data/tables/job_titles.json) of its SOC code, or of the O*NET codes it borrows tasks from,
// that `index.resolve` opens directly at this profession. So the index and the resolver never
// disagree: a title the resolver sends elsewhere, or only weakly, is listed nowhere. An entry's
// own O*NET occupation name ("Industrial Truck and Tractor Operators") names a group, not a job,
// and is left out. Each title is listed once (its spelling, ignoring case).
std::vector<std::vector<std::string>> listed_job_titles(const Dataset& dataset, const SearchIndex& index);

}  // namespace airisk::core
