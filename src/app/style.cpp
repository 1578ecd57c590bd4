#include "app/style.h"

#include <algorithm>
#include <cmath>

#include "app/app_state.h"

namespace airisk::app {
namespace {

// Light theme. Muted text (#4B5563) keeps 7:1 contrast on white, so small print stays readable.
const Theme kLight{
    IM_COL32(0xF3, 0xF4, 0xF6, 0xFF),  // page
    IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),  // surface
    IM_COL32(0xE2, 0xE5, 0xEA, 0xFF),  // border
    IM_COL32(0x11, 0x18, 0x27, 0xFF),  // text
    IM_COL32(0x4B, 0x55, 0x63, 0xFF),  // muted
    IM_COL32(0x0F, 0x76, 0x6E, 0xFF),  // accent (teal 700)
    IM_COL32(0xE6, 0xF4, 0xF2, 0xFF),  // accent_soft
    IM_COL32(0x33, 0x41, 0x55, 0xFF),  // human (slate 700)
    IM_COL32(0xB9, 0x1C, 0x1C, 0xFF),  // danger
    IM_COL32(0xF8, 0xFA, 0xFC, 0xFF),  // field
    {IM_COL32(0x15, 0x80, 0x3D, 0xFF), IM_COL32(0x4D, 0x7C, 0x0F, 0xFF), IM_COL32(0xB4, 0x53, 0x09, 0xFF),
     IM_COL32(0xC2, 0x41, 0x0C, 0xFF), IM_COL32(0xB9, 0x1C, 0x1C, 0xFF)},
    false,
};

// Dark theme: the same roles, lighter accents so they keep contrast on the dark surfaces.
const Theme kDark{
    IM_COL32(0x0B, 0x0F, 0x17, 0xFF),  // page
    IM_COL32(0x15, 0x1B, 0x26, 0xFF),  // surface
    IM_COL32(0x2A, 0x33, 0x42, 0xFF),  // border
    IM_COL32(0xF3, 0xF4, 0xF6, 0xFF),  // text
    IM_COL32(0xA8, 0xB2, 0xC1, 0xFF),  // muted
    IM_COL32(0x2D, 0xD4, 0xBF, 0xFF),  // accent (teal 400)
    IM_COL32(0x12, 0x33, 0x33, 0xFF),  // accent_soft
    IM_COL32(0x94, 0xA3, 0xB8, 0xFF),  // human (slate 400)
    IM_COL32(0xF8, 0x71, 0x71, 0xFF),  // danger
    IM_COL32(0x0F, 0x14, 0x1D, 0xFF),  // field
    {IM_COL32(0x4A, 0xDE, 0x80, 0xFF), IM_COL32(0xA3, 0xE6, 0x35, 0xFF), IM_COL32(0xFB, 0xBF, 0x24, 0xFF),
     IM_COL32(0xFB, 0x92, 0x3C, 0xFF), IM_COL32(0xF8, 0x71, 0x71, 0xFF)},
    true,
};

ImU32 mix(ImU32 a, ImU32 b, float t) {
  ImVec4 x = ImGui::ColorConvertU32ToFloat4(a), y = ImGui::ColorConvertU32ToFloat4(b);
  return ImGui::ColorConvertFloat4ToU32(
      ImVec4(x.x + (y.x - x.x) * t, x.y + (y.y - x.y) * t, x.z + (y.z - x.z) * t, 1.0f));
}

// A host's accent as the card can draw it: the colour itself if it reads on the surface, else the
// least shade of it towards black (light) or white (dark) that does. White on a light card was
// invisible: the chosen preset, the section labels, the method link.
ImU32 readable_accent(ImU32 accent, ImU32 surface, bool dark) {
  const ImU32 towards = dark ? IM_COL32_WHITE : IM_COL32_BLACK;
  for (int step = 0; step <= 100; ++step) {
    const ImU32 shade = mix(accent, towards, static_cast<float>(step) / 100.0f);
    if (contrast_ratio(shade, surface) >= kAccentContrast) return shade;
  }
  return towards;
}

}  // namespace

// Each card has its own theme (a host may make one dark): it lives in the current App.
const Theme& theme() { return app().theme; }

const Theme& light_theme() { return kLight; }

namespace {

// The card in the system's colours alone: text in one colour (no grey), what is chosen or a link in
// LinkText, the grades in the text's colour (each is also said in words: "grade C").
Theme forced_theme(const ForcedColors& f) {
  Theme t{};
  t.page = t.surface = t.field = t.accent_soft = f.canvas;
  t.border = t.text = t.muted = t.human = t.danger = f.text;
  t.accent = f.link;
  for (ImU32& band : t.band) band = f.text;
  t.dark = contrast_ratio(f.canvas, IM_COL32_BLACK) < contrast_ratio(f.text, IM_COL32_BLACK);
  return t;
}

}  // namespace

bool parse_forced_colors(const std::string& text, ForcedColors& colors) {
  ImU32* fields[] = {&colors.canvas, &colors.text, &colors.link, &colors.highlight};
  size_t start = 0;
  for (size_t i = 0; i < 4; ++i) {
    const size_t comma = text.find(',', start);
    if ((comma == std::string::npos) != (i == 3)) return false;
    if (!parse_hex_colour(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start), *fields[i])) {
      return false;
    }
    start = comma + 1;
  }
  return true;
}

void set_theme(bool dark, ImU32 accent, const ForcedColors* forced) {
  Theme& chosen = app().theme;
  if (forced) {
    chosen = forced_theme(*forced);
    apply_style();
    return;
  }
  chosen = dark ? kDark : kLight;
  if (accent != 0) {
    chosen.accent = readable_accent(accent, chosen.surface, dark);
    chosen.accent_soft = mix(chosen.surface, chosen.accent, dark ? 0.22f : 0.12f);
  }
  apply_style();
}

bool parse_hex_colour(const std::string& text, ImU32& colour) {
  std::string hex = text.size() && text[0] == '#' ? text.substr(1) : text;
  if (hex.size() == 3) hex = std::string{hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]};
  if (hex.size() != 6) return false;
  unsigned value = 0;
  for (char c : hex) {
    int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (digit < 0) return false;
    value = value * 16 + static_cast<unsigned>(digit);
  }
  colour = IM_COL32((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF, 0xFF);
  return true;
}

std::string hex_colour(ImU32 colour) {
  static const char kDigits[] = "0123456789abcdef";
  std::string hex = "#";
  for (const int shift : {IM_COL32_R_SHIFT, IM_COL32_G_SHIFT, IM_COL32_B_SHIFT}) {
    const unsigned value = (colour >> shift) & 0xFF;
    hex += kDigits[value >> 4];
    hex += kDigits[value & 0xF];
  }
  return hex;
}

double contrast_ratio(ImU32 a, ImU32 b) {
  const auto luminance = [](ImU32 colour) {
    const ImVec4 c = ImGui::ColorConvertU32ToFloat4(colour);
    const auto linear = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.x) + 0.7152 * linear(c.y) + 0.0722 * linear(c.z);
  };
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ImVec4 to_vec4(ImU32 colour) { return ImGui::ColorConvertU32ToFloat4(colour); }

void apply_style() {
  const Theme& t = theme();
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(0, 0);
  style.WindowBorderSize = 0;
  style.WindowRounding = 0;
  style.FramePadding = ImVec2(12, 10);
  style.FrameRounding = 8;
  style.FrameBorderSize = 1;
  style.ItemSpacing = ImVec2(10, 10);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.PopupRounding = 10;
  style.PopupBorderSize = 1;
  style.GrabRounding = 8;
  style.ScrollbarSize = 10;
  style.SelectableTextAlign = ImVec2(0, 0.5f);

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = to_vec4(t.text);
  c[ImGuiCol_TextDisabled] = to_vec4(t.muted);
  c[ImGuiCol_WindowBg] = to_vec4(t.page);
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_PopupBg] = to_vec4(t.surface);
  c[ImGuiCol_Border] = to_vec4(t.border);
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = to_vec4(t.field);
  c[ImGuiCol_FrameBgHovered] = to_vec4(t.surface);
  c[ImGuiCol_FrameBgActive] = to_vec4(t.surface);
  c[ImGuiCol_Button] = to_vec4(t.surface);
  c[ImGuiCol_ButtonHovered] = to_vec4(t.accent_soft);
  c[ImGuiCol_ButtonActive] = to_vec4(t.accent_soft);
  c[ImGuiCol_Header] = to_vec4(t.accent_soft);
  c[ImGuiCol_HeaderHovered] = to_vec4(t.accent_soft);
  c[ImGuiCol_HeaderActive] = to_vec4(t.accent_soft);
  c[ImGuiCol_CheckMark] = to_vec4(t.accent);
  c[ImGuiCol_SliderGrab] = to_vec4(t.accent);
  c[ImGuiCol_SliderGrabActive] = to_vec4(t.accent);
  c[ImGuiCol_PlotHistogram] = to_vec4(t.accent);
  c[ImGuiCol_TextSelectedBg] = ImVec4(to_vec4(t.accent).x, to_vec4(t.accent).y, to_vec4(t.accent).z, 0.3f);
  c[ImGuiCol_NavHighlight] = to_vec4(t.accent);
  c[ImGuiCol_Separator] = to_vec4(t.border);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
}

}  // namespace airisk::app
