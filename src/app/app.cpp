// The report card: state, layout of the sections, and the events that change the state.
#include "app/app.h"

#include <algorithm>
#include <cstdio>

#include "app/fonts.h"
#include "app/sections.h"
#include "app/style.h"
#include "app/widgets.h"
#include "core/money.h"
#include "core/report.h"
#include "core/salary.h"
#include "imgui.h"

namespace airisk::app {
namespace {

struct App {
  core::Dataset dataset;
  core::ReportState state;
  core::ReportResult built;
  std::string fatal_error;  // the dataset or state could not be used; shown instead of the card
  SalaryField salary;
  HeaderState header;
  MirrorModel mirror;
  float content_height = 0;
};

App g_app;

void rebuild_report() {
  g_app.built = core::build_report(g_app.dataset, g_app.state);
  if (!g_app.built.ok()) g_app.fatal_error = g_app.built.error;
}

void show_salary_in_field() {
  std::snprintf(g_app.salary.buffer, sizeof g_app.salary.buffer, "%s", g_app.built.report.text.salary.c_str());
  g_app.salary.error.clear();
  g_app.salary.conversion.clear();
}

void set_salary_text(const std::string& typed) {
  const core::Region* region = g_app.dataset.find_region(g_app.state.region_code);
  if (!region) return;
  core::SalaryParse parsed = core::parse_salary(typed, *region, g_app.dataset);
  if (!parsed.ok) {
    // Keep the last good salary on the card; say why this text was not taken.
    g_app.salary.error = parsed.error;
    return;
  }
  g_app.salary.error.clear();
  g_app.salary.conversion.clear();
  g_app.state.salary_yearly = parsed.yearly;
  rebuild_report();
  if (parsed.converted) {
    const core::Region* typed_region = nullptr;
    for (const auto& r : g_app.dataset.regions) {
      if (r.currency == parsed.typed_currency) typed_region = &r;
    }
    std::string typed_text = typed_region ? core::format_money(parsed.typed_yearly, *typed_region)
                                          : core::format_number(parsed.typed_yearly, 0, core::NumberStyle{});
    g_app.salary.conversion = "Read as " + typed_text + " " + parsed.typed_currency + ", converted to " +
                              g_app.built.report.text.salary + " at the dated rate.";
  }
}

void use_preset(bool experienced) {
  const core::Report& r = g_app.built.report;
  if (!r.presets) return;
  g_app.state.salary_yearly = experienced ? r.presets->experienced : r.presets->entry;
  rebuild_report();
  show_salary_in_field();
}

void draw_fatal_error(float width) {
  Panel panel(width, spacing::kPanelPadding);
  kicker("AI AUTOMATION RISK REPORT");
  text_wrapped(fonts().heading, theme().text, "This report card could not be shown");
  text_wrapped(fonts().body, theme().muted, g_app.fatal_error);
  MirrorSection& mirror = g_app.mirror.section("error", "This report card could not be shown", 1);
  mirror.figures.push_back({"error", "Problem", g_app.fatal_error, true});
}

}  // namespace

std::string app_init(const AppConfig& config) {
  g_app = App();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the card keeps no settings between visits
  // A blinking cursor would need frames while idle; the card draws only when something changes.
  io.ConfigInputTextCursorBlink = false;
  apply_style();
  core::LoadResult loaded = core::load_dataset(config.dataset);
  if (!loaded.ok()) {
    g_app.fatal_error = "The embedded dataset is invalid: " + loaded.problems.front().path + ": " +
                        loaded.problems.front().message;
    return g_app.fatal_error;
  }
  g_app.dataset = std::move(loaded.dataset);
  g_app.state.profession_slug = config.profession_slug;
  g_app.state.region_code = config.region_code;
  rebuild_report();
  if (!g_app.fatal_error.empty()) return g_app.fatal_error;
  show_salary_in_field();
  return {};
}

void app_build_fonts(float device_pixel_ratio) { build_fonts(device_pixel_ratio); }

void app_event(const AppEvent& event) {
  if (!g_app.fatal_error.empty()) return;
  switch (event.kind) {
    case AppEventKind::kSetSalaryText:
      set_salary_text(event.value);
      break;
    case AppEventKind::kUseEntryPreset:
      use_preset(false);
      break;
    case AppEventKind::kUseExperiencedPreset:
      use_preset(true);
      break;
    case AppEventKind::kSetRegion:
      if (g_app.dataset.find_region(event.value) && event.value != g_app.state.region_code) {
        // A salary typed in one currency means nothing in another: start from the region's preset.
        g_app.state.region_code = event.value;
        g_app.state.salary_yearly = 0;
        rebuild_report();
        show_salary_in_field();
      }
      break;
    case AppEventKind::kToggleMethod:
      g_app.header.method_open = !g_app.header.method_open;
      break;
    case AppEventKind::kSetPlan:
      if (g_app.dataset.find_plan(event.value)) {
        g_app.state.plan_id = event.value;
        rebuild_report();
      }
      break;
  }
}

FrameResult app_frame(const Viewport& viewport) {
  g_app.mirror.clear();
  const bool narrow = viewport.width < spacing::kNarrowWidth;
  const float padding = narrow ? spacing::kPagePaddingNarrow : spacing::kPagePadding;
  const float content_width = std::min(spacing::kMaxContentWidth, viewport.width - 2 * padding);
  const float left = std::max(padding, (viewport.width - content_width) / 2);

  // The whole card is one undecorated window as tall as its content, moved up by the page's
  // scroll: the page scrolls, never the card.
  const float height = std::max(g_app.content_height, viewport.height);
  ImGui::SetNextWindowPos(ImVec2(0, -viewport.scroll_y));
  ImGui::SetNextWindowSize(ImVec2(viewport.width, height));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                 ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNav;
  ImGui::PushStyleColor(ImGuiCol_WindowBg, theme().page);
  ImGui::Begin("airisk-card", nullptr, flags);
  ImGui::PopStyleColor();
  ImGui::SetCursorPos(ImVec2(left, padding));
  ImGui::BeginGroup();
  if (!g_app.fatal_error.empty()) {
    draw_fatal_error(content_width);
  } else {
    SectionContext context{g_app.dataset, g_app.built.report, g_app.state, content_width, narrow, g_app.mirror,
                           [](const AppEvent& event) { app_event(event); }};
    draw_header(context, g_app.header);
    ImGui::Dummy(ImVec2(0, spacing::kSectionGap - ImGui::GetStyle().ItemSpacing.y));
    draw_cost(context, g_app.salary);
  }
  ImGui::EndGroup();
  g_app.content_height = ImGui::GetItemRectMax().y + viewport.scroll_y + padding;
  ImGui::End();
  return {g_app.content_height, false};
}

const MirrorModel& app_mirror() { return g_app.mirror; }

}  // namespace airisk::app
