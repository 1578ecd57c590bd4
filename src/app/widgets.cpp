#include "app/widgets.h"

#include <algorithm>
#include <cfloat>
#include <cstring>

#include "app/fonts.h"
#include "app/style.h"
#include "core/utf8.h"
#include "imgui_internal.h"

namespace airisk::app {

Panel::Panel(float width, float padding) : width_(width), padding_(padding) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  start_ = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(start_.x + padding, start_.y + padding));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(start_.x + width - padding - ImGui::GetWindowPos().x);
}

Panel::~Panel() {
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  const float bottom = ImGui::GetItemRectMax().y + padding_;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->ChannelsSetCurrent(0);
  const Theme& t = theme();
  const ImVec2 end(start_.x + width_, bottom);
  // A soft shadow lifts the panel off the page without a heavy border.
  draw->AddRectFilled(ImVec2(start_.x, start_.y + 2), ImVec2(end.x, end.y + 2), IM_COL32(17, 24, 39, 10),
                      spacing::kPanelRounding);
  draw->AddRectFilled(start_, end, t.surface, spacing::kPanelRounding);
  draw->AddRect(start_, end, t.border, spacing::kPanelRounding);
  draw->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(start_.x, bottom));
  ImGui::Dummy(ImVec2(width_, 0));
}

std::vector<std::pair<size_t, size_t>> wrap_at_spaces(ImFont* font, float size, const std::string& value, float width) {
  std::vector<std::pair<size_t, size_t>> lines;
  const char* data = value.c_str();
  const size_t n = value.size();
  // Each word is measured once and added to the line so far (ImGui 1.86 does not kern, so
  // widths add up); measuring every candidate line from its start made long paragraphs cost
  // the square of their words on every frame. Rounded as ImGui::CalcTextSize rounds.
  const bool one_line_each = value.find('\n') == std::string::npos;
  auto width_of = [&](size_t from, size_t to) { return font->CalcTextSizeA(size, FLT_MAX, 0.0f, data + from, data + to).x; };
  // The end of the longest start of [from, to) that fits, cut between UTF-8 characters: at least one.
  auto last_fitting = [&](size_t from, size_t to) {
    size_t end = from + 1;
    while (end < to && (static_cast<unsigned char>(data[end]) & 0xC0) == 0x80) ++end;
    for (size_t next = end; next < to;) {
      ++next;
      while (next < to && (static_cast<unsigned char>(data[next]) & 0xC0) == 0x80) ++next;
      if (IM_FLOOR(width_of(from, next) + 0.95f) > width) break;
      end = next;
    }
    return end;
  };
  size_t start = 0;
  while (start < n) {
    size_t line_end = std::string::npos, search = start, measured_to = start;
    float line_width = 0;
    while (true) {
      size_t space = value.find(' ', search);
      size_t end = space == std::string::npos ? n : space;
      if (one_line_each) {
        line_width += width_of(measured_to, end);
        measured_to = end;
      } else {
        line_width = width_of(start, end);
      }
      bool fits = IM_FLOOR(line_width + 0.95f) <= width;
      if (fits || line_end == std::string::npos) line_end = end;
      if (!fits || space == std::string::npos) break;
      search = space + 1;
    }
    // A word wider than the line by itself (a link, an embed code's list of weights) is broken
    // after the last '/', '-', ',', '&' or '=' that fits, as a browser breaks a long address, or
    // where there is none in its second half, after the last character that fits.
    const bool one_word = value.find(' ', start) >= line_end;  // only then can the line overflow
    if (one_word && IM_FLOOR(width_of(start, line_end) + 0.95f) > width) {
      const size_t fits = last_fitting(start, line_end);
      line_end = fits;
      for (size_t after = fits; after > start + (fits - start) / 2; --after) {
        if (std::strchr("/-,&=", data[after - 1])) {
          line_end = after;
          break;
        }
      }
    }
    lines.emplace_back(start, line_end);
    start = line_end;
    while (start < n && data[start] == ' ') ++start;
  }
  return lines;
}

void text(ImFont* font, ImU32 colour, const std::string& value) {
  ImGui::PushFont(font);
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  const float wrap_pos = ImGui::GetCurrentWindow()->DC.TextWrapPos;
  if (wrap_pos < 0) {
    ImGui::TextUnformatted(value.c_str(), value.c_str() + value.size());
  } else {
    // ImGui wraps after commas and dots too, which splits "$2,400" in two. Break at spaces
    // only (never at the no-break spaces money uses), each line its own item.
    const float available = std::max(1.0f, (wrap_pos > 0 ? wrap_pos : ImGui::GetContentRegionMax().x) - ImGui::GetCursorPosX());
    const char* data = value.c_str();
    const size_t n = value.size();
    ImGui::BeginGroup();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 3));
    ImGui::PushTextWrapPos(-1.0f);  // the lines are broken here already; ImGui must not break them again
    for (const auto& [from, to] : wrap_at_spaces(ImGui::GetFont(), ImGui::GetFontSize(), value, available)) {
      ImGui::TextUnformatted(data + from, data + to);
    }
    if (n == 0) ImGui::TextUnformatted("");
    ImGui::PopTextWrapPos();
    ImGui::PopStyleVar();
    ImGui::EndGroup();
  }
  ImGui::PopStyleColor();
  ImGui::PopFont();
}

int refuse_undrawable(ImGuiInputTextCallbackData* data) {
  if (can_draw_character(data->EventChar)) return 0;
  *static_cast<bool*>(data->UserData) = true;
  return 1;
}

void text_wrapped(ImFont* font, ImU32 colour, const std::string& value) {
  // Wraps at the PushTextWrapPos set by the panel or column.
  text(font, colour, value);
}

void kicker(const std::string& value) { text(fonts().label, theme().accent, value); }

void section_title(const std::string& kicker_text, const std::string& heading) {
  kicker(kicker_text);
  text_wrapped(fonts().heading, theme().text, heading);
}

float panel_padding(bool narrow) { return narrow ? spacing::kPanelPaddingNarrow : spacing::kPanelPadding; }

float text_width(ImFont* font, const std::string& value) {
  ImGui::PushFont(font);
  float w = ImGui::CalcTextSize(value.c_str()).x;
  ImGui::PopFont();
  return w;
}

float room_to_edge() {
  const float wrap_pos = ImGui::GetCurrentWindow()->DC.TextWrapPos;
  if (wrap_pos < 0) return 0;
  return std::max(1.0f, (wrap_pos > 0 ? wrap_pos : ImGui::GetContentRegionMax().x) - ImGui::GetCursorPosX());
}

namespace {
constexpr float kPillSidePadding = 16;
}  // namespace

float pill_width(const std::string& label) {
  return ImGui::CalcTextSize(label.c_str()).x + 2 * kPillSidePadding;
}

void same_line_if_fits(float width) {
  const float x = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x - ImGui::GetWindowPos().x;
  const float wrap_pos = ImGui::GetCurrentWindow()->DC.TextWrapPos;
  const float edge = wrap_pos < 0 ? FLT_MAX : wrap_pos > 0 ? wrap_pos : ImGui::GetContentRegionMax().x;
  if (x + width <= edge) ImGui::SameLine();
}

bool pill_button(const char* id, const std::string& label, bool selected, float max_width) {
  const Theme& t = theme();
  // In a column too narrow for the label (a host's 200 px sidebar) it ends in "…" rather than
  // reaching past the panel.
  if (max_width <= 0) max_width = room_to_edge();
  ImGui::PushID(id);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, spacing::kTapTarget / 2);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(kPillSidePadding, (spacing::kTapTarget - ImGui::GetFontSize()) / 2));
  ImGui::PushStyleColor(ImGuiCol_Button, selected ? t.accent : t.surface);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, selected ? t.accent : t.accent_soft);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, selected ? t.accent : t.accent_soft);
  ImGui::PushStyleColor(ImGuiCol_Text, selected ? t.surface : t.text);
  ImGui::PushStyleColor(ImGuiCol_Border, selected ? t.accent : t.border);
  const std::string shown =
      max_width > 0 ? fit_text(ImGui::GetFont(), label, max_width - 2 * ImGui::GetStyle().FramePadding.x) : label;
  bool clicked = ImGui::Button(shown.c_str());
  ImGui::PopStyleColor(5);
  ImGui::PopStyleVar(2);
  ImGui::PopID();
  return clicked;
}

bool link_button(const char* id, const std::string& label) {
  const Theme& t = theme();
  ImGui::PushID(id);
  const float room = room_to_edge();
  const std::vector<std::pair<size_t, size_t>> lines =
      room > 0 ? wrap_at_spaces(ImGui::GetFont(), ImGui::GetFontSize(), label, room)
               : std::vector<std::pair<size_t, size_t>>{{0, label.size()}};
  const char* data = label.c_str();
  const float line_height = ImGui::GetTextLineHeight();
  ImVec2 size(0, line_height * static_cast<float>(lines.size()));
  for (const auto& [from, to] : lines) size.x = std::max(size.x, ImGui::CalcTextSize(data + from, data + to).x);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  // The hit area is a full tap target tall even though the text is small.
  const float pad_y = std::max(0.0f, (spacing::kTapTarget - size.y) / 2);
  bool clicked = ImGui::InvisibleButton("link", ImVec2(std::max(1.0f, size.x), size.y + 2 * pad_y));
  bool hovered = ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 text_pos(pos.x, pos.y + pad_y);
  for (const auto& [from, to] : lines) {
    draw->AddText(text_pos, t.accent, data + from, data + to);
    if (hovered) {
      const float width = ImGui::CalcTextSize(data + from, data + to).x;
      draw->AddLine(ImVec2(text_pos.x, text_pos.y + line_height), ImVec2(text_pos.x + width, text_pos.y + line_height), t.accent);
    }
    text_pos.y += line_height;
  }
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::PopID();
  return clicked;
}

void chip(const std::string& label) {
  const Theme& t = theme();
  ImGui::PushFont(fonts().label);
  ImVec2 size = ImGui::CalcTextSize(label.c_str());
  ImVec2 pad(10, 5);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x + 2 * pad.x, pos.y + size.y + 2 * pad.y), t.accent_soft, 999);
  draw->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), t.accent, label.c_str());
  ImGui::Dummy(ImVec2(size.x + 2 * pad.x, size.y + 2 * pad.y));
  ImGui::PopFont();
}

void figure_tile(const std::string& value, const std::string& label, float width) {
  const Theme& t = theme();
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  text(font_that_draws(fonts().figure, fonts().heading, value), t.text, value);
  text_wrapped(fonts().small, t.muted, label);
  ImGui::PopTextWrapPos();
  ImGui::Dummy(ImVec2(width, 0));  // tiles in a row line up on a grid, whatever their text
  ImGui::EndGroup();
}

void bar(const std::string& label, const std::string& value, float fraction, ImU32 colour, float width) {
  const Theme& t = theme();
  text(fonts().body_bold, t.text, label);
  ImGui::SameLine(0, 8);
  text(fonts().body, t.muted, value);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  const float height = 14;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), t.page, height / 2);
  // Even a tiny cost stays visible as a dot rather than vanishing.
  const float filled = std::max(height, width * std::clamp(fraction, 0.0f, 1.0f));
  draw->AddRectFilled(pos, ImVec2(pos.x + filled, pos.y + height), colour, height / 2);
  ImGui::Dummy(ImVec2(width, height));
}

MirrorControl& record_control(MirrorSection& section, const std::string& id, const std::string& kind,
                              const std::string& label, const std::string& value) {
  ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  MirrorControl control;
  control.id = id;
  control.kind = kind;
  control.label = label;
  control.value = value;
  control.x = min.x;
  control.y = min.y;
  control.w = max.x - min.x;
  control.h = max.y - min.y;
  section.controls.push_back(std::move(control));
  return section.controls.back();
}

// The text cut at a word (or, for one long word, a character) so that it and "…" fit `width`.
std::string cut_to_fit(ImFont* font, float size, std::string text, float width) {
  const auto trim = [](std::string& s) {
    while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == ';' || s.back() == ':')) s.pop_back();
  };
  trim(text);
  while (!text.empty() && font->CalcTextSizeA(size, FLT_MAX, 0.0f, (text + "\u2026").c_str()).x > width) {
    const size_t space = text.rfind(' ');
    if (space != std::string::npos && space > 0) {
      text.erase(space);
    } else {
      text = core::first_characters(text, core::count_characters(text) - 1);
    }
    trim(text);
  }
  return text + "\u2026";
}

std::vector<std::string> fit_lines(ImFont* font, const std::string& text, float width, size_t max_lines) {
  std::vector<std::string> lines;
  if (max_lines == 0) return lines;
  const auto ranges = wrap_at_spaces(font, drawn_size(font), text, width);
  for (size_t i = 0; i < ranges.size() && i < max_lines; ++i) {
    // The last line allowed takes the rest of the text, cut to fit.
    const size_t to = i + 1 == max_lines ? text.size() : ranges[i].second;
    lines.push_back(fit_text(font, text.substr(ranges[i].first, to - ranges[i].first), width));
  }
  return lines;
}

float drawn_size(const ImFont* font) { return font->FontSize * ImGui::GetIO().FontGlobalScale; }

std::string fit_text(ImFont* font, const std::string& text, float width) {
  const float size = drawn_size(font);
  if (font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.c_str(), text.c_str() + text.size()).x <= width) return text;
  return cut_to_fit(font, size, text, width);
}

}  // namespace airisk::app
