// Several cards in one program, as a page with several <ai-risk-card> elements runs them: one
// App and one ImGui context each, sharing one font atlas and one loaded dataset.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "app/app.h"
#include "core/embedded_dataset.h"
#include "imgui.h"

using namespace airisk;
using nlohmann::json;

namespace {

struct Card {
  app::App* app = nullptr;
  ImGuiContext* imgui = nullptr;
};

class AppInstancesTest : public ::testing::Test {
 protected:
  void TearDown() override {
    for (Card* card : {&first, &second}) {
      if (card->imgui) ImGui::DestroyContext(card->imgui);
      if (card->app) app::app_destroy(card->app);
    }
  }

  void select(const Card& card) {
    ImGui::SetCurrentContext(card.imgui);
    app::app_select(card.app);
  }

  Card start(const app::App* dataset_from, const std::string& link) {
    Card card{app::app_create(), ImGui::CreateContext(&atlas)};
    select(card);
    app::AppConfig config;
    if (dataset_from) {
      config.dataset_from = dataset_from;
    } else {
      config.loaded = core::load_dataset(core::embedded_dataset(), false, core::LoadDetail::kOnOpen);
    }
    config.link = link;
    EXPECT_EQ(app::app_init(std::move(config)), "");
    if (!atlas.IsBuilt()) {
      app::app_build_fonts(1.0f);
      unsigned char* pixels;
      int w, h;
      atlas.GetTexDataAsRGBA32(&pixels, &w, &h);
    } else {
      app::app_use_fonts();
    }
    return card;
  }

  void frame(const Card& card) {
    select(card);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(1024, 800);
    io.DeltaTime = 1.0f / 60;
    ImGui::NewFrame();
    app::app_frame({1024, 800, 0, 1.0f});
    ImGui::Render();
  }

  json state(const Card& card) {
    select(card);
    return json::parse(app::app_state_json());
  }

  ImFontAtlas atlas;
  Card first, second;
};

TEST_F(AppInstancesTest, two_cards_keep_their_own_state_and_theme) {
  first = start(nullptr, "#v=1&p=plumber");
  second = start(first.app, "#v=1&p=registered-nurse&r=IN");
  frame(first);
  frame(second);
  select(second);
  app::app_control("theme", "dark");
  app::app_set_attribute("salary", std::string("12 LPA"));
  frame(second);
  frame(first);
  EXPECT_EQ(state(first)["profession"], "plumber");
  EXPECT_EQ(state(first)["region"], "US");
  EXPECT_EQ(state(second)["profession"], "registered-nurse");
  EXPECT_EQ(state(second)["salary"], 1200000);
  select(first);
  const unsigned first_page = app::app_page_colour();
  const ImFontAtlas* first_atlas = ImGui::GetIO().Fonts;
  select(second);
  EXPECT_NE(app::app_page_colour(), first_page) << "the dark theme stayed with its card";
  EXPECT_EQ(ImGui::GetIO().Fonts, first_atlas) << "one font atlas for both";
}

TEST_F(AppInstancesTest, a_destroyed_card_leaves_the_other_working) {
  first = start(nullptr, "#v=1&p=plumber");
  second = start(first.app, "#v=1&p=electrician");
  ImGui::DestroyContext(first.imgui);
  app::app_destroy(first.app);
  first = {};
  // The shared dataset outlives the App that loaded it.
  frame(second);
  app::app_set_attribute("profession", std::string("accountant"));
  frame(second);
  EXPECT_EQ(state(second)["profession"], "accountant");
}

TEST_F(AppInstancesTest, a_card_sharing_a_broken_dataset_says_what_the_first_said) {
  first = {app::app_create(), ImGui::CreateContext(&atlas)};
  select(first);
  app::AppConfig broken;
  broken.loaded = core::load_dataset({{"broken.json", "{\"regions\": 5}"}}, true, core::LoadDetail::kOnOpen);
  const std::string error = app::app_init(std::move(broken));
  ASSERT_NE(error, "");
  second = {app::app_create(), ImGui::CreateContext(&atlas)};
  select(second);
  app::AppConfig config;
  config.dataset_from = first.app;
  EXPECT_EQ(app::app_init(config), error);
}

}  // namespace
