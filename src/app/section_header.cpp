// [SECTION] Header: who this card is about, and how its figures were made.
#include "app/sections.h"
#include "app/style.h"
#include "app/widgets.h"
#include "core/money.h"
#include "core/risk.h"

namespace airisk::app {
namespace {

std::string headline_text(const core::Report& r) {
  return r.text.risk_score + " / 100 \u00B7 Grade " + std::string(1, r.risk.grade) + " \u00B7 " +
         core::band_label(r.risk.band) + " exposure";
}

std::string rank_line(const SectionContext& c) {
  return "Range " + c.report.text.risk_range + " \u00B7 more exposed than " + c.report.text.rank_pct + " of the " +
         std::to_string(c.dataset.score_distribution.size()) + " professions we cover";
}

// The one number people share, first: score, grade and band beside the grade's badge, then
// its range and rank, before the cost comparison. A personalised score says so.
void headline(const SectionContext& c) {
  const Theme& t = theme();
  const Fonts& f = fonts();
  const core::Report& r = c.report;
  const float box = c.narrow ? 52 : 64;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const unsigned colour = band_colour(r.risk.score);
  draw->AddRectFilled(pos, ImVec2(pos.x + box, pos.y + box), t.page, 14);
  draw->AddRect(pos, ImVec2(pos.x + box, pos.y + box), colour, 14, 0, 3);
  const char grade[2] = {r.risk.grade, 0};
  ImGui::PushFont(c.narrow ? f.figure : f.title);
  const ImVec2 size = ImGui::CalcTextSize(grade);
  draw->AddText(ImVec2(pos.x + (box - size.x) / 2, pos.y + (box - size.y) / 2), colour, grade);
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(box, box));
  ImGui::SameLine(0, c.narrow ? 12 : 16);
  ImGui::BeginGroup();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 4));
  // The number large, then what it means in the band's colour; the mirror reads them as one line.
  text(f.figure, t.text, r.text.risk_score + " / 100");
  text_wrapped(f.body_bold, colour, std::string("Grade ") + r.risk.grade + " \u00B7 " + core::band_label(r.risk.band) +
                                       " exposure");
  text_wrapped(f.small, t.muted, rank_line(c));
  if (!c.state.weights.empty()) {
    text_wrapped(f.small, t.accent, "Personalised to your time per task (typical shares: " + r.text.dataset_risk_score + ")");
  }
  ImGui::PopStyleVar();
  ImGui::EndGroup();
}

void headline_figures(const SectionContext& c, MirrorSection& mirror) {
  const core::Report& r = c.report;
  mirror.figures.push_back({"headline", "AI exposure", headline_text(r)});
  mirror.figures.push_back({"score", "AI exposure score out of 100", r.text.risk_score});
  mirror.figures.push_back({"score_range", "Score range from the task figures' uncertainty", r.text.risk_range});
  mirror.figures.push_back({"grade", "Grade", std::string(1, r.risk.grade)});
  mirror.figures.push_back({"band", "Band", core::band_label(r.risk.band)});
  mirror.figures.push_back({"rank_pct", "More exposed than this share of professions", r.text.rank_pct});
  if (!c.state.weights.empty()) {
    mirror.figures.push_back({"personalised", "Personalised", "The score uses your own time per task; with typical shares it is " +
                                                                  r.text.dataset_risk_score + "."});
  }
}

}  // namespace

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
  headline_figures(c, mirror);
  mirror.figures.push_back({"category", "Category", category});
  mirror.figures.push_back({"updated", "Last updated", updated});
  mirror.figures.push_back({"method", "How this estimate is made", c.dataset.method_summary});

  Panel panel(c.width, panel_padding(c.narrow));
  const float right = ImGui::GetCursorScreenPos().x + panel.inner_width();
  kicker("AI AUTOMATION RISK REPORT");
  ImGui::Dummy(ImVec2(0, 2));
  text_wrapped(c.narrow ? f.heading : font_that_draws(f.title, f.heading, profession.name), t.text, profession.name);
  text_wrapped(f.body, t.muted, profession.tagline);
  if (!c.ui.link_notice.empty()) {
    text_wrapped(f.small, t.danger, c.ui.link_notice);
    mirror.figures.push_back({"link_notice", "About the link", c.ui.link_notice});
  }
  ImGui::Dummy(ImVec2(0, 6));
  headline(c);
  ImGui::Dummy(ImVec2(0, 6));

  chip(category);
  // Beside the chip where it fits; at 200 px it wrapped a character a line ("Update / d").
  const std::string updated_line = "Updated " + updated;
  if (ImGui::GetItemRectMax().x + 12 + text_width(f.small, updated_line) <= right) {
    ImGui::SameLine(0, 12);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 3);
  }
  text(f.small, t.muted, updated_line);
  if (!c.narrow) ImGui::SameLine(0, 16);
  ImGui::PushFont(f.small);
  const std::string toggle = std::string(method_open ? "Hide how this estimate is made" : "How this estimate is made") +
                             (method_open ? " \u2191" : " \u2193");
  if (!c.narrow) ImGui::SetCursorPosY(ImGui::GetCursorPosY() - 12);
  if (link_button("method-toggle", toggle)) c.dispatch({AppEventKind::kToggleMethod, ""});
  ImGui::PopFont();
  record_control(mirror, "method-toggle", "button", method_open ? "Hide how this estimate is made" : "How this estimate is made")
      .expanded(method_open, "method");
  if (c.compare) {
    // The comparison follows every other section, often far below: the header says it is there.
    const std::string label = "Compared with " + c.compare->profession->name + " below \u2193";
    ImGui::PushFont(f.small);
    // Beside the method's link where the row has room; each keeps a whole tap target on a phone.
    if (!c.narrow && ImGui::GetItemRectMax().x + 24 + ImGui::CalcTextSize(label.c_str()).x <= right) {
      ImGui::SameLine(0, 24);
    }
    if (link_button("go-compare", label)) c.dispatch({AppEventKind::kControl, "go-compare"});
    ImGui::PopFont();
    record_control(mirror, "go-compare", "button", "Compared with " + c.compare->profession->name + ": go to the comparison");
  }

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
