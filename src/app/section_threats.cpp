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
  if (p.threat_agent_ids.empty()) {
    const std::string line = "No AI product we know of targets this work directly yet; general assistants help with "
                             "its paperwork at most.";
    text_wrapped(f.body, t.muted, line);
    mirror.figures.push_back({"threats-none", "Threat agents", line});
    return;
  }
  ImGui::Dummy(ImVec2(0, 4));
  const int per_row = c.narrow ? 1 : 2;
  const float gap = 24, column = (inner - gap * (per_row - 1)) / per_row;
  for (size_t i = 0; i < p.threat_agent_ids.size(); ++i) {
    const core::ThreatAgent* agent = c.dataset.find_threat_agent(p.threat_agent_ids[i]);
    if (!agent) continue;
    if (i % per_row != 0) ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
    text(f.label, t.muted, agent->company);
    text(f.body_bold, t.text, agent->product);
    text_wrapped(f.small, t.muted, agent->does + " (as of " + core::format_date(agent->as_of) + ")");
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(column, 6));
    ImGui::EndGroup();
    mirror.figures.push_back({"threat-" + agent->id, agent->company + " " + agent->product, agent->does});
  }
}

}  // namespace airisk::app
