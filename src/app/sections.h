// One function per report section. Each draws from the report (never keeping a copy of the
// state) and sends what the visitor changed through `dispatch`, which updates the state and
// the report at once, so figures drawn after a change are already current in that frame.
#pragma once

#include <functional>
#include <iterator>
#include <optional>
#include <set>
#include <vector>
#include <string>

#include "app/app.h"
#include "app/fonts.h"
#include "app/mirror.h"
#include "core/plausibility.h"
#include "core/report.h"
#include "core/search.h"
#include "core/state_rules.h"

namespace airisk::app {

// What a visitor did on the card, as a typed event: the sections and app_control produce
// these, and one function in app_state.cpp applies them to the state.
enum class AppEventKind {
  kSetSalaryText,        // text: what was typed
  kSettleSalary,         // the visitor left the salary field or pressed Enter: a held figure applies
  kUndoSalaryTyping,     // Escape in the salary field: the salary and its text from before the typing
  kUseEntryPreset,
  kUseExperiencedPreset,
  kUseSalarySuggestion,  // the likely meaning of an implausible salary
  kSetRegion,            // text: region code
  kSetPlan,              // text: plan id
  kToggleMethod,
  kSetWeight,            // task_id, number: the visitor's share of time, percent
  kResetWeights,
  kTogglePersonalise,
  kToggleTask,           // task_id: shows or hides its reason
  kSetProfession,        // text: slug
  kSetCompare,           // text: slug, or empty to close the comparison
  kSetSearch,            // text: search text
  kSetCategory,          // text: category id, or empty
  kCopyLink,
  kShare,
  kDownloadPng,
  kToggleEmbed,          // shows or hides the "embed this card" snippet
  kCopySnippet,
  kDismissProblem,
  kControl,              // text: a control id, as app_control takes it (a suggestion's button)
};

struct AppEvent {
  AppEventKind kind;
  std::string text;
  std::string task_id;
  double number = 0;
};

// UI state of the salary field: what is typed, and what the core made of it.
struct SalaryField {
  std::string text;        // what the field shows: the visitor's text while typing, else the salary
  std::string error;       // why the typed text was rejected (the figures keep the last good value)
  std::string conversion;  // set when the text named another currency or the region changed
  // The regions that count in the money typed ("R$ 2.500" on a US card: Brazil), offered with the
  // conversion: the card is likely in the wrong region. Empty when the card is in one of them.
  std::vector<std::string> regions_of_money_typed;
  // "entry" or "experienced" while a preset button chose the salary; "" for one typed or given,
  // even when it equals a preset ("28 LPA" is India's experienced preset and stays 28 LPA).
  std::string preset;
  // While the visitor types: the salary (0: a preset) and preset from before the typing began (or
  // the text was replaced), which the figures go back to while digits are still being typed onto
  // the text last read (never a half-typed figure); a typo keeps that text's salary.
  bool typing = false;
  double salary_before_typing = 0;
  std::string preset_before_typing;
  std::string last_read_text;  // the last text of this typing that was read as a salary
  // The visitor typed a character the card cannot draw ("約", "く"): refused, and the field says
  // what it reads, until they type again or leave it.
  bool refused_character = false;
  // What the visitor is typing, not read yet: read when they pause, press Enter or leave the field
  // (a figure on its way, "$120" to "$120,000", is never shown). Unset when nothing is held; an
  // emptied field holds "" and is read as such.
  std::optional<std::string> held_text;
  // The period the salary in use was written with ("50/hr"): it is not re-read as another one.
  core::NamedPeriod period = core::NamedPeriod::kNone;
  // The salary as given (typed, set or linked) and its region, while the salary in use is its
  // conversion (converted_yearly): each region change converts from it, so going round the regions
  // neither drifts by rounding nor names a conversion of a conversion.
  double given_yearly = 0;
  std::string given_region;
  double converted_yearly = -1;
  // The salary a region change converted it to, while it is the one in use: a sum the card made,
  // not written in this region's money, so never re-read as monthly or hourly pay.
  double region_converted_yearly = -1;
};

// A value the card could not use (an unknown profession, region or plan from an attribute or
// a link): the card says so and offers the closest ones; it never shows another in its place.
struct Problem {
  std::string attribute;  // "profession", "region", "plan", "job-title", "link"
  std::string value;
  std::string message;    // "We don't have \u2018software-engineer\u2019"
  struct Suggestion {
    std::string control_id;  // what choosing it sends through app_control
    std::string label;
  };
  std::vector<Suggestion> suggestions;
  bool hides_report = false;  // no profession to show: the chooser stands in for the report
  // The message as the canvas draws it, where the value holds letters its fonts do not have
  // (Cyrillic, CJK, emoji): "???" would say nothing, so it names the kind of value instead. The
  // mirror and the host's event keep the value itself. Empty: the message.
  std::string canvas_message;
  // What the host's event says where it needs more than the visitor does (the slug to set):
  // "We file ‘Nurse’ under Registered Nurse (registered-nurse)." Empty: the message.
  std::string host_message;
};

// What the card shows open or typed, beside the report state itself.
struct UiState {
  SalaryField salary;
  // The visitor opened a category: its list, drawn below the chips, is brought into view once
  // drawn (category_list_top, card pixels, -1 where no list was drawn this frame).
  bool category_opened = false;
  float category_list_top = -1;
  // The field and the salary in use as they were when the typing began, for Escape to put back.
  struct SalaryBeforeTyping {
    SalaryField field;
    double salary_yearly = 0;
  };
  std::optional<SalaryBeforeTyping> salary_before_typing;
  bool method_open = false;
  bool personalise_open = false;
  std::set<std::string> open_tasks;  // task ids whose reason is shown
  std::string search;
  bool search_refused_character = false;  // the last typing into the search held one it cannot draw
  std::string category;              // the category being browsed, or empty
  std::string notice;                // a short confirmation ("Link copied"), cleared on the next change
  std::string link_notice;           // parts of the opening link that could not be read
  std::optional<Problem> problem;
  bool touch = false;                // the last pointer was a finger: pickers open as native lists
  bool png_blocked = false;          // the last PNG could not be saved here: offer copy or open
  bool can_share = false;
  bool embed_open = false;
  std::string embed_snippet;         // the HTML a host pastes to show this card, for the current state
  // The share link for the current state, whole (the page's address and the hash), as Copy link
  // gives it: a hash alone opens nothing where it is pasted.
  std::string link;
  // The host's choices (the `sections` and `hide-salary` attributes): which sections show, in
  // what order, after the header; and whether the salary and the figures made from it show.
  std::vector<std::string> sections = default_sections();
  bool hide_salary = false;

  // All of them, in the card's own order.
  static std::vector<std::string> default_sections() {
    return {std::begin(core::kHostSectionIds), std::end(core::kHostSectionIds)};
  }
};

struct SectionContext {
  const core::Dataset& dataset;
  const core::Report& report;
  const core::ReportState& state;
  const core::Report* compare;  // the second profession, or null
  const core::SearchIndex& search;
  UiState& ui;
  const core::SalaryPlausibility& plausibility;
  float width;  // of the content column, CSS pixels
  bool narrow;  // one column layout
  MirrorModel& mirror;
  std::function<void(const AppEvent&)> dispatch;
};

void draw_header(const SectionContext& context);
void draw_cost(const SectionContext& context);
void draw_tasks(const SectionContext& context);
void draw_threats(const SectionContext& context);
void draw_timeline(const SectionContext& context);
void draw_skills(const SectionContext& context);
void draw_share(const SectionContext& context);
// "Backend Developer: AI exposure 56/100, grade C (Moderate)", and ", personalised to your time"
// when it is: the Report card section's summary, and the words a share sheet sends.
std::string score_summary(const core::Report& report, bool personalised);
void draw_catalog(const SectionContext& context);
void draw_compare(const SectionContext& context);
// A value the card could not use, with the closest ones to choose (see Problem).
void draw_problem(const SectionContext& context);

// Colour of a 0-100 AI figure or score, by band.
unsigned band_colour(double score);

}  // namespace airisk::app
