// One function per report section. Each draws from the report (never keeping a copy of the
// state) and sends what the visitor changed through `dispatch`, which updates the state and
// the report at once, so figures drawn after a change are already current in that frame.
#pragma once

#include <functional>
#include <set>
#include <string>

#include "app/app.h"
#include "app/fonts.h"
#include "app/mirror.h"
#include "core/report.h"
#include "core/search.h"

namespace airisk::app {

// UI state of the salary field: what is typed, and what the core made of it.
struct SalaryField {
  char buffer[64] = {};
  std::string error;       // why the typed text was rejected (the figures keep the last good value)
  std::string conversion;  // set when the text named another currency
};

// What the card shows open or typed, beside the report state itself.
struct UiState {
  SalaryField salary;
  bool method_open = false;
  bool personalise_open = false;
  std::set<std::string> open_tasks;  // task ids whose reason is shown
  char search[64] = {};
  std::string category;              // the category being browsed, or empty
  std::string notice;                // a short confirmation ("Link copied"), cleared on the next change
  bool can_share = false;
  bool embed_open = false;
  std::string embed_snippet;         // the HTML a host pastes to show this card, for the current state
};

struct SectionContext {
  const core::Dataset& dataset;
  const core::Report& report;
  const core::ReportState& state;
  const core::Report* compare;  // the second profession, or null
  const core::SearchIndex& search;
  UiState& ui;
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
void draw_catalog(const SectionContext& context);
void draw_compare(const SectionContext& context);

// Colour of a 0-100 AI figure or score, by band.
unsigned band_colour(double score);

}  // namespace airisk::app
