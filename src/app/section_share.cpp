// [SECTION] Report card: the grade in one line, and the ways to pass it on: copy the link,
// share it (where the browser has a share sheet), download the card as a PNG.
#include <algorithm>

#include "app/sections.h"
#include "app/style.h"
#include "app/widgets.h"
#include "core/link.h"
#include "core/money.h"
#include "core/risk.h"

namespace airisk::app {

std::string score_summary(const core::Report& r, bool personalised) {
  return r.profession->name + ": AI exposure " + r.text.risk_score + "/100, grade " + std::string(1, r.risk.grade) + " (" +
         core::band_label(r.risk.band) + ")" + (personalised ? ", personalised to your time" : "");
}

void draw_share(const SectionContext& c) {
  const Theme& t = theme();
  const Fonts& f = fonts();
  const core::Report& r = c.report;
  MirrorSection& mirror = c.mirror.section("share", "Report card");
  Panel panel(c.width, panel_padding(c.narrow));
  kicker("REPORT CARD");
  // The grade letter large, in its band's colour, beside the summary.
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float box = 72;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + box, pos.y + box), t.page, 16);
  draw->AddRect(pos, ImVec2(pos.x + box, pos.y + box), band_colour(r.risk.score), 16, 0, 3);
  ImGui::PushFont(f.title);
  const char grade[2] = {r.risk.grade, 0};
  ImVec2 size = ImGui::CalcTextSize(grade);
  draw->AddText(ImVec2(pos.x + (box - size.x) / 2, pos.y + (box - size.y) / 2), band_colour(r.risk.score), grade);
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(box, box));
  const std::string summary = score_summary(r, !c.state.weights.empty());
  // Beside the badge where each of its words fits there; in a narrow column (a host's 200 px
  // sidebar) under it, rather than broken inside words.
  float widest_word = 0;
  for (size_t from = 0; from < summary.size();) {
    const size_t end = std::min(summary.find(' ', from), summary.size());
    widest_word = std::max(widest_word, text_width(f.body_bold, summary.substr(from, end - from)));
    from = end + 1;
  }
  if (panel.inner_width() - box - 20 >= widest_word) ImGui::SameLine(0, 20);
  ImGui::BeginGroup();
  text_wrapped(f.body_bold, t.text, summary);
  const std::string cost = c.ui.hide_salary
                               ? "An AI plan (" + r.plan->name + ") costs " + r.text.ai_yearly + " a year in " + core::place_name(r.region->name) + "."
                               : "An AI plan costs " + r.text.ai_against_salary + " a " + r.text.salary + " salary in " +
                                     core::place_name(r.region->name) + ".";
  text_wrapped(f.body, t.muted, cost);
  text_wrapped(f.small, t.muted, "Know someone in this field? Send them this card: the link reopens it exactly as you see it.");
  ImGui::EndGroup();
  ImGui::Dummy(ImVec2(0, 4));

  // The buttons share a line where they fit (in a host's 200 px column, one a line).
  if (pill_button("copy-link", "Copy link", false)) c.dispatch({AppEventKind::kCopyLink, ""});
  record_control(mirror, "copy-link", "button", "Copy link to this card");
  if (c.ui.can_share) {
    same_line_if_fits(pill_width("Share\u2026"));
    if (pill_button("share", "Share\u2026", false)) c.dispatch({AppEventKind::kShare, ""});
    record_control(mirror, "share", "button", "Share this card");
  }
  if (!(c.narrow && c.ui.can_share)) same_line_if_fits(pill_width("Download PNG"));
  if (pill_button("download-png", "Download PNG", false)) c.dispatch({AppEventKind::kDownloadPng, ""});
  record_control(mirror, "download-png", "button", "Download PNG of this card");
  // On a phone the embed button starts the next line by itself.
  const std::string embed = c.ui.embed_open ? "Hide embed code" : "Embed this card";
  if (!c.narrow) same_line_if_fits(pill_width(embed));
  if (pill_button("embed", embed, c.ui.embed_open)) {
    c.dispatch({AppEventKind::kToggleEmbed, ""});
  }
  record_control(mirror, "embed", "button", embed).expanded(c.ui.embed_open, "embed-snippet");
  // Escape closes the embed code, as it does a list; typing in a field keeps its own Escape.
  const ImGuiIO& io = ImGui::GetIO();
  if (c.ui.embed_open && !io.WantTextInput && ImGui::IsKeyPressed(io.KeyMap[ImGuiKey_Escape], false)) {
    c.dispatch({AppEventKind::kToggleEmbed, ""});
  }
  if (!c.ui.notice.empty()) text_wrapped(f.small, c.ui.png_blocked ? t.danger : t.accent, c.ui.notice);
  if (c.ui.png_blocked) {
    // This page keeps the card from saving files: the image can still be copied or opened.
    if (pill_button("copy-png", "Copy image", false)) c.dispatch({AppEventKind::kControl, "copy-png"});
    record_control(mirror, "copy-png", "button", "Copy image of this card");
    same_line_if_fits(pill_width("Open image"));
    if (pill_button("open-png", "Open image", false)) c.dispatch({AppEventKind::kControl, "open-png"});
    record_control(mirror, "open-png", "button", "Open image of this card in a new tab");
  }
  if (c.ui.embed_open) {
    ImGui::Dummy(ImVec2(0, 2));
    text_wrapped(f.small, t.muted, "Paste this into any page to show this card, as it is now:");
    text_wrapped(f.small, t.text, c.ui.embed_snippet);
    if (pill_button("copy-snippet", "Copy embed code", false)) c.dispatch({AppEventKind::kCopySnippet, ""});
    record_control(mirror, "copy-snippet", "button", "Copy embed code");
    mirror.figures.push_back({"embed-snippet", "Embed code", c.ui.embed_snippet});
  }

  mirror.figures.push_back({"summary", "Summary", summary + ". " + cost});
  mirror.figures.push_back({"link", "Link to this card", c.ui.link});
  mirror.figures.push_back({"notice", "Status", c.ui.notice});
}

}  // namespace airisk::app
