// [SECTION] Compare: the current profession and a second one side by side (score, costs, tasks).
#include <algorithm>

#include "app/sections.h"
#include "app/style.h"
#include "app/widgets.h"
#include "core/money.h"
#include "core/risk.h"

namespace airisk::app {
namespace {

// salary_label: what the salary in use is ("experienced salary", or the one the visitor gave).
void column(MirrorSection& mirror, const core::Report& r, const char* key, float width, bool hide_salary,
            const std::string& salary_label) {
  const Theme& t = theme();
  const Fonts& f = fonts();
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  text_wrapped(f.body_bold, t.text, r.profession->name);
  const std::string score = r.text.risk_score + "/100 \u00B7 grade " + std::string(1, r.risk.grade) + " \u00B7 " +
                            core::band_label(r.risk.band);
  text(f.figure, band_colour(r.risk.score), r.text.risk_score);
  text(f.small, t.muted, std::string("grade ") + r.risk.grade + " \u00B7 " + core::band_label(r.risk.band));
  ImGui::Dummy(ImVec2(0, 2));
  // The ratio is of the salary shown: each column's own.
  const std::string salary = r.text.salary + " " + salary_label;
  const std::string ratio = r.text.ratio + " the AI plan's cost";
  if (!hide_salary) {
    text_wrapped(f.small, t.text, salary);
    text_wrapped(f.small, t.text, ratio);
    ImGui::Dummy(ImVec2(0, 2));
  }
  std::string tasks;
  for (const auto& task : r.profession->tasks) {
    const std::string line = core::format_whole_percent(task.ai_figure, r.region->number_style) + "  " + task.name;
    text_wrapped(f.small, t.muted, line);
    tasks += (tasks.empty() ? "" : "; ") + core::format_whole_percent(task.ai_figure, r.region->number_style) + " by AI: " + task.name;
  }
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(width, 0));
  ImGui::EndGroup();
  mirror.figures.push_back({std::string(key) + "-name", "Profession", r.profession->name});
  mirror.figures.push_back({std::string(key) + "-score", "Score", score});
  if (!hide_salary) mirror.figures.push_back({std::string(key) + "-salary", "Salary", salary + "; " + ratio});
  mirror.figures.push_back({std::string(key) + "-tasks", "Tasks", tasks});
}

}  // namespace

void draw_compare(const SectionContext& c) {
  const std::string title = c.report.profession->name + " vs " + c.compare->profession->name;
  MirrorSection& mirror = c.mirror.section("compare", "Comparison: " + title);
  Panel panel(c.width, panel_padding(c.narrow));
  const float inner = panel.inner_width();
  section_title("COMPARE", title);
  ImGui::Dummy(ImVec2(0, 4));
  const float gap = 24, width = (inner - gap) / 2;  // two columns even on a phone: it is a comparison
  // One plan for both, said once; the visitor's salary is theirs, the other job is at its own pay.
  const core::Report& r = c.report;
  const std::string plan = "Both against " + r.plan->vendor + " " + r.plan->name + " (" + r.text.ai_yearly + " a year).";
  if (!c.ui.hide_salary) {
    text_wrapped(fonts().small, theme().muted, plan);
    mirror.figures.push_back({"compare-plan", "AI plan", plan});
    ImGui::Dummy(ImVec2(0, 4));
  }
  column(mirror, r, "compare-left", width, c.ui.hide_salary, c.state.salary_yearly > 0 ? "salary (yours)" : "experienced salary");
  ImGui::SameLine(0, gap);
  column(mirror, *c.compare, "compare-right", width, c.ui.hide_salary, "experienced salary");
  ImGui::Dummy(ImVec2(0, 4));
  if (pill_button("close-compare", "Close comparison", false)) c.dispatch({AppEventKind::kSetCompare, ""});
  record_control(mirror, "close-compare", "button", "Close comparison");
}

}  // namespace airisk::app
