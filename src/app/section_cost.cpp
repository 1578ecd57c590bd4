// [SECTION] Cost comparison, human vs AI: salary, region and plan in; yearly costs, ratio,
// share of salary, hourly figures and break-even out.
#include <algorithm>
#include <cctype>

#include "app/sections.h"
#include "app/style.h"
#include "app/widgets.h"
#include "core/money.h"
#include "imgui_internal.h"  // GetCurrentWindowRead: whether an open list is placed yet
#include "imgui_stdlib.h"

namespace airisk::app {
namespace {

constexpr float kFieldHeightPadding = 12;  // makes a 16 px field 40 px tall: a comfortable tap target
constexpr float kFieldSidePadding = 14;

std::string region_label(const core::Region& region) { return region.name + " \u00B7 " + region.currency; }

// The plan's price in US dollars, named as such beside another region's money (field test: an
// Australian read "$20/mo" as 20 Australian dollars).
std::string plan_label(const core::AiPlan& plan, const core::Region& region) {
  return plan.vendor + " " + plan.name + " \u00B7 " + core::format_usd_in(plan.usd_per_month, region) + "/mo";
}

// Without its vendor, for a narrow field: "Claude Max 20x \u00B7 US$200/mo" says which plan, where
// "Anthropic Claude\u2026 \u00B7 US$200/mo" was the same for Pro, Max 5x and Max 20x.
std::string plan_short_label(const core::AiPlan& plan, const core::Region& region) {
  return plan.name + " \u00B7 " + core::format_usd_in(plan.usd_per_month, region) + "/mo";
}

void field_label(const std::string& label) { text(fonts().label, theme().muted, label); }

// Labels are drawn in capitals and said in words: a screen reader may spell "REGION" out.
std::string in_capitals(std::string label) {
  for (char& ch : label) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return label;
}

void salary_controls(const SectionContext& c, SalaryField& salary, MirrorSection& mirror, float column_width) {
  const Theme& t = theme();
  const float column_left = ImGui::GetCursorScreenPos().x;
  const core::Report& r = c.report;
  field_label("YEARLY SALARY (" + r.region->currency + ")");
  ImGui::SetNextItemWidth(std::min(column_width, 340.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(kFieldSidePadding, kFieldHeightPadding));
  ImGui::PushFont(fonts().body_bold);
  // The field edits a copy: the state's salary text changes only through the event.
  std::string typed = salary.text;
  bool refused = false;
  const bool edited = ImGui::InputText("##salary", &typed, ImGuiInputTextFlags_AutoSelectAll | ImGuiInputTextFlags_CallbackCharFilter,
                                       refuse_undrawable, &refused);
  if (refused || edited) salary.refused_character = refused;
  // ImGui's Escape puts back the text from before the typing; the card puts back its salary too
  // (read again, that text lost the preset it came from).
  const bool undone = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGui::GetIO().KeyMap[ImGuiKey_Escape], false);
  if (undone) {
    c.dispatch({AppEventKind::kUndoSalaryTyping, ""});
  } else if (edited) {
    c.dispatch({AppEventKind::kSetSalaryText, typed});
  }
  // Once the visitor leaves the field, show the accepted salary the way the region writes it.
  if (ImGui::IsItemDeactivated()) salary.refused_character = false;
  if (ImGui::IsItemDeactivated() && !undone) {
    if (salary.held_text) {
      c.dispatch({AppEventKind::kSettleSalary, ""});  // a figure held while typing applies now
    } else {
      salary.typing = false;  // what is typed next starts from the salary the card shows
      if (salary.error.empty()) salary.text = c.report.text.salary;
    }
  }
  ImGui::PopFont();
  ImGui::PopStyleVar();
  record_control(mirror, "salary", "text", "Yearly salary (" + r.region->currency + ")", salary.text);

  if (salary.refused_character) {
    const std::string said = std::string(core::kJapaneseMarksRead) + ": that character cannot be typed here.";
    text_wrapped(fonts().small, t.muted, said);
    mirror.figures.push_back({"salary_refused", "Salary input", said});
  }
  if (!salary.error.empty()) {
    text_wrapped(fonts().small, t.danger, salary.error + ". Showing " + r.text.salary + ".");
    mirror.figures.push_back({"salary_error", "Salary input problem", salary.error + ". Showing " + r.text.salary + "."});
  } else if (!salary.conversion.empty()) {
    text_wrapped(fonts().small, t.muted, salary.conversion);
    mirror.figures.push_back({"salary_conversion", "Salary conversion", salary.conversion});
    // Typed in another region's money: that region, one tap away, with the figure as typed.
    bool first = true;
    for (const std::string& code : salary.regions_of_money_typed) {
      const core::Region* other = c.dataset.find_region(code);
      if (!other) continue;
      const std::string label = "Switch region to " + core::place_name(other->name);
      if (!first) same_line_if_fits(pill_width(label));
      first = false;
      if (pill_button(("switch-region-" + code).c_str(), label, false)) c.dispatch({AppEventKind::kSetRegion, code});
      record_control(mirror, "switch-region-" + code, "button",
                     label + ": " + core::format_salary(salary.given_yearly, *other) + " a year");
    }
    if (!first) ImGui::Dummy(ImVec2(0, 6));  // apart from the presets' buttons below
  }
  if (!c.plausibility.plausible) {
    text_wrapped(fonts().small, t.danger, c.plausibility.message);
    // "as typed" was wrong for a month read as a year or a converted figure (field finding).
    std::string hint = "The figures below use it all the same.";
    if (c.plausibility.suggestion) hint = c.plausibility.suggestion_text + " " + hint;
    text_wrapped(fonts().small, t.muted, hint);
    mirror.figures.push_back({"salary_check", "Salary check", c.plausibility.message + " " + hint});
    if (c.plausibility.suggestion) {
      const std::string use = "Use " + core::format_money(c.plausibility.suggestion->yearly, *r.region);
      if (pill_button("salary-suggestion", use, false)) c.dispatch({AppEventKind::kUseSalarySuggestion, ""});
      record_control(mirror, "salary-suggestion", "button", use + " a year");
    }
  }

  if (!r.presets) return;
  const bool is_entry = r.salary_yearly == r.presets->entry;
  const bool is_experienced = r.salary_yearly == r.presets->experienced;
  // In a column too narrow for "Experienced · $149,570" the figure is what the button must show:
  // cut to "Experienced ·…" it hid the salary it sets (the mirror keeps the whole label).
  // Both buttons named, or both figures alone: a field test saw "Entry \u00B7 56 600 \u20ac" beside a bare
  // "77 700 \u20ac" at 200 px.
  const auto named = [](const char* name, const std::string& figure) { return std::string(name) + " \u00B7 " + figure; };
  const bool names_fit = pill_width(named("Entry", r.text.entry_short)) <= column_width &&
                         pill_width(named("Experienced", r.text.experienced_short)) <= column_width;
  const auto preset_label = [&](const char* name, const std::string& figure) {
    return names_fit ? named(name, figure) : figure;
  };
  if (pill_button("preset-entry", preset_label("Entry", r.text.entry_short), is_entry)) {
    c.dispatch({AppEventKind::kUseEntryPreset, ""});
  }
  // A button's name starts with what it shows, for those who speak to their browser ("click
  // Entry") (field finding: "Entry-level salary $103,050" for "Entry · $103,050"), then says what it is.
  const auto preset_name = [&](const char* name, const std::string& shown, const std::string& whole, const char* what) {
    return named(name, shown) + ", " + what + (shown == whole ? "" : " of " + whole);
  };
  record_control(mirror, "preset-entry", "button",
                 preset_name("Entry", r.text.entry_short, r.text.entry, "the entry-level salary")).chosen(is_entry);
  // Side by side when both fit in the column, else stacked.
  const float entry_right = ImGui::GetItemRectMax().x;
  const std::string experienced_label = preset_label("Experienced", r.text.experienced_short);
  const float experienced_width = pill_width(experienced_label);
  if (entry_right + ImGui::GetStyle().ItemSpacing.x + experienced_width <= column_left + column_width) ImGui::SameLine();
  if (pill_button("preset-experienced", experienced_label, is_experienced)) {
    c.dispatch({AppEventKind::kUseExperiencedPreset, ""});
  }
  record_control(mirror, "preset-experienced", "button",
                 preset_name("Experienced", r.text.experienced_short, r.text.experienced, "the experienced salary"))
      .chosen(is_experienced);
  // Where the range comes from (a survey, a pay scale or an estimate), and any legal minimum.
  text_wrapped(fonts().small, t.muted, r.text.presets_note);
}

// A combo whose open list is mirrored too, so tests and assistive tools can pick an option.
// `short_label_of`: the shown choice when its whole label does not fit the field.
template <typename Item, typename Label, typename ShortLabel, typename Value>
void choice(const SectionContext& c, MirrorSection& mirror, const char* id, const std::string& label,
            const std::vector<Item>& items, const std::string& current, Label label_of, ShortLabel short_label_of,
            Value value_of, AppEventKind kind, float width) {
  field_label(in_capitals(label));
  ImGui::SetNextItemWidth(width);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(kFieldSidePadding, kFieldHeightPadding));
  // Room for the chevron drawn over the frame's right end (a plan's price ran under it).
  constexpr float kChevronRoom = 28;
  const float room = width - 2 * kFieldSidePadding - kChevronRoom;
  std::string preview;
  for (const Item& item : items) {
    if (value_of(item) != current) continue;
    preview = label_of(item);
    if (ImGui::CalcTextSize(preview.c_str()).x > room) preview = short_label_of(item);
  }
  // Too long, a "name \u00B7 figure" preview shortens the name and keeps the figure: a phone showed
  // "Anthropic Claude Max 20x \u00B7\u2026", without the price the comparison is about.
  const size_t dot = preview.rfind(" \u00B7 ");
  if (dot != std::string::npos && ImGui::CalcTextSize(preview.c_str()).x > room) {
    const std::string figure = preview.substr(dot);
    const float figure_width = ImGui::CalcTextSize(figure.c_str()).x;
    if (figure_width < room / 2) preview = fit_text(ImGui::GetFont(), preview.substr(0, dot), room - figure_width) + figure;
  }
  preview = fit_text(ImGui::GetFont(), preview, room);
  std::vector<MirrorControl> options;
  // The frame's rectangle, taken before BeginCombo: once the list is open, ImGui's "last item"
  // belongs to the popup window.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImVec2 max(min.x + width, min.y + ImGui::GetFontSize() + 2 * kFieldHeightPadding);
  // On a phone the platform lays a native list over this frame (it scrolls under a finger and
  // reaches every entry); ImGui's own list is for mouse and keyboard.
  ImGui::PushStyleVar(ImGuiStyleVar_DisabledAlpha, 1.0f);  // looks the same, only ImGui's list stays shut
  ImGui::BeginDisabled(c.ui.touch);
  const bool open = ImGui::BeginCombo((std::string("##") + id).c_str(), preview.c_str(), ImGuiComboFlags_NoArrowButton);
  // The disabled scope closes in the window it opened in: ended inside the open list, it would be
  // the popup's, and ImGui's own check stops the debug build (BeginDisabled/EndDisabled mismatch).
  if (!open) ImGui::EndDisabled();
  ImGui::PopStyleVar();
  ImGui::PopStyleVar();
  if (open) {
    // The list, opened with the mouse, answers the keyboard as a native one does (field test: it
    // ignored every key): up and down choose the one before or after, Enter and Escape close it.
    // The card's window takes no ImGui navigation, so the keys are read here.
    const ImGuiIO& io = ImGui::GetIO();
    const auto pressed = [&](ImGuiKey key) { return ImGui::IsKeyPressed(io.KeyMap[key]); };
    const auto at = std::find_if(items.begin(), items.end(), [&](const Item& item) { return value_of(item) == current; });
    if (at != items.end() && pressed(ImGuiKey_DownArrow) && at + 1 != items.end()) c.dispatch({kind, value_of(*(at + 1))});
    if (at != items.end() && pressed(ImGuiKey_UpArrow) && at != items.begin()) c.dispatch({kind, value_of(*(at - 1))});
    if (pressed(ImGuiKey_Escape) || pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter)) ImGui::CloseCurrentPopup();
    for (const Item& item : items) {
      const bool selected = value_of(item) == current;
      if (ImGui::Selectable(label_of(item).c_str(), selected, 0, ImVec2(0, spacing::kTapTarget - 8))) {
        c.dispatch({kind, value_of(item)});
      }
      if (selected) ImGui::SetItemDefaultFocus();
      // ImGui lays a list out once unseen, to measure it, before it places it under the field:
      // its options are said from the frame that shows them.
      if (ImGui::GetCurrentWindowRead()->Hidden) continue;
      MirrorSection scratch;
      options.push_back(record_control(scratch, std::string(id) + "-option-" + value_of(item), "option",
                                       label_of(item), value_of(item)));
    }
    ImGui::EndCombo();
    ImGui::EndDisabled();
  }
  // A light chevron instead of ImGui's heavy arrow box.
  const float cx = max.x - 20, cy = (min.y + max.y) / 2;
  draw->AddLine(ImVec2(cx - 5, cy - 2.5f), ImVec2(cx, cy + 2.5f), theme().muted, 1.8f);
  draw->AddLine(ImVec2(cx, cy + 2.5f), ImVec2(cx + 5, cy - 2.5f), theme().muted, 1.8f);
  MirrorControl& control = record_control(mirror, id, "select", label, current);
  control.x = min.x;
  control.y = min.y;
  control.w = max.x - min.x;
  control.h = max.y - min.y;
  for (const Item& item : items) control.options.push_back({value_of(item), label_of(item)});
  for (auto& option : options) mirror.controls.push_back(std::move(option));
}

// The person's side: salary against the plan, as bars on one scale and four figures.
void personal_figures(const SectionContext& c, float inner) {
  const Theme& t = theme();
  const core::Report& r = c.report;
  const core::ReportText& text_of = r.text;
  // Yearly cost bars on one scale, so the gap between them is the message.
  const float largest = static_cast<float>(std::max(r.salary_yearly, r.cost.ai_yearly));
  bar("Human", text_of.salary + " a year", largest > 0 ? static_cast<float>(r.salary_yearly) / largest : 0, t.human, inner);
  ImGui::Dummy(ImVec2(0, 4));
  bar("AI", text_of.ai_yearly + " a year \u00B7 available 24/7",
      largest > 0 ? static_cast<float>(r.cost.ai_yearly) / largest : 0, t.accent, inner);
  ImGui::Dummy(ImVec2(0, 14));

  struct Tile {
    std::string value, label;
  };
  const Tile tiles[] = {
      {text_of.ratio, "the salary divided by the AI plan's yearly cost"},
      {text_of.ai_pct_of_salary, "the AI plan as a share of the salary"},
      {text_of.human_hourly + " vs " + text_of.ai_hourly,
       "per hour: a person (" + text_of.human_hours_per_year + " a year) vs the AI plan (24/7, " + text_of.ai_hours_per_year + ")"},
      {text_of.break_even_hours_per_month, text_of.break_even_note.empty()
                                                ? "of the person's time a month the plan must save to pay for itself"
                                                : "a month to pay for itself, " + text_of.break_even_note},
  };
  const int per_row = c.narrow ? 1 : 2;
  const float tile_gap = 24;
  const float tile_width = (inner - tile_gap * (per_row - 1)) / per_row;
  for (int i = 0; i < 4; ++i) {
    if (i % per_row != 0) ImGui::SameLine(0, tile_gap);
    figure_tile(tiles[i].value, tiles[i].label, tile_width);
    if (i % per_row == per_row - 1 && i < 3) ImGui::Dummy(ImVec2(0, 4));
  }
}

// With the salary hidden (the host's hide-salary): the plan's own cost, nothing of the person.
void plan_figures(const SectionContext& c, float inner) {
  const core::ReportText& text_of = c.report.text;
  const int per_row = c.narrow ? 1 : 2;
  const float tile_gap = 24, tile_width = (inner - tile_gap * (per_row - 1)) / per_row;
  figure_tile(text_of.ai_yearly, "the AI plan per year, available 24/7", tile_width);
  if (per_row > 1) ImGui::SameLine(0, tile_gap); else ImGui::Dummy(ImVec2(0, 4));
  figure_tile(text_of.ai_hourly, "per hour of the year (24/7, " + text_of.ai_hours_per_year + ")", tile_width);
}

}  // namespace

void draw_cost(const SectionContext& c) {
  SalaryField& salary = c.ui.salary;
  const Theme& t = theme();
  const Fonts& f = fonts();
  const core::Report& r = c.report;
  const core::ReportText& text_of = r.text;
  const bool personal = !c.ui.hide_salary;

  MirrorSection& mirror = c.mirror.section("cost", personal ? "Cost comparison, human vs AI" : "What an AI plan costs");

  Panel panel(c.width, panel_padding(c.narrow));
  const float inner = panel.inner_width();
  const std::string plan_line = r.plan->vendor + " " + r.plan->name + " at " + text_of.ai_monthly_usd + "/month (" +
                                text_of.ai_yearly_usd + " a year)";
  if (personal) {
    section_title("COST COMPARISON", "Human vs AI, per year");
    text_wrapped(f.body, t.muted, plan_line + " against " + core::with_article(r.profession->name) + " salary in " +
                                      core::place_name(r.region->name) + ".");
  } else {
    section_title("AI PLAN COST", "What an AI plan costs, per year");
    text_wrapped(f.body, t.muted, plan_line + ", in " + r.region->currency + " for " + core::place_name(r.region->name) + ".");
  }
  ImGui::Dummy(ImVec2(0, 6));

  const float gap = 28;
  const float column = c.narrow ? inner : (inner - gap) / 2;
  const float origin_x = ImGui::GetCursorPosX();
  const float top_y = ImGui::GetCursorPosY();
  float left_bottom = top_y;
  if (personal) {
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(origin_x + column);
    salary_controls(c, salary, mirror, column);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    left_bottom = ImGui::GetCursorPosY();
    if (!c.narrow) ImGui::SetCursorPos(ImVec2(origin_x + column + gap, top_y));
  }
  // Without the salary, region and plan sit side by side where the salary was.
  ImGui::BeginGroup();
  choice(c, mirror, "region", "Region", c.dataset.regions, r.region->code, region_label, region_label,
         [](const core::Region& region) { return region.code; }, AppEventKind::kSetRegion, column);
  if (!personal && !c.narrow) {
    // Placed, not SameLine: SameLine would align the label to the combo's text and drop it.
    ImGui::EndGroup();
    left_bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(origin_x + column + gap, top_y));
    ImGui::BeginGroup();
  } else {
    ImGui::Dummy(ImVec2(0, 2));
  }
  choice(c, mirror, "plan", "AI plan", c.dataset.plans, r.plan->id,
         [&](const core::AiPlan& plan) { return plan_label(plan, *r.region); },
         [&](const core::AiPlan& plan) { return plan_short_label(plan, *r.region); },
         [](const core::AiPlan& plan) { return plan.id; }, AppEventKind::kSetPlan, column);
  ImGui::EndGroup();
  if (!c.narrow) ImGui::SetCursorPos(ImVec2(origin_x, std::max(left_bottom, ImGui::GetCursorPosY())));
  ImGui::Dummy(ImVec2(0, 10));

  if (personal) personal_figures(c, inner); else plan_figures(c, inner);
  ImGui::Dummy(ImVec2(0, 8));
  // Where the conversion and the hours come from, named from the dataset's source table.
  const std::string footer = core::figures_basis_text(c.dataset, r, personal);
  text_wrapped(f.small, t.muted, footer);

  // Recorded after the controls: a change made this frame is already in these figures.
  mirror.figures.push_back({"figures_basis", "Rate, working year and plan price", footer});
  mirror.figures.push_back({"region", "Region", r.region->name});
  mirror.figures.push_back({"currency", "Currency", r.region->currency});
  if (personal) {
    mirror.figures.push_back({"salary", "Yearly salary", text_of.salary});
    mirror.figures.push_back({"entry", "Entry-level salary", text_of.entry});
    mirror.figures.push_back({"experienced", "Experienced salary", text_of.experienced});
    mirror.figures.push_back({"presets_source", "Where the salary range comes from", text_of.presets_note});
  }
  mirror.figures.push_back({"plan", "AI plan", plan_label(*r.plan, *r.region)});
  mirror.figures.push_back({"ai_yearly", "AI plan per year", text_of.ai_yearly});
  if (!personal) {
    mirror.figures.push_back({"ai_hourly", "AI plan, per hour of the year", text_of.ai_hourly});
    return;
  }
  mirror.figures.push_back({"ratio", "Salary divided by AI plan cost", text_of.ratio});
  mirror.figures.push_back({"ai_pct_of_salary", "AI plan as a share of the salary", text_of.ai_pct_of_salary});
  mirror.figures.push_back({"human_hourly", "Person, per working hour", text_of.human_hourly});
  mirror.figures.push_back({"ai_hourly", "AI plan, per hour of the year", text_of.ai_hourly});
  mirror.figures.push_back(
      {"break_even_hours_per_month",
       "Hours a month the plan must save to pay for itself" + (text_of.break_even_note.empty() ? "" : ": " + text_of.break_even_note),
       text_of.break_even_hours_per_month});
}

}  // namespace airisk::app
