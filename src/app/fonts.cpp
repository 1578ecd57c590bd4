#include "app/fonts.h"

#include "imgui.h"
#include "imgui_internal.h"  // ImTextCharFromUtf8

namespace airisk::app {
namespace {

Fonts g_fonts;
float g_ratio = 1;  // the pixel ratio g_fonts were baked for

// The glyphs the subset keeps (scripts/subset_fonts.py): ImGui bakes only what is listed.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin, Latin-1 (¥ £ · × and the no-break space)
    0x2009, 0x2009, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2022, 0x2026, 0x2026,
    0x202F, 0x202F,  // narrow no-break space (French money)
    0x20A6, 0x20A6, 0x20A9, 0x20A9, 0x20AC, 0x20AC, 0x20B1, 0x20B1, 0x20B9, 0x20B9,  // ₦ ₩ € ₱ ₹
    0x2191, 0x2193, 0x2197, 0x2197, 0x2212, 0x2212, 0x2248, 0x2248, 0x2264, 0x2265,
    0x203A, 0x203A, 0x25B8, 0x25B8, 0x25BE, 0x25BE, 0x2713, 0x2713, 0};

// The two large sizes draw figures ("$120,000", "56 / 100", "2.3×", a grade letter) and the
// profession's name, never prose: all of Latin-1 at 26 and 34 px took most of the atlas (512×1024
// where the five other sizes fit 512×256) and of the time to bake it, the first frame's largest part.
const ImWchar kFigureRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x00A0, 0x00A3, 0x00A3, 0x00A5, 0x00A5, 0x00B7, 0x00B7, 0x00D7, 0x00D7,  // ASCII, £ ¥ · ×
    0x2009, 0x2009, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2022, 0x2026, 0x2026, 0x202F, 0x202F,
    0x20A6, 0x20A6, 0x20A9, 0x20A9, 0x20AC, 0x20AC, 0x20B1, 0x20B1, 0x20B9, 0x20B9, 0x2191, 0x2193, 0x2197, 0x2197,
    0x2212, 0x2212, 0x2248, 0x2248, 0x2264, 0x2265, 0x203A, 0x203A, 0};
// The title size draws the profession's name, the grade letter and the task score. Every name in
// the dataset is ASCII, and a name with a letter beyond it is drawn at the heading size
// (font_that_draws; app_state_test checks every name): Latin-1's letters and the quotes were 72 of
// its 167 glyphs, at the size whose glyphs cost most to bake (34 px, 4.5 times the area of 16).
const ImWchar kTitleRanges[] = {0x0020, 0x007E, 0};

// The Japanese salary marks the parser reads ("\u6708\u7d6630\u4e07\u5186", "\u6642\u7d661,100\u5186"), merged into every font
// from a subset of Droid Sans Fallback: typed, they showed as "??".
// With the words for "about" and "or more" it reads around the figure (約, くらい, ぐらい, 程度,
// 前後, 以上): typed, they showed as "?".
const ImWchar kJapaneseMarks[] = {0x301C, 0x301C, 0x3044, 0x3044, 0x304F, 0x3050, 0x3089, 0x3089, 0x4E07, 0x4E07,
                                  0x4E0A, 0x4E0A, 0x4EE5, 0x4EE5, 0x4FF8, 0x4FF8, 0x5104, 0x5104, 0x5186, 0x5186,
                                  0x524D, 0x524D, 0x5343, 0x5343, 0x53CE, 0x53CE, 0x5E74, 0x5E74, 0x5EA6, 0x5EA6,
                                  0x5F8C, 0x5F8C, 0x65E5, 0x65E5, 0x6642, 0x6642, 0x6708, 0x6708, 0x7A0B, 0x7A0B,
                                  0x7D04, 0x7D04, 0x7D66, 0x7D66, 0};

bool in_ranges(const ImWchar* ranges, unsigned int c) {
  for (const ImWchar* range = ranges; range[0]; range += 2) {
    if (c >= range[0] && c <= range[1]) return true;
  }
  return false;
}

}  // namespace

const ImWchar* card_glyph_ranges() { return kGlyphRanges; }

bool can_draw_character(unsigned int c) { return in_ranges(kGlyphRanges, c) || in_ranges(kJapaneseMarks, c); }

bool can_draw(const std::string& text) {
  const char* at = text.c_str();
  const char* end = at + text.size();
  while (at < end) {
    unsigned int c = 0;
    at += ImTextCharFromUtf8(&c, at, end);
    if (!can_draw_character(c)) return false;
  }
  return true;
}

namespace {

// `ranges` of the font at `data`; the prose sizes also get the Japanese marks merged in.
ImFont* add(const unsigned char* data, unsigned int size, float pixels, float ratio,
            const ImWchar* ranges = kGlyphRanges) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes are static
  // Baked at the screen's pixel ratio already, so horizontal oversampling would only double
  // the start-up time spent rasterising glyphs.
  config.OversampleH = 1;
  config.OversampleV = 1;
  config.PixelSnapH = false;
  ImFont* font = ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size),
                                                            pixels * ratio, &config, ranges);
  if (ranges != kGlyphRanges) return font;  // figures and names: no Japanese
  config.MergeMode = true;
  ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(k_japanese_marks),
                                             static_cast<int>(k_japanese_marks_size), pixels * ratio, &config,
                                             kJapaneseMarks);
  return font;
}

}  // namespace

const Fonts& build_fonts(float ratio) {
  if (ratio < 1) ratio = 1;
  if (ratio > 4) ratio = 4;  // beyond this the atlas grows large for no visible gain
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  g_fonts.body = add(k_inter_regular, k_inter_regular_size, 16, ratio);
  g_fonts.body_bold = add(k_inter_semibold, k_inter_semibold_size, 16, ratio);
  g_fonts.small = add(k_inter_regular, k_inter_regular_size, 14, ratio);
  g_fonts.label = add(k_inter_semibold, k_inter_semibold_size, 13, ratio);
  g_fonts.heading = add(k_inter_semibold, k_inter_semibold_size, 21, ratio);
  g_fonts.figure = add(k_inter_semibold, k_inter_semibold_size, 26, ratio, kFigureRanges);
  g_fonts.title = add(k_inter_semibold, k_inter_semibold_size, 34, ratio, kTitleRanges);
  // The atlas only as tall as its glyphs: WebGL2 takes any height, and a power of two left up to
  // half of it empty, to be converted and uploaded all the same.
  io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  io.Fonts->Build();
  g_ratio = ratio;
  use_built_fonts();
  return g_fonts;
}

void use_built_fonts() {
  ImGuiIO& io = ImGui::GetIO();
  io.FontDefault = g_fonts.body;
  io.FontGlobalScale = 1.0f / g_ratio;
}

const Fonts& fonts() { return g_fonts; }

ImFont* font_that_draws(ImFont* font, ImFont* fallback, const std::string& text) {
  const char* at = text.c_str();
  const char* end = at + text.size();
  while (at < end) {
    unsigned int c = 0;
    at += ImTextCharFromUtf8(&c, at, end);
    if (c > 0xFFFF || !font->FindGlyphNoFallback(static_cast<ImWchar>(c))) return fallback;
  }
  return font;
}

}  // namespace airisk::app
