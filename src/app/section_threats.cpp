// [SECTION] Threat agents: the AI products and companies already doing parts of this work.
#include "app/sections.h"
#include "app/style.h"
#include "app/widgets.h"
#include "core/money.h"

namespace airisk::app {

void draw_threats(const SectionContext& c) {
  const Theme& t = theme();
  const Fonts& f = fonts();
  const core::Profession& p = *c.report.profession;
  MirrorSection& mirror = c.mirror.section("threats", "Threat agents: AI products doing parts of this work");
  Panel panel(c.width, panel_padding(c.narrow));
  const float inner = panel.inner_width();
  section_title("THREAT AGENTS", "Who is automating this work");
  if (p.threats.empty()) {
    const std::string line = "No AI product we know of targets this work directly yet; general assistants help with "
                             "its paperwork at most.";
    text_wrapped(f.body, t.muted, line);
    mirror.figures.push_back({"threats-none", "Threat agents", line});
    return;
  }
  ImGui::Dummy(ImVec2(0, 4));
  const int per_row = c.narrow ? 1 : 2;
  const float gap = 24, column = (inner - gap * (per_row - 1)) / per_row;
  for (size_t i = 0; i < p.threats.size(); ++i) {
    const core::ThreatAgent* agent = c.dataset.find_threat_agent(p.threats[i].agent_id);
    if (!agent) continue;
    const std::string& does = p.threats[i].does;
    if (i % per_row != 0) ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
    text(f.label, t.muted, agent->company);
    text(f.body_bold, t.text, agent->product);
    const std::string dated = does + " (as of " + core::format_date(agent->as_of) + ")";
    text_wrapped(f.small, t.muted, dated);
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(column, 6));
    ImGui::EndGroup();
    mirror.figures.push_back({"threat-" + agent->id, core::agent_full_name(*agent), dated});
  }
}

}  // namespace airisk::app
