// The job-title table (data/tables/job_titles.json): its rules in the loader, the bundle, and
// how resolve() uses it, on small hand-made datasets.
#include <gtest/gtest.h>

#include "core/dataset.h"
#include "core/search.h"
#include "core/title_index.h"
#include "test_dataset.h"

using namespace airisk;
using nlohmann::json;

namespace {

// The valid test dataset plus a frontend developer sharing SOC 15-1252 and a title table.
json with_titles() {
  json d = test::valid_dataset_json();
  json frontend = d["professions"][0];
  frontend["slug"] = "frontend-developer";
  frontend["name"] = "Frontend Developer";
  frontend["aliases"] = {"UI developer"};
  frontend["tagline"] = "Another line.";
  frontend["tasks"][0]["reason"] = "Easy too.";
  frontend["tasks"][1]["reason"] = "Hard too.";
  for (auto& threat : frontend["threats"]) threat["does"] = std::string(threat["does"]) + " For frontends.";
  d["professions"].push_back(frontend);
  d["job_titles"] = json::array({
      {{"soc", "15-1252"}, {"name", "Software Developers"}, {"primary", "backend-developer"},
       {"onet_titles", {"Application Developer", "Software Developers"}},
       {"ad_titles", {"Software Engineer"}},
       {"specialisations", {{{"profession", "frontend-developer"}, {"titles", {"React Developer"}}}}}},
      {{"soc", "37-2011"}, {"name", "Janitors and Cleaners"}, {"onet_titles", {"Janitor", "Custodian"}}},
  });
  return d;
}

bool has_problem(const std::vector<core::Problem>& problems, const std::string& path, const std::string& fragment) {
  for (const auto& p : problems) {
    if (p.path == path && p.message.find(fragment) != std::string::npos) return true;
  }
  return false;
}

std::string dump(const std::vector<core::Problem>& problems) {
  std::string out;
  for (const auto& p : problems) out += p.path + ": " + p.message + "\n";
  return out;
}

std::string best_slug(const core::Dataset& d, const core::TitleResolution& r) {
  return r.best() ? d.professions()[r.best()->profession].slug : "";
}

}  // namespace

TEST(job_titles_test, table_loads) {
  core::LoadResult loaded = test::load_json(with_titles());
  ASSERT_TRUE(loaded.ok()) << dump(loaded.problems);
  const core::SocTitles* titles = loaded.dataset.find_job_titles("15-1252");
  ASSERT_NE(titles, nullptr);
  EXPECT_EQ(titles->primary_slug, "backend-developer");
  EXPECT_EQ(titles->onet_titles.size(), 2u);
  EXPECT_EQ(titles->ad_titles, std::vector<std::string>{"Software Engineer"});
  ASSERT_EQ(titles->specialisations.size(), 1u);
  EXPECT_EQ(titles->specialisations[0].profession_slug, "frontend-developer");
  EXPECT_EQ(loaded.dataset.find_job_titles("99-9999"), nullptr);
}

TEST(job_titles_test, rule_fields_and_formats) {
  json d = with_titles();
  d["job_titles"][0]["soc"] = "15-12";
  d["job_titles"][0]["bogus"] = 1;
  d["job_titles"][1]["onet_titles"] = {""};
  d["job_titles"][1].erase("name");
  auto problems = test::load_json(d).problems;
  EXPECT_TRUE(has_problem(problems, "test.json: $.job_titles[0].soc", "SOC 2018 code")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, "test.json: $.job_titles[0].bogus", "not a field")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, "test.json: $.job_titles[1].onet_titles[0]", "non-empty")) << dump(problems);
  EXPECT_TRUE(has_problem(problems, "test.json: $.job_titles[1].name", "missing")) << dump(problems);
}

TEST(job_titles_test, rule_a_shared_soc_needs_a_primary_of_its_own) {
  json d = with_titles();
  d["job_titles"][0].erase("primary");
  EXPECT_TRUE(has_problem(test::load_json(d).problems, "test.json: $.job_titles[0].primary", "2 professions share SOC 15-1252"));
  d["job_titles"][0]["primary"] = "nobody";
  EXPECT_TRUE(has_problem(test::load_json(d).problems, "test.json: $.job_titles[0].primary", "must name one of the professions"));
  d = with_titles();
  d["job_titles"][1]["primary"] = "backend-developer";
  EXPECT_TRUE(has_problem(test::load_json(d).problems, "test.json: $.job_titles[1].primary", "whose SOC is 15-1252"));
  d = with_titles();
  d["job_titles"][1]["specialisations"] = {{{"profession", "frontend-developer"}, {"titles", {"Floor Cleaner"}}}};
  EXPECT_TRUE(has_problem(test::load_json(d).problems, "test.json: $.job_titles[1].specialisations[0].profession", "whose SOC is 15-1252"));
}

TEST(job_titles_test, rule_a_title_leads_to_one_soc) {
  json d = with_titles();
  d["job_titles"][1]["onet_titles"].push_back("Sr. Software Engineer (Remote)");
  auto problems = test::load_json(d).problems;
  EXPECT_TRUE(has_problem(problems, "test.json: $.job_titles[1].onet_titles[2]", "gives SOC 15-1252")) << dump(problems);
  d = with_titles();
  d["job_titles"][1]["ad_titles"] = {"Backend Engineers"};  // a profession's alias, plural
  EXPECT_TRUE(has_problem(test::load_json(d).problems, "test.json: $.job_titles[1].ad_titles[0]", "backend engineer"));
  d = with_titles();
  d["job_titles"][0]["specialisations"][0]["titles"].push_back("Backend Engineer");  // backend's alias
  EXPECT_TRUE(has_problem(test::load_json(d).problems, "test.json: $.job_titles[0].specialisations[0].titles[1]",
                          "gives backend-developer"));
  d = with_titles();
  d["job_titles"][1]["onet_titles"].push_back("Janitors");
  EXPECT_TRUE(has_problem(test::load_json(d).problems, "test.json: $.job_titles[1].onet_titles[2]", "listed twice"));
  d = with_titles();
  d["job_titles"][1]["onet_titles"].push_back("Senior (m/w/d)");
  EXPECT_TRUE(has_problem(test::load_json(d).problems, "test.json: $.job_titles[1].onet_titles[2]", "no words left"));
  d = with_titles();
  d["job_titles"].push_back(d["job_titles"][1]);
  EXPECT_TRUE(has_problem(test::load_json(d).problems, "test.json: $.job_titles[2].soc", "repeats SOC 37-2011"));
}

TEST(job_titles_test, a_part_of_the_dataset_validates_alone) {
  // Only the backend developer: the primary names it, the specialisation's profession is absent.
  json d = with_titles();
  d["professions"].erase(1);
  EXPECT_TRUE(test::load_json(d).ok()) << dump(test::load_json(d).problems);
}

TEST(job_titles_test, bundle_keeps_the_titles_of_its_socs) {
  json d = with_titles();
  const std::string bundled = core::bundle_dataset({{"test.json", d.dump()}});
  json merged = json::parse(bundled);
  ASSERT_EQ(merged["job_titles"].size(), 1u) << "37-2011 has no profession";
  EXPECT_EQ(merged["job_titles"][0]["soc"], "15-1252");
  // Only the frontend developer kept: the primary falls to it, and the bundle still validates.
  core::BundleFilter only_frontend{{"frontend-developer"}, {}};
  json part = json::parse(core::bundle_dataset({{"test.json", d.dump()}}, only_frontend));
  EXPECT_FALSE(part["job_titles"][0].contains("primary"));
  const core::LoadResult loaded_part = core::load_dataset({{"part", part.dump()}});
  EXPECT_TRUE(loaded_part.ok()) << dump(loaded_part.problems);
}

TEST(job_titles_test, resolve_picks_the_specialisation_else_the_primary) {
  core::Dataset d = test::load_json(with_titles()).dataset;
  core::SearchIndex index(d);
  auto backend = index.resolve("Sr. Software Engineer - Backend (Remote)");
  EXPECT_EQ(best_slug(d, backend), "backend-developer");
  EXPECT_DOUBLE_EQ(backend.best()->confidence, 0.85) << "the note names the specialisation";
  EXPECT_EQ(backend.best()->kind, core::MatchKind::kSocTitle);
  EXPECT_TRUE(backend.open_directly);
  auto frontend = index.resolve("Software Engineer, Frontend");
  EXPECT_EQ(best_slug(d, frontend), "frontend-developer");
  auto plain = index.resolve("Software Developer II");
  EXPECT_EQ(best_slug(d, plain), "backend-developer");
  EXPECT_DOUBLE_EQ(plain.best()->confidence, 0.75) << "nothing names one: the primary";
  ASSERT_EQ(plain.matches.size(), 2u);
  EXPECT_EQ(d.professions()[plain.matches[1].profession].slug, "frontend-developer") << "the other of the SOC runs up";
  auto react = index.resolve("React Developer (m/w/d)");
  EXPECT_EQ(best_slug(d, react), "frontend-developer");
  EXPECT_DOUBLE_EQ(react.best()->confidence, 0.95);
  auto name = index.resolve("Backend Developer");
  EXPECT_DOUBLE_EQ(name.best()->confidence, 1.0);
  EXPECT_EQ(name.best()->kind, core::MatchKind::kName);
  EXPECT_EQ(name.read_as, "backend developer");
}

TEST(job_titles_test, resolve_says_when_the_match_is_weak_or_elsewhere) {
  core::Dataset d = test::load_json(with_titles()).dataset;
  core::SearchIndex index(d);
  auto nothing = index.resolve("Underwater Basket Weaver");
  EXPECT_EQ(nothing.best(), nullptr);
  EXPECT_FALSE(nothing.open_directly);
  EXPECT_NE(nothing.reason.find("no profession matches"), std::string::npos) << nothing.reason;
  auto janitor = index.resolve("Janitor - Night Shift");
  EXPECT_EQ(janitor.uncovered_soc, "37-2011");
  EXPECT_EQ(janitor.uncovered_soc_name, "Janitors and Cleaners");
  EXPECT_FALSE(janitor.open_directly);
  auto weak = index.resolve("Developer Evangelist");
  ASSERT_NE(weak.best(), nullptr);
  EXPECT_LT(weak.best()->confidence, core::kConfidentMatch);
  EXPECT_EQ(weak.best()->kind, core::MatchKind::kWords);
  EXPECT_FALSE(weak.open_directly);
  EXPECT_NE(weak.reason.find("weak"), std::string::npos) << weak.reason;
  auto typo = index.resolve("Bakend Developer");
  EXPECT_EQ(best_slug(d, typo), "backend-developer");
  EXPECT_LT(typo.best()->confidence, 1.0);
  auto code = index.resolve("15-1252");
  EXPECT_EQ(best_slug(d, code), "backend-developer");
  EXPECT_EQ(code.best()->kind, core::MatchKind::kSocCode);
  auto empty = index.resolve("");
  EXPECT_EQ(empty.best(), nullptr);
  EXPECT_FALSE(empty.open_directly);
}

// BLS counts home health and personal care aides as one code (31-1120) that O*NET describes as
// two (31-1121, 31-1122): the profession keeps the BLS code, and the parts' titles lead to it.
TEST(job_titles_test, an_aggregates_onet_parts_lead_to_its_profession) {
  json j = with_titles();
  json aide = j["professions"][0];
  aide["slug"] = "home-health-aide";
  aide["name"] = "Home Health Aide";
  aide["soc_code"] = "31-1120";
  aide["onet_soc_codes"] = {"31-1121", "31-1122"};
  aide["aliases"] = json::array();
  aide["tagline"] = "Care at home.";
  aide["tasks"][0]["reason"] = "Lifts.";
  aide["tasks"][1]["reason"] = "Bathes.";
  for (auto& threat : aide["threats"]) threat["does"] = std::string(threat["does"]) + " For aides.";
  j["professions"].push_back(aide);
  j["job_titles"].push_back({{"soc", "31-1121"}, {"name", "Home Health Aides"}, {"onet_titles", {"Home Care Aide", "Home Attendant"}}});
  j["job_titles"].push_back({{"soc", "31-1122"}, {"name", "Personal Care Aides"}, {"onet_titles", {"Caregiver"}}});
  core::LoadResult loaded = test::load_json(j);
  ASSERT_TRUE(loaded.ok()) << dump(loaded.problems);
  core::SearchIndex index(loaded.dataset);
  for (const char* title : {"Home Care Aide - Weekends", "Caregiver (PRN)", "Home Health Aide"}) {
    auto r = index.resolve(title);
    EXPECT_EQ(best_slug(loaded.dataset, r), "home-health-aide") << title;
    EXPECT_TRUE(r.uncovered_soc.empty()) << title;
  }
  // The bundle keeps the parts' titles, and a build without the aide drops them.
  json merged = json::parse(core::bundle_dataset({{"test.json", j.dump()}}));
  size_t parts = 0;
  for (const auto& entry : merged["job_titles"]) parts += entry["soc"] == "31-1121" || entry["soc"] == "31-1122";
  EXPECT_EQ(parts, 2u);
  core::BundleFilter no_aide{{"backend-developer"}, {}};
  json without = json::parse(core::bundle_dataset({{"test.json", j.dump()}}, no_aide));
  for (const auto& entry : without["job_titles"]) EXPECT_NE(entry["soc"], "31-1121");
  // A described job's own titles stay its own when an "All Other" code borrows its tasks.
  json borrower = j;
  borrower["professions"][2]["soc_code"] = "43-9199";
  borrower["professions"][2]["onet_soc_codes"] = {"15-1252"};
  core::LoadResult borrowed = test::load_json(borrower);
  ASSERT_TRUE(borrowed.ok()) << dump(borrowed.problems);
  core::SearchIndex borrowed_index(borrowed.dataset);
  EXPECT_EQ(best_slug(borrowed.dataset, borrowed_index.resolve("Application Developer")), "backend-developer");
}

TEST(job_titles_test, resolve_reports_two_socs_that_match_alike) {
  json j = with_titles();
  json writer = j["professions"][0];
  writer["slug"] = "technical-writer";
  writer["name"] = "Technical Writer";
  writer["soc_code"] = "27-3042";
  writer["aliases"] = json::array();
  writer["tagline"] = "Docs.";
  writer["tasks"][0]["reason"] = "Writes.";
  writer["tasks"][1]["reason"] = "Reads.";
  writer["us_employment"]["soc_group"] = false;
  j["professions"].push_back(writer);
  core::Dataset d = test::load_json(j).dataset;
  core::SearchIndex index(d);
  auto r = index.resolve("Technical Developer");
  ASSERT_GE(r.matches.size(), 2u);
  EXPECT_FALSE(r.open_directly);
}

// O*NET's titles of a detailed occupation one profession of a shared code describes: loaded as
// that profession's titles, and a specialisation needs some title.
TEST(job_titles_test, specialisation_onet_titles_lead_to_their_profession) {
  json j = with_titles();
  j["job_titles"][0]["specialisations"].push_back({{"profession", "frontend-developer"}, {"onet_titles", {"Web Interface Programmer"}}});
  core::LoadResult loaded = test::load_json(j);
  ASSERT_TRUE(loaded.ok()) << dump(loaded.problems);
  core::SearchIndex index(loaded.dataset);
  EXPECT_EQ(best_slug(loaded.dataset, index.resolve("Web Interface Programmer")), "frontend-developer");
  j["job_titles"][0]["specialisations"][1].erase("onet_titles");
  EXPECT_TRUE(has_problem(test::load_json(j).problems, "test.json: $.job_titles[0].specialisations[1].titles", "at least one title"));
  j["job_titles"][0]["specialisations"][1]["onet_titles"] = {"Backend Engineer"};  // backend's alias
  EXPECT_TRUE(has_problem(test::load_json(j).problems, "test.json: $.job_titles[0].specialisations[1].onet_titles[0]",
                          "gives backend-developer"));
}

// The public index lists a title under the profession resolve() opens for it, and nowhere else.
TEST(job_titles_test, index_lists_what_resolve_opens) {
  json j = with_titles();
  // A title of the code that is the frontend's alias opens the frontend, not the code's primary.
  j["job_titles"][0]["onet_titles"].push_back("UI Developer");
  core::LoadResult loaded = test::load_json(j);
  ASSERT_TRUE(loaded.ok()) << dump(loaded.problems);
  core::SearchIndex index(loaded.dataset);
  const auto listed = core::listed_job_titles(loaded.dataset, index);
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0], (std::vector<std::string>{"Backend Developer", "Application Developer", "Software Engineer"}))
      << "the name first; 'Software Developers' names the code's group, not a job";
  EXPECT_EQ(listed[1], (std::vector<std::string>{"Frontend Developer", "React Developer", "UI Developer"}));
  for (size_t p = 0; p < listed.size(); ++p) {
    for (const auto& title : listed[p]) {
      const core::TitleResolution r = index.resolve(title);
      EXPECT_TRUE(r.open_directly && r.best() && r.best()->profession == p) << title;
    }
  }
}
