// [SECTION] Prognosis timeline: the profession's phases on a line with their years.
#include <algorithm>

#include "app/sections.h"
#include "app/style.h"
#include "app/widgets.h"

namespace airisk::app {
namespace {

std::string years(const core::TimelinePhase& phase) {
  return phase.from_year == phase.to_year ? std::to_string(phase.from_year)
                                          : std::to_string(phase.from_year) + "\u2013" + std::to_string(phase.to_year);
}

}  // namespace

void draw_timeline(const SectionContext& c) {
  const Theme& t = theme();
  const Fonts& f = fonts();
  const auto& phases = c.report.profession->timeline;
  MirrorSection& mirror = c.mirror.section("timeline", "Prognosis timeline");
  Panel panel(c.width, panel_padding(c.narrow));
  const float inner = panel.inner_width();
  section_title("PROGNOSIS", "What the next years may bring");
  const char* const caveat = "Projected from current trends; the real pace may differ.";
  text_wrapped(f.small, t.muted, caveat);
  mirror.figures.push_back({"timeline_caveat", "About these years", caveat});
  ImGui::Dummy(ImVec2(0, 8));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float dot = 7;
  if (!c.narrow) {
    // Wide: phases side by side along one horizontal line.
    const float column = (inner - 24 * (phases.size() - 1)) / std::max<size_t>(1, phases.size());
    const ImVec2 line_start = ImGui::GetCursorScreenPos();
    draw->AddLine(ImVec2(line_start.x + dot, line_start.y + dot), ImVec2(line_start.x + inner - dot, line_start.y + dot),
                  t.border, 2);
    for (size_t i = 0; i < phases.size(); ++i) {
      if (i) ImGui::SameLine(0, 24);
      ImGui::BeginGroup();
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      draw->AddCircleFilled(ImVec2(pos.x + dot, pos.y + dot), dot, t.accent);
      ImGui::Dummy(ImVec2(column, 2 * dot + 4));
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
      text(f.body_bold, t.accent, years(phases[i]));
      text_wrapped(f.body, t.text, phases[i].text);
      ImGui::PopTextWrapPos();
      ImGui::EndGroup();
    }
  } else {
    // Narrow: phases down a vertical line.
    for (const auto& phase : phases) {
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      ImGui::SetCursorScreenPos(ImVec2(pos.x + 2 * dot + 12, pos.y));
      ImGui::BeginGroup();
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inner - 2 * dot - 12);
      text(f.body_bold, t.accent, years(phase));
      text_wrapped(f.body, t.text, phase.text);
      ImGui::PopTextWrapPos();
      ImGui::EndGroup();
      const float bottom = ImGui::GetItemRectMax().y;
      draw->AddLine(ImVec2(pos.x + dot, pos.y + dot), ImVec2(pos.x + dot, bottom + 10), t.border, 2);
      draw->AddCircleFilled(ImVec2(pos.x + dot, pos.y + dot + 3), dot, t.accent);
      ImGui::Dummy(ImVec2(0, 4));
    }
  }
  for (size_t i = 0; i < phases.size(); ++i) {
    mirror.figures.push_back({"phase-" + std::to_string(i + 1), years(phases[i]), phases[i].text});
  }
}

}  // namespace airisk::app
