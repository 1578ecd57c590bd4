// [SECTION] A value the card could not use: "We don't have ‘software-engineer’", with the
// closest professions (or regions, or plans) as buttons. For a profession it stands in for the
// report, so nothing else is ever shown in its place.
#include "app/sections.h"
#include "app/style.h"
#include "app/widgets.h"

namespace airisk::app {

void draw_problem(const SectionContext& c) {
  // A copy: choosing a suggestion clears the problem while its buttons are still being drawn.
  const Problem problem = *c.ui.problem;
  const Theme& t = theme();
  const Fonts& f = fonts();
  MirrorSection& mirror = c.mirror.section("problem", problem.message, problem.hides_report ? 1 : 2);
  Panel panel(c.width, panel_padding(c.narrow));
  kicker(problem.hides_report ? "AI AUTOMATION RISK REPORT" : "PLEASE CHECK");
  text_wrapped(problem.hides_report ? f.heading : f.body_bold, t.text,
               problem.canvas_message.empty() ? problem.message : problem.canvas_message);
  if (!problem.suggestions.empty()) {
    text_wrapped(f.small, t.muted, problem.hides_report ? "Did you mean one of these?" : "Choose one:");
    const float right = ImGui::GetCursorScreenPos().x + panel.inner_width();
    for (size_t i = 0; i < problem.suggestions.size(); ++i) {
      const auto& suggestion = problem.suggestions[i];
      const float width = text_width(f.body, suggestion.label) + 34;
      if (i > 0) {
        ImGui::SameLine();
        if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
      }
      if (pill_button(suggestion.control_id.c_str(), suggestion.label, false)) {
        c.dispatch({AppEventKind::kControl, suggestion.control_id});
      }
      record_control(mirror, suggestion.control_id, "button", suggestion.label);
    }
  } else if (problem.hides_report) {
    text_wrapped(f.small, t.muted, "Search for the profession below.");
  }
  if (!problem.hides_report) {
    // A comparison the card lacks leaves no figures to keep: the report goes on alone.
    const bool comparison = !problem.suggestions.empty() && problem.suggestions.front().control_id.rfind("compare-", 0) == 0;
    const char* dismiss = comparison ? "Go on without a comparison" : "Keep the figures as they are";
    if (link_button("dismiss-problem", dismiss)) c.dispatch({AppEventKind::kDismissProblem, ""});
    record_control(mirror, "dismiss-problem", "button", dismiss);
  }
}

}  // namespace airisk::app
