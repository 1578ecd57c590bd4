// The card's state from outside ImGui: host attributes, links, the embed code and the mirror's
// controls, driven through the app's one entry point and read back from its state and mirror.
// Each test reproduces something a careers-site integrator, a keyboard user or a phone saw.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <string>

#include "app/app.h"
#include "core/dataset.h"
#include "core/embedded_dataset.h"
#include "core/money.h"
#include "imgui.h"

using namespace airisk;
using nlohmann::json;

namespace {

class AppStateTest : public ::testing::Test {
 protected:
  void SetUp() override { start(""); }
  void TearDown() override { ImGui::DestroyContext(); }

  void start(const std::string& link) {
    const bool fonts_built = ImGui::GetCurrentContext() != nullptr;
    if (!fonts_built) ImGui::CreateContext();
    app::AppConfig config;
    config.dataset = core::embedded_dataset();
    config.link = link;
    config.dataset_validated = true;
    ASSERT_EQ(app::app_init(config), "");
    if (fonts_built) return;
    app::app_build_fonts(1.0f);
    unsigned char* pixels;
    int w, h;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  }

  void frame(float scroll = 0) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1024, 800);
    io.DeltaTime = 1.0f / 60;
    ImGui::NewFrame();
    app::app_frame({1024, 800, scroll, 1.0f});
    ImGui::Render();
  }

  json state() { return json::parse(app::app_state_json()); }

  std::string figure(const std::string& key) {
    frame();
    for (const auto& section : app::app_mirror().sections) {
      for (const auto& f : section.figures) {
        if (f.key == key) return f.text;
      }
    }
    return "<missing " + key + ">";
  }

  const app::MirrorControl* control(const std::string& id) {
    frame();
    for (const auto& section : app::app_mirror().sections) {
      for (const auto& c : section.controls) {
        if (c.id == id) return &c;
      }
    }
    return nullptr;
  }

  bool has_section(const std::string& id) {
    frame();
    for (const auto& section : app::app_mirror().sections) {
      if (section.id == id) return true;
    }
    return false;
  }

  std::vector<app::PlatformRequest> requests_of(app::RequestKind kind) {
    std::vector<app::PlatformRequest> out;
    for (auto& r : app::app_take_requests()) {
      if (r.kind == kind) out.push_back(r);
    }
    return out;
  }

  void attribute(const std::string& name, const std::optional<std::string>& value) { app::app_set_attribute(name, value); }

  // What `embedCode` says, as attributes, applied to a fresh card: the way a host pastes it.
  void reopen_from_embed_code(const std::string& snippet) {
    start("");
    size_t at = snippet.find("<ai-risk-card");
    ASSERT_NE(at, std::string::npos) << snippet;
    for (const char* name : {"profession", "region", "salary", "plan", "compare", "weights", "sections"}) {
      const std::string key = std::string(" ") + name + "=\"";
      size_t begin = snippet.find(key, at);
      if (begin == std::string::npos) continue;
      begin += key.size();
      attribute(name, snippet.substr(begin, snippet.find('"', begin) - begin));
    }
    // A boolean attribute: there, or not.
    const size_t end = snippet.find('>', at);
    const size_t hide = snippet.find(" hide-salary", at);
    if (hide != std::string::npos && hide < end) attribute("hide-salary", "");
  }

  std::vector<std::string> section_ids() {
    frame();
    std::vector<std::string> ids;
    for (const auto& section : app::app_mirror().sections) ids.push_back(section.id);
    return ids;
  }

  // The figure keys of every section, in the order a screen reader meets them.
  std::vector<std::string> figure_keys() {
    frame();
    std::vector<std::string> keys;
    for (const auto& section : app::app_mirror().sections) {
      for (const auto& f : section.figures) keys.push_back(f.key);
    }
    return keys;
  }
};

}  // namespace

TEST_F(AppStateTest, host_salary_is_what_the_field_and_figures_show) {
  attribute("profession", "data-analyst");
  attribute("region", "DE");
  attribute("salary", "55.000 \u20ac");
  EXPECT_EQ(figure("salary"), "55.000\u00a0\u20ac");
  const app::MirrorControl* field = control("salary");
  ASSERT_NE(field, nullptr);
  EXPECT_EQ(field->value, "55.000\u00a0\u20ac") << "the field must not show the experienced preset";
  EXPECT_FALSE(control("preset-experienced")->pressed);
  EXPECT_EQ(state()["salary"], 55000);
}

TEST_F(AppStateTest, unknown_profession_is_said_never_swapped) {
  app::app_take_requests();
  attribute("profession", "software-engineer");
  auto errors = requests_of(app::RequestKind::kError);
  ASSERT_EQ(errors.size(), 1u);
  json detail = json::parse(errors[0].text);
  EXPECT_EQ(detail["attribute"], "profession");
  EXPECT_EQ(detail["value"], "software-engineer");
  EXPECT_FALSE(detail["suggestions"].empty());
  EXPECT_TRUE(has_section("problem"));
  EXPECT_FALSE(has_section("tasks")) << "no other profession's report in its place";
  EXPECT_FALSE(has_section("cost"));
  EXPECT_NE(figure("profession"), "Backend Developer");
  // A suggestion opens that profession.
  const std::string first = detail["suggestions"][0];
  app::app_control("open-" + first, "");
  EXPECT_TRUE(has_section("tasks"));
  EXPECT_FALSE(has_section("problem"));
}

TEST_F(AppStateTest, a_job_ad_title_opens_its_profession_or_a_chooser) {
  attribute("job-title", "Sr. Software Engineer - Backend (Remote)");
  EXPECT_EQ(state()["profession"], "backend-developer");
  EXPECT_FALSE(has_section("problem"));
  attribute("job-title", "Registered Nurse - Night Shift (m/w/d)");
  EXPECT_EQ(state()["profession"], "registered-nurse");
  // A weak match is a chooser of the closest professions, not one of them shown as the answer.
  app::app_take_requests();
  attribute("job-title", "Engineer");
  auto errors = requests_of(app::RequestKind::kError);
  ASSERT_EQ(errors.size(), 1u);
  json detail = json::parse(errors[0].text);
  EXPECT_EQ(detail["attribute"], "job-title");
  EXPECT_GE(detail["suggestions"].size(), 2u);
  EXPECT_NE(std::string(detail["message"]).find("not sure"), std::string::npos) << detail.dump();
  EXPECT_TRUE(has_section("problem"));
  EXPECT_FALSE(has_section("tasks"));
  // Field test: the state, link and embed code named the profession before the chooser, so a
  // pasted embed code opened a report the visitor never saw; and no airisk:change fired.
  EXPECT_TRUE(state()["profession"].is_null()) << state().dump();
  EXPECT_TRUE(state()["link"].is_null());
  EXPECT_TRUE(state()["embedCode"].is_null());
  EXPECT_FALSE(state().contains("score"));
  app::app_set_attribute("job-title", "Registered Nurse");
  app::app_take_requests();
  attribute("job-title", "Engineer");
  EXPECT_EQ(requests_of(app::RequestKind::kStateChanged).size(), 1u) << "the chooser is a change of state";
  attribute("job-title", std::nullopt);
  EXPECT_EQ(requests_of(app::RequestKind::kStateChanged).size(), 1u) << "so is its end";
  EXPECT_EQ(state()["profession"], "registered-nurse");
  attribute("job-title", "Engineer");
  app::app_control("open-" + std::string(detail["suggestions"][1]), "");
  EXPECT_EQ(state()["profession"], detail["suggestions"][1]);
  EXPECT_FALSE(has_section("problem"));
}

TEST_F(AppStateTest, unknown_profession_in_a_link_is_said_too) {
  start("#v=1&p=software-engineer&r=DE");
  EXPECT_TRUE(has_section("problem"));
  EXPECT_FALSE(has_section("tasks"));
}

TEST_F(AppStateTest, unknown_region_and_plan_offer_the_closest) {
  app::app_take_requests();
  attribute("region", "Germny");
  EXPECT_EQ(requests_of(app::RequestKind::kError).size(), 1u);
  EXPECT_NE(control("suggest-region-DE"), nullptr) << "Germany is offered";
  app::app_control("suggest-region-DE", "");
  EXPECT_EQ(state()["region"], "DE");
  EXPECT_FALSE(has_section("problem"));
  attribute("plan", "claude-prro");
  EXPECT_NE(control("suggest-plan-claude-pro"), nullptr);
}

TEST_F(AppStateTest, embed_code_reopens_a_german_salary_exactly) {
  attribute("region", "DE");
  app::app_control("salary", "120.000 \u20ac");
  const std::string snippet = state()["embedCode"];
  EXPECT_NE(snippet.find("salary=\"120.000\u00a0\u20ac\""), std::string::npos) << snippet;
  reopen_from_embed_code(snippet);
  EXPECT_EQ(state()["salary"], 120000);
  EXPECT_EQ(state()["region"], "DE");
}

// Every region's number style x presets and typed salaries x plans x compare x weights: the
// link and the embed code each reopen exactly the same state.
TEST_F(AppStateTest, link_and_embed_code_round_trip_every_state) {
  const unsigned seed = std::random_device{}();
  std::printf("round-trip seed %u\n", seed);
  std::mt19937 random(seed);
  core::LoadResult loaded = core::load_dataset(core::embedded_dataset(), false);
  const core::Dataset& dataset = loaded.dataset;
  const double samples[] = {1234567, 2800000, 55000, 120000.5, 99999999, 7000.25, 31650};
  int checked = 0;
  for (const core::Region& region : dataset.regions) {
    for (int round = 0; round < 6; ++round) {
      start("");
      const core::Profession& p = dataset.professions[random() % dataset.professions.size()];
      attribute("profession", p.slug);
      attribute("region", region.code);
      const int kind = round % 4;
      if (kind == 0) app::app_control("preset-entry", "");
      if (kind == 1) app::app_control("preset-experienced", "");
      if (kind >= 2) {
        const double typed = samples[random() % std::size(samples)] * (kind == 2 ? 1 : region.usd_rate.units_per_usd / 50);
        const double amount = std::round(typed * 100) / 100;
        app::app_control("salary", core::format_number(amount, 2, region.number_style) + " " + region.currency);
      }
      if (random() % 2) app::app_control("plan", dataset.plans[random() % dataset.plans.size()].id);
      if (random() % 3 == 0) {
        const core::Profession& other = dataset.professions[random() % dataset.professions.size()];
        if (other.slug != p.slug) app::app_control("compare-" + other.slug, "");
      }
      if (random() % 2) {
        app::app_control("weight-" + p.tasks[random() % p.tasks.size()].id, std::to_string(random() % 101));
      }
      const json before = state();
      const std::string link = before["link"];
      start(link);
      EXPECT_EQ(state(), before) << "link " << link;
      reopen_from_embed_code(before["embedCode"]);
      json reopened = state();
      EXPECT_EQ(reopened, before) << "embed code " << std::string(before["embedCode"]);
      ++checked;
    }
  }
  EXPECT_EQ(checked, 6 * static_cast<int>(dataset.regions.size()));
}

TEST_F(AppStateTest, region_change_keeps_a_typed_salary_converted) {
  attribute("region", "DE");
  app::app_control("salary", "70.000 \u20ac");
  app::app_control("region", "FR");
  EXPECT_EQ(state()["salary"], 70000) << "same currency: the typed salary stays";
  app::app_control("region", "IN");
  EXPECT_GT(double(state()["salary"]), 5e6) << "converted to rupees, not the preset";
  EXPECT_NE(figure("salary_conversion").find("converted"), std::string::npos) << figure("salary_conversion");
}

TEST_F(AppStateTest, an_attribute_changes_only_what_it_names_and_removal_restores_the_default) {
  attribute("region", "DE");
  attribute("salary", "55000");
  attribute("plan", "claude-pro");
  attribute("region", "FR");
  EXPECT_EQ(state()["salary"], 55000) << "the region attribute must not drop the salary";
  EXPECT_EQ(state()["plan"], "claude-pro");
  attribute("salary", std::nullopt);
  EXPECT_TRUE(state()["salary"].is_null()) << "removed salary: the preset";
  attribute("plan", std::nullopt);
  EXPECT_NE(state()["plan"], "claude-pro");
  EXPECT_FALSE(std::string(state()["plan"]).empty()) << "the default plan is named, never empty";
  attribute("region", std::nullopt);
  EXPECT_EQ(state()["region"], "US");
}

TEST_F(AppStateTest, scrolling_is_not_a_change) {
  frame();
  app::app_take_requests();
  for (float scroll : {0.f, 600.f, 1400.f, 2600.f}) frame(scroll);
  EXPECT_TRUE(requests_of(app::RequestKind::kLinkChanged).empty());
  frame(2600);
  EXPECT_TRUE(requests_of(app::RequestKind::kStateChanged).empty());
  EXPECT_EQ(std::string(state()["link"]).find("sec="), std::string::npos);
}

TEST_F(AppStateTest, non_latin_search_of_any_length_never_breaks_the_mirror) {
  std::string query;
  for (int i = 0; i < 20; ++i) query += "\u0418\u043d\u0436\u0435\u043d\u0435\u0440 \u043f\u043e \u043e\u0445\u0440\u0430\u043d\u0435 ";
  app::app_control("search", query);
  frame();
  const std::string mirror = app::app_mirror().to_json();
  EXPECT_NO_THROW(json::parse(mirror));
  app::app_control("search", std::string("\xD0\x98\xD0", 3) + "\xFF\xFE");  // a cut character and stray bytes
  frame();
  EXPECT_NO_THROW(json::parse(app::app_mirror().to_json()));
  app::app_control("search", "acountant");
  frame();
  EXPECT_NE(control("open-accountant"), nullptr) << "typo-tolerant search still works after";
}

TEST_F(AppStateTest, implausible_salaries_are_said_with_the_likely_meaning) {
  app::app_control("salary", "120");
  EXPECT_EQ(state()["salary"], 120) << "still computed as typed";
  const std::string check = figure("salary_check");
  EXPECT_NE(check.find("hourly"), std::string::npos) << check;
  EXPECT_NE(check.find("$214,680"), std::string::npos) << check;
  app::app_control("salary-suggestion", "");
  EXPECT_EQ(state()["salary"], 214680);
  EXPECT_EQ(figure("salary_check"), "<missing salary_check>");
  app::app_control("salary", "28 LPA");
  EXPECT_LT(double(state()["salary"]), 40000) << "28 lakh rupees converted to dollars, not $2.8M";
}

TEST_F(AppStateTest, personal_shares_add_up_to_100_and_the_rows_show_them) {
  app::app_control("weight-api-endpoints", "97");
  frame();
  int total = 0;
  for (const auto& section : app::app_mirror().sections) {
    for (const auto& c : section.controls) {
      if (c.id.rfind("weight-", 0) == 0) total += std::stoi(c.value);
    }
  }
  // The personalise panel is closed; the task figures carry the shares in use.
  for (const auto& section : app::app_mirror().sections) {
    for (const auto& f : section.figures) {
      if (f.key == "task-api-endpoints") {
        EXPECT_NE(f.text.find("97% of time"), std::string::npos) << f.text;
      }
    }
  }
  app::app_control("personalise", "");
  frame();
  total = 0;
  for (const auto& section : app::app_mirror().sections) {
    for (const auto& c : section.controls) {
      if (c.id.rfind("weight-", 0) == 0) total += std::stoi(c.value);
    }
  }
  EXPECT_EQ(total, 100);
}

TEST_F(AppStateTest, a_bad_link_notice_survives_start_up) {
  start("#v=1&p=registered-nurse&plan=nope");
  app::app_control("theme", "dark");
  app::app_set_attribute("accent", "#0a7");
  EXPECT_NE(figure("link_notice").find("plan"), std::string::npos) << figure("link_notice");
}

TEST_F(AppStateTest, the_state_names_the_plan_in_use_and_one_live_sentence_has_labels) {
  EXPECT_FALSE(std::string(state()["plan"]).empty());
  frame();
  const std::string live = app::app_mirror().live;
  EXPECT_NE(live.find("salary $"), std::string::npos) << live;
  EXPECT_NE(live.find("score"), std::string::npos) << live;
}

TEST_F(AppStateTest, compare_from_a_search_result_shows_both) {
  app::app_control("search", "registred nurse");
  ASSERT_NE(control("compare-registered-nurse"), nullptr);
  app::app_control("compare-registered-nurse", "");
  EXPECT_TRUE(has_section("compare"));
  EXPECT_EQ(figure("compare-right-name"), "Registered Nurse");
}

TEST_F(AppStateTest, field_test_findings_on_suggestions_slugs_and_long_values) {
  app::app_take_requests();
  attribute("region", "XX");
  auto errors = requests_of(app::RequestKind::kError);
  ASSERT_EQ(errors.size(), 1u);
  const json error = json::parse(errors[0].text);  // kept alive: a range-for over a temporary's member reads freed memory
  for (const auto& s : error["suggestions"]) {
    EXPECT_EQ(std::string(s).size(), 2u) << "a suggestion is a value a host can set: " << s;
  }
  attribute("profession", " Data Analyst ");
  EXPECT_EQ(state()["profession"], "data-analyst") << "slugs are read the way hosts write them";
  std::string long_value;
  for (int i = 0; i < 300; ++i) long_value += "Software Engineer ";
  attribute("profession", long_value);
  EXPECT_LT(std::string(state()["problem"]["message"]).size(), 200u) << "a host's value is never echoed whole";
  app::app_control("open-backend-developer", "");
  app::app_control("search", "acountant");
  app::app_control("search-submit", "");
  EXPECT_EQ(state()["profession"], "accountant") << "Enter in the search opens the first result";
  attribute("region", "NG");
  app::app_control("salary", "28 LPA");
  const double salary = state()["salary"];
  EXPECT_EQ(salary, std::round(salary)) << "a converted salary is kept in whole units";
}

TEST_F(AppStateTest, removing_the_profession_opens_the_default_and_the_embed_code_keeps_the_look) {
  attribute("profession", "data-analyst");
  attribute("profession", std::nullopt);
  EXPECT_EQ(state()["profession"], "backend-developer");
  attribute("theme", "dark");
  attribute("accent", "#0a7");
  const std::string snippet = state()["embedCode"];
  EXPECT_NE(snippet.find("theme=\"dark\""), std::string::npos) << snippet;
  EXPECT_NE(snippet.find("accent=\"#0a7\""), std::string::npos) << snippet;
}

// [SECTION] The headline first, and the host's choices of what shows

TEST_F(AppStateTest, the_score_grade_and_band_are_read_before_the_cost) {
  const std::vector<std::string> keys = figure_keys();
  const auto at = [&](const std::string& key) { return std::find(keys.begin(), keys.end(), key) - keys.begin(); };
  ASSERT_LT(at("headline"), static_cast<long>(keys.size()));
  EXPECT_LT(at("profession"), at("headline"));
  EXPECT_LT(at("headline"), at("score_range"));
  EXPECT_LT(at("score_range"), at("rank_pct"));
  EXPECT_LT(at("rank_pct"), at("salary")) << "the score comes before the cost comparison";
  EXPECT_LT(at("rank_pct"), at("ai_yearly"));
  EXPECT_EQ(std::count(keys.begin(), keys.end(), "score"), 1) << "the score is read once";
  const json s = state();
  const std::string headline = figure("headline");
  EXPECT_EQ(headline, std::to_string(s["score"].get<int>()) + " / 100 \u00B7 Grade " + s["grade"].get<std::string>() + " \u00B7 " +
                          figure("band") + " exposure");
  EXPECT_EQ(figure("personalised"), "<missing personalised>");
  std::string task;
  for (const auto& section : app::app_mirror().sections) {
    for (const auto& c : section.controls) {
      if (task.empty() && c.id.rfind("task-", 0) == 0) task = c.id.substr(5);
    }
  }
  ASSERT_FALSE(task.empty());
  app::app_control("weight-" + task, "80");
  EXPECT_NE(figure("personalised").find("your own time"), std::string::npos) << "a personalised score says so";
  EXPECT_NE(app::app_mirror().live.find("personalised"), std::string::npos) << app::app_mirror().live;
}

TEST_F(AppStateTest, sections_choose_and_order_what_follows_the_header) {
  EXPECT_EQ(section_ids(), (std::vector<std::string>{"header", "cost", "tasks", "threats", "timeline", "skills", "share", "catalog"}));
  attribute("sections", "tasks,threats,timeline,skills");
  EXPECT_EQ(section_ids(), (std::vector<std::string>{"header", "tasks", "threats", "timeline", "skills"}));
  EXPECT_EQ(figure("ratio"), "<missing ratio>") << "no cost comparison";
  EXPECT_EQ(control("salary"), nullptr);
  EXPECT_EQ(state()["sections"], json({"tasks", "threats", "timeline", "skills"}));
  attribute("sections", "Catalog, share,skills,timeline,threats,tasks,cost");
  EXPECT_EQ(section_ids(), (std::vector<std::string>{"header", "catalog", "share", "skills", "timeline", "threats", "tasks", "cost"}));
  attribute("sections", std::nullopt);
  EXPECT_EQ(section_ids(), (std::vector<std::string>{"header", "cost", "tasks", "threats", "timeline", "skills", "share", "catalog"}));
}

TEST_F(AppStateTest, an_unknown_section_is_said_to_the_host_and_left_out) {
  app::app_take_requests();
  attribute("sections", "tasks,cots,skills");
  auto errors = requests_of(app::RequestKind::kError);
  ASSERT_EQ(errors.size(), 1u);
  const json detail = json::parse(errors[0].text);
  EXPECT_EQ(detail["attribute"], "sections");
  EXPECT_NE(std::string(detail["message"]).find("\u2018cots\u2019"), std::string::npos) << detail.dump();
  EXPECT_EQ(detail["suggestions"][0], "cost") << detail.dump();
  EXPECT_EQ(section_ids(), (std::vector<std::string>{"header", "tasks", "skills"}));
  EXPECT_FALSE(has_section("problem")) << "the card itself goes on";
  // Nothing known: every section shows, as with no attribute.
  attribute("sections", "pricing, <b>");
  EXPECT_EQ(requests_of(app::RequestKind::kError).size(), 1u);
  EXPECT_EQ(section_ids().size(), 8u);
  attribute("sections", "");
  EXPECT_EQ(section_ids().size(), 8u);
}

TEST_F(AppStateTest, a_link_to_a_hidden_section_opens_at_the_top) {
  start("#v=1&p=plumber&sec=cost");
  attribute("sections", "tasks,skills");
  app::app_take_requests();
  frame();
  frame();
  EXPECT_TRUE(requests_of(app::RequestKind::kScrollTo).empty());
  attribute("sections", std::nullopt);
  frame();
  EXPECT_TRUE(requests_of(app::RequestKind::kScrollTo).empty()) << "showing it later does not jump there";
}

TEST_F(AppStateTest, hide_salary_keeps_the_plan_cost_and_drops_the_person) {
  attribute("region", "IN");
  attribute("salary", "28 LPA");
  attribute("hide-salary", "");
  for (const char* hidden : {"salary", "preset-entry", "preset-experienced"}) EXPECT_EQ(control(hidden), nullptr) << hidden;
  for (const char* shown : {"region", "plan"}) EXPECT_NE(control(shown), nullptr) << shown;
  // Side by side where the salary was, on one line.
  const app::MirrorControl region = *control("region");
  const app::MirrorControl plan = *control("plan");
  EXPECT_EQ(region.y, plan.y);
  EXPECT_GT(plan.x, region.x + region.w);
  for (const char* figure_key : {"salary", "entry", "experienced", "ratio", "ai_pct_of_salary", "human_hourly",
                                 "break_even_hours_per_month"}) {
    EXPECT_EQ(figure(figure_key), "<missing " + std::string(figure_key) + ">") << figure_key;
  }
  EXPECT_EQ(figure("plan").substr(0, 10), "Anthropic ");
  EXPECT_NE(figure("ai_yearly").find("\u20B9"), std::string::npos) << "the plan's cost in rupees: " << figure("ai_yearly");
  EXPECT_NE(figure("ai_hourly"), "<missing ai_hourly>");
  EXPECT_EQ(figure("summary").find("28"), std::string::npos) << figure("summary");
  EXPECT_EQ(app::app_mirror().live.find("salary"), std::string::npos) << app::app_mirror().live;
  // The salary never leaves the card: not in the link, not in the embed code.
  const json s = state();
  EXPECT_EQ(std::string(s["link"]).find("&s="), std::string::npos) << s["link"];
  EXPECT_EQ(std::string(s["embedCode"]).find("salary="), std::string::npos) << s["embedCode"];
  EXPECT_NE(std::string(s["embedCode"]).find(" hide-salary"), std::string::npos) << s["embedCode"];
  EXPECT_EQ(s["hideSalary"], true);
  attribute("hide-salary", std::nullopt);
  EXPECT_NE(control("salary"), nullptr);
  EXPECT_EQ(figure("salary"), "\u20B928,00,000");
  EXPECT_NE(std::string(state()["link"]).find("&s=2800000"), std::string::npos) << state()["link"];
}

TEST_F(AppStateTest, hide_salary_leaves_the_comparison_without_salaries) {
  attribute("hide-salary", "");
  attribute("compare", "registered-nurse");
  EXPECT_EQ(figure("compare-right-name"), "Registered Nurse");
  EXPECT_EQ(figure("compare-right-salary"), "<missing compare-right-salary>");
  EXPECT_EQ(figure("compare-left-salary"), "<missing compare-left-salary>");
}

TEST_F(AppStateTest, the_embed_code_carries_the_hosts_choices_back) {
  attribute("profession", "registered-nurse");
  attribute("sections", "tasks, threats,cost");
  attribute("hide-salary", "");
  const std::string snippet = state()["embedCode"];
  EXPECT_NE(snippet.find(" sections=\"tasks,threats,cost\""), std::string::npos) << snippet;
  reopen_from_embed_code(snippet);
  EXPECT_EQ(section_ids(), (std::vector<std::string>{"header", "tasks", "threats", "cost"}));
  EXPECT_EQ(control("salary"), nullptr);
  EXPECT_EQ(state()["embedCode"], snippet);
  // The link is the visitor's state only: a card opened from it shows every section.
  start(state()["link"].get<std::string>());
  EXPECT_EQ(section_ids().size(), 8u);
}
