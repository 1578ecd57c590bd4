// The card's embedded dataset: an index read at start-up, each profession's record read when it
// is opened (lazy_bundle, LoadDetail::kOnOpen).
#include <gtest/gtest.h>

#include <sstream>

#include "core/dataset.h"
#include "core/embedded_dataset.h"
#include "core/risk.h"
#include "test_dataset.h"

using namespace airisk;
using nlohmann::json;

namespace {

std::string describe(const std::vector<core::Problem>& problems) {
  std::string out;
  for (const auto& p : problems) out += p.path + ": " + p.message + "\n";
  return out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += line + "\n";
  return text;
}

// The test dataset with a second profession, laid out lazily.
std::string two_profession_bundle() {
  return core::lazy_bundle(core::bundle_dataset({{"test.json", test::two_profession_dataset_json().dump()}}));
}

core::LoadResult load_on_open(const std::string& text) {
  return core::load_dataset({{"embedded", text}}, false, core::LoadDetail::kOnOpen);
}

const std::vector<core::DatasetDocument>& shipped_lazy() {
  static const std::vector<core::DatasetDocument> documents{
      {"embedded", core::lazy_bundle(core::bundle_dataset(core::embedded_dataset()))}};
  return documents;
}

}  // namespace

TEST(lazy_bundle_test, layout_is_a_first_line_an_index_the_late_tables_and_one_line_per_record_source_and_agent) {
  const json d = test::valid_dataset_json();
  const size_t sources = d["sources"].size(), agents = d["threat_agents"].size();
  const auto lines = lines_of(two_profession_bundle());
  ASSERT_EQ(lines.size(), 9u + sources + agents);
  EXPECT_EQ(lines[0], "airisk-bundle 5");
  const json index = json::parse(lines[1]);
  // The index lists only the professions' slugs: opening one needs no more.
  EXPECT_EQ(index["profession_slugs"], json::array({"backend-developer", "api-developer"}));
  EXPECT_FALSE(index.contains("professions"));
  // The tables opening a card does not need, one line each, out of the index. First the
  // summaries: what search and the catalog read, and the score; no tasks.
  EXPECT_FALSE(index.contains("job_titles"));
  EXPECT_FALSE(index.contains("pay_by_occupation"));
  EXPECT_FALSE(index.contains("pay_by_group"));  // a third of the index was pay outside the US
  const json summaries = json::parse(lines[2]);
  ASSERT_EQ(summaries.size(), 1u);
  ASSERT_EQ(summaries["professions"].size(), 2u);
  EXPECT_EQ(summaries["professions"][1]["name"], "API Developer");
  EXPECT_TRUE(summaries["professions"][0].contains("score"));
  EXPECT_FALSE(summaries["professions"][0].contains("tasks"));
  EXPECT_FALSE(summaries["professions"][0].contains("tagline"));
  EXPECT_EQ(json::parse(lines[3]).begin().key(), "job_titles");
  EXPECT_TRUE(json::parse(lines[3])["job_titles"].is_array());
  EXPECT_EQ(json::parse(lines[4]).begin().key(), "pay_by_occupation");
  EXPECT_EQ(json::parse(lines[5]).begin().key(), "occupation_groups");
  EXPECT_EQ(json::parse(lines[6]).begin().key(), "pay_by_group");
  EXPECT_EQ(json::parse(lines[7])["slug"], "backend-developer");
  EXPECT_EQ(json::parse(lines[8])["slug"], "api-developer");
  // Then each source and each threat agent on a line of its own: the index keeps only their ids,
  // so start-up does not parse the hundreds a report never cites.
  EXPECT_FALSE(index.contains("sources"));
  EXPECT_FALSE(index.contains("threat_agents"));
  ASSERT_EQ(index["source_ids"].size(), sources);
  ASSERT_EQ(index["threat_agent_ids"].size(), agents);
  for (size_t i = 0; i < sources; ++i) {
    EXPECT_EQ(json::parse(lines[9 + i]), d["sources"][i]);
    EXPECT_EQ(index["source_ids"][i], d["sources"][i]["id"]);
  }
  for (size_t i = 0; i < agents; ++i) {
    EXPECT_EQ(json::parse(lines[9 + sources + i]), d["threat_agents"][i]);
    EXPECT_EQ(index["threat_agent_ids"][i], d["threat_agents"][i]["id"]);
  }
  EXPECT_TRUE(core::lazy_bundle("{").empty());
  EXPECT_TRUE(core::lazy_bundle(R"({"professions": [{"slug": "x"}]})").empty()) << "not a valid dataset";
}

TEST(lazy_bundle_test, the_shipped_dataset_loads_the_same_whole_or_on_open) {
  // The bundle keeps only the job titles of its SOC codes: compare with the bundle as one document.
  const core::LoadResult documents =
      core::load_dataset({{"bundle", core::bundle_dataset(core::embedded_dataset())}});
  const core::LoadResult whole = core::load_dataset(shipped_lazy());
  const core::LoadResult on_open = core::load_dataset(shipped_lazy(), false, core::LoadDetail::kOnOpen);
  ASSERT_TRUE(whole.ok()) << describe(whole.problems);
  ASSERT_TRUE(on_open.ok()) << describe(on_open.problems);
  EXPECT_EQ(whole.dataset.records, nullptr);
  ASSERT_NE(on_open.dataset.records, nullptr);
  ASSERT_EQ(on_open.dataset.profession_list.size(), documents.dataset.professions().size());
  EXPECT_EQ(on_open.dataset.score_distribution, documents.dataset.score_distribution);
  // The late tables wait until something asks for one; until then a profession is its slug.
  ASSERT_NE(on_open.dataset.late_tables, nullptr);
  EXPECT_TRUE(on_open.dataset.job_titles.empty());
  EXPECT_TRUE(on_open.dataset.pay_by_occupation.empty());
  EXPECT_TRUE(on_open.dataset.pay_by_group.empty());
  for (size_t i = 0; i < on_open.dataset.profession_list.size(); ++i) {
    EXPECT_EQ(on_open.dataset.profession_list[i].slug, documents.dataset.professions()[i].slug);
    EXPECT_TRUE(on_open.dataset.profession_list[i].name.empty());
  }
  ASSERT_FALSE(documents.dataset.pay_by_occupation.empty());
  const core::OccupationPay& pay = documents.dataset.pay_by_occupation.front();
  const core::OccupationPay* found = on_open.dataset.find_occupation_pay(pay.soc_code, pay.region_code);
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->region_code, pay.region_code);
  EXPECT_EQ(on_open.dataset.late_tables, nullptr) << "read once";
  EXPECT_EQ(on_open.dataset.profession_list.front().name, documents.dataset.professions().front().name);
  EXPECT_EQ(on_open.dataset.job_titles.size(), documents.dataset.job_titles.size());
  EXPECT_EQ(on_open.dataset.pay_by_occupation.size(), documents.dataset.pay_by_occupation.size());
  EXPECT_EQ(on_open.dataset.occupation_groups.size(), documents.dataset.occupation_groups.size());
  EXPECT_EQ(on_open.dataset.pay_by_group.size(), documents.dataset.pay_by_group.size());
  EXPECT_FALSE(on_open.dataset.pay_by_group.empty());
  EXPECT_EQ(whole.dataset.late_tables, nullptr);
  EXPECT_EQ(whole.dataset.job_titles.size(), documents.dataset.job_titles.size());
  for (size_t i = 0; i < documents.dataset.professions().size(); ++i) {
    const core::Profession& expected = documents.dataset.professions()[i];
    const core::Profession& summary = on_open.dataset.professions()[i];
    // The summary: what search and listings read, the score, and nothing to parse later.
    EXPECT_EQ(summary.slug, expected.slug);
    EXPECT_EQ(summary.aliases, expected.aliases);
    EXPECT_EQ(summary.us_employment.count, expected.us_employment.count);
    EXPECT_NEAR(summary.score, core::risk_score(expected).score, 1e-9) << expected.slug;
    EXPECT_TRUE(summary.tasks.empty());
    for (const core::LoadResult* loaded : {&whole, &on_open}) {
      const core::Profession* opened = loaded->dataset.find_profession(expected.slug);
      ASSERT_NE(opened, nullptr) << expected.slug;
      ASSERT_EQ(opened->tasks.size(), expected.tasks.size()) << expected.slug;
      for (size_t t = 0; t < expected.tasks.size(); ++t) EXPECT_EQ(opened->tasks[t].ai_figure, expected.tasks[t].ai_figure);
      EXPECT_EQ(opened->tagline, expected.tagline);
      EXPECT_EQ(opened->salaries.size(), expected.salaries.size());
      EXPECT_EQ(opened->threats.size(), expected.threats.size());
      EXPECT_EQ(opened->default_plan_id, expected.default_plan_id);
      EXPECT_EQ(opened->score, summary.score);
    }
  }
}

TEST(lazy_bundle_test, a_source_or_threat_agent_is_read_when_first_looked_up) {
  const json d = test::valid_dataset_json();
  const core::LoadResult loaded = load_on_open(two_profession_bundle());
  ASSERT_TRUE(loaded.ok()) << describe(loaded.problems);
  ASSERT_NE(loaded.dataset.items, nullptr);
  EXPECT_TRUE(loaded.dataset.sources.empty());
  EXPECT_TRUE(loaded.dataset.threat_agents.empty());
  const std::string source_id = d["sources"].back()["id"];
  const core::Source* source = loaded.dataset.find_source(source_id);
  ASSERT_NE(source, nullptr);
  EXPECT_EQ(source->publisher, d["sources"].back()["publisher"]);
  EXPECT_EQ(loaded.dataset.find_source(source_id), source) << "read once, kept";
  const std::string agent_id = d["threat_agents"][0]["id"];
  const core::ThreatAgent* agent = loaded.dataset.find_threat_agent(agent_id);
  ASSERT_NE(agent, nullptr);
  EXPECT_EQ(agent->product, d["threat_agents"][0]["product"]);
  EXPECT_EQ(loaded.dataset.find_source("no-such-source"), nullptr);
  EXPECT_EQ(loaded.dataset.find_threat_agent(source_id), nullptr) << "a source's id is not an agent's";
  // The report of a profession finds every agent and source it names.
  const core::Profession* opened = loaded.dataset.find_profession("api-developer");
  ASSERT_NE(opened, nullptr);
  for (const auto& threat : opened->threats) EXPECT_NE(loaded.dataset.find_threat_agent(threat.agent_id), nullptr);
}

TEST(lazy_bundle_test, an_item_line_that_cannot_be_read_is_as_good_as_unknown) {
  const json d = test::valid_dataset_json();
  auto lines = lines_of(two_profession_bundle());
  const size_t first_source = 9;
  const std::string broken_id = d["sources"][0]["id"];
  lines[first_source] = "{\"id\": \"" + broken_id + "\", \"kind\": 7}";  // no longer a source
  const core::LoadResult loaded = load_on_open(joined(lines));
  ASSERT_TRUE(loaded.ok()) << describe(loaded.problems) << "items are read when looked up";
  EXPECT_EQ(loaded.dataset.find_source(broken_id), nullptr);
  EXPECT_EQ(loaded.dataset.find_source(broken_id), nullptr) << "and stays so";
  // Read whole (airisk validate), the same line is a problem with its place.
  const core::LoadResult whole = core::load_dataset({{"embedded", joined(lines)}}, false);
  EXPECT_NE(describe(whole.problems).find("embedded: sources 1 ($.sources[0])"), std::string::npos)
      << describe(whole.problems);
  // A line missing: the count no longer matches the index.
  lines.pop_back();
  EXPECT_NE(describe(load_on_open(joined(lines)).problems).find("per threat agent"), std::string::npos);
}

TEST(lazy_bundle_test, a_record_is_read_once_and_only_when_opened) {
  const core::LoadResult loaded = load_on_open(two_profession_bundle());
  ASSERT_TRUE(loaded.ok()) << describe(loaded.problems);
  const core::Profession* first = loaded.dataset.find_profession("api-developer");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->name, "API Developer");
  EXPECT_FALSE(first->tasks.empty());
  EXPECT_EQ(loaded.dataset.find_profession("api-developer"), first) << "kept, not parsed again";
  EXPECT_EQ(loaded.dataset.whole_profession(1), first);
  EXPECT_EQ(loaded.dataset.whole_profession(2), nullptr);
  EXPECT_EQ(loaded.dataset.find_profession("nobody"), nullptr);
  // A copy of the dataset (the card keeps its own) shares the records read so far.
  const core::Dataset copy = loaded.dataset;
  EXPECT_EQ(copy.find_profession("api-developer"), first);
}

TEST(lazy_bundle_test, a_bad_record_is_a_problem_whole_and_a_closed_profession_on_open) {
  auto lines = lines_of(two_profession_bundle());
  json record = json::parse(lines[8]);
  record["tasks"][0]["ai_figure"] = "most";
  lines[8] = record.dump();
  const std::string text = joined(lines);
  const core::LoadResult whole = core::load_dataset({{"embedded", text}}, false);
  EXPECT_FALSE(whole.ok());
  ASSERT_FALSE(whole.problems.empty());
  EXPECT_EQ(whole.problems[0].path, "embedded: record 2 ($.professions[1]).tasks[0].ai_figure") << describe(whole.problems);
  const core::LoadResult on_open = load_on_open(text);
  EXPECT_TRUE(on_open.ok()) << "records are checked when opened";
  EXPECT_EQ(on_open.dataset.find_profession("api-developer"), nullptr) << "never shown half-read";
  EXPECT_NE(on_open.dataset.find_profession("backend-developer"), nullptr);

  lines[8] = "{not json";
  EXPECT_EQ(load_on_open(joined(lines)).dataset.find_profession("api-developer"), nullptr);
  EXPECT_FALSE(core::load_dataset({{"embedded", joined(lines)}}, false).ok());
}

TEST(lazy_bundle_test, a_bad_late_table_is_a_problem_whole_and_an_empty_table_on_open) {
  auto lines = lines_of(two_profession_bundle());
  lines[3] = R"({"job_titles": [{"soc": "nonsense"}]})";
  const core::LoadResult whole = core::load_dataset({{"embedded", joined(lines)}}, false);
  EXPECT_FALSE(whole.ok());
  EXPECT_NE(describe(whole.problems).find("embedded: $.job_titles[0]"), std::string::npos) << describe(whole.problems);
  const core::LoadResult on_open = load_on_open(joined(lines));
  EXPECT_TRUE(on_open.ok()) << "late tables are read when asked for";
  EXPECT_EQ(on_open.dataset.find_job_titles("15-1252"), nullptr);
  EXPECT_NE(on_open.dataset.find_profession("backend-developer"), nullptr) << "the rest of the card opens";
  // A line that is not the table its place holds.
  lines = lines_of(two_profession_bundle());
  std::swap(lines[3], lines[4]);
  const core::LoadResult swapped = core::load_dataset({{"embedded", joined(lines)}}, false);
  EXPECT_NE(describe(swapped.problems).find("embedded: job_titles: must be one line holding only the table \"job_titles\""),
            std::string::npos)
      << describe(swapped.problems);
  // No late tables at all.
  lines = lines_of(two_profession_bundle());
  lines.resize(2);
  EXPECT_FALSE(load_on_open(joined(lines)).ok());
}

TEST(lazy_bundle_test, records_must_match_the_index) {
  auto lines = lines_of(two_profession_bundle());
  // Swapped records: each would open the other profession.
  std::swap(lines[7], lines[8]);
  const core::LoadResult swapped = load_on_open(joined(lines));
  EXPECT_EQ(swapped.dataset.find_profession("backend-developer"), nullptr);
  const core::LoadResult swapped_whole = core::load_dataset({{"embedded", joined(lines)}}, false);
  EXPECT_FALSE(swapped_whole.ok());
  EXPECT_NE(describe(swapped_whole.problems).find("record 1 ($.professions[0]).slug: must be \"backend-developer\""),
            std::string::npos)
      << describe(swapped_whole.problems);
  // A record missing.
  lines.erase(lines.begin() + 8);
  const core::LoadResult short_one = load_on_open(joined(lines));
  EXPECT_FALSE(short_one.ok());
  const size_t items = lines.size() - 7;  // after the first line, the index and the 5 late tables
  EXPECT_NE(describe(short_one.problems)
                .find("must be one line per profession (2), then per source (" +
                      std::to_string(test::valid_dataset_json()["sources"].size()) + ") and per threat agent (" +
                      std::to_string(test::valid_dataset_json()["threat_agents"].size()) + ") of the index, not " +
                      std::to_string(items) + " lines in all"),
            std::string::npos)
      << describe(short_one.problems);
  // A score in the summaries that its record's tasks do not give.
  lines = lines_of(two_profession_bundle());
  json summaries = json::parse(lines[2]);
  summaries["professions"][0]["score"] = 99.5;
  lines[2] = summaries.dump();
  const core::LoadResult scored = core::load_dataset({{"embedded", joined(lines)}}, false);
  EXPECT_NE(describe(scored.problems).find("$.professions[0].score: must be the score of its record's tasks"),
            std::string::npos)
      << describe(scored.problems);
  // Summaries that are not the index's professions, in its order.
  lines = lines_of(two_profession_bundle());
  summaries = json::parse(lines[2]);
  std::swap(summaries["professions"][0], summaries["professions"][1]);
  lines[2] = summaries.dump();
  const core::LoadResult reordered = core::load_dataset({{"embedded", joined(lines)}}, false);
  EXPECT_NE(describe(reordered.problems).find("embedded: $.profession_slugs: must list the slugs of the professions' summaries"),
            std::string::npos)
      << describe(reordered.problems);
  const core::LoadResult reordered_on_open = load_on_open(joined(lines));
  ASSERT_TRUE(reordered_on_open.ok()) << "summaries are read when asked for";
  EXPECT_EQ(reordered_on_open.dataset.professions()[0].slug, "backend-developer") << "the index's order holds";
  EXPECT_NE(reordered_on_open.dataset.find_profession("backend-developer"), nullptr);
  // An index without its slugs.
  lines = lines_of(two_profession_bundle());
  json index = json::parse(lines[1]);
  index.erase("profession_slugs");
  lines[1] = index.dump();
  EXPECT_NE(describe(load_on_open(joined(lines)).problems).find("embedded: $.profession_slugs: must list the slug"),
            std::string::npos);
  // An index that is not JSON.
  const core::LoadResult broken = load_on_open("airisk-bundle 5\n{\"professions\": [\n{}\n");
  EXPECT_FALSE(broken.ok());
  EXPECT_EQ(broken.problems[0].path, "embedded: index");
}

TEST(lazy_bundle_test, a_bundle_bundles_again_to_the_same) {
  // `airisk bundle build/dataset.json --only ...` reads the card's own layout, and ranks stay.
  const std::string text = two_profession_bundle();
  EXPECT_EQ(core::lazy_bundle(core::bundle_dataset({{"embedded", text}})), text);
  EXPECT_EQ(core::lazy_bundle(text), text);
  const std::string bundled = core::bundle_dataset({{"test.json", test::valid_dataset_json().dump()}});
  EXPECT_EQ(core::bundle_dataset({{"bundle.json", bundled}}), bundled) << "the score distribution is not doubled";
}

TEST(lazy_bundle_test, a_compiled_in_bundle_is_read_in_place_as_on_open) {
  static const std::string compiled_in = two_profession_bundle();
  const core::LoadResult loaded = core::load_compiled_in_bundle("embedded", compiled_in);
  ASSERT_TRUE(loaded.ok()) << describe(loaded.problems);
  ASSERT_NE(loaded.dataset.records, nullptr);
  EXPECT_TRUE(loaded.dataset.professions()[1].tasks.empty()) << "a summary";
  const core::Profession* api = loaded.dataset.find_profession("api-developer");
  ASSERT_NE(api, nullptr);
  EXPECT_EQ(api->tagline, "Connects systems through the interfaces it designs.");
  EXPECT_EQ(loaded.dataset.score_distribution.size(), 2u);
  // Data documents (no bundle layout) load as they always have.
  const core::LoadResult documents =
      core::load_compiled_in_bundle("test.json", test::valid_dataset_json().dump());
  ASSERT_TRUE(documents.ok()) << describe(documents.problems);
  EXPECT_EQ(documents.dataset.records, nullptr);
  EXPECT_FALSE(core::load_compiled_in_bundle("embedded", "airisk-bundle 5\n{").ok());
}

TEST(lazy_bundle_test, on_open_needs_one_bundle_checked_at_build_time) {
  const std::string text = two_profession_bundle();
  // With the rules across records asked for, every record is read.
  const core::LoadResult checked = core::load_dataset({{"embedded", text}}, true, core::LoadDetail::kOnOpen);
  ASSERT_TRUE(checked.ok()) << describe(checked.problems);
  EXPECT_EQ(checked.dataset.records, nullptr);
  EXPECT_FALSE(checked.dataset.professions()[0].tasks.empty());
}
