// The card driven headless from outside ImGui, as the platform drives it: started from a link,
// given host attributes and mirror controls, drawn a frame at a time, and read back from its
// state and its mirror. Shared by the app's state tests.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/fonts.h"
#include "core/embedded_dataset.h"
#include "imgui.h"

using namespace airisk;
using nlohmann::json;

class AppStateTest : public ::testing::Test {
 protected:
  void SetUp() override { start(""); }
  void TearDown() override { ImGui::DestroyContext(); }

  void start(const std::string& link, const std::string& page_url = "") {
    const bool fonts_built = ImGui::GetCurrentContext() != nullptr;
    if (!fonts_built) ImGui::CreateContext();
    app::AppConfig config;
    config.loaded = core::load_dataset(core::embedded_dataset(), false, core::LoadDetail::kOnOpen);
    config.link = link;
    config.page_url = page_url;
    ASSERT_EQ(app::app_init(std::move(config)), "");
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

  // The one airisk:error fired since requests were last taken, parsed; null, with a failure
  // recorded, when there was not exactly one.
  json only_error() {
    const auto errors = requests_of(app::RequestKind::kError);
    if (errors.size() != 1) {
      ADD_FAILURE() << errors.size() << " errors fired, not 1";
      return nullptr;
    }
    return json::parse(errors[0].text);
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
