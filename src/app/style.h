// The card's look: colours, spacing and the ImGui style that follows from them.
#pragma once

#include <string>

#include "imgui.h"

namespace airisk::app {

struct Theme {
  ImU32 page;         // behind the card
  ImU32 surface;      // panels
  ImU32 border;
  ImU32 text;
  ImU32 muted;        // secondary text, still AA contrast on surface
  ImU32 accent;
  ImU32 accent_soft;  // tinted backgrounds
  ImU32 human;        // the person's bar
  ImU32 danger;
  ImU32 field;        // input backgrounds
  ImU32 band[5];      // very low, low, moderate, high, very high: bars and the gauge
  bool dark;
};

namespace spacing {
constexpr float kMaxContentWidth = 980;
constexpr float kPagePadding = 28;
constexpr float kPagePaddingNarrow = 16;
constexpr float kPanelPadding = 24;
constexpr float kPanelPaddingNarrow = 16;
constexpr float kPanelRounding = 14;
constexpr float kSectionGap = 20;
constexpr float kNarrowWidth = 600;  // below this the card is one column
constexpr float kTapTarget = 40;     // minimum height of anything tappable
}  // namespace spacing

// The system's colours under forced colours (Windows' high contrast): the browser recolours the
// page around the card but cannot recolour its pixels.
struct ForcedColors {
  ImU32 canvas, text, link, highlight;  // CSS Canvas, CanvasText, LinkText, Highlight
};
// "#000000,#ffffff,#ffff00,#00ffff" (the four in that order) -> colours; false otherwise.
bool parse_forced_colors(const std::string& text, ForcedColors& colors);

const Theme& theme();
// The default look, before a host or visitor chooses.
const Theme& light_theme();
// Light or dark, with the host's accent colour (0 keeps the default teal); re-applies the ImGui style.
// Forced colours, when given, win over both.
void set_theme(bool dark, ImU32 accent, const ForcedColors* forced = nullptr);
void apply_style();
ImVec4 to_vec4(ImU32 colour);
// "#0a7" or "#00aa77" -> colour; false if the text is not a hex colour.
bool parse_hex_colour(const std::string& text, ImU32& colour);
// The colour as "#rrggbb".
std::string hex_colour(ImU32 colour);
// WCAG 2's contrast ratio of two opaque colours, 1 to 21.
double contrast_ratio(ImU32 a, ImU32 b);
// The contrast the card's accent needs on its surface: the accent also draws small text (section
// labels, the method link), which WCAG AA asks 4.5:1 of.
constexpr double kAccentContrast = 4.5;

}  // namespace airisk::app
