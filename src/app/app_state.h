// Internal to the app: the one owner of the card's state, and the functions that change it.
// Every way in (ImGui sections, app_control, app_set_attribute, links) ends in these, so the
// link, the embed code, the host's events and the mirror are views of one struct.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/app.h"
#include "app/sections.h"
#include "app/share_image.h"
#include "app/style.h"
#include "core/plausibility.h"
#include "core/report.h"
#include "core/search.h"

namespace airisk::app {

// One card. The dataset and its search index are read-only and shared by every App made from
// the same load (AppConfig::dataset_from): a page with several cards holds them once.
// A section's layout as last drawn, for frames that skip it while it is below the view: its
// height and its part of the DOM mirror, with the page scroll and card position it was made at.
struct KeptLayout {
  float width = -1;
  bool narrow = false;
  float height = 0;
  float card_top = 0;  // where the section started, CSS pixels from the top of the card
  float scroll_y = 0;  // the page's scroll then: the mirror's control positions are on-screen ones
  bool held_active_item = false;  // a field being edited there must be drawn to stay active
  std::vector<MirrorSection> mirror;
};

struct App {
  std::shared_ptr<const core::Dataset> dataset = std::make_shared<const core::Dataset>();  // empty until app_init
  std::shared_ptr<const core::SearchIndex> search;
  Theme theme = light_theme();
  core::ReportState state;
  core::ReportResult built;
  core::ReportResult compare;   // the second profession, when state.compare_slug is set
  core::SalaryPlausibility plausibility;
  std::string default_slug;
  std::string page_url;
  std::string script_base;
  std::string fatal_error;      // the dataset could not be used; shown instead of the card
  UiState ui;
  MirrorModel mirror;
  std::string focused_control;  // the mirror control keyboard focus is on: the canvas draws its ring
  std::vector<PlatformRequest> requests;
  std::string last_link;
  bool link_named_profession = false;  // the last link applied asks for a profession, known or not (app_opened_from_link)
  std::string last_state_json;
  // While a host attribute is applied, airisk:change waits until it is done: the steps on the way
  // (an error cleared before the new profession opens) are not states the host asked for.
  bool holding_announcement = false;
  bool announcement_held = false;
  std::string scroll_to_section;  // a link named a section: bring it into view once laid out
  std::map<std::string, std::string> host_attributes;  // what the host set, by attribute name
  unsigned host_accent = 0;       // the host's accent colour, 0 for the theme's own
  std::string host_accent_text;   // as the host wrote it, for what is said of it
  std::string accent_note_said;   // the accent and theme last said to be drawn in another shade
  bool host_dark = false;
  std::optional<ForcedColors> forced_colors;  // the visitor's system forces its colours (high contrast)
  float content_height = 0;
  std::map<std::string, KeptLayout> kept_layouts;  // by section id
  bool layout_kept = false;  // the last frame used one of them
};

// The current App (app_select), as ImGui has a current context. A program that never makes one
// (the native tests, the fuzzer) gets one on first use.
App& app();

using core::kBaseRegion;  // the region the dataset's own pay is in
constexpr size_t kSuggestions = 4;
// How long the visitor pauses in the salary field before what they typed is read (typing is
// 100 to 300 ms a key).
constexpr int kSalaryPauseMs = 800;
constexpr size_t kMaxSearchCharacters = 120;  // longer text matches nothing better, and costs every keystroke

inline bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// Applies a visitor's event to the state (see AppEventKind).
void apply_event(const AppEvent& event);
// Reads a share link into the state; parts that cannot be read are named on the card.
void apply_link(const std::string& link);
// Recomputes the report from the state and tells the platform what changed (link, state).
void rebuild_report();
// The share link (and the address, where the host lets the card keep it) follows the state.
void follow_state_with_link();
// A problem stands in for the report (a profession the card does not have: its chooser shows).
inline bool problem_hides_report(const App& a) { return a.ui.problem && a.ui.problem->hides_report; }
// Queues airisk:change when the state JSON differs from the last one announced.
void announce_state_if_changed();
// The custom element a host pastes to show the card exactly as it is now.
std::string embed_snippet();
// What the share image shows beyond the report: a personalised score, a hidden salary.
ShareImageOptions share_image_options();
// One sentence for the card's single live region: what changed, with its labels.
std::string live_summary();

// [SECTION] State changes shared by the visitor's events and the host's attributes
// (app_state.cpp). Each ends in rebuild_report.
// may_hold: the visitor is typing it, so it is read once they pause, press Enter or leave the
// field (settle_salary), never a key at a time.
void set_salary_text(const std::string& typed, bool may_hold = false);
void settle_salary();
void show_salary_in_field();  // the field shows the salary in use, the way the region writes it
void set_region(const std::string& code);
void open_profession(const std::string& slug);

// The visitor's shares of time, adding up to 100: the tasks in `given` take their percents, the
// others share what is left in proportion to `usual` (one per task; evenly where those are all
// 0), each to hundredths, as links carry them. The sliders and the weights attribute both use it.
std::map<std::string, double> shares_filling_100(const std::map<std::string, double>& given,
                                                 const core::Profession& profession, const std::vector<double>& usual);

// [SECTION] Values the card could not use (app_attributes.cpp)
// A host's or link's value as the card echoes it: valid UTF-8, cut short, in quotes.
std::string quoted(const std::string& value);
// "‘a’", "‘a’ and ‘b’", "‘a’, ‘b’ and 3 more": values the card could not use, each named, a few at most.
std::string quoted_list(const std::vector<std::string>& values);
// Tells the host (airisk:error) without changing what the card shows.
void emit_error(const Problem& problem);
// "We don't have ‘x’", with the closest professions as suggestions; it stands in for the report.
// shown_slug: a profession never offered (the card's own, for a comparison).
Problem unknown_profession(const std::string& attribute, const std::string& value, const std::string& shown_slug = "");
// The same for a profession to compare with: the report stays, and its suggestions compare.
Problem unknown_comparison(const std::string& attribute, const std::string& value);
// Tells the host and shows it on the card.
void report_problem(Problem problem);
// Clears the problem about `attribute`, or any problem when it is empty.
void clear_problem(const std::string& attribute);

}  // namespace airisk::app
