// [SECTION] Check another profession: live search, browsing by category, and "compare".
#include <algorithm>

#include "app/fonts.h"
#include "app/sections.h"
#include "app/style.h"
#include "app/widgets.h"
#include "core/money.h"
#include "core/risk.h"
#include "core/utf8.h"
#include "imgui_stdlib.h"

namespace airisk::app {
namespace {

constexpr size_t kShownResults = 10;
// How many matches the count says at most ("10 of 14 found"); more is "100+".
constexpr size_t kCountedResults = 100;

// Which list a row is in. A profession both found and in the open category is a row of each: its
// controls are named apart, or the mirror (and ImGui's ids) kept one and lost the other.
enum class RowList { kFound, kCategory };

// One profession in a result list: open it, or compare it with the current card.
void result_row(const SectionContext& c, MirrorSection& mirror, RowList list, size_t index, float width,
                const std::string& note) {
  const Theme& t = theme();
  // The summary: a listed profession's record is read only when it is opened.
  const core::Profession& p = c.dataset.professions()[index];
  ImGui::PushID(static_cast<int>(list));
  ImGui::PushID(p.slug.c_str());
  const std::string prefix = list == RowList::kFound ? "" : "browse-";
  const float compare_width = 110;
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float row_width = width - compare_width - 8;
  const std::string score = core::format_number(p.score, 0, core::NumberStyle{});
  const std::string badge = score + " \u00B7 " + std::string(1, core::grade_for(p.score));
  const float badge_w = text_width(fonts().body_bold, badge);
  // On a phone the row is narrow: the name takes its whole width, on up to two lines, and the
  // score goes to the line under it; elsewhere the score sits at the row's end. What still does
  // not fit ends in "…", never under the badge or the Compare button (the mirror keeps it whole).
  const std::vector<std::string> name_lines =
      fit_lines(fonts().body_bold, p.name, c.narrow ? row_width - 20 : row_width - badge_w - 30, c.narrow ? 2 : 1);
  const float line_height = 20;
  const float row_height = 24 + line_height * static_cast<float>(std::max<size_t>(name_lines.size(), 1));
  if (ImGui::InvisibleButton("open", ImVec2(row_width, row_height))) c.dispatch({AppEventKind::kSetProfession, p.slug});
  const bool hovered = ImGui::IsItemHovered();
  const core::Category* category = c.dataset.find_category(p.category_id);
  // What the row shows, in words: the score and grade, the category, what matched.
  record_control(mirror, prefix + "open-" + p.slug, "button",
                 "Open " + p.name + ", score " + score + ", grade " + std::string(1, core::grade_for(p.score)) +
                     (category ? ", " + category->name : "") + (note.empty() ? "" : ", " + note));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (hovered) draw->AddRectFilled(top, ImVec2(top.x + row_width, top.y + row_height), t.accent_soft, 8);
  float y = top.y + 4;
  for (const std::string& line : name_lines) {
    draw->AddText(fonts().body_bold, drawn_size(fonts().body_bold), ImVec2(top.x + 10, y), t.text, line.c_str());
    y += line_height;
  }
  const std::string sub = (category ? category->name : "") + (note.empty() ? "" : " \u00B7 " + note);
  float sub_left = top.x + 10;
  if (c.narrow) {
    const std::string separator = " \u00B7 ";
    draw->AddText(fonts().small, drawn_size(fonts().small), ImVec2(sub_left, y), band_colour(p.score), badge.c_str());
    sub_left += text_width(fonts().small, badge);
    draw->AddText(fonts().small, drawn_size(fonts().small), ImVec2(sub_left, y), t.muted, separator.c_str());
    sub_left += text_width(fonts().small, separator);
  } else {
    ImGui::PushFont(fonts().body_bold);
    draw->AddText(ImVec2(top.x + row_width - badge_w - 10, top.y + 12), band_colour(p.score), badge.c_str());
    ImGui::PopFont();
  }
  draw->AddText(fonts().small, drawn_size(fonts().small), ImVec2(sub_left, y), t.muted,
                fit_text(fonts().small, sub, top.x + row_width - 10 - sub_left).c_str());
  const bool is_current = p.slug == c.state.profession_slug;
  if (!is_current) {
    ImGui::SameLine(0, 8);
    ImGui::SetCursorScreenPos(ImVec2(top.x + row_width + 8, top.y + 2));
    if (pill_button("compare", "Compare", p.slug == c.state.compare_slug)) c.dispatch({AppEventKind::kSetCompare, p.slug});
    record_control(mirror, prefix + "compare-" + p.slug, "button", "Compare with " + p.name);
  }
  ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + row_height + 2));
  ImGui::Dummy(ImVec2(width, 0));
  ImGui::PopID();
  ImGui::PopID();
}

}  // namespace

void draw_catalog(const SectionContext& c) {
  const Theme& t = theme();
  const Fonts& f = fonts();
  MirrorSection& mirror = c.mirror.section("catalog", "Check another profession");
  Panel panel(c.width, panel_padding(c.narrow));
  const float inner = panel.inner_width();
  section_title("CHECK ANOTHER PROFESSION", "Search " + std::to_string(c.dataset.profession_list.size()) + " professions");
  const float field_width = std::min(inner, 480.0f);
  ImGui::SetNextItemWidth(field_width);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(14, 12));
  // The longest hint that fits: a phone cut "… API developer, 29-114" at the field's edge.
  const char* hint = "Job title";
  for (const char* longer : {"Job title, e.g. nurse, API developer, 29-1141", "Job title, e.g. nurse, API developer",
                             "Job title, e.g. nurse"}) {
    if (ImGui::CalcTextSize(longer).x <= field_width - 2 * 14) {
      hint = longer;
      break;
    }
  }
  std::string typed = c.ui.search;
  bool refused = false;
  const bool edited = ImGui::InputTextWithHint("##search", hint, &typed, ImGuiInputTextFlags_CallbackCharFilter,
                                               refuse_undrawable, &refused);
  if (refused || edited) c.ui.search_refused_character = refused;
  if (ImGui::IsItemDeactivated()) c.ui.search_refused_character = false;
  if (edited) c.dispatch({AppEventKind::kSetSearch, typed});
  // Enter opens the first result, as a search box does (ImGui ends the edit on Enter).
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsItemDeactivated() && (ImGui::IsKeyPressed(io.KeyMap[ImGuiKey_Enter], false) ||
                                     ImGui::IsKeyPressed(io.KeyMap[ImGuiKey_KeyPadEnter], false))) {
    c.dispatch({AppEventKind::kControl, "search-submit"});
  }
  ImGui::PopStyleVar();
  record_control(mirror, "search", "search", "Search professions", c.ui.search);
  if (c.ui.search_refused_character) {
    const std::string said = "The card knows job titles in English, German, French and Portuguese: that character "
                             "cannot be typed here.";
    text_wrapped(f.small, t.muted, said);
    mirror.figures.push_back({"search_refused", "Search", said});
  }

  const std::string query = c.ui.search;
  if (!query.empty()) {
    auto hits = c.search.search(query, kCountedResults);
    const std::string found = hits.size() >= kCountedResults ? std::to_string(kCountedResults) + "+" : std::to_string(hits.size());
    const bool more = hits.size() > kShownResults;
    if (more) hits.resize(kShownResults);
    // Text the card cannot draw is not quoted back as "?????": the field shows what was typed.
    // One letter is where a search starts, not one that found nothing.
    std::string letters = query;
    letters.erase(std::remove(letters.begin(), letters.end(), ' '), letters.end());
    const std::string none = core::count_characters(letters) < 2 ? "Type another letter or two to search."
                             : can_draw(query) ? "No profession matches \"" + query + "\". Try another title."
                                               : "No profession matches that. The card knows job titles in "
                                                 "English, German, French and Portuguese: try one, e.g. nurse or "
                                                 "software developer.";
    if (hits.empty()) text_wrapped(f.small, t.muted, none);
    for (const auto& hit : hits) {
      const std::string& name = c.dataset.professions()[hit.profession].name;
      result_row(c, mirror, RowList::kFound, hit.profession, inner, hit.matched != name ? "matched: " + hit.matched : "");
    }
    // A short word matches many jobs ("nurse": 14): say that the list is the best of them.
    // Nothing found is said as the card draws it: the mirror's status region reads it out.
    const std::string count = hits.empty() ? none
                              : more       ? "The " + std::to_string(kShownResults) + " best of " + found +
                                                 " found: add a word to narrow them down"
                                           : found + " found";
    if (more) {
      text_wrapped(f.small, t.muted, "The " + std::to_string(kShownResults) + " best of " + found +
                                         " matches are shown: add a word to narrow them down.");
    }
    mirror.figures.push_back({"search-results", "Search results", count});
  }

  ImGui::Dummy(ImVec2(0, 4));
  text(f.label, t.muted, "OR BROWSE BY CATEGORY");
  // Category chips flow onto as many lines as the width needs.
  const float right = ImGui::GetCursorScreenPos().x + inner;
  for (size_t i = 0; i < c.dataset.categories.size(); ++i) {
    const core::Category& category = c.dataset.categories[i];
    const float width = text_width(f.body, category.name) + 34;
    if (i > 0) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    }
    if (pill_button(category.id.c_str(), category.name, c.ui.category == category.id)) {
      c.dispatch({AppEventKind::kSetCategory, category.id});
    }
    record_control(mirror, "category-" + category.id, "button", category.name).chosen(c.ui.category == category.id);
  }
  if (!c.ui.category.empty()) {
    ImGui::Dummy(ImVec2(0, 4));
    c.ui.category_list_top = ImGui::GetCursorScreenPos().y + c.mirror.scroll_y;
    for (size_t index : c.search.in_category(c.ui.category)) {
      result_row(c, mirror, RowList::kCategory, index, inner, "");
    }
  }
}

}  // namespace airisk::app
