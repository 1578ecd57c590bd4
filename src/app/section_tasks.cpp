// [SECTION] Task analysis: each task's AI figure as a bar, the overall score as a gauge with
// grade, band and rank, and "personalise": the visitor's own share of time per task.
#include <algorithm>
#include <cmath>

#include "app/sections.h"
#include "app/style.h"
#include "app/widgets.h"
#include "core/money.h"
#include "core/risk.h"

namespace airisk::app {

namespace {
const char* const kNotJobLoss = "Exposure is not job loss: it measures tasks AI can take on, not whether the role disappears.";
}  // namespace
namespace {

constexpr float kPi = 3.14159265f;

// A half-circle gauge: the arc fills to the score in its band's colour.
void gauge(const core::Report& r, float diameter) {
  const Theme& t = theme();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float radius = diameter / 2, thickness = 16;
  const ImVec2 centre(pos.x + radius, pos.y + radius);
  draw->PathArcTo(centre, radius - thickness / 2, kPi, 2 * kPi, 48);
  draw->PathStroke(t.page, 0, thickness);
  const float end = kPi + kPi * static_cast<float>(std::clamp(r.risk.score, 0.0, 100.0) / 100.0);
  draw->PathArcTo(centre, radius - thickness / 2, kPi, std::max(end, kPi + 0.02f), 48);
  draw->PathStroke(band_colour(r.risk.score), 0, thickness);
  // "56 (49–63)": the score large, the range of its task figures' uncertainty small beside it.
  const std::string score = r.text.risk_score, range = " (" + r.text.risk_range + ")";
  const float score_width = text_width(fonts().title, score), range_width = text_width(fonts().small, range);
  const float left = centre.x - (score_width + range_width) / 2;
  ImGui::PushFont(fonts().title);
  ImVec2 size = ImGui::CalcTextSize(score.c_str());
  draw->AddText(ImVec2(left, centre.y - size.y + 2), t.text, score.c_str());
  ImGui::PopFont();
  ImGui::PushFont(fonts().small);
  const float range_height = ImGui::CalcTextSize(range.c_str()).y;
  draw->AddText(ImVec2(left + score_width, centre.y - range_height - 4), t.muted, range.c_str());
  const char* out_of = "out of 100";
  size = ImGui::CalcTextSize(out_of);
  draw->AddText(ImVec2(centre.x - size.x / 2, centre.y + 4), t.muted, out_of);
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(diameter, radius + 24));
}

// The figure's own uncertainty and where the time share comes from, under the reason: the
// visitor's own once personalised (a field test saw "62% of time ... an editorial estimate").
std::string figure_range_line(const core::Task& task, bool personalised) {
  return "AI figure " + std::to_string(task.ai_figure) + " (range " + std::to_string(task.ai_figure_low) + "\u2013" +
         std::to_string(task.ai_figure_high) + "); time share " +
         (personalised                                        ? "yours."
          : task.time_share_basis == core::ShareBasis::kOnet ? "from O*NET ratings."
                                                               : "an editorial estimate.");
}

void task_row(const SectionContext& c, MirrorSection& mirror, size_t index, int share_pct, float width) {
  const Theme& t = theme();
  const core::Task& task = c.report.profession->tasks[index];
  const bool open = c.ui.open_tasks.count(task.id) > 0;
  ImGui::PushID(task.id.c_str());
  const ImVec2 top = ImGui::GetCursorScreenPos();
  // The whole row is one button: tapping shows the reason, hovering shows it as a tooltip.
  ImGui::BeginGroup();
  // The figure sits at the right; a long task name wraps before it rather than pushing it down.
  const std::string figure = core::format_whole_percent(task.ai_figure, c.report.region->number_style);
  const float figure_width = text_width(fonts().body_bold, figure);
  ImGui::PushFont(fonts().body_bold);
  ImGui::GetWindowDrawList()->AddText(ImVec2(top.x + width - figure_width, top.y), band_colour(task.ai_figure),
                                      figure.c_str());
  ImGui::PopFont();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - figure_width - 12);
  text_wrapped(fonts().body_bold, t.text, task.name);
  ImGui::PopTextWrapPos();
  const ImVec2 bar_pos = ImGui::GetCursorScreenPos();
  const float bar_height = 10;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(bar_pos, ImVec2(bar_pos.x + width, bar_pos.y + bar_height), t.page, bar_height / 2);
  draw->AddRectFilled(bar_pos, ImVec2(bar_pos.x + std::max(bar_height, width * task.ai_figure / 100.0f), bar_pos.y + bar_height),
                      band_colour(task.ai_figure), bar_height / 2);
  ImGui::Dummy(ImVec2(width, bar_height));
  const std::string meta = std::string(task.mode == core::TaskMode::kAutomates ? "AI automates" : "AI assists") +
                           " \u00B7 " + core::horizon_label(task.horizon) + " \u00B7 " +
                           core::format_whole_percent(share_pct, c.report.region->number_style) + " of time" +
                           (open ? "" : " \u00B7 why \u203A");
  text(fonts().small, t.muted, meta);
  if (open) {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    text_wrapped(fonts().small, t.text, task.reason);
    text_wrapped(fonts().small, t.muted, figure_range_line(task, !c.state.weights.empty()));
    if (!task.barriers.empty()) text_wrapped(fonts().small, t.muted, "What slows its use: " + task.barriers);
    ImGui::PopTextWrapPos();
  }
  ImGui::EndGroup();
  const ImVec2 bottom = ImGui::GetItemRectMax();
  ImGui::SetCursorScreenPos(top);
  if (ImGui::InvisibleButton("row", ImVec2(width, std::max(spacing::kTapTarget, bottom.y - top.y)))) {
    c.dispatch({AppEventKind::kToggleTask, "", task.id});
  }
  if (ImGui::IsItemHovered() && !open) {
    // Under the row, wrapped at a reading width: at the pointer, one line ran past the card's
    // right edge over the score's gauge.
    ImGui::SetNextWindowPos(ImVec2(top.x, bottom.y + 4));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 8));  // the card's own windows have none
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::min(width - 24, ImGui::GetFontSize() * 22));
    ImGui::TextUnformatted(task.reason.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
    ImGui::PopStyleVar();
  }
  // The task itself is read once, as a figure; the button only opens its reason on the canvas.
  record_control(mirror, "task-" + task.id, "button", "Why " + figure + " for " + task.name)
      .expanded(open, "task-" + task.id);
  ImGui::PopID();
}

void personalise(const SectionContext& c, MirrorSection& mirror, float width) {
  const Theme& t = theme();
  const core::Profession& p = *c.report.profession;
  const core::NumberStyle& style = c.report.region->number_style;
  const std::string hint = "Set how much of your own time goes to each task; the score follows. The other tasks keep their "
                           "proportions and share the rest, so the shares always add up to " +
                           core::format_whole_percent(100, style) + ".";
  // The slider's own text, in the region's style as every other percent on the card ("22 % of my
  // time" in Germany, where it read "22%" beside "25 %"; field finding); a printf format for ImGui.
  const std::string of_my_time = core::percent_sign(style) + " of my time";  // after the figure
  std::string slider_format = "%.0f" + of_my_time;
  slider_format.insert(slider_format.rfind('%'), "%");
  text_wrapped(fonts().small, t.muted, hint);
  mirror.figures.push_back({"personalise_hint", "Personalise", hint});
  const std::vector<int> shown = core::whole_percentages(c.report.weights);
  for (size_t i = 0; i < p.tasks.size(); ++i) {
    const core::Task& task = p.tasks[i];
    float value = static_cast<float>(shown[i]);
    ImGui::PushID(task.id.c_str());
    text(fonts().small, t.text, task.name);
    ImGui::SetNextItemWidth(width);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(8, 11));
    ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, 22);
    if (ImGui::SliderFloat("##weight", &value, 0, 100, slider_format.c_str(), ImGuiSliderFlags_AlwaysClamp)) {
      c.dispatch({AppEventKind::kSetWeight, "", task.id, std::round(value)});
    }
    ImGui::PopStyleVar(2);
    MirrorControl& control = record_control(mirror, "weight-" + task.id, "range", "Your time on " + task.name,
                                            core::format_number(value, 0, core::NumberStyle{}));
    control.options = {{"0", "min"}, {"100", "max"}};
    control.value_text = control.value + of_my_time;
    ImGui::PopID();
  }
  if (pill_button("reset-weights", "Reset to typical shares", false)) c.dispatch({AppEventKind::kResetWeights, ""});
  record_control(mirror, "reset-weights", "button", "Reset to typical shares");
}

}  // namespace

unsigned band_colour(double score) { return theme().band[static_cast<int>(core::band_for(score))]; }

void draw_tasks(const SectionContext& c) {
  const Theme& t = theme();
  const Fonts& f = fonts();
  const core::Report& r = c.report;
  MirrorSection& mirror = c.mirror.section("tasks", "Task analysis");
  Panel panel(c.width, panel_padding(c.narrow));
  const float inner = panel.inner_width();
  section_title("TASK ANALYSIS", "How much of the work AI can do today");
  ImGui::Dummy(ImVec2(0, 4));

  const float gauge_width = c.narrow ? inner : 240;
  const float list_width = c.narrow ? inner : inner - gauge_width - 32;
  const float origin_x = ImGui::GetCursorPosX(), top_y = ImGui::GetCursorPosY();
  if (!c.narrow) ImGui::SetCursorPos(ImVec2(origin_x + list_width + 32, top_y));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + gauge_width);
  if (c.narrow) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (gauge_width - 200) / 2);
  gauge(r, 200);
  const std::string grade = std::string("Grade ") + r.risk.grade + " \u00B7 " + core::band_label(r.risk.band) + " exposure";
  text(f.body_bold, band_colour(r.risk.score), grade);
  // Observed use sits by the score as evidence with its date; it never enters the score.
  if (!r.text.observed_use.empty()) text_wrapped(f.small, t.text, "Observed use: " + r.text.observed_use + ".");
  text_wrapped(f.small, t.muted, "More exposed than " + r.text.rank_pct + " of the " +
                                     std::to_string(c.dataset.score_distribution.size()) + " professions we cover.");
  text_wrapped(f.small, t.muted, r.text.automates_share + " of the time goes to tasks AI mostly does itself; " +
                                     r.text.assists_share + " to tasks where it assists a person.");
  text_wrapped(f.small, t.muted, r.text.employment);
  text_wrapped(f.small, t.muted, kNotJobLoss);
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  const float gauge_bottom = ImGui::GetCursorPosY();
  if (c.narrow) ImGui::Dummy(ImVec2(0, 8));
  else ImGui::SetCursorPos(ImVec2(origin_x, top_y));

  ImGui::BeginGroup();
  const std::vector<int> shares = core::whole_percentages(r.weights);
  for (size_t i = 0; i < r.profession->tasks.size(); ++i) {
    task_row(c, mirror, i, shares[i], list_width);
    ImGui::Dummy(ImVec2(0, 2));
  }
  ImGui::Dummy(ImVec2(0, 4));
  const char* toggle = c.ui.personalise_open ? "Hide personalise" : "Personalise: your own time per task";
  if (pill_button("personalise", toggle, c.ui.personalise_open, list_width)) {
    c.dispatch({AppEventKind::kTogglePersonalise, ""});
  }
  record_control(mirror, "personalise", "button", toggle).expanded(c.ui.personalise_open, "personalise_hint");
  if (c.ui.personalise_open) personalise(c, mirror, list_width);
  ImGui::EndGroup();
  if (!c.narrow && ImGui::GetCursorPosY() < gauge_bottom) ImGui::SetCursorPosY(gauge_bottom);

  // The score, grade, band and rank are read once, in the header, before anything else.
  if (!r.text.observed_use.empty()) {
    mirror.figures.push_back({"observed_use", "Observed use (Anthropic Economic Index), not part of the score",
                              r.text.observed_use});
  }
  mirror.figures.push_back({"automates_share", "Time in tasks AI mostly automates", r.text.automates_share});
  mirror.figures.push_back({"employment", "US employment", r.text.employment});
  mirror.figures.push_back({"not_job_loss", "What the score is not", kNotJobLoss});
  for (size_t i = 0; i < r.profession->tasks.size(); ++i) {
    const core::Task& task = r.profession->tasks[i];
    mirror.figures.push_back({"task-" + task.id, task.name,
                              core::format_whole_percent(task.ai_figure, r.region->number_style) + " by AI, " +
                                  core::task_mode_label(task.mode) + ", " + core::horizon_label(task.horizon) + ", " +
                                  core::format_whole_percent(shares[i], r.region->number_style) + " of time. " +
                                  task.reason + " " + figure_range_line(task, !c.state.weights.empty()) +
                                  (task.barriers.empty() ? "" : " What slows its use: " + task.barriers)});
  }
}

}  // namespace airisk::app
