#include "core/pay.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "core/embedded_dataset.h"
#include "core/plausibility.h"
#include "core/report.h"
#include "test_dataset.h"

using namespace airisk;
using nlohmann::json;

namespace {

// [SECTION] A small dataset with one row of each pay table

json with_pay_tables() {
  json d = test::valid_dataset_json();
  d["professions"][0]["salaries"].erase(2);  // no own German figures: the tables decide
  d["sources"].push_back({{"id", "survey"}, {"kind", "published"}, {"publisher", "ONS"}, {"title", "ASHE"},
                          {"url", "https://www.ons.gov.uk/"}, {"date", "2024"}});
  d["sources"].push_back({{"id", "ilostat"}, {"kind", "published"}, {"publisher", "ILO"}, {"title", "Earnings"},
                          {"url", "https://ilostat.ilo.org/"}, {"date", "2025"}});
  d["sources"].push_back({{"id", "mindestlohn"}, {"kind", "published"}, {"publisher", "BMAS"}, {"title", "Mindestlohn"},
                          {"url", "https://www.bmas.de/"}, {"date", "2026-01-01"}});
  d["minimum_wages"] = json::parse(R"([{"region": "DE", "name": "Mindestlohn", "rate": 13.9, "unit": "hour",
    "units_per_year": 2080, "full_time": "40 hours a week", "effective": "2026-01-01", "source": "mindestlohn"}])");
  d["pay_by_group"] = json::parse(R"([
    {"region": "DE", "system": "isco08", "group": "2", "local_per_us_dollar": 0.7, "spread": 1,
     "basis": "Estimated from German group pay", "source": "ilostat"},
    {"region": "IN", "system": "isco08", "group": "2", "local_per_us_dollar": 4.0, "spread": 0.5,
     "basis": "Estimated from Indian group pay", "source": "ilostat"}])");
  d["occupation_groups"] = json::parse(R"([{"soc": "15-1252", "isco08": "2", "noc2021": "2"}])");
  d["salary_bases"] = json::parse(R"([{"source": "bls", "basis": "BLS OEWS May 2024, 25th-75th percentile"}])");
  return d;
}

core::Dataset load(const json& document) {
  auto result = test::load_json(document);
  EXPECT_TRUE(result.ok()) << (result.problems.empty() ? "" : result.problems[0].path + ": " + result.problems[0].message);
  return result.dataset;
}

core::PayPresets presets_in(const core::Dataset& d, const std::string& region) {
  auto presets = core::pay_presets(d, d.professions()[0], *d.find_region(region));
  EXPECT_TRUE(presets) << region;
  return presets.value_or(core::PayPresets{});
}

json german_survey_row(double entry, double experienced) {
  return {{"soc", "15-1252"}, {"region", "DE"}, {"code", "2134"}, {"entry", entry}, {"experienced", experienced},
          {"basis", "A German survey, 25th-75th percentile"}, {"source", "survey"}};
}

}  // namespace

// [SECTION] The order: own figures, the country's figures, the group estimate, the country ratio

TEST(pay_test, a_professions_own_figures_win) {
  core::Dataset d = load(with_pay_tables());
  core::PayPresets us = presets_in(d, "US");
  EXPECT_DOUBLE_EQ(us.entry, 103050);
  EXPECT_FALSE(us.estimated);
  EXPECT_EQ(us.basis, "BLS OEWS May 2024, 25th-75th percentile") << "named by the salary_bases row of its source";
  core::PayPresets india = presets_in(d, "IN");
  EXPECT_DOUBLE_EQ(india.entry, 600000) << "the record's own Indian figures beat the group estimate";
  EXPECT_DOUBLE_EQ(india.experienced, 2800000);
  EXPECT_EQ(india.basis, "Estimate") << "without a salary_bases row, the source's title";
}

TEST(pay_test, group_estimate_moves_the_us_range_to_the_groups_pay_level) {
  core::Dataset d = load(with_pay_tables());
  core::PayPresets germany = presets_in(d, "DE");
  // 103,050 x 0.7 = 72,135 -> 72,100; 169,000 x 0.7 = 118,300 -> 118,000 (three significant figures).
  EXPECT_DOUBLE_EQ(germany.entry, 72100);
  EXPECT_DOUBLE_EQ(germany.experienced, 118000);
  EXPECT_TRUE(germany.estimated);
  EXPECT_EQ(germany.basis, "Estimated from German group pay");
  EXPECT_EQ(germany.source_ids, (std::vector<std::string>{"ilostat", "bls"}));
  EXPECT_FALSE(germany.entry_at_minimum) << "72,100 is above 28,912";
}

TEST(pay_test, group_spread_scales_the_range_around_its_middle_in_logs) {
  json document = with_pay_tables();
  document["professions"][0]["salaries"].erase(1);  // no own Indian figures
  core::Dataset d = load(document);
  core::PayPresets india = presets_in(d, "IN");
  // 4.0 rupees per US dollar x the tech premium 1.8 = 7.2: 741,960 and 1,216,800, middle 950,167.
  // Half the US log spread, ln(169,000 / 103,050) / 2 = 0.2473, times the spread 0.5 = 0.1237:
  // 950,167 x e^-0.1237 = 839,634 -> 840,000 and 950,167 x e^0.1237 = 1,075,250 -> 1,080,000.
  EXPECT_DOUBLE_EQ(india.entry, 840000);
  EXPECT_DOUBLE_EQ(india.experienced, 1080000);
  EXPECT_EQ(india.basis, "Estimated from Indian group pay, with airisk's traded-skill premium (1.8\u00D7)");
}

TEST(pay_test, the_countrys_own_figures_win_over_the_group_estimate) {
  json document = with_pay_tables();
  document["pay_by_occupation"] = json::array({german_survey_row(45000, 70000)});
  core::Dataset d = load(document);
  core::PayPresets germany = presets_in(d, "DE");
  EXPECT_DOUBLE_EQ(germany.entry, 45000);
  EXPECT_DOUBLE_EQ(germany.experienced, 70000);
  EXPECT_FALSE(germany.estimated);
  EXPECT_EQ(germany.source_id, "survey");
  EXPECT_EQ(germany.basis, "A German survey, 25th-75th percentile");
}

// A survey row whose top figure the publisher withholds (Germany's Entgeltatlas above the
// contribution ceiling) carries an estimate, and the card says "estimated".
TEST(pay_test, a_survey_row_with_an_estimated_figure_reads_as_an_estimate) {
  json document = with_pay_tables();
  json row = german_survey_row(56436, 87600);
  row["estimated"] = true;
  document["pay_by_occupation"] = json::array({row});
  core::PayPresets germany = presets_in(load(document), "DE");
  EXPECT_DOUBLE_EQ(germany.experienced, 87600);
  EXPECT_TRUE(germany.estimated);
  row["estimated"] = "yes";
  document["pay_by_occupation"] = json::array({row});
  EXPECT_FALSE(test::load_json(document).ok()) << "estimated is true or false";
}

TEST(pay_test, a_soc_code_without_groups_falls_back_to_the_country_ratio) {
  json document = with_pay_tables();
  document["professions"][0]["soc_code"] = "15-9999";  // a code the groups table has never seen
  core::Dataset d = load(document);
  core::PayPresets germany = presets_in(d, "DE");
  // 103,050 x 0.68 x 0.855871 EUR/USD = 59,974 -> 60,000; 169,000 -> 98,357 -> 98,400.
  EXPECT_DOUBLE_EQ(germany.entry, 60000);
  EXPECT_DOUBLE_EQ(germany.experienced, 98400);
  EXPECT_EQ(germany.source_id, "editorial");
  EXPECT_EQ(germany.basis, "Estimated from US pay (BLS) \u00D7 airisk's pay ratio for Germany (0,68) \u00D7 the exchange "
                           "rate; no occupation pay data for Germany");
}

TEST(pay_test, no_figures_and_no_us_range_give_no_presets) {
  core::Dataset d = load(with_pay_tables());
  core::Profession bare = d.professions()[0];
  bare.salaries.clear();
  EXPECT_FALSE(core::pay_presets(d, bare, *d.find_region("DE")));
}

// [SECTION] The legal minimum

// Known defect: US Data Analyst showed Data Scientist's figures ($82,630 to $155,810), as BLS
// counts both under SOC 15-2051. A job that sits lower in its code's range says where, and its
// presets in every region move there on a log-normal through the range's 25th and 75th.
TEST(pay_test, a_job_placed_in_its_codes_range_takes_those_percentiles_everywhere) {
  json document = with_pay_tables();
  document["professions"][0]["pay_percentiles"] = {{"entry", 10}, {"experienced", 50}, {"why", "analysts are its junior part"}};
  core::Dataset d = load(document);
  // US 103,050 / 169,000: the middle in logs is sqrt(103,050 x 169,000) = 131,969 (the median),
  // sigma = ln(169,000 / 103,050) / (2 x 0.67449) = 0.36665; the 10th is 131,969 x e^(-1.28155 x
  // 0.36665) = 82,545 -> 82,500.
  core::PayPresets us = presets_in(d, "US");
  EXPECT_DOUBLE_EQ(us.entry, 82500);
  EXPECT_DOUBLE_EQ(us.experienced, 132000);
  EXPECT_TRUE(us.estimated);
  EXPECT_EQ(us.basis, "BLS OEWS May 2024, 25th-75th percentile; " + d.professions()[0].name +
                          " from the 10th percentile to the median of that range, estimated on a log-normal: "
                          "analysts are its junior part");
  // A group estimate moves the same way: Germany's 72,100 / 118,000 give 57,800 / 92,200.
  core::PayPresets germany = presets_in(d, "DE");
  EXPECT_DOUBLE_EQ(germany.entry, 57800);
  EXPECT_DOUBLE_EQ(germany.experienced, 92200);
  for (const char* bad : {R"({"entry": 30, "experienced": 50, "why": "x"})", R"({"entry": 50, "experienced": 50, "why": "x"})",
                          R"({"entry": 10, "experienced": 50})", R"("lower")"}) {
    document["professions"][0]["pay_percentiles"] = json::parse(bad);
    EXPECT_FALSE(test::load_json(document).ok()) << bad;
  }
}

TEST(pay_test, minimum_yearly_rounds_up_to_whole_units) {
  core::MinimumWage gb;
  gb.rate = 12.71;
  gb.units_per_year = 1950;
  EXPECT_DOUBLE_EQ(core::minimum_yearly(gb), 24785) << "24,784.50 rounds up: a preset at the minimum is never under it";
  core::MinimumWage de;
  de.rate = 13.9;
  de.units_per_year = 2080;
  EXPECT_DOUBLE_EQ(core::minimum_yearly(de), 28912) << "13.9 x 2,080 is 28,912.000000000004 in binary";
}

TEST(pay_test, the_minimum_raises_a_preset_under_it_and_the_report_says_so) {
  json document = with_pay_tables();
  document["pay_by_occupation"] = json::array({german_survey_row(20000, 30000)});
  core::Dataset d = load(document);
  core::PayPresets germany = presets_in(d, "DE");
  EXPECT_DOUBLE_EQ(germany.entry, 28912);
  EXPECT_TRUE(germany.entry_at_minimum);
  EXPECT_DOUBLE_EQ(germany.experienced, 30000);
  EXPECT_FALSE(germany.experienced_at_minimum);
  EXPECT_EQ(germany.source_ids.back(), "mindestlohn") << "the minimum's source is listed once it binds";
  auto built = core::build_report(d, {"backend-developer", "DE", "", 0});
  ASSERT_TRUE(built.ok()) << built.error;
  EXPECT_EQ(built.report.text.presets_note,
            "A German survey, 25th-75th percentile. Entry raised to the legal minimum for full-time work, "
            "28.912\u00a0\u20ac a year (Mindestlohn, 13,90\u00a0\u20ac an hour, 40 hours a week).");

  document["pay_by_occupation"] = json::array({german_survey_row(20000, 25000)});
  auto both = core::build_report(load(document), {"backend-developer", "DE", "", 0});
  ASSERT_TRUE(both.ok());
  EXPECT_DOUBLE_EQ(both.report.presets->experienced, 28912);
  EXPECT_NE(both.report.text.presets_note.find(". Both raised to the legal minimum"), std::string::npos);
}

TEST(pay_test, a_typed_salary_under_the_legal_minimum_is_called_so) {
  core::Dataset d = load(with_pay_tables());
  core::PayPresets germany = presets_in(d, "DE");
  EXPECT_DOUBLE_EQ(core::full_time_floor(&germany), 28912) << "the minimum the presets carry, not a quarter of entry";
  auto check = core::check_salary(20000, *d.find_region("DE"), &germany);
  EXPECT_FALSE(check.plausible);
  EXPECT_EQ(check.message, "20.000\u00a0\u20ac a year is under a full-time year at the Mindestlohn in Germany.");
  core::PayPresets india = presets_in(d, "IN");  // no minimum in this dataset: a quarter of entry
  EXPECT_DOUBLE_EQ(core::full_time_floor(&india), 150000);
  EXPECT_NE(core::check_salary(100000, *d.find_region("IN"), &india).message.find("far under"), std::string::npos);
}

TEST(pay_test, a_preset_above_the_minimum_has_no_minimum_sentence) {
  core::Dataset d = load(with_pay_tables());
  auto built = core::build_report(d, {"backend-developer", "DE", "", 0});
  ASSERT_TRUE(built.ok());
  EXPECT_EQ(built.report.text.presets_note, "Estimated from German group pay.");
}

// [SECTION] The shipped dataset against the public reference data

namespace {

const core::Dataset& shipped() {
  static const core::Dataset dataset = core::load_dataset(core::embedded_dataset()).dataset;
  return dataset;
}

// The team keeps the reference data beside the repository (or at /work from a worktree);
// AIRISK_REFERENCE_DIR overrides. Empty when it is not on this machine.
std::string reference_file(const std::string& name) {
  std::vector<std::string> dirs;
  if (const char* dir = std::getenv("AIRISK_REFERENCE_DIR")) dirs.push_back(dir);
  dirs.push_back(std::string(AIRISK_DATASET_DIR) + "/../../shared/reference");
  dirs.push_back("/work/shared/reference");
  for (const auto& dir : dirs) {
    std::string path = dir + "/regional/" + name;
    if (std::ifstream(path)) return path;
  }
  return "";
}

// Rows of a CSV file as header -> field; fields may be quoted with doubled quotes inside.
std::vector<std::map<std::string, std::string>> read_csv(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::vector<std::string>> records;
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.emplace_back();
      } else {
        fields.back() += c;
      }
    }
    records.push_back(fields);
  }
  std::vector<std::map<std::string, std::string>> rows;
  for (size_t r = 1; r < records.size(); ++r) {
    std::map<std::string, std::string> row;
    for (size_t f = 0; f < records[0].size() && f < records[r].size(); ++f) row[records[0][f]] = records[r][f];
    rows.push_back(row);
  }
  return rows;
}

double floor_in(const core::Region& region) {
  const core::MinimumWage* minimum = shipped().find_minimum_wage(region.code);
  return minimum ? core::minimum_yearly(*minimum) : 0;
}

}  // namespace

TEST(pay_test, shipped_gb_presets_equal_ashe_full_time_percentiles) {
  const std::string path = reference_file("gb_ashe_2024p_soc2020_annual_pay_percentiles.csv");
  if (path.empty()) GTEST_SKIP() << "no reference data on this machine";
  std::map<std::string, std::map<std::string, std::string>> full_time;
  for (auto& row : read_csv(path)) {
    if (row["population"] == "full_time_employee_jobs") full_time[row["soc2020_code"]] = row;
  }
  const core::Dataset& d = shipped();
  const core::Region& gb = *d.find_region("GB");
  size_t checked = 0;
  for (const core::Profession& profession : d.professions()) {
    const core::OccupationPay* pay = d.find_occupation_pay(profession.soc_code, "GB");
    if (!pay || pay->source_id != "ons-ashe-2024" || !profession.pay_percentiles.as_published()) continue;
    const auto& ashe = full_time[pay->figures_code.empty() ? pay->code : pay->figures_code];
    ASSERT_FALSE(ashe.empty()) << profession.slug << ": SOC 2020 " << pay->code << " is not in ASHE";
    EXPECT_DOUBLE_EQ(pay->entry, std::stod(ashe.at("p25"))) << profession.slug;
    EXPECT_DOUBLE_EQ(pay->experienced, std::stod(ashe.at("p75"))) << profession.slug;
    auto presets = core::pay_presets(d, profession, gb);
    ASSERT_TRUE(presets) << profession.slug;
    // ASHE's figure, unless the legal minimum (April 2026) is above ASHE's April 2024 figure.
    EXPECT_DOUBLE_EQ(presets->entry, std::max(pay->entry, floor_in(gb))) << profession.slug;
    EXPECT_DOUBLE_EQ(presets->experienced, std::max(pay->experienced, floor_in(gb))) << profession.slug;
    EXPECT_EQ(presets->basis, pay->basis) << profession.slug;
    ++checked;
  }
  EXPECT_GE(checked, 250u) << "most professions map to an ASHE unit group";
}

TEST(pay_test, shipped_sg_presets_are_mom_percentiles_times_12) {
  const std::string path = reference_file("sg_mom_ows_2024_ssoc2020_monthly_wage_percentiles.csv");
  if (path.empty()) GTEST_SKIP() << "no reference data on this machine";
  std::map<std::string, std::map<std::string, std::string>> mom;
  for (auto& row : read_csv(path)) mom[row["ssoc2020_code"]] = row;
  size_t checked = 0;
  for (const core::OccupationPay& pay : shipped().pay_by_occupation) {
    if (pay.region_code != "SG" || pay.estimated) continue;  // estimated: the next test
    ASSERT_TRUE(mom.count(pay.code)) << pay.soc_code << ": SSOC " << pay.code;
    EXPECT_DOUBLE_EQ(pay.entry, 12 * std::stod(mom[pay.code]["gross_wage_p25"])) << pay.soc_code;
    EXPECT_DOUBLE_EQ(pay.experienced, 12 * std::stod(mom[pay.code]["gross_wage_p75"])) << pay.soc_code;
    ++checked;
  }
  EXPECT_GE(checked, 150u);
}

// Review finding: Singapore's QA engineer paid more than its backend developer (S$173,088 against
// S$162,084 experienced): MOM's ICT quality assurance specialists (SSOC 25151) spread from S$4,797
// to S$14,424 a month, quality managers with testers, while their median (S$7,666) is under
// software developers' (S$8,887). Their row is estimated from software developers' MOM figures and
// the US ratio of the two jobs' pay, and says so; it is the only estimated MOM row.
TEST(pay_test, shipped_singapore_qa_pays_less_than_singapore_backend_as_mom_medians_say) {
  const core::Dataset& d = shipped();
  const core::Region& sg = *d.find_region("SG");
  const auto qa = core::pay_presets(d, *d.find_profession("qa-engineer"), sg);
  const auto backend = core::pay_presets(d, *d.find_profession("backend-developer"), sg);
  ASSERT_TRUE(qa && backend);
  EXPECT_LT(qa->entry, backend->entry);
  EXPECT_LT(qa->experienced, backend->experienced);
  EXPECT_TRUE(qa->estimated);
  EXPECT_NE(qa->basis.find("estimated as MOM"), std::string::npos) << qa->basis;
  const core::OccupationPay* developers = d.find_occupation_pay("15-1252", "SG");
  ASSERT_TRUE(developers);
  // BLS OEWS May 2024: QA analysts and testers $79,520 / $131,870, software developers $103,050 / $169,000.
  EXPECT_NEAR(qa->entry, developers->entry * 79520.0 / 103050.0, 1.0);
  EXPECT_NEAR(qa->experienced, developers->experienced * 131870.0 / 169000.0, 1.0);
  size_t estimated = 0;
  for (const core::OccupationPay& pay : d.pay_by_occupation) estimated += pay.region_code == "SG" && pay.estimated;
  EXPECT_EQ(estimated, 1u);
}

// Data Analyst sits in the lower half of SOC 15-2051's range, where Data Scientist takes the
// range as published: in every region its presets are the lower ones.
TEST(pay_test, shipped_data_analyst_pays_less_than_data_scientist_in_every_region) {
  const core::Dataset& d = shipped();
  const core::Profession& analyst = *d.find_profession("data-analyst");
  const core::Profession& scientist = *d.find_profession("data-scientist");
  for (const core::Region& region : d.regions) {
    const auto a = core::pay_presets(d, analyst, region), s = core::pay_presets(d, scientist, region);
    ASSERT_TRUE(a && s) << region.code;
    EXPECT_LT(a->entry, s->entry) << region.code;
    EXPECT_LT(a->experienced, s->experienced) << region.code;
    EXPECT_TRUE(a->estimated) << region.code;
  }
  // BLS publishes 15-2051's 10th percentile and median: $63,650 and $112,590.
  const auto us = core::pay_presets(d, analyst, *d.find_region("US"));
  EXPECT_NEAR(us->entry, 63650, 0.05 * 63650);
  EXPECT_NEAR(us->experienced, 112590, 0.02 * 112590);
}

TEST(pay_test, shipped_no_preset_is_under_the_legal_minimum_in_any_region) {
  const core::Dataset& d = shipped();
  size_t raised = 0;
  for (const core::Region& region : d.regions) {
    const double floor = floor_in(region);
    EXPECT_TRUE(floor > 0 || region.code == "SG") << region.code << ": only Singapore has no general minimum wage";
    for (const core::Profession& profession : d.professions()) {
      auto presets = core::pay_presets(d, profession, region);
      ASSERT_TRUE(presets) << profession.slug << " in " << region.code;
      EXPECT_GE(presets->entry, floor) << profession.slug << " in " << region.code;
      EXPECT_GE(presets->experienced, presets->entry) << profession.slug << " in " << region.code;
      EXPECT_FALSE(presets->basis.empty()) << profession.slug << " in " << region.code;
      raised += presets->entry_at_minimum;
    }
  }
  EXPECT_GT(raised, 0u) << "low-paid jobs meet the minimum somewhere (GB cashiers, for one)";
}

TEST(pay_test, shipped_backend_developer_in_india_is_6_and_28_lpa) {
  auto built = core::build_report(shipped(), {"backend-developer", "IN", "", 0});
  ASSERT_TRUE(built.ok()) << built.error;
  EXPECT_DOUBLE_EQ(built.report.presets->entry, 600000);
  EXPECT_DOUBLE_EQ(built.report.presets->experienced, 2800000);
  EXPECT_EQ(built.report.text.entry_short, "6 LPA");
  EXPECT_EQ(built.report.text.experienced_short, "28 LPA");
}

// Field test: German presets were US pay moved by ILOSTAT's group mean, which kept each job's
// place in its US group: a backend developer 75,000-123,000 EUR. Germany's own occupational pay
// (the BA Entgeltatlas, KldB 2010) now sets them where a KldB occupation fits the job.
TEST(pay_test, shipped_german_presets_come_from_the_entgeltatlas) {
  const core::Dataset& d = shipped();
  auto presets = [&](const char* slug) { return *core::pay_presets(d, *d.find_profession(slug), *d.find_region("DE")); };
  for (const char* slug : {"backend-developer", "accountant", "electrician", "customer-service-representative",
                           "truck-driver"}) {
    const core::PayPresets p = presets(slug);
    EXPECT_EQ(p.source_id, "ba-entgeltatlas-2023") << slug;
    EXPECT_NE(p.basis.find("Entgeltatlas"), std::string::npos) << slug << ": " << p.basis;
    EXPECT_NE(p.basis.find("KldB 2010"), std::string::npos) << slug << ": " << p.basis;
  }
  // KldB 43414, software development, highly complex work: 4,703 EUR a month at the 25th
  // percentile; the 75th is above the contribution ceiling, so it is estimated (median² / 25th).
  EXPECT_DOUBLE_EQ(presets("backend-developer").entry, 4703.0 * 12);
  EXPECT_TRUE(presets("backend-developer").estimated);
  EXPECT_LT(presets("backend-developer").experienced, 100000);
  EXPECT_FALSE(presets("accountant").estimated) << "both quartiles published";
  // Field test: German teachers were the ILOSTAT group estimate, 42,100 EUR to start, where a
  // teacher starts at about 55,000. Most are civil servants, whom the Entgeltatlas leaves out; the
  // teachers employed under the public pay agreement are in it, at pay of the same order.
  EXPECT_EQ(presets("high-school-teacher").source_id, "ba-entgeltatlas-2023");
  EXPECT_DOUBLE_EQ(presets("high-school-teacher").entry, 4422.0 * 12);
  EXPECT_NE(presets("high-school-teacher").basis.find("civil servants"), std::string::npos)
      << presets("high-school-teacher").basis;
  EXPECT_EQ(presets("elementary-school-teacher").source_id, "ba-entgeltatlas-2023");
}

// Field test: in India a backend developer showed the brief's 6-28 LPA and a frontend, full-stack
// or mobile developer or AI engineer (the same SOC code) the group estimate, 8.1-13.3 LPA: a
// visitor comparing them saw a difference that was only the method's.
TEST(pay_test, shipped_software_developers_in_india_share_one_estimate) {
  const core::Dataset& d = shipped();
  for (const char* slug : {"backend-developer", "frontend-developer", "full-stack-developer", "mobile-app-developer",
                           "ai-engineer"}) {
    const core::PayPresets p = *core::pay_presets(d, *d.find_profession(slug), *d.find_region("IN"));
    EXPECT_DOUBLE_EQ(p.entry, 600000) << slug;
    EXPECT_DOUBLE_EQ(p.experienced, 2800000) << slug;
    EXPECT_TRUE(p.estimated) << slug;
    EXPECT_NE(p.basis.find("software developers in India"), std::string::npos) << slug << ": " << p.basis;
  }
}

TEST(pay_test, shipped_public_pay_scales_win_for_the_jobs_they_govern) {
  const core::Dataset& d = shipped();
  auto presets = [&](const char* slug, const char* region) {
    return *core::pay_presets(d, *d.find_profession(slug), *d.find_region(region));
  };
  // England's statutory starting salary (M1, outside London, 2025/26) and the top of the upper range.
  EXPECT_DOUBLE_EQ(presets("elementary-school-teacher", "GB").entry, 32916);
  EXPECT_DOUBLE_EQ(presets("elementary-school-teacher", "GB").experienced, 51048);
  EXPECT_EQ(presets("elementary-school-teacher", "GB").source_id, "stpcd-2025");
  // Agenda for Change 2025/26: Band 5 entry, Band 6 top.
  EXPECT_DOUBLE_EQ(presets("registered-nurse", "GB").entry, 31049);
  EXPECT_DOUBLE_EQ(presets("registered-nurse", "GB").experienced, 46580);
  // TVoeD-P (VKA, 2025): P7 step 2 and P8 step 6, 12 monthly payments.
  EXPECT_DOUBLE_EQ(presets("registered-nurse", "DE").entry, 3415.0 * 12);
  EXPECT_DOUBLE_EQ(presets("registered-nurse", "DE").experienced, 4367.0 * 12);
}

// Field test: "8000" for a backend developer in the US was offered as an hourly wage of
// $14,312,000 a year, and "45k" in India as ₹10,72,35,000: a monthly salary is what was meant.
// Of the readings that land in the plausible range, the one nearest the job's usual pay is offered.
TEST(pay_test, the_reading_offered_is_the_one_nearest_the_jobs_usual_pay) {
  static const core::Dataset d = core::load_dataset(core::embedded_dataset()).dataset;
  auto check = [&](const char* slug, double typed, const char* region) {
    auto built = core::build_report(d, {slug, region, "", 0});
    if (!built.ok() || !built.report.presets) {
      ADD_FAILURE() << slug << " in " << region << " has no report with presets";
      return core::SalaryPlausibility{};
    }
    return core::check_salary(typed, *built.report.region, &*built.report.presets);
  };
  EXPECT_EQ(check("backend-developer", 8000, "US").suggestion_text, "As a monthly salary that is $96,000 a year.");
  for (const auto& [typed, region] : std::vector<std::pair<double, const char*>>{{45000, "IN"}, {300000, "JP"}, {30000, "PH"}}) {
    const auto result = check("backend-developer", typed, region);
    ASSERT_TRUE(result.suggestion) << typed << " in " << region;
    EXPECT_EQ(result.suggestion->reading, "As a monthly salary") << typed << " in " << region << ": " << result.suggestion_text;
  }
  // "120" from a developer is nearer $120,000 than an hourly $214,680; from a surgeon, the hourly wage.
  EXPECT_EQ(check("backend-developer", 120, "US").suggestion_text, "In thousands that is $120,000 a year.");
  EXPECT_EQ(check("general-surgeon", 120, "US").suggestion_text.substr(0, 17), "As an hourly wage");
  EXPECT_EQ(check("cashier", 20, "US").suggestion_text.substr(0, 17), "As an hourly wage");
}
