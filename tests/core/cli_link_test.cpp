// The CLI's inputs against the shared rules (core/state_rules.h), and the property that
// everything `airisk link` emits, `airisk open` accepts and reads back to the same state.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "cli_run.h"
#include "core/dataset.h"
#include "core/embedded_dataset.h"
#include "core/money.h"
#include "core/salary.h"
#include "core/state_rules.h"

using namespace airisk;
using test::run;
using test::run_json;
using test::shell_quoted;

namespace {

// The dataset the CLI embeds: the test draws its inputs from it.
const core::Dataset& dataset() {
  static const core::Dataset d = core::load_dataset(core::embedded_dataset()).dataset;
  return d;
}

bool mentions(const test::Run& r, const std::string& text) { return r.out.find(text) != std::string::npos; }

}  // namespace

// [SECTION] Faults found in issue 13: each was accepted or mangled before.

TEST(cli_link_test, weights_have_a_bounded_range_and_a_reason) {
  auto huge = run("report backend-developer --weights api-endpoints=1e308 --json");
  EXPECT_EQ(huge.status, 2) << huge.out;  // was exit 0 with "score": null
  EXPECT_TRUE(mentions(huge, "0 to 1000")) << huge.out;
  auto hex = run("link backend-developer --weights api-endpoints=0x10");
  EXPECT_EQ(hex.status, 2) << hex.out;  // was read as 16
  EXPECT_TRUE(mentions(hex, "api-endpoints")) << hex.out;
  EXPECT_EQ(run("link backend-developer --weights api-endpoints=1000.5").status, 2);
  EXPECT_EQ(run("link backend-developer --weights api-endpoints=").status, 2);
  EXPECT_EQ(run("link backend-developer --weights ''").status, 2);
  EXPECT_EQ(run("link backend-developer --weights api-endpoints=" + std::string(33, '1')).status, 2);
  EXPECT_EQ(run("link backend-developer --weights api-endpoints=1000").status, 0);
}

TEST(cli_link_test, a_weight_is_never_cut_in_a_link) {
  const std::string weight = "0.000000000000000000001234567";  // 21 zeros: the old encoder stopped at 20 decimals
  auto link = run("link backend-developer --weights api-endpoints=" + weight);
  ASSERT_EQ(link.status, 0) << link.out;
  EXPECT_TRUE(mentions(link, "api-endpoints:" + weight)) << link.out;
  auto opened = run_json("open " + shell_quoted(link.out.substr(0, link.out.size() - 1)) + " --json");
  ASSERT_EQ(opened.status, 0) << opened.out;
  auto j = nlohmann::json::parse(opened.out);
  EXPECT_EQ(j["bad_keys"], nlohmann::json::array());
  EXPECT_EQ(j["weights"]["api-endpoints"].get<double>(), std::strtod(weight.c_str(), nullptr));
}

TEST(cli_link_test, only_real_sections) {
  auto bad = run("link backend-developer --section " + shell_quoted("A\"<b>"));
  EXPECT_EQ(bad.status, 2) << bad.out;  // was exit 0 with a link `open` rejected
  EXPECT_TRUE(mentions(bad, "unknown section")) << bad.out;
  EXPECT_TRUE(mentions(bad, core::section_id_list())) << bad.out;
  EXPECT_EQ(run("link backend-developer --section report-card").status, 2);
  EXPECT_EQ(run("link backend-developer --section ''").status, 2);
  for (const char* id : core::kSectionIds) EXPECT_EQ(run(std::string("link backend-developer --section ") + id).status, 0) << id;
}

TEST(cli_link_test, empty_values_are_mistakes_not_defaults) {
  auto salary = run("link backend-developer --salary ''");
  EXPECT_EQ(salary.status, 2) << salary.out;  // was ignored silently
  EXPECT_TRUE(mentions(salary, "Enter a salary")) << salary.out;
  EXPECT_EQ(run("report backend-developer --salary ''").status, 2);
  EXPECT_EQ(run("link backend-developer --plan ''").status, 2);
  EXPECT_EQ(run("link backend-developer --compare ''").status, 2);
}

TEST(cli_link_test, hex_is_never_a_salary) {
  for (const char* region : {"US", "IN", "DE", "JP"}) {
    auto r = run(std::string("link backend-developer --salary 0x10 --region ") + region);
    EXPECT_EQ(r.status, 2) << region << ": " << r.out;
    EXPECT_EQ(run(std::string("salary 0x186A0 --region ") + region).status, 2) << region;
  }
}

TEST(cli_link_test, a_long_link_is_read_whole) {
  // Far over 2,047 bytes: a host's tracking parameter first, the state after it.
  const std::string link = "#v=1&utm=" + std::string(6000, 'x') + "&p=registered-nurse&r=GB&sec=skills";
  auto opened = run_json("open " + shell_quoted(link) + " --json");
  ASSERT_EQ(opened.status, 0) << opened.out;
  auto j = nlohmann::json::parse(opened.out);
  EXPECT_EQ(j["profession"], "registered-nurse");
  EXPECT_EQ(j["region"], "GB");
  EXPECT_EQ(j["section"], "skills");
  EXPECT_EQ(j["bad_keys"], nlohmann::json::array());
}

// [SECTION] Round trip over the CLI's own inputs

namespace {

// A salary as a person in `region` types it: the region's grouping and marks, sometimes
// thousands or lakhs, sometimes another currency. In range by construction.
std::string typed_salary(std::mt19937& random, const core::Region& region) {
  const double usd = std::exp(std::uniform_real_distribution<double>(std::log(300.0), std::log(3e7))(random));
  const core::Region& other = dataset().regions[random() % dataset().regions.size()];
  const double local = usd * region.usd_rate.units_per_usd;
  switch (random() % 6) {
    case 0: return core::format_money(local, region);                            // "₹28,00,000", "55.000 €"
    case 1: return core::format_number(local, 2, region.number_style);           // "55.000,50"
    case 2: return core::format_number(local / 1000, 1, region.number_style) + "k";
    case 3: return core::format_number(local / 12, 0, region.number_style) + " per month";
    case 4:  // another currency, by its code, written the way this region writes numbers: "GBP 63.080" in Germany
      return other.currency + " " + core::format_number(usd * other.usd_rate.units_per_usd, 0, region.number_style);
    default: return region.code == "IN" ? core::format_number(local / 1e5, 1, region.number_style) + " LPA"
                                        : std::to_string(std::llround(local));  // bare digits
  }
}

// A weight as typed: whole, a few decimals, or all 32 characters the rules allow.
std::string typed_weight(std::mt19937& random) {
  switch (random() % 4) {
    case 0: return std::to_string(random() % 1001);
    case 1: return std::to_string(random() % 100) + "." + std::to_string(random() % 1000);
    case 2:  // small: up to 29 decimals, past the 20 the first encoder stopped at
      return "0." + std::string(random() % 21, '0') + std::to_string(100000000 + random() % 900000000);
    default: {
      std::string text = std::to_string(random() % 1000) + ".";
      while (text.size() < core::kMaxNumberChars) text += static_cast<char>('0' + random() % 10);
      return text;
    }
  }
}

unsigned test_seed() {
  if (const char* fixed = std::getenv("AIRISK_TEST_SEED")) return static_cast<unsigned>(std::strtoul(fixed, nullptr, 10));
  return std::random_device{}();
}

}  // namespace

TEST(cli_link_test, everything_link_emits_open_reads_back) {
  const unsigned seed = test_seed();
  const char* cases_text = std::getenv("AIRISK_CLI_ROUND_TRIPS");
  // Each case runs the CLI twice, and each run parses the whole embedded dataset (902 professions):
  // under ASan 40 cases came near ctest's time limit. The seed changes every run, and
  // AIRISK_CLI_ROUND_TRIPS=N runs more.
  const int cases = cases_text ? std::atoi(cases_text) : 16;
  std::cout << "seed " << seed << " (AIRISK_TEST_SEED=" << seed << " replays it), " << cases << " cases\n";
  std::mt19937 random(seed);
  const core::Dataset& d = dataset();
  for (int i = 0; i < cases; ++i) {
    const core::Profession& profession = d.professions()[random() % d.professions().size()];
    const core::Region& region = d.regions[random() % d.regions.size()];
    std::string args = "link " + profession.slug + " --region " + region.code;
    std::string plan, compare, section, salary;
    double salary_yearly = 0;
    std::map<std::string, double> weights;
    if (random() % 2) {
      plan = d.plans[random() % d.plans.size()].id;
      args += " --plan " + plan;
    }
    if (random() % 4) {
      salary = typed_salary(random, region);
      core::SalaryParse parsed = core::parse_salary(salary, region, d);
      ASSERT_TRUE(parsed.ok) << "seed " << seed << " case " << i << ": " << region.code << " " << salary << ": " << parsed.error;
      salary_yearly = parsed.yearly;
      args += " --salary " + shell_quoted(salary);
    }
    std::string weights_option;
    for (const core::Task& task : profession.tasks) {
      if (random() % 3) continue;
      const std::string text = typed_weight(random);
      weights[task.id] = std::strtod(text.c_str(), nullptr);
      weights_option += (weights_option.empty() ? "" : ",") + task.id + "=" + text;
    }
    if (!weights_option.empty()) args += " --weights " + weights_option;
    if (random() % 3 == 0) {
      compare = d.professions()[random() % d.professions().size()].slug;
      args += " --compare " + compare;
    }
    if (random() % 2) {
      section = core::kSectionIds[random() % std::size(core::kSectionIds)];
      args += " --section " + section;
    }

    const std::string where = "seed " + std::to_string(seed) + " case " + std::to_string(i) + ": airisk " + args;
    auto emitted = run(args);
    ASSERT_EQ(emitted.status, 0) << where << "\n" << emitted.out;
    const std::string link = emitted.out.substr(0, emitted.out.find('\n'));
    auto opened = run_json("open " + shell_quoted(link) + " --json");
    ASSERT_EQ(opened.status, 0) << where << "\n" << link;
    auto j = nlohmann::json::parse(opened.out);
    EXPECT_EQ(j["bad_keys"], nlohmann::json::array()) << where << "\n" << link;
    EXPECT_EQ(j["profession"], profession.slug) << where;
    EXPECT_EQ(j["region"], region.code) << where;
    EXPECT_EQ(j["plan"], plan) << where;
    EXPECT_EQ(j["salary_yearly"].get<double>(), salary_yearly) << where << "\n" << link;
    EXPECT_EQ(j["weights"].get<decltype(weights)>(), weights) << where << "\n" << link;
    EXPECT_EQ(j["compare"], compare) << where;
    EXPECT_EQ(j["section"], section) << where;
    EXPECT_EQ(j["link"], link) << where << ": open writes the same link back";
    if (HasFailure()) return;
  }
}

// A preset by name, as the card's links carry it: the link keeps the name and the report reads
// that preset in the region asked for.
TEST(cli_link_test, a_preset_by_name) {
  auto link = run("link backend-developer --region DE --salary entry");
  EXPECT_EQ(link.status, 0) << link.out;
  EXPECT_NE(link.out.find("#v=1&p=backend-developer&r=DE&s=entry"), std::string::npos) << link.out;
  auto opened = run("open '#v=1&p=backend-developer&r=de&s=entry' --json");
  EXPECT_NE(opened.out.find("\"salary_preset\": \"entry\""), std::string::npos) << opened.out;
  auto report = nlohmann::json::parse(run("report backend-developer --region FR --salary entry --json").out);
  EXPECT_EQ(report["salary_yearly"], report["entry"]) << report.dump();
}
