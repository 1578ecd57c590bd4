// One function per report section. Each draws from the report (never keeping a copy of the
// state) and sends what the visitor changed through `dispatch`, which updates the state and
// the report at once, so figures drawn after a change are already current in that frame.
#pragma once

#include <functional>
#include <string>

#include "app/app.h"
#include "app/fonts.h"
#include "app/mirror.h"
#include "core/report.h"

namespace airisk::app {

// UI state of the salary field: what is typed, and what the core made of it.
struct SalaryField {
  char buffer[64] = {};
  std::string error;       // why the typed text was rejected (the figures keep the last good value)
  std::string conversion;  // set when the text named another currency
};

struct SectionContext {
  const core::Dataset& dataset;
  const core::Report& report;
  const core::ReportState& state;
  float width;  // of the content column, CSS pixels
  bool narrow;  // one column layout
  MirrorModel& mirror;
  std::function<void(const AppEvent&)> dispatch;
};

struct HeaderState {
  bool method_open = false;
};

void draw_header(const SectionContext& context, const HeaderState& header);
void draw_cost(const SectionContext& context, SalaryField& salary);

}  // namespace airisk::app
