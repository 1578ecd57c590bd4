// Inter at the sizes the card uses, baked for the display's pixel ratio.
#pragma once

#include <string>

#include "imgui.h"

namespace airisk::app {

extern const unsigned char k_inter_regular[];
extern const unsigned int k_inter_regular_size;
extern const unsigned char k_inter_semibold[];
extern const unsigned int k_inter_semibold_size;
extern const unsigned char k_japanese_marks[];
extern const unsigned int k_japanese_marks_size;

struct Fonts {
  ImFont* body = nullptr;       // 16 px regular
  ImFont* body_bold = nullptr;  // 16 px semibold
  ImFont* small = nullptr;      // 13 px regular
  ImFont* label = nullptr;      // 12 px semibold, section kickers
  ImFont* heading = nullptr;    // 21 px semibold
  ImFont* figure = nullptr;     // 26 px semibold, ASCII and money signs only
  ImFont* title = nullptr;      // 34 px semibold, ASCII and Latin-1 letters only
};

// Rebuilds the ImGui font atlas: each font rasterised at size x ratio and drawn at 1/ratio,
// so text stays crisp on hi-DPI screens.
const Fonts& build_fonts(float device_pixel_ratio);
// The current ImGui context draws with the fonts built last (its atlas may be another's).
void use_built_fonts();
const Fonts& fonts();
// `font` where it has every character of `text`, else `fallback`: the figure and title sizes bake
// fewer characters than the others, and a name or figure beyond them is drawn smaller, not as "?".
ImFont* font_that_draws(ImFont* font, ImFont* fallback, const std::string& text);
// The characters the card's fonts bake (Latin-1, money signs, typographic punctuation).
const ImWchar* card_glyph_ranges();
// Whether the card's fonts have every character of `text` (they hold Latin only: Cyrillic or
// Chinese would be drawn as "?").
bool can_draw(const std::string& text);
bool can_draw_character(unsigned int c);

}  // namespace airisk::app
