// [SECTION] Header: who this card is about, and how its figures were made.
#include "app/sections.h"
#include "app/style.h"
#include "app/widgets.h"
#include "core/money.h"

namespace airisk::app {

void draw_header(const SectionContext& c) {
  const bool method_open = c.ui.method_open;
  const Theme& t = theme();
  const Fonts& f = fonts();
  const core::Profession& profession = *c.report.profession;
  const std::string category = c.report.category ? c.report.category->name : profession.category_id;
  const std::string updated = core::format_date(profession.updated);

  MirrorSection& mirror = c.mirror.section("header", profession.name, 1);
  mirror.figures.push_back({"profession", "Profession", profession.name});
  mirror.figures.push_back({"tagline", "Tagline", profession.tagline});
  mirror.figures.push_back({"category", "Category", category});
  mirror.figures.push_back({"updated", "Last updated", updated});
  mirror.figures.push_back({"method", "How this estimate is made", c.dataset.method_summary});

  Panel panel(c.width, panel_padding(c.narrow));
  kicker("AI AUTOMATION RISK REPORT");
  ImGui::Dummy(ImVec2(0, 2));
  text_wrapped(c.narrow ? f.heading : f.title, t.text, profession.name);
  text_wrapped(f.body, t.muted, profession.tagline);
  if (!c.ui.link_notice.empty()) {
    text_wrapped(f.small, t.danger, c.ui.link_notice);
    mirror.figures.push_back({"link_notice", "About the link", c.ui.link_notice});
  }
  ImGui::Dummy(ImVec2(0, 4));

  chip(category);
  ImGui::SameLine(0, 12);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 3);
  text(f.small, t.muted, "Updated " + updated);
  if (!c.narrow) ImGui::SameLine(0, 16);
  ImGui::PushFont(f.small);
  const std::string toggle = std::string(method_open ? "Hide how this estimate is made" : "How this estimate is made") +
                             (method_open ? " \u2191" : " \u2193");
  if (!c.narrow) ImGui::SetCursorPosY(ImGui::GetCursorPosY() - 12);
  if (link_button("method-toggle", toggle)) c.dispatch({AppEventKind::kToggleMethod, ""});
  ImGui::PopFont();
  record_control(mirror, "method-toggle", "button", "How this estimate is made").pressed = method_open;

  if (method_open) {
    ImGui::Dummy(ImVec2(0, 2));
    text_wrapped(f.body, t.text, c.dataset.method_summary);
    text_wrapped(f.small, t.muted,
                 "A high score means much of the work is exposed to AI; it does not mean the job disappears. "
                 "People still own the judgement, accountability and context around these tasks.");
    ImGui::Dummy(ImVec2(0, 4));
    text(f.label, t.muted, "SOURCES OF THE FIGURES ON THIS CARD");
    for (const core::Source* source : core::report_sources(c.dataset, c.report)) {
      std::string line = "\u2022 " + source->publisher + ": " + source->title + " (" + core::format_date(source->date) + ")";
      if (source->editorial) line += " \u2014 editorial estimate";
      text_wrapped(f.small, t.muted, line);
      mirror.figures.push_back({"source-" + source->id, "Source", line.substr(4)});
    }
  }
}

}  // namespace airisk::app
