// [SECTION] Skills to learn: what keeps its value as AI takes on more of the work.
#include "app/sections.h"
#include "app/style.h"
#include "app/widgets.h"

namespace airisk::app {

void draw_skills(const SectionContext& c) {
  const Theme& t = theme();
  const Fonts& f = fonts();
  const auto& skills = c.report.profession->skills;
  MirrorSection& mirror = c.mirror.section("skills", "Skills to learn");
  Panel panel(c.width, panel_padding(c.narrow));
  const float inner = panel.inner_width();
  section_title("SKILLS TO LEARN", "Invest in these now");
  ImGui::Dummy(ImVec2(0, 4));
  const int per_row = c.narrow ? 1 : 2;
  const float gap = 24, column = (inner - gap * (per_row - 1)) / per_row;
  for (size_t i = 0; i < skills.size(); ++i) {
    if (i % per_row != 0) ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
    text(f.body_bold, t.text, "\u2713 " + skills[i].name);
    text_wrapped(f.small, t.muted, skills[i].why);
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(column, 6));
    ImGui::EndGroup();
    mirror.figures.push_back({"skill-" + std::to_string(i + 1), skills[i].name, skills[i].why});
  }
}

}  // namespace airisk::app
