// The public job-title index (`airisk index`, dist/professions.json) against the real dataset and
// the resolver: what the file lists under a profession must open that profession, titles are
// job titles (not O*NET's plural occupation-group names), and every profession lists some.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "cli_run.h"
#include "core/dataset.h"
#include "core/embedded_dataset.h"
#include "core/search.h"
#include "core/title.h"

namespace {

using nlohmann::json;
namespace core = airisk::core;

// Whether the head noun of a title, as written, is a plural the matcher folds: the last word, or
// the word before "of" ("Appraisers and Assessors of Real Estate", not "Director of Operations").
// Acronyms ("RDMS") are not plurals.
bool head_is_plural(std::string text) {
  // The head comes before "of" ("Teachers of English"), and before the prepositions of the French
  // and Portuguese titles the table also holds ("Analyste de données", "Técnico em Edificações").
  for (const char* after_head : {" of ", " de ", " des ", " du ", " d'", " d\u2019", " do ", " da ", " dos ", " das ", " em ", " en "}) {
    if (const size_t at = text.find(after_head); at != std::string::npos) text.resize(at);
  }
  const size_t space = text.find_last_of(' ');
  const std::string head = text.substr(space == std::string::npos ? 0 : space + 1);
  const bool acronym = std::none_of(head.begin(), head.end(), [](unsigned char c) { return std::islower(c); });
  if (acronym || head.size() < 3 || head.back() != 's') return false;
  const std::string read = core::title_key(head);  // folds "Managers" to "manager"
  return read == core::title_key(head.substr(0, head.size() - 1)) || read == core::title_key(head.substr(0, head.size() - 2));
}

class title_index_test : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    loaded_ = new core::LoadResult(core::load_dataset(core::embedded_dataset()));
    search_ = new core::SearchIndex(loaded_->dataset);
    const airisk::test::Run r = airisk::test::run_json("index");
    index_ = new json(r.status == 0 ? json::parse(r.out, nullptr, false) : json());
  }
  static void TearDownTestSuite() {
    delete index_;
    delete search_;
    delete loaded_;
  }
  const core::Dataset& dataset() const { return loaded_->dataset; }
  const json& professions() const { return (*index_)["professions"]; }

  // The slug `airisk resolve` opens for a title, or "" when it would show a chooser.
  std::string opened(const std::string& title) const {
    const core::TitleResolution r = search_->resolve(title);
    return r.open_directly && r.best() ? dataset().professions()[r.best()->profession].slug : "";
  }
  std::string listed_under(const std::string& title) const {
    for (const auto& p : professions()) {
      for (const auto& t : p["job_titles"]) {
        if (t == title) return p["slug"];
      }
    }
    return "";
  }

  static core::LoadResult* loaded_;
  static core::SearchIndex* search_;
  static json* index_;
};
core::LoadResult* title_index_test::loaded_ = nullptr;
core::SearchIndex* title_index_test::search_ = nullptr;
json* title_index_test::index_ = nullptr;

TEST_F(title_index_test, every_listed_title_opens_its_profession) {
  ASSERT_TRUE(loaded_->ok());
  ASSERT_TRUE(index_->is_object()) << "airisk index failed";
  ASSERT_EQ(professions().size(), dataset().professions().size());
  int listed = 0, elsewhere = 0;
  std::ostringstream examples;
  for (const auto& p : professions()) {
    for (const auto& title : p["job_titles"]) {
      ++listed;
      const std::string got = opened(title.get<std::string>());
      if (got == p["slug"]) continue;
      if (++elsewhere <= 20) examples << "  \"" << title.get<std::string>() << "\" under " << p["slug"].get<std::string>()
                                      << " opens " << (got.empty() ? "a chooser" : got) << "\n";
    }
  }
  EXPECT_EQ(elsewhere, 0) << elsewhere << " of " << listed << " listed titles open another profession or none:\n"
                          << examples.str();
}

// A job title is what a person or an ad calls one job ("Forklift Operator"); O*NET's occupation
// names are plural group names ("Industrial Truck and Tractor Operators"), as are the table's
// `name`s; their singular ("Taxi Driver") is a job title. A title whose head noun is a plural the
// matcher folds is such a group name, whether O*NET's detailed occupation or a BLS code's.
TEST_F(title_index_test, titles_are_job_titles_not_occupation_groups) {
  auto lower = [](std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
  };
  std::set<std::string> group_names;
  for (const core::SocTitles& entry : dataset().job_titles) group_names.insert(lower(entry.name));
  int groups = 0, plurals = 0;
  std::ostringstream examples;
  for (const auto& p : professions()) {
    for (const auto& title : p["job_titles"]) {
      const std::string text = title.get<std::string>();
      const bool group = group_names.count(lower(text)) > 0 && text != p["name"];  // "Clergy" is both
      const bool plural = head_is_plural(text);
      groups += group;
      plurals += plural;
      if ((group || plural) && groups + plurals <= 20) {
        examples << "  \"" << text << "\" under " << p["slug"].get<std::string>() << (group ? " (an occupation's name)" : " (plural)") << "\n";
      }
    }
  }
  EXPECT_EQ(groups, 0) << examples.str();
  EXPECT_EQ(plurals, 0) << examples.str();
}

TEST_F(title_index_test, every_profession_lists_titles) {
  int none = 0;
  std::ostringstream examples;
  for (const auto& p : professions()) {
    if (!p["job_titles"].empty()) continue;
    if (++none <= 20) examples << " " << p["slug"].get<std::string>();
  }
  EXPECT_EQ(none, 0) << none << " professions list no title:" << examples.str();
}

// What reviewers found, each a case of the rules above.
TEST_F(title_index_test, reviewed_titles_are_where_they_belong) {
  EXPECT_EQ(listed_under("Dog Groomer"), opened("Dog Groomer"));
  EXPECT_NE(listed_under("Wind Energy Operations Managers"), "compliance-director");
  EXPECT_NE(opened("Wind Farm Manager"), "compliance-director") << "11-9199.09: no profession describes it";
  EXPECT_NE(listed_under("Industrial Truck and Tractor Operators"), "forklift-operator");
  EXPECT_EQ(opened("Carpenter Helper"), "carpentry-helper") << "Helpers--Carpenters is 47-3012";
  EXPECT_EQ(opened("Loss Prevention Officer"), "loss-prevention-specialist");
  EXPECT_EQ(opened("Telephone Operator"), "directory-assistance-operator") << "O*NET 43-2021 is Telephone Operators";
  EXPECT_EQ(opened("Switchboard Operator"), "switchboard-operator");
  EXPECT_EQ(listed_under("Cardiologist"), "cardiologist") << "a profession's name is its first title";
}

}  // namespace
