#include "core/search.h"

#include <gtest/gtest.h>

using namespace airisk;

namespace {

core::Dataset make_dataset() {
  core::Dataset d;
  d.categories = {{"tech", "Tech & Engineering", 1.8}, {"health", "Healthcare", 1.1}};
  auto add = [&](std::string slug, std::string name, std::vector<std::string> aliases, std::string category,
                 std::string soc) {
    core::Profession p;
    p.slug = std::move(slug);
    p.name = std::move(name);
    p.aliases = std::move(aliases);
    p.category_id = std::move(category);
    p.soc_code = std::move(soc);
    d.profession_list.push_back(std::move(p));
  };
  add("backend-developer", "Backend Developer", {"API developer", "Server-side developer"}, "tech", "15-1252");
  add("frontend-developer", "Frontend Developer", {"UI developer"}, "tech", "15-1254");
  add("data-scientist", "Data Scientist", {}, "tech", "15-2051");
  add("registered-nurse", "Registered Nurse", {"RN"}, "health", "29-1141");
  return d;
}

std::vector<std::string> slugs(const core::Dataset& d, const std::vector<core::SearchHit>& hits) {
  std::vector<std::string> out;
  for (const auto& h : hits) out.push_back(d.professions()[h.profession].slug);
  return out;
}

}  // namespace

TEST(search_test, awkward_queries) {
  core::Dataset d = make_dataset();
  core::SearchIndex index(d);
  EXPECT_TRUE(index.search("").empty());
  EXPECT_TRUE(index.search("   ").empty());
  EXPECT_TRUE(index.search("!!!").empty());
  EXPECT_TRUE(index.search("zzzz").empty());
  EXPECT_TRUE(index.search("x").empty());
  EXPECT_EQ(core::normalise_for_search("  Back-End  Dev. "), "back end dev");

}

TEST(search_test, name_then_alias_then_prefix) {
  core::Dataset d = make_dataset();
  core::SearchIndex index(d);
  EXPECT_EQ(slugs(d, index.search("Backend Developer")).front(), "backend-developer");
  EXPECT_EQ(index.search("backend developer").front().score, 100);
  EXPECT_EQ(slugs(d, index.search("BACKEND")).front(), "backend-developer");
  auto api = index.search("API developer");
  ASSERT_FALSE(api.empty());
  EXPECT_EQ(slugs(d, api).front(), "backend-developer");
  EXPECT_EQ(api.front().matched, "API developer");
  // "developer" matches three names; they come back in name order at equal score.
  EXPECT_EQ(slugs(d, index.search("developer")),
            (std::vector<std::string>{"backend-developer", "frontend-developer"}));
}

TEST(search_test, typos_are_forgiven) {
  core::Dataset d = make_dataset();
  core::SearchIndex index(d);
  EXPECT_EQ(slugs(d, index.search("bakend")).front(), "backend-developer");
  EXPECT_EQ(slugs(d, index.search("backend develper")).front(), "backend-developer");
  EXPECT_EQ(slugs(d, index.search("registred nurse")).front(), "registered-nurse");
  EXPECT_EQ(slugs(d, index.search("data scienist")).front(), "data-scientist");
  EXPECT_EQ(slugs(d, index.search("nuse")).front(), "registered-nurse");
  EXPECT_TRUE(index.search("nrs").empty()) << "three letters need to be right";
}

TEST(search_test, soc_code_and_category) {
  core::Dataset d = make_dataset();
  core::SearchIndex index(d);
  EXPECT_EQ(slugs(d, index.search("15-1252")), std::vector<std::string>{"backend-developer"});
  EXPECT_EQ(slugs(d, index.search("29-")), std::vector<std::string>{"registered-nurse"});
  EXPECT_EQ(slugs(d, index.search("healthcare")), std::vector<std::string>{"registered-nurse"});
  EXPECT_EQ(index.in_category("tech").size(), 3u);
  EXPECT_TRUE(index.in_category("nothing").empty());
}

TEST(search_test, limit) {
  core::Dataset d = make_dataset();
  core::SearchIndex index(d);
  EXPECT_EQ(index.search("e", 2).size(), 0u) << "one letter is too little to match inside words";
  EXPECT_EQ(index.search("tech", 2).size(), 2u);
}

TEST(search_test, a_complete_word_is_not_begun) {
  core::Dataset d = make_dataset();
  core::Profession preschool = d.professions()[3];
  preschool.slug = "preschool-teacher";
  preschool.name = "Preschool Teacher";
  preschool.aliases = {"nursery teacher"};
  preschool.soc_code = "25-2011";
  d.profession_list.push_back(preschool);
  core::SearchIndex index(d);
  EXPECT_EQ(slugs(d, index.search("nurse")), std::vector<std::string>{"registered-nurse"}) << "nurse is not nursery";
  // Both begin with it; a nurse is what the word names, a nursery teacher is a teacher.
  EXPECT_EQ(slugs(d, index.search("nurs")), (std::vector<std::string>{"registered-nurse", "preschool-teacher"}));
  EXPECT_EQ(slugs(d, index.search("backe devel")).front(), "backend-developer") << "every word may be begun";
  EXPECT_EQ(slugs(d, index.search("Sr. Backend Developer (Remote)")).front(), "backend-developer");
  auto hit = index.search("RN").front();
  EXPECT_EQ(d.professions()[hit.profession].slug, "registered-nurse");
  EXPECT_EQ(hit.kind, core::MatchKind::kName) << "RN reads as registered nurse: the name itself";
  EXPECT_EQ(hit.score, 100);
}
