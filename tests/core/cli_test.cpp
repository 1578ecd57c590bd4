// Runs the real `airisk` binary: exit codes, stderr reasons and the documented --json keys.
#include <algorithm>
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "cli_run.h"
#include "test_dataset.h"

using airisk::test::run;
using airisk::test::run_json;

TEST(cli_test, no_arguments_is_bad_input) {
  EXPECT_EQ(run("").status, 2);
  EXPECT_EQ(run("frobnicate").status, 2);
  EXPECT_EQ(run("--help").status, 0);
}

TEST(cli_test, report_bad_input_exits_2_with_reason) {
  auto unknown = run("report nobody");
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.out.find("nknown profession"), std::string::npos) << unknown.out;
  auto region = run("report backend-developer --region XX");
  EXPECT_EQ(region.status, 2);
  EXPECT_NE(region.out.find("unknown region"), std::string::npos) << region.out;
  auto salary = run("report backend-developer --salary abc");
  EXPECT_EQ(salary.status, 2);
  EXPECT_NE(salary.out.find("salary"), std::string::npos) << salary.out;
  EXPECT_EQ(run("report backend-developer --region").status, 2);
  EXPECT_EQ(run("report backend-developer --bogus").status, 2);
}

TEST(cli_test, report_json_india_hand_checked) {
  auto r = run_json("report backend-developer --region IN --salary 2800000 --json");
  ASSERT_EQ(r.status, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["slug"], "backend-developer");
  EXPECT_EQ(j["name"], "Backend Developer");
  EXPECT_EQ(j["region"], "IN");
  EXPECT_EQ(j["currency"], "INR");
  EXPECT_DOUBLE_EQ(j["salary_yearly"].get<double>(), 2800000);
  // $200 x 12 x 93.3302 INR/USD (ECB, 2026-04-13) = 223,992.48 INR.
  EXPECT_DOUBLE_EQ(j["ai_yearly"].get<double>(), 223992.48);
  EXPECT_DOUBLE_EQ(j["ratio"].get<double>(), 12.5004);
  EXPECT_DOUBLE_EQ(j["ai_pct_of_salary"].get<double>(), 7.9997);
  EXPECT_DOUBLE_EQ(j["entry"].get<double>(), 600000);
  EXPECT_DOUBLE_EQ(j["experienced"].get<double>(), 2800000);
  EXPECT_EQ(j["text"]["salary"], "₹28,00,000");
  EXPECT_EQ(j["presets_source"], "airisk's own estimate for software developers in India (backend, frontend, full-stack, mobile, AI)");
  EXPECT_FALSE(j["entry_at_minimum"].get<bool>());
  // India's advisory national floor: 178 rupees a day x 26 days x 12 months.
  EXPECT_DOUBLE_EQ(j["minimum_wage_yearly"].get<double>(), 55536);
}

TEST(cli_test, report_json_names_each_presets_source_and_the_minimum_it_meets) {
  auto r = run_json("report cashier --region GB --json");
  ASSERT_EQ(r.status, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["presets_source"],
            "ONS ASHE 2024, 25th-75th percentile, full-time (SOC 2020 7112 retail cashiers and check-out operators)");
  // ASHE's full-time 25th percentile (19,509, April 2024) is under the National Living Wage of April
  // 2026 for 37.5 hours a week: 12.71 x 1,950 = 24,784.50 -> 24,785. The 75th (24,918) is not.
  EXPECT_DOUBLE_EQ(j["entry"].get<double>(), 24785);
  EXPECT_TRUE(j["entry_at_minimum"].get<bool>());
  EXPECT_DOUBLE_EQ(j["experienced"].get<double>(), 24918);
  EXPECT_FALSE(j["experienced_at_minimum"].get<bool>());
  EXPECT_DOUBLE_EQ(j["minimum_wage_yearly"].get<double>(), 24785);
  const std::string note = j["text"]["presets_note"];
  EXPECT_EQ(note.rfind(j["presets_source"].get<std::string>() + ". Entry raised to the legal minimum", 0), 0u) << note;
  EXPECT_NE(note.find("\u00a324,785 a year (National Living Wage, \u00a312.71 an hour, 37.5 hours a week)"), std::string::npos)
      << note;
  auto text = run("report cashier --region GB");
  EXPECT_NE(text.out.find("  Salary range        " + note), std::string::npos) << text.out;
}

TEST(cli_test, report_json_gives_the_score_range) {
  // The unit-test dataset: api 80 (75-90) for 60% of the time, design 20 (10-30) for 40%.
  const std::string path = ::testing::TempDir() + "airisk_range_dataset.json";
  std::ofstream(path) << airisk::test::valid_dataset_json().dump();
  auto r = run_json("report backend-developer --data " + path + " --json");
  ASSERT_EQ(r.status, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_DOUBLE_EQ(j["score"].get<double>(), 56);
  EXPECT_DOUBLE_EQ(j["score_low"].get<double>(), 49);
  EXPECT_DOUBLE_EQ(j["score_high"].get<double>(), 66);
  EXPECT_EQ(j["text"]["score_with_range"], "56 (49\u201366)");
  ASSERT_EQ(j["observed_use"].size(), 2u);
  const auto& latest = j["observed_use"][1];
  EXPECT_EQ(latest["source"], "aei-2026");
  EXPECT_EQ(latest["release_date"], "2026-03-24");
  EXPECT_EQ(latest["window_from"], "2026-02-05");
  EXPECT_EQ(latest["onet_tasks"], 21);
  EXPECT_EQ(latest["observed_tasks"], 9);
  EXPECT_DOUBLE_EQ(latest["observed_pct"].get<double>(), 42.86);  // 9 / 21
  EXPECT_EQ(j["text"]["observed_use"], "Claude conversations touched 9 of 21 O*NET tasks of this job, Feb 2026 (7 in Feb\u2013Mar 2025)");
  auto text = run("report backend-developer --data " + path);
  EXPECT_NE(text.out.find("56 (49\u201366) out of 100"), std::string::npos) << text.out;
  // Every shipped profession's range holds its score.
  auto shipped = nlohmann::json::parse(run_json("report registered-nurse --json").out);
  EXPECT_LE(shipped["score_low"].get<double>(), shipped["score"].get<double>());
  EXPECT_GE(shipped["score_high"].get<double>(), shipped["score"].get<double>());
}

TEST(cli_test, report_text_and_typed_salaries) {
  auto r = run("report backend-developer --salary '$120k'");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("$120,000"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("50.0\u00d7"), std::string::npos) << r.out;
  auto cents = run("report backend-developer --salary '$120,000.50'");
  ASSERT_EQ(cents.status, 0) << cents.out;
  EXPECT_NE(cents.out.find("$120,000 a year"), std::string::npos) << cents.out;
  EXPECT_EQ(cents.out.find("$120,001"), std::string::npos) << cents.out;
  auto lpa = run_json("report backend-developer --region IN --salary '28 LPA' --json");
  ASSERT_EQ(lpa.status, 0) << lpa.out;
  EXPECT_DOUBLE_EQ(nlohmann::json::parse(lpa.out)["salary_yearly"].get<double>(), 2800000);
}

TEST(cli_test, salary_command) {
  auto ok = run_json("salary '12,00,000' --region IN --json");
  ASSERT_EQ(ok.status, 0) << ok.out;
  EXPECT_DOUBLE_EQ(nlohmann::json::parse(ok.out)["yearly"].get<double>(), 1200000);
  auto bad = run("salary '12.34.56' --region US");
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.out.find("grouping"), std::string::npos) << bad.out;
  // Field test: into dollars it said "converted at 1 USD per USD"; the euro's rate did the work.
  auto euros = run("salary '55000 EUR' --region US");
  ASSERT_EQ(euros.status, 0) << euros.out;
  EXPECT_EQ(euros.out.find("USD per USD"), std::string::npos) << euros.out;
  EXPECT_NE(euros.out.find(" EUR per USD"), std::string::npos) << euros.out;
  auto dollars = run("salary '$120k' --region DE");
  EXPECT_NE(dollars.out.find(" EUR per USD"), std::string::npos) << dollars.out;
  // The card's note on a figure read as thousands, in the CLI too.
  auto grouped = run("salary '45,000' --region DE");
  ASSERT_EQ(grouped.status, 0) << grouped.out;
  EXPECT_NE(grouped.out.find("marks decimals"), std::string::npos) << grouped.out;
  // Field test (helper-52): "in Germany ',' marks the decimals" alone sounded as if it had been read
  // as decimals; the note says why it was not.
  EXPECT_NE(grouped.out.find("but 45,00\u00a0\u20ac would be no year's pay"), std::string::npos) << grouped.out;
  auto grouped_json = run_json("salary '45,000' --region DE --json");
  EXPECT_NE(grouped_json.out.find("\"note\""), std::string::npos) << grouped_json.out;
}

// Field test: an hourly wage became a year at the hours an average person works (part-timers
// included: 1,523 h in Britain, 1,335 h in Germany), so the National Living Wage typed as
// "\u00a312.71/hr" gave \u00a319,357 beside the card's own full-time year at it, \u00a324,785, and a
// barista paid the minimum showed \u00a316.27 "per working hour". A wage by the hour and the hourly
// figures are the region's paid full-time year, the one its minimum wage is counted over.
TEST(cli_test, an_hourly_wage_is_a_full_time_year_at_it) {
  struct Case {
    const char* region;
    const char* typed;
    double yearly;
  };
  for (const Case& c : {Case{"US", "22/hr", 45760}, Case{"US", "$7.25/hr", 15080}, Case{"GB", "\u00a312.71/hr", 24785},
                        Case{"DE", "13,90 \u20ac pro Stunde", 28912}, Case{"FR", "12,02 \u20ac/h", 21877},
                        Case{"AU", "$24.95/hr", 49302}}) {
    auto r = run_json(std::string("report barista --region ") + c.region + " --salary '" + c.typed + "' --json");
    ASSERT_EQ(r.status, 0) << c.region << " " << c.typed << ": " << r.out;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_DOUBLE_EQ(j["salary_yearly"].get<double>(), c.yearly) << c.region << " " << c.typed;
  }
  // The minimum's own year, per hour, is the minimum's hourly rate.
  auto at_minimum = run_json("report cashier --region GB --salary 24785 --json");
  ASSERT_EQ(at_minimum.status, 0) << at_minimum.out;
  EXPECT_EQ(nlohmann::json::parse(at_minimum.out)["text"]["human_hourly"], "\u00a312.71");
}

TEST(cli_test, validate_shipped_dataset_passes) {
  auto r = run(std::string("validate ") + AIRISK_DATASET_DIR);
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("ok:"), std::string::npos);
}

TEST(cli_test, validate_lists_every_problem_with_its_path) {
  std::string path = airisk::test::unique_temp_path("airisk_bad_dataset.json");
  {
    std::ifstream in(std::string(AIRISK_DATASET_DIR) + "/professions/tech-engineering.json");
    nlohmann::json d = nlohmann::json::parse(in);
    d["professions"][0]["tasks"][2]["ai_figure"] = 140;
    d["professions"][0]["updated"] = "last week";
    std::ofstream(path) << d.dump(2);
  }
  auto r = run(std::string("validate ") + AIRISK_DATASET_DIR + "/tables " + path);
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find(path + ": $.professions[0].tasks[2].ai_figure: must be between 0 and 100"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(path + ": $.professions[0].updated"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2 problems"), std::string::npos) << r.out;
  EXPECT_EQ(run("validate /nonexistent/path").status, 2);
  std::remove(path.c_str());
}

// A task's "ai_figure" written twice reads as its last: validate and bundle name it and stop.
TEST(cli_test, validate_and_bundle_refuse_a_key_written_twice) {
  std::string path = airisk::test::unique_temp_path("airisk_twice.json");
  {
    std::ifstream in(std::string(AIRISK_DATASET_DIR) + "/professions/tech-engineering.json");
    std::string text = nlohmann::json::parse(in).dump(2);
    const size_t at = text.find("\"ai_figure\": ");
    ASSERT_NE(at, std::string::npos);
    text.insert(at, "\"ai_figure\": 99,\n");
    std::ofstream(path) << text;
  }
  auto r = run(std::string("validate ") + AIRISK_DATASET_DIR + "/tables " + path);
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find(path + ": $.professions[0].tasks[0].ai_figure: the key \"ai_figure\" is written twice"), std::string::npos)
      << r.out;
  const std::string out = airisk::test::unique_temp_path("airisk_twice_bundle.json");
  EXPECT_EQ(run(std::string("bundle ") + AIRISK_DATASET_DIR + "/tables " + path + " -o " + out).status, 2);
  std::remove(path.c_str());
  std::remove(out.c_str());
}

// Field test: "nurse" listed Dental Assistant (an alias, "dental nurse") second, before every
// profession named a nurse; "teacher" listed Teacher Assistant (an assistant) first.
TEST(cli_test, search_lists_the_jobs_a_word_names_before_its_other_uses) {
  const auto names_in_order = [](const std::string& query) {
    auto r = run_json("search '" + query + "' --json");
    std::vector<std::string> names;
    for (const auto& hit : nlohmann::json::parse(r.out)) names.push_back(hit["name"].get<std::string>());
    return names;
  };
  const auto position = [](const std::vector<std::string>& names, const std::string& name) {
    return static_cast<size_t>(std::find(names.begin(), names.end(), name) - names.begin());
  };
  const auto nurses = names_in_order("nurse");
  ASSERT_FALSE(nurses.empty());
  EXPECT_EQ(nurses.front(), "Registered Nurse");
  for (const char* named : {"Licensed Practical Nurse", "Nurse Practitioner"}) {
    EXPECT_LT(position(nurses, named), position(nurses, "Dental Assistant")) << named;
  }
  const auto teachers = names_in_order("teacher");
  for (const char* named : {"Preschool Teacher", "High School Teacher", "Elementary School Teacher"}) {
    EXPECT_LT(position(teachers, named), position(teachers, "Teacher Assistant")) << named;
  }
}

TEST(cli_test, list_and_search_give_soc_and_score) {
  auto list = run_json("list --json");
  ASSERT_EQ(list.status, 0) << list.out;
  auto professions = nlohmann::json::parse(list.out);
  ASSERT_FALSE(professions.empty());
  for (const auto& p : professions) {
    EXPECT_TRUE(p.contains("slug") && p.contains("name") && p.contains("category") && p.contains("soc") &&
                p.contains("score"))
        << p.dump();
  }
  auto search = run_json("search 'API developer' --json");
  ASSERT_EQ(search.status, 0) << search.out;
  EXPECT_EQ(nlohmann::json::parse(search.out).at(0)["slug"], "backend-developer");
  EXPECT_EQ(run("list --category nowhere").status, 2);
  EXPECT_EQ(run("search").status, 2);
}

TEST(cli_test, search_reads_job_ad_titles) {
  auto search = run_json("search 'Sr. Software Engineer - Backend (Remote)' --json");
  ASSERT_EQ(search.status, 0) << search.out;
  EXPECT_EQ(nlohmann::json::parse(search.out).at(0)["slug"], "backend-developer");
  auto engineer = nlohmann::json::parse(run_json("search 'software engineer' --json").out);
  EXPECT_EQ(engineer.at(0)["soc"], "15-1252") << "not QA Engineer";
  auto nurse = nlohmann::json::parse(run_json("search nurse --json").out);
  EXPECT_EQ(nurse.at(0)["slug"], "registered-nurse");
  for (const auto& p : nurse) EXPECT_NE(p["slug"], "preschool-teacher") << "a nursery teacher is no nurse";
}

TEST(cli_test, resolve_gives_best_confidence_and_runners_up) {
  auto r = run_json("resolve 'Sr. Software Engineer - Backend (Remote)' --json");
  ASSERT_EQ(r.status, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["read_as"], "software engineer");
  EXPECT_EQ(j["best"]["slug"], "backend-developer");
  EXPECT_EQ(j["best"]["soc"], "15-1252");
  EXPECT_EQ(j["best"]["confidence"], 0.85) << "a SOC title, the note naming the specialisation";
  EXPECT_EQ(j["best"]["match"], "soc-title");
  EXPECT_EQ(j["open_directly"], true);
  EXPECT_EQ(j["reason"], "");
  ASSERT_FALSE(j["runners_up"].empty());
  for (const auto& other : j["runners_up"]) EXPECT_LT(other["confidence"].get<double>(), 0.85);
  auto weak = nlohmann::json::parse(run_json("resolve 'Chief Happiness Wizard' --json").out);
  EXPECT_EQ(weak["open_directly"], false);
  EXPECT_EQ(weak["weak"], true);
  EXPECT_NE(weak["reason"].get<std::string>().find("weak"), std::string::npos) << weak.dump();
  // Military occupations are in O*NET's titles but not in BLS OEWS, so no profession has them.
  auto infantry = nlohmann::json::parse(run_json("resolve 'Infantry Officers' --json").out);
  EXPECT_EQ(infantry["uncovered_soc"], "55-1016");
  EXPECT_EQ(infantry["open_directly"], false);
  auto nothing = nlohmann::json::parse(run_json("resolve '(m/w/d)' --json").out);
  EXPECT_TRUE(nothing["best"].is_null());
  EXPECT_EQ(nothing["read_as"], "");
  auto text = run("resolve 'RN - ICU'");
  EXPECT_NE(text.out.find("best registered-nurse"), std::string::npos) << text.out;
  EXPECT_EQ(run("resolve").status, 2);
  EXPECT_EQ(run("resolve a b").status, 2);
}

TEST(cli_test, normalise_titles_from_arguments_and_stdin) {
  auto one = run("normalise 'Sr. Java Developer (m/w/d)'");
  EXPECT_EQ(one.out, "java developer\n");
  auto j = nlohmann::json::parse(run_json("normalise 'Engineer - Backend (Remote)' --json").out);
  EXPECT_EQ(j.at(0)["main"], "engineer");
  EXPECT_EQ(j.at(0)["notes"], nlohmann::json::array({"backend"}));
  EXPECT_EQ(j.at(0)["dropped"], nlohmann::json::array({"remote"}));
  auto piped = run("normalise < /dev/null");
  EXPECT_EQ(piped.status, 0);
  EXPECT_EQ(piped.out, "");
}

TEST(cli_test, index_lists_every_profession_with_its_titles) {
  const std::string out = ::testing::TempDir() + "airisk_professions.json";
  ASSERT_EQ(run("index -o " + out).status, 0);
  std::ifstream in(out);
  auto index = nlohmann::json::parse(in);
  auto list = nlohmann::json::parse(run_json("list --json").out);
  ASSERT_EQ(index["professions"].size(), list.size());
  std::map<std::string, std::string> title_owner;
  for (const auto& p : index["professions"]) {
    for (const char* key : {"slug", "name", "soc", "category", "category_name", "aliases", "job_titles"}) {
      EXPECT_TRUE(p.contains(key)) << key << " missing in " << p["slug"];
    }
    for (const auto& title : p["job_titles"]) {
      auto [it, inserted] = title_owner.emplace(title.get<std::string>(), p["slug"].get<std::string>());
      EXPECT_TRUE(inserted) << title << " is listed under " << it->second << " and " << p["slug"];
    }
  }
  EXPECT_EQ(title_owner["Java Developer"], "backend-developer");
  EXPECT_EQ(title_owner["Software Engineer"], "backend-developer") << "a SOC title goes to the SOC's primary";
  EXPECT_EQ(title_owner["React Developer"], "frontend-developer");
  EXPECT_EQ(title_owner["Recruiter"], "human-resources-specialist");
  EXPECT_EQ(run("index -o /nonexistent/dir/x.json").status, 2);
}

TEST(cli_test, regions_and_plans) {
  auto regions = run_json("regions --json");
  ASSERT_EQ(regions.status, 0);
  auto r = nlohmann::json::parse(regions.out);
  EXPECT_GE(r.size(), 12u);
  auto plans = run_json("plans --json");
  ASSERT_EQ(plans.status, 0);
  bool max20 = false;
  for (const auto& p : nlohmann::json::parse(plans.out)) max20 = max20 || (p["id"] == "claude-max-20x" && p["usd_per_month"] == 200);
  EXPECT_TRUE(max20);
}

TEST(cli_test, report_with_weights_grade_and_rank) {
  auto r = run_json("report backend-developer --weights architecture=100,api-endpoints=0 --json");
  ASSERT_EQ(r.status, 0) << r.out;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_TRUE(j.contains("grade") && j.contains("band") && j.contains("rank_pct") && j.contains("soc"));
  EXPECT_LT(j["score"].get<double>(), 55.85) << "more time on architecture lowers the score";
  EXPECT_EQ(run("report backend-developer --weights nope=5").status, 2);
  EXPECT_EQ(run("report backend-developer --weights architecture=-1").status, 2);
  EXPECT_EQ(run("report backend-developer --plan gold").status, 2);
}

TEST(cli_test, plan_by_its_name) {
  auto r = run_json("report backend-developer --plan 'Anthropic Claude Pro' --json");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(nlohmann::json::parse(r.out)["plan"], "claude-pro");
  EXPECT_NE(run("link backend-developer --plan 'ChatGPT Plus'").out.find("plan=chatgpt-plus"), std::string::npos);
}

TEST(cli_test, link_and_open_round_trip) {
  auto link = run("link backend-developer --region IN --salary '28 LPA' --section tasks");
  ASSERT_EQ(link.status, 0) << link.out;
  EXPECT_EQ(link.out, "#v=1&p=backend-developer&r=IN&s=2800000&sec=tasks\n");
  auto opened = run_json("open '#v=1&p=backend-developer&r=IN&s=2800000&bogus=1&plan=gold' --json");
  ASSERT_EQ(opened.status, 0) << opened.out;
  auto j = nlohmann::json::parse(opened.out);
  EXPECT_EQ(j["region"], "IN");
  EXPECT_DOUBLE_EQ(j["salary_yearly"].get<double>(), 2800000);
  EXPECT_EQ(j["bad_keys"], nlohmann::json::array({"plan"}));
}

TEST(cli_test, salary_json_error) {
  auto bad = run_json("salary NaN --json");
  EXPECT_EQ(bad.status, 2);
  EXPECT_TRUE(nlohmann::json::parse(bad.out).contains("error")) << bad.out;
}

// [SECTION] html: the whole report as semantic HTML

TEST(cli_test, html_bad_input_exits_2_with_reason) {
  EXPECT_EQ(run("html").status, 2);
  EXPECT_EQ(run("html backend-developer nurse").status, 2);
  auto unknown = run("html nobody");
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.out.find("unknown profession"), std::string::npos) << unknown.out;
  EXPECT_EQ(run("html backend-developer --region XX").status, 2);
  EXPECT_EQ(run("html backend-developer --salary abc").status, 2);
  EXPECT_EQ(run("html backend-developer --plan gold").status, 2);
  auto json = run("html backend-developer --json");
  EXPECT_EQ(json.status, 2);
  EXPECT_NE(json.out.find("--json"), std::string::npos) << json.out;
  auto base = run("html backend-developer --base-url 'javascript:alert(1)'");
  EXPECT_EQ(base.status, 2);
  EXPECT_NE(base.out.find("--base-url"), std::string::npos) << base.out;
  EXPECT_EQ(run("html backend-developer --base-url 'http://a\"b'").status, 2);
  EXPECT_EQ(run("html backend-developer --base-url").status, 2);
}

TEST(cli_test, html_has_every_section_and_the_bls_salaries) {
  auto html = run_json("html backend-developer --base-url https://example.org/cards/");
  ASSERT_EQ(html.status, 0) << html.out;
  const std::string& h = html.out;
  EXPECT_EQ(h.rfind("<article class=\"airisk-report\"", 0), 0u) << h.substr(0, 200);
  EXPECT_NE(h.find("</article>\n"), std::string::npos);
  EXPECT_EQ(h.find("<html"), std::string::npos) << "a fragment, not a page";
  EXPECT_NE(h.find("<h1>Backend Developer</h1>"), std::string::npos);
  for (const char* heading : {">Cost comparison, human vs AI</h2>", ">Task analysis</h2>",
                              ">Threat agents: AI products doing parts of this work</h2>", ">Prognosis timeline</h2>",
                              ">Skills to learn</h2>", ">Sources of the figures</h2>"}) {
    EXPECT_NE(h.find(heading), std::string::npos) << heading;
  }
  // The BLS 25th and 75th percentiles, formatted exactly as the card and `report --json` show them.
  auto report = nlohmann::json::parse(run_json("report backend-developer --json").out);
  for (const char* key : {"entry", "experienced", "salary", "ai_yearly", "ratio", "ai_pct_of_salary", "human_hourly",
                          "ai_hourly", "break_even_hours_per_month"}) {
    const std::string text = report["text"][key];
    EXPECT_NE(h.find("<dd>" + text), std::string::npos) << key << " = " << text;
  }
  EXPECT_NE(h.find("<dd>$103,050</dd>"), std::string::npos) << "US presets are BLS figures, not estimates";
  EXPECT_NE(h.find("<p>Salary range: BLS OEWS May 2024, 25th-75th percentile.</p>"), std::string::npos);
  EXPECT_NE(h.find("href=\"https://www.bls.gov/"), std::string::npos) << "the BLS source is linked";
  EXPECT_NE(h.find("AI exposure score: 56 ("), std::string::npos) << "the score with its range";
  EXPECT_NE(h.find(") out of 100, grade C (Moderate exposure)"), std::string::npos);
  EXPECT_NE(h.find("<strong>API endpoint implementation</strong>: 85% by AI ("), std::string::npos);
  EXPECT_NE(h.find("<strong>2026\u20132027</strong>"), std::string::npos);
  // The trailing slash of --base-url is dropped; the link's & is escaped in the attribute.
  EXPECT_NE(h.find("href=\"https://example.org/cards/p/backend-developer.html#v=1&amp;p=backend-developer\""),
            std::string::npos);
}

TEST(cli_test, html_shows_barriers_apart_from_the_figure_and_the_professions_own_threat_lines) {
  auto html = run_json("html civil-engineer");
  ASSERT_EQ(html.status, 0) << html.out;
  // The figure is capability; licensing is said separately, after the reason.
  EXPECT_NE(html.out.find("Load, flow and stress calculations</strong>: 65% by AI (55\u201375)"), std::string::npos);
  EXPECT_NE(html.out.find("What slows its use: A licensed professional engineer"), std::string::npos);
  EXPECT_NE(html.out.find("Observed use, beside the score and not part of it: Claude conversations touched"),
            std::string::npos);
  EXPECT_NE(html.out.find("Automates road and drainage drafting in Civil 3D"), std::string::npos)
      << "the agent's sentence for this profession, not the agent table's general line";
}

TEST(cli_test, html_marks_estimates_and_says_when_no_threat_agents) {
  auto html = run_json("html bank-teller --region IN --salary '6 LPA'");
  ASSERT_EQ(html.status, 0) << html.out;
  // Tellers (BLS 25th percentile $36,420) x 6.206 rupees per US dollar of clerical pay (ILOSTAT 2024
  // group 4 against US group 4) x finance's traded-skill premium 1.4 = 316,430 -> 3,16,000.
  EXPECT_NE(html.out.find("<dd>\u20b93,16,000 <small>(estimated)</small></dd>"), std::string::npos) << html.out;
  EXPECT_NE(html.out.find("<p>Salary range: Estimated from ILOSTAT 2024 mean earnings of clerical support workers"),
            std::string::npos) << "the source of the presets, as the card shows it";
  EXPECT_NE(html.out.find("<dd>\u20b96,00,000</dd>"), std::string::npos) << "a typed salary is not an estimate";
  EXPECT_NE(html.out.find("No AI product we know of targets this work directly yet"), std::string::npos);
  EXPECT_NE(html.out.find("href=\"#v=1&amp;p=bank-teller&amp;r=IN&amp;s=600000\""), std::string::npos)
      << "without --base-url the link is the hash alone";
}

TEST(cli_test, html_escapes_every_string) {
  namespace fs = std::filesystem;
  const fs::path dir = airisk::test::unique_temp_path("airisk_html_dataset");
  fs::remove_all(dir);
  fs::copy(AIRISK_DATASET_DIR, dir, fs::copy_options::recursive);
  const fs::path file = dir / "professions" / "tech-engineering.json";
  {
    std::ifstream in(file);
    nlohmann::json d = nlohmann::json::parse(in);
    for (auto& p : d["professions"]) {
      if (p["slug"] != "backend-developer") continue;
      p["name"] = "Back<end> & \"Dev\"";
      p["tagline"] = "<script>alert('x')</script> tagline";
      p["skills"][0]["name"] = "a < b";
    }
    std::ofstream(file) << d.dump(2);
  }
  auto html = run_json("html backend-developer --data " + dir.string());
  ASSERT_EQ(html.status, 0) << run("html backend-developer --data " + dir.string()).out;
  const std::string& h = html.out;
  EXPECT_NE(h.find("<h1>Back&lt;end&gt; &amp; &quot;Dev&quot;</h1>"), std::string::npos) << h.substr(0, 400);
  EXPECT_NE(h.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; tagline"), std::string::npos);
  EXPECT_NE(h.find("<strong>a &lt; b</strong>"), std::string::npos);
  EXPECT_EQ(h.find("<script"), std::string::npos);
  EXPECT_EQ(h.find("<end>"), std::string::npos);
  fs::remove_all(dir);
}

TEST(cli_test, bundle_only_some_professions_keeps_full_ranks) {
  const std::string out = airisk::test::unique_temp_path("airisk_one.json");
  auto r = run(std::string("bundle ") + AIRISK_DATASET_DIR + " -o " + out + " --only backend-developer --categories legal");
  ASSERT_EQ(r.status, 0) << r.out;
  auto one = run_json("list --json --data " + out);
  ASSERT_EQ(one.status, 0) << one.out;
  auto list = nlohmann::json::parse(one.out);
  ASSERT_GE(list.size(), 9u);  // Backend Developer and the legal professions
  for (const auto& p : list) EXPECT_TRUE(p["slug"] == "backend-developer" || p["category"] == "legal") << p.dump();
  // Ranks stay against the full dataset: the same rank as with everything embedded.
  auto full = nlohmann::json::parse(run_json("report backend-developer --json").out);
  auto part = nlohmann::json::parse(run_json("report backend-developer --json --data " + out).out);
  EXPECT_EQ(part["rank_pct"], full["rank_pct"]);
  // The bundle keeps the titles of its SOC codes only; a SOC title now opens the one developer kept.
  auto java = nlohmann::json::parse(run_json("resolve 'Software Engineer' --json --data " + out).out);
  EXPECT_EQ(java["best"]["slug"], "backend-developer");
  EXPECT_EQ(java["best"]["confidence"], 0.9);
  auto janitor = nlohmann::json::parse(run_json("resolve Janitor --json --data " + out).out);
  EXPECT_TRUE(janitor["uncovered_soc"].is_null()) << "the bundle has no titles of SOC codes it lacks";
  // The pay tables keep only the kept professions' SOC codes, and their presets do not change.
  const auto lawyer_gb = nlohmann::json::parse(run_json("report lawyer --region GB --json --data " + out).out);
  EXPECT_EQ(lawyer_gb["presets_source"], nlohmann::json::parse(run_json("report lawyer --region GB --json").out)["presets_source"]);
  // The file is laid out for loading on demand: a first line, the index, then the late tables
  // (the professions' summaries, job titles, pay by occupation, occupation groups) one line each.
  std::ifstream bundled(out);
  std::string first_line, index_line, summaries_line, titles_line, pay_line, groups_line;
  std::getline(bundled, first_line);
  std::getline(bundled, index_line);
  std::getline(bundled, summaries_line);
  std::getline(bundled, titles_line);
  std::getline(bundled, pay_line);
  std::getline(bundled, groups_line);
  EXPECT_EQ(first_line, "airisk-bundle 5");
  EXPECT_FALSE(nlohmann::json::parse(index_line).contains("pay_by_occupation"));
  EXPECT_EQ(nlohmann::json::parse(index_line)["profession_slugs"].size(), list.size());
  EXPECT_EQ(nlohmann::json::parse(summaries_line)["professions"].size(), list.size());
  const auto pay = nlohmann::json::parse(pay_line)["pay_by_occupation"];
  std::set<std::string> kept_socs;
  for (const auto& p : list) kept_socs.insert(p["soc"].get<std::string>());
  ASSERT_FALSE(pay.empty());
  for (const auto& row : pay) EXPECT_TRUE(kept_socs.count(row["soc"])) << row.dump();
  EXPECT_EQ(nlohmann::json::parse(groups_line)["occupation_groups"].size(), kept_socs.size());
  EXPECT_EQ(run(std::string("bundle ") + AIRISK_DATASET_DIR + " -o " + out + " --only nobody").status, 2);
  EXPECT_EQ(run(std::string("bundle ") + AIRISK_DATASET_DIR + " -o " + out + " --categories nothing").status, 2);
  std::remove(out.c_str());
}
