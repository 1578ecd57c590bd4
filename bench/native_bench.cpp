// Native figures for scripts/bench: how long the core takes for what the card does on load
// and on every keystroke. Prints one JSON object (medians over many runs, in microseconds).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/embedded_dataset.h"
#include "core/report.h"
#include "core/salary.h"
#include "core/search.h"

using namespace airisk::core;

namespace {

// Median wall time of `runs` calls, in microseconds; the median shrugs off a noisy neighbour.
double median_us(int runs, const std::function<void()>& body) {
  std::vector<double> times;
  times.reserve(runs);
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    body();
    times.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
  }
  std::nth_element(times.begin(), times.begin() + runs / 2, times.end());
  return times[runs / 2];
}

}  // namespace

int main() {
  const auto& documents = embedded_dataset();
  size_t bytes = 0;
  for (const auto& d : documents) bytes += d.text.size();
  LoadResult loaded = load_dataset(documents);
  if (!loaded.ok()) {
    std::fprintf(stderr, "bench: the embedded dataset is invalid\n");
    return 1;
  }
  const Dataset& dataset = loaded.dataset;
  volatile double sink = 0;

  double load = median_us(21, [&] { sink = sink + static_cast<double>(load_dataset(documents).dataset.professions().size()); });
  ReportState state{dataset.professions().front().slug, "IN", "", 2800000};
  double report = median_us(2001, [&] { sink = sink + build_report(dataset, state).report.cost.ratio; });
  const Region& india = *dataset.find_region("IN");
  double salary = median_us(2001, [&] { sink = sink + parse_salary("28 LPA", india, dataset).yearly; });

  // Search: what each keystroke in "Check another profession" costs, on the real dataset and on
  // a synthetic one of 10,000 professions (the real ones with varied names), per query.
  const std::vector<std::string> queries = {"backend developer", "nurse", "api develper", "data", "29-1141",
                                            "registred nurse", "teacher", "healthcare", "zz", "accountant"};
  auto search_us = [&](const Dataset& d) {
    SearchIndex index(d);
    size_t q = 0;
    return median_us(2001, [&] { sink = sink + static_cast<double>(index.search(queries[q++ % queries.size()], 10).size()); });
  };
  const double search_real = search_us(dataset);
  // Building the index (the card does it once at start) and resolving whole job-ad titles.
  const double index_build = median_us(21, [&] { sink = sink + static_cast<double>(SearchIndex(dataset).search("nurse").size()); });
  const std::vector<std::string> titles = {"Sr. Software Engineer - Backend (Remote)", "RN - Med Surg - $10,000 Sign-On Bonus",
                                           "Barista - Part Time", "CDL-A Truck Driver - OTR", "HR Manager (m/w/d)",
                                           "Janitor", "Receptionist / Front Desk", "Line Cook - Immediate Start"};
  SearchIndex real_index(dataset);
  size_t t = 0;
  const double resolve = median_us(2001, [&] { sink = sink + static_cast<double>(real_index.resolve(titles[t++ % titles.size()]).matches.size()); });
  Dataset synthetic;
  synthetic.categories = dataset.categories;
  synthetic.job_titles = dataset.job_titles;
  const char* const variants[] = {"Senior", "Junior", "Lead", "Assistant", "Principal", "Chief", "Trainee", "Associate"};
  for (size_t i = 0; synthetic.profession_list.size() < 10000; ++i) {
    Profession p = dataset.professions()[i % dataset.professions().size()];
    const size_t round = i / dataset.professions().size();
    p.name = std::string(variants[round % 8]) + " " + p.name + (round >= 8 ? " " + std::to_string(round) : "");
    p.slug += "-" + std::to_string(round);
    for (auto& alias : p.aliases) alias += " " + std::to_string(round);
    synthetic.profession_list.push_back(std::move(p));
  }
  const double search_10k = search_us(synthetic);

  std::printf(
      "{\"dataset_bytes\": %zu, \"professions\": %zu, \"dataset_load_us\": %.1f, \"report_us\": %.2f, "
      "\"salary_parse_us\": %.2f, \"search_us\": %.2f, \"search_10k_us\": %.2f, \"search_index_build_us\": %.1f, "
      "\"resolve_title_us\": %.2f}\n",
      bytes, dataset.professions().size(), load, report, salary, search_real, search_10k, index_build, resolve);
  return 0;
}
