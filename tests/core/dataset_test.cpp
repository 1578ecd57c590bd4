#include "core/dataset.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/embedded_dataset.h"
#include "core/pay.h"
#include "core/risk.h"
#include "core/utf8.h"
#include "test_dataset.h"

using namespace airisk;
using nlohmann::json;

namespace {

// Loads a copy of the valid dataset after `mutate`, and returns the problems found.
template <typename Mutate>
std::vector<core::Problem> problems_after(Mutate mutate) {
  json document = test::valid_dataset_json();
  mutate(document);
  return test::load_json(document).problems;
}

bool has_problem(const std::vector<core::Problem>& problems, const std::string& path, const std::string& fragment = "") {
  for (const auto& p : problems) {
    if (p.path == path && p.message.find(fragment) != std::string::npos) return true;
  }
  return false;
}

std::string describe(const std::vector<core::Problem>& problems) {
  std::string out;
  for (const auto& p : problems) out += p.path + ": " + p.message + "\n";
  return out;
}

#define EXPECT_PROBLEM(problems, path, fragment) \
  EXPECT_TRUE(has_problem(problems, path, fragment)) << "expected " << path << " (" << fragment << "), got:\n" << describe(problems)

const std::string kProf = "test.json: $.professions[0]";

}  // namespace

TEST(dataset_test, malformed_json_reports_line_and_column) {
  auto result = core::load_dataset({{"bad.json", "{\n  \"sources\": [,]\n}"}});
  ASSERT_EQ(result.problems.size(), 1u) << describe(result.problems);
  EXPECT_EQ(result.problems[0].path, "bad.json: $");
  EXPECT_NE(result.problems[0].message.find("line 2"), std::string::npos) << result.problems[0].message;
}

// The syntax error quotes the text near it, shortened: never half a character, and the column
// counts characters, as an editor does.
TEST(dataset_test, malformed_json_near_an_emoji_is_quoted_as_utf8) {
  const std::string laptops = "\U0001F4BB\U0001F4BB\U0001F4BB\U0001F4BB\U0001F4BB\U0001F4BB";
  auto result = core::load_dataset({{"bad.json", "{\"a\": \"" + laptops + "\x01\"}"}});
  ASSERT_EQ(result.problems.size(), 1u) << describe(result.problems);
  const std::string message = result.problems[0].message;
  EXPECT_EQ(core::valid_utf8(message), message) << message;
  EXPECT_NE(message.find("column 14"), std::string::npos) << "{\"a\": \" and six laptops, then the bad byte: " << message;
  auto stray = core::load_dataset({{"bad.json", std::string("{\"a\": \xFF}")}});
  ASSERT_EQ(stray.problems.size(), 1u) << describe(stray.problems);
  EXPECT_EQ(core::valid_utf8(stray.problems[0].message), stray.problems[0].message) << stray.problems[0].message;
}

TEST(dataset_test, empty_input_and_non_object_are_rejected) {
  EXPECT_FALSE(core::load_dataset({}).ok());
  auto result = core::load_dataset({{"list.json", "[1, 2]"}});
  EXPECT_PROBLEM(result.problems, "list.json: $", "must be a JSON object");
}

TEST(dataset_test, valid_dataset_loads_into_structs) {
  auto result = test::load_json(test::valid_dataset_json());
  ASSERT_TRUE(result.ok()) << describe(result.problems);
  const auto& d = result.dataset;
  ASSERT_EQ(d.professions().size(), 1u);
  const auto& p = d.professions()[0];
  EXPECT_EQ(p.name, "Backend Developer");
  EXPECT_EQ(p.tasks.size(), 2u);
  EXPECT_EQ(p.tasks[0].mode, core::TaskMode::kAutomates);
  EXPECT_EQ(p.tasks[0].ai_figure_low, 75);
  EXPECT_EQ(p.tasks[0].ai_figure_high, 90);
  EXPECT_EQ(p.tasks[0].time_share_basis, core::ShareBasis::kOnet);
  EXPECT_EQ(p.tasks[1].time_share_basis, core::ShareBasis::kEditorial);
  EXPECT_TRUE(p.tasks[0].barriers.empty());
  EXPECT_EQ(p.tasks[1].barriers, "Clients hold the architect accountable.");
  ASSERT_EQ(p.threats.size(), 1u);
  EXPECT_EQ(p.threats[0].agent_id, "claude-code");
  EXPECT_EQ(p.threats[0].does, "Writes route handlers and tests from an API spec");
  EXPECT_EQ(d.find_threat_agent("claude-code")->kind, core::AgentKind::kAgent);
  EXPECT_EQ(p.tasks[1].horizon, core::Horizon::kBeyondFiveYears);
  EXPECT_DOUBLE_EQ(p.tasks[0].time_share_pct, 60);
  EXPECT_EQ(p.timeline[1].to_year, 2029);
  EXPECT_TRUE(d.find_region("IN")->number_style.indian_grouping);
  EXPECT_EQ(d.find_region("DE")->number_style.symbol_separator, "\u00a0");
  EXPECT_TRUE(d.find_source("editorial")->editorial);
  EXPECT_DOUBLE_EQ(core::find_salary(p, "IN")->experienced, 2800000);
  EXPECT_EQ(d.method_summary, "Tasks scored 0-100, weighted by time.");
}

TEST(dataset_test, documents_merge_across_files) {
  json all = test::valid_dataset_json();
  json tables = all, professions = json::object();
  professions["professions"] = tables["professions"];
  tables.erase("professions");
  auto result = core::load_dataset({{"tables.json", tables.dump()}, {"tech.json", professions.dump()}});
  ASSERT_TRUE(result.ok()) << describe(result.problems);
  EXPECT_EQ(result.dataset.professions().size(), 1u);
}

TEST(dataset_test, problems_in_the_second_file_name_it) {
  json all = test::valid_dataset_json();
  json tables = all, professions = json::object();
  professions["professions"] = tables["professions"];
  professions["professions"][0]["tasks"][0]["ai_figure"] = 140;
  tables.erase("professions");
  auto result = core::load_dataset({{"tables.json", tables.dump()}, {"tech.json", professions.dump()}});
  EXPECT_PROBLEM(result.problems, "tech.json: $.professions[0].tasks[0].ai_figure", "between 0 and 100");
}

TEST(dataset_test, rule_missing_required_field) {
  auto problems = problems_after([](json& d) { d["professions"][0].erase("tagline"); });
  EXPECT_PROBLEM(problems, kProf + ".tagline", "is missing");
}

TEST(dataset_test, rule_wrong_type) {
  auto problems = problems_after([](json& d) { d["professions"][0]["name"] = 42; });
  EXPECT_PROBLEM(problems, kProf + ".name", "must be a string");
}

TEST(dataset_test, rule_empty_string) {
  auto problems = problems_after([](json& d) { d["professions"][0]["tagline"] = "  "; });
  EXPECT_PROBLEM(problems, kProf + ".tagline", "must not be empty");
}

TEST(dataset_test, rule_unknown_field_is_reported_as_typo) {
  auto problems = problems_after([](json& d) { d["professions"][0]["taglien"] = "x"; });
  EXPECT_PROBLEM(problems, kProf + ".taglien", "not a field");
}

TEST(dataset_test, rule_ai_figure_range_and_integer) {
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["tasks"][0]["ai_figure"] = 101; }),
                 kProf + ".tasks[0].ai_figure", "between 0 and 100");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["tasks"][0]["ai_figure"] = 55.5; }),
                 kProf + ".tasks[0].ai_figure", "whole number");
}

TEST(dataset_test, rule_time_shares_sum_to_100) {
  auto problems = problems_after([](json& d) { d["professions"][0]["tasks"][1]["time_share"] = 30; });
  EXPECT_PROBLEM(problems, kProf + ".tasks", "add up to 100, not 90.0");
}

TEST(dataset_test, rule_horizon_and_mode_enums) {
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["tasks"][0]["horizon"] = "soon"; }),
                 kProf + ".tasks[0].horizon", "one of now, 1-2y, 3-5y, 5y+");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["tasks"][0]["mode"] = "replaces"; }),
                 kProf + ".tasks[0].mode", "automates or assists");
}

TEST(dataset_test, rule_onet_task_ids) {
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["tasks"][0]["onet_task_ids"] = json::array(); }),
                 kProf + ".tasks[0].onet_task_ids", "at least one");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["tasks"][0]["onet_task_ids"] = {"T-1"}; }),
                 kProf + ".tasks[0].onet_task_ids[0]", "O*NET task id");
}

TEST(dataset_test, rule_task_needs_sources) {
  auto problems = problems_after([](json& d) { d["professions"][0]["tasks"][0]["sources"] = json::array(); });
  EXPECT_PROBLEM(problems, kProf + ".tasks[0].sources", "at least one source");
}

TEST(dataset_test, rule_unknown_source_reference) {
  auto problems = problems_after([](json& d) { d["professions"][0]["tasks"][1]["sources"] = {"nowhere"}; });
  EXPECT_PROBLEM(problems, kProf + ".tasks[1].sources[0]", "unknown source \"nowhere\"");
}

TEST(dataset_test, rule_duplicate_ids) {
  EXPECT_PROBLEM(problems_after([](json& d) { d["sources"][1]["id"] = "bls"; }), "test.json: $.sources[1].id",
                 "duplicates the source id \"bls\"");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"].push_back(d["professions"][0]); }),
                 "test.json: $.professions[1].slug", "duplicates the profession slug");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["tasks"][1]["id"] = "api"; }),
                 kProf + ".tasks[1].id", "duplicates the task id");
}

TEST(dataset_test, rule_formats_of_codes_and_dates) {
  EXPECT_PROBLEM(problems_after([](json& d) { d["regions"][0]["code"] = "USA"; }), "test.json: $.regions[0].code",
                 "ISO 3166-1");
  EXPECT_PROBLEM(problems_after([](json& d) { d["regions"][0]["currency"] = "usd"; }),
                 "test.json: $.regions[0].currency", "ISO 4217");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["soc_code"] = "151252"; }), kProf + ".soc_code",
                 "NN-NNNN");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["updated"] = "13/02/2026"; }), kProf + ".updated",
                 "YYYY-MM-DD");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["slug"] = "Backend Dev"; }), kProf + ".slug",
                 "lower-case slug");
  EXPECT_PROBLEM(problems_after([](json& d) { d["sources"][0]["url"] = "www.bls.gov"; }), "test.json: $.sources[0].url",
                 "http(s) URL");
}

TEST(dataset_test, rule_source_kind_and_editorial_url) {
  EXPECT_PROBLEM(problems_after([](json& d) { d["sources"][0]["kind"] = "blog"; }), "test.json: $.sources[0].kind",
                 "published or editorial");
  EXPECT_PROBLEM(problems_after([](json& d) { d["sources"][0].erase("url"); }), "test.json: $.sources[0].url",
                 "is missing");
}

TEST(dataset_test, rule_region_numbers) {
  EXPECT_PROBLEM(problems_after([](json& d) { d["regions"][1]["hours_per_year"] = 8760; }),
                 "test.json: $.regions[1].hours_per_year", "between 1000 and 3000");
  EXPECT_PROBLEM(problems_after([](json& d) { d["regions"][1]["usd_rate"]["units_per_usd"] = 0; }),
                 "test.json: $.regions[1].usd_rate.units_per_usd", "between");
  EXPECT_PROBLEM(problems_after([](json& d) { d["regions"][2]["number_style"]["decimal_separator"] = "."; }),
                 "test.json: $.regions[2].number_style.decimal_separator", "must differ");
}

TEST(dataset_test, rule_salary_presets) {
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["salaries"][0]["experienced"] = 100; }),
                 kProf + ".salaries[0].experienced", "not be below entry");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["salaries"].erase(0); }), kProf + ".salaries",
                 "no entry for the region \"US\"");
  EXPECT_TRUE(problems_after([](json& d) { d["professions"][0]["salaries"].erase(2); }).empty())
      << "regions other than the US are optional: they are estimated";
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["salaries"][2]["region"] = "FR"; }),
                 kProf + ".salaries[2].region", "unknown region \"FR\"");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["salaries"][0]["estimated"] = "no"; }),
                 kProf + ".salaries[0].estimated", "true or false");
}

TEST(dataset_test, rule_references_to_tables) {
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["category"] = "magic"; }), kProf + ".category",
                 "unknown category");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["default_plan"] = "gold"; }), kProf + ".default_plan",
                 "unknown plan");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["threats"][0]["agent"] = "skynet"; }),
                 kProf + ".threats[0].agent", "unknown threat agent");
}

TEST(dataset_test, rule_at_most_six_threat_agents_and_none_is_fine) {
  EXPECT_PROBLEM(problems_after([](json& d) {
    for (int i = 0; i < 6; ++i) {
      json agent = d["threat_agents"][0];
      agent["id"] = "agent-" + std::to_string(i);
      d["threat_agents"].push_back(agent);
      d["professions"][0]["threats"].push_back({{"agent", agent["id"]}, {"does", "Job " + std::to_string(i)}});
    }
  }), kProf + ".threats", "more than 6");
  EXPECT_TRUE(problems_after([](json& d) { d["professions"][0]["threats"] = json::array(); }).empty());
}

// [SECTION] The task and threat rules of issue 14 (docs/methodology.md)
TEST(dataset_test, rule_automates_needs_a_figure_of_50) {
  EXPECT_PROBLEM(problems_after([](json& d) {
    d["professions"][0]["tasks"][0]["ai_figure"] = 49;
    d["professions"][0]["tasks"][0]["ai_figure_low"] = 40;
  }), kProf + ".tasks[0].mode", "at least 50, not 49");
  EXPECT_TRUE(problems_after([](json& d) {
    d["professions"][0]["tasks"][0]["ai_figure"] = 50;
    d["professions"][0]["tasks"][0]["ai_figure_low"] = 40;
  }).empty()) << "50 itself may be automates";
  EXPECT_TRUE(problems_after([](json& d) { d["professions"][0]["tasks"][1]["mode"] = "assists"; }).empty());
}

TEST(dataset_test, rule_figure_range_brackets_the_figure) {
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["tasks"][0]["ai_figure_low"] = 81; }),
                 kProf + ".tasks[0].ai_figure_low", "not be above ai_figure");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["tasks"][0]["ai_figure_high"] = 79; }),
                 kProf + ".tasks[0].ai_figure_high", "not be below ai_figure");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["tasks"][0]["ai_figure_high"] = 101; }),
                 kProf + ".tasks[0].ai_figure_high", "between 0 and 100");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["tasks"][0].erase("ai_figure_low"); }),
                 kProf + ".tasks[0].ai_figure_low", "is missing");
  EXPECT_TRUE(problems_after([](json& d) {
    d["professions"][0]["tasks"][0]["ai_figure_low"] = 80;
    d["professions"][0]["tasks"][0]["ai_figure_high"] = 80;
  }).empty()) << "a range may be a single point";
}

TEST(dataset_test, rule_share_basis_and_barriers) {
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["tasks"][0]["time_share_basis"] = "survey"; }),
                 kProf + ".tasks[0].time_share_basis", "onet or editorial");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["tasks"][0].erase("time_share_basis"); }),
                 kProf + ".tasks[0].time_share_basis", "is missing");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["tasks"][0]["barriers"] = " "; }),
                 kProf + ".tasks[0].barriers", "must not be empty");
}

TEST(dataset_test, observed_use_loads_and_is_checked) {
  auto result = test::load_json(test::valid_dataset_json());
  ASSERT_TRUE(result.ok()) << describe(result.problems);
  const auto& uses = result.dataset.professions()[0].observed_use;
  ASSERT_EQ(uses.size(), 2u);
  EXPECT_EQ(uses[1].source_id, "aei-2026");
  EXPECT_EQ(uses[1].window_from, "2026-02-05");
  EXPECT_EQ(uses[1].onet_tasks, 21);
  EXPECT_EQ(uses[1].observed_tasks, 9);
  const std::string u = kProf + ".observed_use";
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["observed_use"][1]["observed_tasks"] = 22; }),
                 u + "[1].observed_tasks", "not exceed onet_tasks");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["observed_use"][1]["onet_tasks"] = 0; }),
                 u + "[1].onet_tasks", "between 1 and");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["observed_use"][1]["source"] = "aei-2030"; }),
                 u + "[1].source", "unknown source");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["observed_use"][1]["source"] = "aei-2025"; }),
                 u + "[1].source", "repeats the release");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["observed_use"][0]["window_to"] = "2024-12"; }),
                 u + "[0].window_to", "not be before window_from");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["observed_use"][0]["window_from"] = "Feb 2025"; }),
                 u + "[0].window_from", "YYYY-MM");
  EXPECT_TRUE(problems_after([](json& d) { d["professions"][0].erase("observed_use"); }).empty())
      << "optional in the schema; scripts/check_reference.py requires both releases";
}

TEST(dataset_test, rule_threat_agents_are_ai_products) {
  EXPECT_PROBLEM(problems_after([](json& d) { d["threat_agents"][0]["kind"] = "platform"; }),
                 "test.json: $.threat_agents[0].kind", "AI products only");
  EXPECT_PROBLEM(problems_after([](json& d) { d["threat_agents"][0].erase("kind"); }),
                 "test.json: $.threat_agents[0].kind", "is missing");
}

TEST(dataset_test, rule_threat_sentence_is_the_professions_own) {
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["threats"][0]["does"] = "writes code"; }),
                 kProf + ".threats[0].does", "agent table's general line");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["threats"][0].erase("does"); }),
                 kProf + ".threats[0].does", "is missing");
  EXPECT_PROBLEM(problems_after([](json& d) {
    d["professions"][0]["threats"].push_back(d["professions"][0]["threats"][0]);
  }), kProf + ".threats[1].agent", "repeats the threat agent");
  // The old list of ids without sentences is gone from the schema.
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["threat_agents"] = {"claude-code"}; }),
                 kProf + ".threat_agents", "not a field");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0].erase("threats"); }), kProf + ".threats",
                 "is missing");
}

TEST(dataset_test, rule_timeline_and_skills) {
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["timeline"][0]["to"] = 2020; }),
                 kProf + ".timeline[0].to", "not be before from");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["timeline"][1]["from"] = 2024; }),
                 kProf + ".timeline[1].from", "previous phase");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["skills"] = json::array(); }), kProf + ".skills",
                 "at least one skill");
  EXPECT_PROBLEM(problems_after([](json& d) { d["professions"][0]["tasks"] = json::array(); }), kProf + ".tasks",
                 "at least one task");
}

TEST(dataset_test, rule_pay_model_and_premium) {
  EXPECT_PROBLEM(problems_after([](json& d) { d["regions"][1]["pay_model"]["ratio_to_us"] = 0; }),
                 "test.json: $.regions[1].pay_model.ratio_to_us", "between");
  EXPECT_PROBLEM(problems_after([](json& d) { d["regions"][1]["pay_model"]["source"] = "rumour"; }),
                 "test.json: $.regions[1].pay_model.source", "unknown source");
  EXPECT_PROBLEM(problems_after([](json& d) { d["regions"][1].erase("pay_model"); }),
                 "test.json: $.regions[1].pay_model", "is missing");
  EXPECT_PROBLEM(problems_after([](json& d) { d["categories"][0]["traded_premium"] = 0.5; }),
                 "test.json: $.categories[0].traded_premium", "between 1 and 3");
  EXPECT_PROBLEM(problems_after([](json& d) {
    d["regions"].erase(0);
    for (auto& p : d["professions"]) p["salaries"].erase(0);
  }), "$.regions", "must include US");
}

// The pay tables of regional_pay.json, one bad field at a time.
TEST(dataset_test, rule_pay_tables) {
  auto with_tables = [](auto mutate) {
    return problems_after([&](json& d) {
      d["minimum_wages"] = json::parse(R"([{"region": "DE", "name": "Mindestlohn", "rate": 13.9, "unit": "hour",
        "units_per_year": 2080, "full_time": "40 hours a week", "effective": "2026-01-01", "source": "bls"}])");
      d["pay_by_occupation"] = json::parse(R"([{"soc": "15-1252", "region": "DE", "code": "2134", "entry": 45000,
        "experienced": 70000, "basis": "A survey", "source": "bls"}])");
      d["pay_by_group"] = json::parse(R"([{"region": "IN", "system": "isco08", "group": "2",
        "local_per_us_dollar": 4.4, "spread": 1, "basis": "Group pay", "source": "bls"}])");
      d["occupation_groups"] = json::parse(R"([{"soc": "15-1252", "isco08": "2", "noc2021": "2"}])");
      d["salary_bases"] = json::parse(R"([{"source": "bls", "basis": "BLS, 25th-75th percentile"}])");
      mutate(d);
    });
  };
  EXPECT_TRUE(with_tables([](json&) {}).empty()) << describe(with_tables([](json&) {}));
  const std::string t = "test.json: $.";
  EXPECT_PROBLEM(with_tables([](json& d) { d["minimum_wages"][0]["unit"] = "week"; }), t + "minimum_wages[0].unit",
                 "hour, day or month");
  EXPECT_PROBLEM(with_tables([](json& d) { d["minimum_wages"][0]["region"] = "XX"; }), t + "minimum_wages[0].region",
                 "unknown region");
  EXPECT_PROBLEM(with_tables([](json& d) { d["minimum_wages"].push_back(d["minimum_wages"][0]); }),
                 t + "minimum_wages[1].region", "repeats");
  EXPECT_PROBLEM(with_tables([](json& d) { d["pay_by_occupation"][0]["region"] = "US"; }),
                 t + "pay_by_occupation[0].region", "must not be US");
  EXPECT_PROBLEM(with_tables([](json& d) { d["pay_by_occupation"][0]["experienced"] = 100; }),
                 t + "pay_by_occupation[0].experienced", "below entry");
  EXPECT_PROBLEM(with_tables([](json& d) { d["pay_by_occupation"][0]["code"] = "21.34"; }),
                 t + "pay_by_occupation[0].code", "digits");
  EXPECT_PROBLEM(with_tables([](json& d) { d["pay_by_occupation"][0]["source"] = "rumour"; }),
                 t + "pay_by_occupation[0].source", "unknown source");
  EXPECT_PROBLEM(with_tables([](json& d) { d["pay_by_occupation"].push_back(d["pay_by_occupation"][0]); }),
                 t + "pay_by_occupation[1].soc", "repeats the SOC code and region");
  EXPECT_PROBLEM(with_tables([](json& d) { d["pay_by_group"][0]["system"] = "isco88"; }), t + "pay_by_group[0].system",
                 "isco08 or noc2021");
  EXPECT_PROBLEM(with_tables([](json& d) { d["pay_by_group"][0]["group"] = "25"; }), t + "pay_by_group[0].group",
                 "one digit");
  EXPECT_PROBLEM(with_tables([](json& d) { d["pay_by_group"][0]["spread"] = 0; }), t + "pay_by_group[0].spread",
                 "between");
  EXPECT_PROBLEM(with_tables([](json& d) {
                   json other = d["pay_by_group"][0];
                   other["system"] = "noc2021";
                   other["group"] = "3";
                   d["pay_by_group"].push_back(other);
                 }),
                 t + "pay_by_group[1].system", "one classification");
  EXPECT_PROBLEM(with_tables([](json& d) { d["occupation_groups"].push_back(d["occupation_groups"][0]); }),
                 t + "occupation_groups[1].soc", "repeats");
  EXPECT_PROBLEM(with_tables([](json& d) { d["occupation_groups"][0]["isco08"] = "X"; }),
                 t + "occupation_groups[0].isco08", "one digit");
  EXPECT_PROBLEM(with_tables([](json& d) { d["salary_bases"][0]["source"] = "rumour"; }), t + "salary_bases[0].source",
                 "unknown source");
  EXPECT_PROBLEM(with_tables([](json& d) { d["pay_by_occupation"][0]["title"] = "Programmers"; }),
                 t + "pay_by_occupation[0].title", "not a field");
}

TEST(dataset_test, rule_names_taglines_and_reasons_are_not_repeated) {
  auto with_second = [](auto mutate) {
    return problems_after([&](json& d) {
      json second = d["professions"][0];
      second["slug"] = "api-developer";
      second["name"] = "API Developer";
      second["aliases"] = json::array();
      second["tagline"] = "Another line.";
      second["tasks"][0]["reason"] = "Different.";
      second["tasks"][1]["reason"] = "Also different.";
      second["threats"][0]["does"] = "Drafts API clients from the same spec";
      mutate(second);
      d["professions"].push_back(second);
    });
  };
  EXPECT_TRUE(with_second([](json&) {}).empty()) << describe(with_second([](json&) {}));
  EXPECT_PROBLEM(with_second([](json& p) { p["aliases"] = {"Backend Engineer"}; }),
                 "test.json: $.professions[1].aliases[0]", "repeats the name or alias");
  EXPECT_PROBLEM(with_second([](json& p) { p["name"] = "backend developer"; }), "test.json: $.professions[1].name",
                 "repeats the name");
  EXPECT_PROBLEM(with_second([](json& p) { p["tagline"] = "A line."; }), "test.json: $.professions[1].tagline",
                 "repeats the tagline");
  EXPECT_PROBLEM(with_second([](json& p) { p["tasks"][1]["reason"] = "Hard."; }),
                 "test.json: $.professions[1].tasks[1].reason", "repeats the task reason");
  EXPECT_PROBLEM(with_second([](json& p) { p["threats"][0]["does"] = "writes route handlers and tests from an API spec"; }),
                 "test.json: $.professions[1].threats[0].does", "repeats the threat sentence");
}

TEST(dataset_test, rule_soc_group_needs_a_note) {
  auto problems = problems_after([](json& d) { d["professions"][0].erase("soc_note"); });
  EXPECT_PROBLEM(problems, kProf + ".soc_note", "SOC group");
}

TEST(dataset_test, rule_onet_soc_codes) {
  EXPECT_TRUE(problems_after([](json& d) { d["professions"][0]["onet_soc_codes"] = {"31-1121", "31-1122"}; }).empty());
  auto problems = problems_after([](json& d) { d["professions"][0]["onet_soc_codes"] = {"31-1121", "31-1121", "15-1252", "3111"}; });
  EXPECT_PROBLEM(problems, kProf + ".onet_soc_codes[1]", "twice");
  EXPECT_PROBLEM(problems, kProf + ".onet_soc_codes[2]", "own soc_code");
  EXPECT_PROBLEM(problems, kProf + ".onet_soc_codes[3]", "NN-NNNN");
}

TEST(dataset_test, rule_method_summary_required) {
  auto problems = problems_after([](json& d) { d.erase("meta"); });
  EXPECT_PROBLEM(problems, "$.meta.method_summary", "missing");
}

TEST(dataset_test, every_problem_is_listed_not_just_the_first) {
  auto problems = problems_after([](json& d) {
    d["professions"][0]["tasks"][0]["ai_figure"] = -1;
    d["professions"][0]["updated"] = "yesterday";
    d["regions"][0]["hours_per_year"] = 1;
  });
  EXPECT_GE(problems.size(), 3u) << describe(problems);
}

TEST(dataset_test, bundle_merges_and_reloads) {
  json all = test::valid_dataset_json();
  json tables = all, professions = json::object();
  professions["professions"] = tables["professions"];
  tables.erase("professions");
  std::string bundled = core::bundle_dataset({{"a.json", tables.dump(2)}, {"b.json", professions.dump(2)}});
  ASSERT_FALSE(bundled.empty());
  EXPECT_EQ(bundled.find('\n'), std::string::npos);
  EXPECT_TRUE(core::load_dataset({{"bundle.json", bundled}}).ok());
  EXPECT_TRUE(core::bundle_dataset({{"bad.json", "{"}}).empty());
}

TEST(dataset_test, the_shipped_dataset_is_valid) {
  auto result = core::load_dataset(core::embedded_dataset());
  ASSERT_TRUE(result.ok()) << describe(result.problems);
  const core::Profession* backend = result.dataset.find_profession("backend-developer");
  ASSERT_NE(backend, nullptr);
  EXPECT_EQ(backend->tasks.size(), 10u);
  EXPECT_EQ(backend->threats.size(), 3u);
  EXPECT_EQ(backend->timeline.size(), 3u);
  EXPECT_EQ(backend->skills.size(), 5u);
  // BLS May 2024, SOC 15-1252: 25th percentile $103,050, 75th $169,000.
  EXPECT_DOUBLE_EQ(core::find_salary(*backend, "US")->entry, 103050);
  EXPECT_DOUBLE_EQ(core::find_salary(*backend, "US")->experienced, 169000);
  EXPECT_DOUBLE_EQ(core::find_salary(*backend, "IN")->experienced, 2800000);
  EXPECT_GE(result.dataset.regions.size(), 12u);
  for (const auto& region : result.dataset.regions) {
    auto presets = core::pay_presets(result.dataset, *backend, region);
    ASSERT_TRUE(presets) << region.code;
    EXPECT_GT(presets->entry, 0) << region.code;
  }
  EXPECT_DOUBLE_EQ(result.dataset.find_plan(backend->default_plan_id)->usd_per_month, 200);
}

// [SECTION] Quality gates on the shipped dataset (issue: 300 professions, grounded and cited)
TEST(dataset_test, shipped_dataset_breadth) {
  auto result = core::load_dataset(core::embedded_dataset());
  ASSERT_TRUE(result.ok()) << describe(result.problems);
  const auto& d = result.dataset;
  EXPECT_GE(d.professions().size(), 300u);
  EXPECT_GE(d.categories.size(), 15u);
  std::map<std::string, int> per_category;
  std::set<core::RiskBand> bands;
  for (const auto& p : d.professions()) {
    ++per_category[p.category_id];
    bands.insert(core::risk_score(p).band);
    EXPECT_LE(p.threats.size(), 6u) << p.slug;
  }
  for (const auto& category : d.categories) {
    EXPECT_GE(per_category[category.id], 8) << category.id << " has too few professions";
  }
  EXPECT_EQ(bands.size(), 5u) << "scores should span all five bands";
}

TEST(dataset_test, shipped_dataset_has_no_copy_paste_task_lists) {
  auto d = core::load_dataset(core::embedded_dataset()).dataset;
  std::vector<std::set<std::string>> names;
  for (const auto& p : d.professions()) {
    std::set<std::string> set;
    for (const auto& t : p.tasks) set.insert(t.name);
    names.push_back(std::move(set));
  }
  // Jaccard overlap of task names under 50 % for every pair of professions.
  for (size_t a = 0; a < names.size(); ++a) {
    for (size_t b = a + 1; b < names.size(); ++b) {
      size_t shared = 0;
      for (const auto& n : names[a]) shared += names[b].count(n);
      const size_t together = names[a].size() + names[b].size() - shared;
      EXPECT_LT(2 * shared, together) << d.professions()[a].slug << " and " << d.professions()[b].slug
                                      << " share too many task names";
    }
  }
}

TEST(dataset_test, shipped_dataset_cites_and_dates_every_figure) {
  auto d = core::load_dataset(core::embedded_dataset()).dataset;
  for (const auto& p : d.professions()) {
    const core::SalaryPreset* us = core::find_salary(p, "US");
    ASSERT_NE(us, nullptr) << p.slug;
    EXPECT_EQ(us->source_id, "bls-oews-2024") << p.slug;
    EXPECT_FALSE(us->estimated) << p.slug;
    EXPECT_EQ(p.us_employment.source_id, "bls-oews-2024") << p.slug;
    for (const auto& task : p.tasks) {
      bool onet = false;
      for (const auto& s : task.source_ids) onet = onet || s == "onet-tasks";
      EXPECT_TRUE(onet) << p.slug << "/" << task.id << " does not cite O*NET";
    }
  }
}

TEST(dataset_test, shipped_dataset_tasks_rest_on_their_own_statements_and_timelines_start_now) {
  auto d = core::load_dataset(core::embedded_dataset()).dataset;
  for (const auto& p : d.professions()) {
    // A statement behind three or more tasks means the tasks are not really O*NET-grounded.
    std::map<std::string, int> uses;
    for (const auto& task : p.tasks) {
      for (const auto& id : task.onet_task_ids) ++uses[id];
    }
    for (const auto& [id, count] : uses) EXPECT_LE(count, 2) << p.slug << ": O*NET task " << id;
    // A timeline looks forward from the year the entry was last reviewed.
    ASSERT_FALSE(p.timeline.empty()) << p.slug;
    EXPECT_GE(p.timeline.front().from_year, std::stoi(p.updated.substr(0, 4))) << p.slug;
  }
}

TEST(dataset_test, shipped_dataset_follows_the_task_rules) {
  auto d = core::load_dataset(core::embedded_dataset()).dataset;
  size_t threats = 0;
  for (const auto& p : d.professions()) {
    for (const auto& task : p.tasks) {
      EXPECT_LE(task.ai_figure_low, task.ai_figure) << p.slug << "/" << task.id;
      EXPECT_GE(task.ai_figure_high, task.ai_figure) << p.slug << "/" << task.id;
      if (task.mode == core::TaskMode::kAutomates) { EXPECT_GE(task.ai_figure, 50) << p.slug << "/" << task.id; }
    }
    for (const auto& threat : p.threats) {
      ++threats;
      EXPECT_FALSE(threat.does.empty()) << p.slug << "/" << threat.agent_id;
    }
  }
  EXPECT_GT(threats, 600u) << "every profession's agents carry a sentence of its own";
}

// A key written twice in one object is read once, the last kept, by every JSON reader we use: an
// editor's second "ai_figure" for a task would win unseen. The dataset check names each.
TEST(dataset_test, a_key_written_twice_in_one_object_is_named) {
  const auto problems = core::duplicate_keys(
      {"test.json", "{\"professions\": [{\"slug\": \"a\", \"tasks\": [{\"id\": \"x\", \"ai_figure\": 10, \"ai_figure\": 90}]},"
                    " {\"slug\": \"b\", \"slug\": \"c\"}], \"meta\": {\"a\": [1, {\"b\": 1}], \"b\": 2}}"});
  ASSERT_EQ(problems.size(), 2u) << describe(problems);
  EXPECT_PROBLEM(problems, "test.json: $.professions[0].tasks[0].ai_figure", "written twice");
  EXPECT_PROBLEM(problems, "test.json: $.professions[1].slug", "written twice");
  EXPECT_TRUE(core::duplicate_keys({"ok.json", "{\"a\": {\"b\": 1}, \"b\": {\"a\": 2}}"}).empty());
  EXPECT_TRUE(core::duplicate_keys({"bad.json", "{\"a\": "}).empty()) << "not JSON: said by the loader";
}
