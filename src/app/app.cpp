// The report card: state, layout of the sections, and the events that change the state.
#include "app/app.h"

#include <algorithm>
#include <cstdio>
#include <memory>

#include "app/app_state.h"
#include "app/fonts.h"
#include "app/sections.h"
#include "app/share_image.h"
#include "app/style.h"
#include "app/widgets.h"
#include "core/link.h"
#include "core/money.h"
#include "core/report.h"
#include "core/salary.h"
#include "core/utf8.h"
#include "imgui.h"
#include "imgui_internal.h"

namespace airisk::app {
namespace {

void draw_fatal_error(float width) {
  Panel panel(width, spacing::kPanelPadding);
  kicker("AI AUTOMATION RISK REPORT");
  text_wrapped(fonts().heading, theme().text, "This report card could not be shown");
  text_wrapped(fonts().body, theme().muted, app().fatal_error);
  MirrorSection& mirror = app().mirror.section("error", "This report card could not be shown", 1);
  mirror.figures.push_back({"error", "Problem", app().fatal_error});
}

// A link that names a section opens the card there, once the card is laid out. Scrolling is
// not a change of state: nothing is written back. `wanted_before`: the section this frame was
// asked for when it began; one asked for during the frame (Compare pressed on the canvas) is
// drawn in the next.
void scroll_to_linked_section(const std::string& wanted_before) {
  App& a = app();
  if (a.scroll_to_section.empty()) return;
  bool report_drawn = false;
  for (const auto& s : a.mirror.sections) {
    if (s.id == a.scroll_to_section && s.top > 0) {
      a.requests.push_back({RequestKind::kScrollTo, std::to_string(static_cast<int>(s.top)), s.id, ""});
      a.scroll_to_section.clear();
      return;
    }
    report_drawn = report_drawn || s.id == "header";
  }
  // A section the host leaves out is not there to scroll to, now or later.
  if (report_drawn && a.scroll_to_section == wanted_before) a.scroll_to_section.clear();
}

// The keyboard user's focus is on a DOM mirror control; show where it is on the canvas. On a
// section's heading ("section:header", where focus goes when a search opens a report) the ring
// goes round the section's panel.
void draw_focus_ring(float panel_left, float panel_right) {
  if (app().focused_control.empty()) return;
  const std::string& focused = app().focused_control;
  if (focused.rfind("section:", 0) == 0) {
    const auto& sections = app().mirror.sections;
    for (size_t i = 0; i < sections.size(); ++i) {
      if ("section:" + sections[i].id != focused) continue;
      const float scroll = app().mirror.scroll_y;
      const float top = sections[i].top - scroll;
      // The next section starts a gap (and the item spacing around it) below this one's panel.
      const float gap = spacing::kSectionGap + ImGui::GetStyle().ItemSpacing.y;
      const float bottom = (i + 1 < sections.size() ? sections[i + 1].top - gap : app().content_height) - scroll;
      ImGui::GetForegroundDrawList()->AddRect(ImVec2(panel_left - 4, top - 4), ImVec2(panel_right + 4, bottom + 4),
                                              theme().accent, 18, 0, 3);
      return;
    }
    return;
  }
  for (const auto& section : app().mirror.sections) {
    for (const auto& control : section.controls) {
      if (control.id != app().focused_control) continue;
      ImDrawList* draw = ImGui::GetForegroundDrawList();
      // Clear of what it marks: a task row's box is its text's, and a ring on it read as underlining.
      constexpr float kOutset = 6, kStroke = 3;
      draw->AddRect(ImVec2(control.x - kOutset, control.y - kOutset),
                    ImVec2(control.x + control.w + kOutset, control.y + control.h + kOutset), theme().accent, 10, 0, kStroke);
      return;
    }
  }
}

void gap() { ImGui::Dummy(ImVec2(0, spacing::kSectionGap - ImGui::GetStyle().ItemSpacing.y)); }

using Draw = void (*)(const SectionContext&);

// Draws a section, or, when the frame allows (Viewport::keep_below_view) and it starts below the
// visible canvas, stands in for it with the space and the mirror text of its last layout: typing
// in the cost section then lays out what the visitor sees, not the whole card. A section that
// held the field being edited is always drawn (ImGui ends an edit whose field is not submitted).
void draw_or_keep(const char* id, Draw draw, const SectionContext& context, const Viewport& viewport) {
  App& a = app();
  KeptLayout& kept = a.kept_layouts[id];
  const float top = ImGui::GetCursorScreenPos().y;  // on the canvas
  const float card_top = top + viewport.scroll_y;
  if (viewport.keep_below_view && top >= viewport.height && kept.width == context.width &&
      kept.narrow == context.narrow && !kept.held_active_item) {
    ImGui::Dummy(ImVec2(context.width, kept.height));
    const float moved = card_top - kept.card_top;
    const float on_canvas = moved + kept.scroll_y - viewport.scroll_y;
    for (MirrorSection section : kept.mirror) {
      section.top += moved;
      for (MirrorControl& control : section.controls) control.y += on_canvas;
      a.mirror.sections.push_back(std::move(section));
    }
    a.layout_kept = true;
    return;
  }
  const size_t first_mirror = a.mirror.sections.size();
  const ImGuiContext& imgui = *ImGui::GetCurrentContext();
  const ImGuiID alive_before = imgui.ActiveIdIsAlive;
  draw(context);
  kept.width = context.width;
  kept.narrow = context.narrow;
  kept.height = ImGui::GetCursorScreenPos().y - top - ImGui::GetStyle().ItemSpacing.y;  // Dummy adds it back
  kept.card_top = card_top;
  kept.scroll_y = viewport.scroll_y;
  // As ImGui's EndGroup finds a group holding the active item.
  kept.held_active_item = imgui.ActiveId != 0 && alive_before != imgui.ActiveId && imgui.ActiveIdIsAlive == imgui.ActiveId;
  kept.mirror.assign(a.mirror.sections.begin() + static_cast<long>(first_mirror), a.mirror.sections.end());
}

// The header always leads; the host chooses which sections follow and in what order
// (UiState::sections, the `sections` attribute), and a comparison follows whatever is shown.
void draw_sections(const SectionContext& context, const Viewport& viewport) {
  static const std::pair<const char*, Draw> kDrawers[] = {
      {"cost", draw_cost},         {"tasks", draw_tasks}, {"threats", draw_threats}, {"timeline", draw_timeline},
      {"skills", draw_skills},     {"share", draw_share}, {"catalog", draw_catalog}};
  draw_header(context);
  for (const std::string& id : context.ui.sections) {
    for (const auto& [name, draw] : kDrawers) {
      if (id != name) continue;
      gap();
      draw_or_keep(name, draw, context, viewport);
    }
  }
  if (context.compare) {
    gap();
    draw_or_keep("compare", draw_compare, context, viewport);
  }
}

}  // namespace

// [SECTION] The current App, as ImGui keeps a current context

namespace {

App* g_current = nullptr;

}  // namespace

App& app() {
  if (!g_current) g_current = app_create();
  return *g_current;
}

App* app_create() { return new App(); }

void app_select(App* selected) { g_current = selected; }

App* app_current() { return g_current; }

void app_destroy(App* destroyed) {
  if (destroyed == g_current) g_current = nullptr;
  delete destroyed;
}

// [SECTION] Starting a card

std::string app_init(AppConfig config) {
  App& a = app();
  // Taken before the reset: the App to share with may be this one.
  std::shared_ptr<const core::Dataset> shared_dataset;
  std::shared_ptr<const core::SearchIndex> shared_search;
  std::string shared_error;
  if (config.dataset_from) {
    shared_dataset = config.dataset_from->dataset;
    shared_search = config.dataset_from->search;
    shared_error = config.dataset_from->fatal_error;
  }
  a = App();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the card keeps no settings between visits
  // A blinking cursor would need frames while idle; the card draws only when something changes.
  io.ConfigInputTextCursorBlink = false;
  set_theme(false, 0);
  if (config.dataset_from) {
    // The same embedded dataset would fail the same way: say what the first card said.
    if (!shared_error.empty()) {
      a.fatal_error = shared_error;
      return a.fatal_error;
    }
    a.dataset = std::move(shared_dataset);
    a.search = std::move(shared_search);
  } else {
    core::LoadResult& loaded = config.loaded;
    if (!loaded.ok()) {
      a.fatal_error = "The embedded dataset is invalid: " + loaded.problems.front().path + ": " +
                      loaded.problems.front().message;
      return a.fatal_error;
    }
    a.dataset = std::make_shared<const core::Dataset>(std::move(loaded.dataset));
    if (a.dataset->profession_list.empty()) {
      a.fatal_error = "The embedded dataset has no professions.";
      return a.fatal_error;
    }
    a.search = std::make_shared<const core::SearchIndex>(*a.dataset);
  }
  a.default_slug = a.dataset->find_profession(config.profession_slug) ? config.profession_slug
                                                                      : a.dataset->profession_list.front().slug;
  a.page_url = config.page_url;
  a.script_base = config.script_base;
  a.ui.can_share = config.can_share;
  apply_link(config.link);
  // Opening the card is not a change to report; what the link asked for that the card does not
  // have is (airisk:error), and the address keeps it (follow_state_with_link).
  a.requests.erase(std::remove_if(a.requests.begin(), a.requests.end(),
                                  [](const PlatformRequest& r) { return r.kind != RequestKind::kError; }),
                   a.requests.end());
  if (problem_hides_report(a)) a.last_link = config.link;
  a.last_state_json = app_state_json();
  return {};
}

void app_build_fonts(float device_pixel_ratio) { build_fonts(device_pixel_ratio); }

void app_use_fonts() { use_built_fonts(); }

void app_prepare_search() {
  if (app().search) app().search->prepare();  // building the index reads the late tables too
}

FrameResult app_frame(const Viewport& viewport) {
  App& a = app();
  const std::string scroll_wanted_before = a.scroll_to_section;
  a.ui.category_list_top = -1;
  a.mirror.clear();
  a.mirror.scroll_y = viewport.scroll_y;
  a.layout_kept = false;
  a.mirror.live = live_summary();
  const bool narrow = viewport.width < spacing::kNarrowWidth;
  const float padding = narrow ? spacing::kPagePaddingNarrow : spacing::kPagePadding;
  const float content_width = std::min(spacing::kMaxContentWidth, viewport.width - 2 * padding);
  const float left = std::max(padding, (viewport.width - content_width) / 2);

  // The whole card is one undecorated window as tall as its content, moved up by the page's
  // scroll: the page scrolls, never the card.
  const float height = std::max(app().content_height, viewport.height);
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
  if (!app().fatal_error.empty()) {
    draw_fatal_error(content_width);
  } else {
    SectionContext context{*a.dataset,
                           a.built.report,
                           a.state,
                           a.compare.ok() && !a.state.compare_slug.empty() ? &a.compare.report : nullptr,
                           *a.search,
                           a.ui,
                           a.plausibility,
                           content_width,
                           narrow,
                           a.mirror,
                           [](const AppEvent& event) { apply_event(event); }};
    if (a.ui.problem) {
      draw_problem(context);
      gap();
    }
    if (problem_hides_report(a)) {
      draw_catalog(context);
    } else {
      draw_sections(context, viewport);
    }
  }
  ImGui::EndGroup();
  a.content_height = ImGui::GetItemRectMax().y + viewport.scroll_y + padding;
  draw_focus_ring(left, left + content_width);
  ImGui::End();
  if (a.fatal_error.empty()) scroll_to_linked_section(scroll_wanted_before);
  // A category's list opened by the visitor, once drawn: the platform scrolls only if it is off the screen.
  if (a.ui.category_opened && a.ui.category_list_top >= 0) {
    a.requests.push_back({RequestKind::kScrollTo, std::to_string(static_cast<int>(a.ui.category_list_top)), "category-list", ""});
    a.ui.category_opened = false;
  }
  return {a.content_height, false};
}

const MirrorModel& app_mirror() { return app().mirror; }

bool app_layout_kept() { return app().layout_kept; }

bool app_list_open_at(float x, float y) {
  for (const ImGuiPopupData& popup : ImGui::GetCurrentContext()->OpenPopupStack) {
    if (popup.Window && popup.Window->Active && popup.Window->Rect().Contains(ImVec2(x, y))) return true;
  }
  return false;
}

std::vector<PlatformRequest> app_take_requests() {
  std::vector<PlatformRequest> taken;
  taken.swap(app().requests);
  return taken;
}

unsigned app_page_colour() { return theme().page; }

std::string app_link() { return app().last_link; }

bool app_opened_from_link() { return app().link_named_profession; }

const ImDrawData* app_share_image() {
  const App& a = app();
  const bool has_report = a.fatal_error.empty() && a.built.ok() && a.built.report.profession &&
                          !problem_hides_report(a);
  if (!has_report) return nullptr;
  return &compose_share_image(a.built.report, share_image_options()).draw_data;
}

ImFontAtlas& app_share_image_fonts() { return share_image_fonts(); }

// Full-width forms from an input method go in as ASCII: the card's font has Latin only, and the
// salary and search read them so anyway (core::typed_forms_as_ascii).
void app_type_text(const std::string& text) {
  ImGui::GetIO().AddInputCharactersUTF8(core::valid_utf8(core::typed_forms_as_ascii(text)).c_str());
}

}  // namespace airisk::app
