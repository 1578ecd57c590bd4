// The report card: state, layout of the sections, and the events that change the state.
#include "app/app.h"

#include <algorithm>
#include <cstdio>
#include <memory>

#include "app/fonts.h"
#include "app/sections.h"
#include "app/style.h"
#include "app/widgets.h"
#include "core/link.h"
#include "core/money.h"
#include "core/report.h"
#include "core/salary.h"
#include "imgui.h"

namespace airisk::app {
namespace {

struct App {
  core::Dataset dataset;
  std::unique_ptr<core::SearchIndex> search;
  core::ReportState state;
  core::ReportResult built;
  core::ReportResult compare;   // the second profession, when state.compare_slug is set
  std::string default_slug;
  std::string page_url;
  std::string script_base;
  std::string fatal_error;      // the dataset could not be used; shown instead of the card
  UiState ui;
  MirrorModel mirror;
  std::string focused_control;  // the mirror control keyboard focus is on: the canvas draws its ring
  std::vector<PlatformRequest> requests;
  std::string last_link;
  std::string scroll_to_section;  // a link named a section: bring it into view once laid out
  ImU32 host_accent = 0;          // the host's accent colour, 0 for the theme's own
  float content_height = 0;
};

App g_app;

// The custom element a host pastes to show the card as it is now (docs in the README).
std::string embed_snippet() {
  const core::ReportState& s = g_app.state;
  std::string attributes = " profession=\"" + s.profession_slug + "\" region=\"" + s.region_code + "\"";
  if (s.salary_yearly > 0) attributes += " salary=\"" + core::format_number(s.salary_yearly, 0, core::NumberStyle{}) + "\"";
  if (!s.plan_id.empty()) attributes += " plan=\"" + s.plan_id + "\"";
  return "<script type=\"module\" src=\"" + g_app.script_base + "airisk.js\"></script>\n<ai-risk-card" + attributes +
         "></ai-risk-card>";
}

void rebuild_report() {
  g_app.built = core::build_report(g_app.dataset, g_app.state);
  if (!g_app.built.ok()) g_app.fatal_error = g_app.built.error;
  g_app.compare = {};
  if (!g_app.state.compare_slug.empty()) {
    core::ReportState other{g_app.state.compare_slug, g_app.state.region_code, g_app.state.plan_id, 0, {}, {}, {}};
    g_app.compare = core::build_report(g_app.dataset, other);
  }
  const std::string link = core::encode_link(g_app.state);
  g_app.ui.embed_snippet = embed_snippet();
  if (link != g_app.last_link) {
    g_app.last_link = link;
    g_app.requests.push_back({RequestKind::kLinkChanged, link, "", ""});
  }
}

void show_salary_in_field() {
  std::snprintf(g_app.ui.salary.buffer, sizeof g_app.ui.salary.buffer, "%s", g_app.built.report.text.salary.c_str());
  g_app.ui.salary.error.clear();
  g_app.ui.salary.conversion.clear();
}

void set_salary_text(const std::string& typed) {
  const core::Region* region = g_app.dataset.find_region(g_app.state.region_code);
  if (!region) return;
  core::SalaryParse parsed = core::parse_salary(typed, *region, g_app.dataset);
  if (!parsed.ok) {
    // Keep the last good salary on the card; say why this text was not taken.
    g_app.ui.salary.error = parsed.error;
    return;
  }
  g_app.ui.salary.error.clear();
  g_app.ui.salary.conversion.clear();
  g_app.state.salary_yearly = parsed.yearly;
  rebuild_report();
  if (parsed.converted) {
    const core::Region* typed_region = nullptr;
    for (const auto& r : g_app.dataset.regions) {
      if (r.currency == parsed.typed_currency) typed_region = &r;
    }
    std::string typed_text = typed_region ? core::format_money(parsed.typed_yearly, *typed_region)
                                          : core::format_number(parsed.typed_yearly, 0, core::NumberStyle{});
    g_app.ui.salary.conversion = "Read as " + typed_text + " " + parsed.typed_currency + ", converted to " +
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

void open_profession(const std::string& slug) {
  if (!g_app.dataset.find_profession(slug)) return;
  g_app.state.profession_slug = slug;
  g_app.state.salary_yearly = 0;  // the new profession's own preset
  g_app.state.weights.clear();    // weights belong to the old profession's tasks
  if (g_app.state.compare_slug == slug) g_app.state.compare_slug.clear();
  g_app.state.plan_id.clear();
  g_app.ui.open_tasks.clear();
  g_app.ui.personalise_open = false;
  rebuild_report();
  show_salary_in_field();
}

void set_weight(const std::string& value) {
  size_t eq = value.find('=');
  if (eq == std::string::npos) return;
  const std::string id = value.substr(0, eq);
  char* end = nullptr;
  double weight = std::strtod(value.c_str() + eq + 1, &end);
  if (*end != '\0' || !(weight >= 0) || weight > 100) return;
  for (const auto& task : g_app.built.report.profession->tasks) {
    if (task.id == id) {
      // The first personal weight fixes every task's current share, so moving one slider
      // changes only that task.
      if (g_app.state.weights.empty()) {
        for (const auto& t : g_app.built.report.profession->tasks) g_app.state.weights[t.id] = t.time_share_pct;
      }
      g_app.state.weights[id] = weight;
      rebuild_report();
      return;
    }
  }
}

void apply_link(const std::string& link) {
  core::LinkDecode decoded = core::decode_link(link, g_app.dataset, g_app.default_slug);
  g_app.state = decoded.state;
  g_app.scroll_to_section = decoded.state.section;
  rebuild_report();
  show_salary_in_field();
  if (!decoded.bad_keys.empty()) {
    std::string keys;
    for (const auto& k : decoded.bad_keys) keys += (keys.empty() ? "" : ", ") + k;
    g_app.ui.notice = "Part of the link could not be read (" + keys + "); those settings use their defaults.";
  }
}

void draw_fatal_error(float width) {
  Panel panel(width, spacing::kPanelPadding);
  kicker("AI AUTOMATION RISK REPORT");
  text_wrapped(fonts().heading, theme().text, "This report card could not be shown");
  text_wrapped(fonts().body, theme().muted, g_app.fatal_error);
  MirrorSection& mirror = g_app.mirror.section("error", "This report card could not be shown", 1);
  mirror.figures.push_back({"error", "Problem", g_app.fatal_error, true});
}

// The section in view becomes part of the state (and so of the link), and a link that names a
// section scrolls to it once the card is laid out.
void follow_section_in_view(const Viewport& viewport) {
  const auto& sections = g_app.mirror.sections;
  if (!g_app.scroll_to_section.empty()) {
    for (const auto& s : sections) {
      if (s.id == g_app.scroll_to_section && s.top > 0) {
        g_app.requests.push_back({RequestKind::kScrollTo, std::to_string(static_cast<int>(s.top)), "", ""});
        g_app.scroll_to_section.clear();
        return;
      }
    }
    return;
  }
  // The section being read: the last one to start above the top of the view (with a little
  // slack). The header is the default and is not written.
  constexpr float kReadingLine = 80;
  std::string in_view;
  for (const auto& s : sections) {
    if (s.top <= viewport.scroll_y + kReadingLine) in_view = s.id == "header" ? "" : s.id;
  }
  if (in_view != g_app.state.section) {
    g_app.state.section = in_view;
    const std::string link = core::encode_link(g_app.state);
    if (link != g_app.last_link) {
      g_app.last_link = link;
      g_app.requests.push_back({RequestKind::kLinkChanged, link, "", ""});
    }
  }
}

// The keyboard user's focus is on a DOM mirror control; show where it is on the canvas.
void draw_focus_ring() {
  if (g_app.focused_control.empty()) return;
  for (const auto& section : g_app.mirror.sections) {
    for (const auto& control : section.controls) {
      if (control.id != g_app.focused_control) continue;
      ImDrawList* draw = ImGui::GetForegroundDrawList();
      draw->AddRect(ImVec2(control.x - 3, control.y - 3), ImVec2(control.x + control.w + 3, control.y + control.h + 3),
                    theme().accent, 10, 0, 3);
      return;
    }
  }
}

void gap() { ImGui::Dummy(ImVec2(0, spacing::kSectionGap - ImGui::GetStyle().ItemSpacing.y)); }

}  // namespace

std::string app_init(const AppConfig& config) {
  g_app = App();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the card keeps no settings between visits
  // A blinking cursor would need frames while idle; the card draws only when something changes.
  io.ConfigInputTextCursorBlink = false;
  set_theme(false, 0);
  core::LoadResult loaded = core::load_dataset(config.dataset, !config.dataset_validated);
  if (!loaded.ok()) {
    g_app.fatal_error = "The embedded dataset is invalid: " + loaded.problems.front().path + ": " +
                        loaded.problems.front().message;
    return g_app.fatal_error;
  }
  g_app.dataset = std::move(loaded.dataset);
  if (g_app.dataset.professions.empty()) {
    g_app.fatal_error = "The embedded dataset has no professions.";
    return g_app.fatal_error;
  }
  g_app.search = std::make_unique<core::SearchIndex>(g_app.dataset);
  g_app.default_slug = g_app.dataset.find_profession(config.profession_slug) ? config.profession_slug
                                                                             : g_app.dataset.professions.front().slug;
  g_app.page_url = config.page_url;
  g_app.script_base = config.script_base;
  g_app.ui.can_share = config.can_share;
  apply_link(config.link);
  g_app.requests.clear();  // opening the card is not a change to report
  return {};
}

void app_build_fonts(float device_pixel_ratio) { build_fonts(device_pixel_ratio); }

void app_event(const AppEvent& event) {
  if (!g_app.fatal_error.empty()) return;
  const bool keeps_notice = event.kind == AppEventKind::kFocusControl || event.kind == AppEventKind::kNotice;
  if (!keeps_notice) g_app.ui.notice.clear();
  const core::Report& r = g_app.built.report;
  switch (event.kind) {
    case AppEventKind::kSetSalaryText: set_salary_text(event.value); break;
    case AppEventKind::kUseEntryPreset: use_preset(false); break;
    case AppEventKind::kUseExperiencedPreset: use_preset(true); break;
    case AppEventKind::kSetRegion:
      if (g_app.dataset.find_region(event.value) && event.value != g_app.state.region_code) {
        // A salary typed in one currency means nothing in another: start from the region's preset.
        g_app.state.region_code = event.value;
        g_app.state.salary_yearly = 0;
        rebuild_report();
        show_salary_in_field();
      }
      break;
    case AppEventKind::kSetPlan:
      if (g_app.dataset.find_plan(event.value)) {
        g_app.state.plan_id = event.value;
        rebuild_report();
      }
      break;
    case AppEventKind::kToggleMethod: g_app.ui.method_open = !g_app.ui.method_open; break;
    case AppEventKind::kSetWeight: set_weight(event.value); break;
    case AppEventKind::kResetWeights:
      g_app.state.weights.clear();
      rebuild_report();
      break;
    case AppEventKind::kTogglePersonalise: g_app.ui.personalise_open = !g_app.ui.personalise_open; break;
    case AppEventKind::kToggleTask:
      if (!g_app.ui.open_tasks.erase(event.value)) g_app.ui.open_tasks.insert(event.value);
      break;
    case AppEventKind::kSetProfession: open_profession(event.value); break;
    case AppEventKind::kSetCompare:
      if (event.value.empty() || (g_app.dataset.find_profession(event.value) && event.value != g_app.state.profession_slug)) {
        g_app.state.compare_slug = event.value;
        rebuild_report();
      }
      break;
    case AppEventKind::kSetSearch:
      std::snprintf(g_app.ui.search, sizeof g_app.ui.search, "%s", event.value.c_str());
      break;
    case AppEventKind::kSetCategory:
      g_app.ui.category = g_app.ui.category == event.value ? "" : event.value;
      break;
    case AppEventKind::kCopyLink:
      g_app.requests.push_back({RequestKind::kCopyText, g_app.page_url + g_app.last_link, "", ""});
      break;
    case AppEventKind::kShare:
      g_app.requests.push_back({RequestKind::kShare, g_app.page_url + g_app.last_link,
                                r.profession->name + ": AI automation risk report card", ""});
      break;
    case AppEventKind::kDownloadPng:
      g_app.requests.push_back({RequestKind::kDownloadPng, "", "", "airisk-" + r.profession->slug + ".png"});
      break;
    case AppEventKind::kFocusControl: g_app.focused_control = event.value; break;
    case AppEventKind::kSetTheme:
      set_theme(event.value == "dark", g_app.host_accent);  // a host's accent survives theme changes
      break;
    case AppEventKind::kSetAccent:
      if (parse_hex_colour(event.value, g_app.host_accent)) set_theme(theme().dark, g_app.host_accent);
      break;
    case AppEventKind::kOpenLink: apply_link(event.value); break;
    case AppEventKind::kNotice: g_app.ui.notice = event.value; break;
    case AppEventKind::kToggleEmbed: g_app.ui.embed_open = !g_app.ui.embed_open; break;
    case AppEventKind::kCopySnippet:
      g_app.requests.push_back({RequestKind::kCopyText, g_app.ui.embed_snippet, "", ""});
      break;
  }
}

FrameResult app_frame(const Viewport& viewport) {
  g_app.mirror.clear();
  g_app.mirror.scroll_y = viewport.scroll_y;
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
    SectionContext context{g_app.dataset,
                           g_app.built.report,
                           g_app.state,
                           g_app.compare.ok() && !g_app.state.compare_slug.empty() ? &g_app.compare.report : nullptr,
                           *g_app.search,
                           g_app.ui,
                           content_width,
                           narrow,
                           g_app.mirror,
                           [](const AppEvent& event) { app_event(event); }};
    draw_header(context);
    gap();
    draw_cost(context);
    gap();
    draw_tasks(context);
    gap();
    draw_threats(context);
    gap();
    draw_timeline(context);
    gap();
    draw_skills(context);
    gap();
    draw_share(context);
    gap();
    draw_catalog(context);
    if (context.compare) {
      gap();
      draw_compare(context);
    }
  }
  ImGui::EndGroup();
  g_app.content_height = ImGui::GetItemRectMax().y + viewport.scroll_y + padding;
  draw_focus_ring();
  ImGui::End();
  if (g_app.fatal_error.empty()) follow_section_in_view(viewport);
  return {g_app.content_height, false};
}

const MirrorModel& app_mirror() { return g_app.mirror; }

std::vector<PlatformRequest> app_take_requests() {
  std::vector<PlatformRequest> taken;
  taken.swap(g_app.requests);
  return taken;
}

unsigned app_page_colour() { return theme().page; }

std::string app_link() { return g_app.last_link; }

}  // namespace airisk::app
