// Drawing helpers shared by the sections: panels, text, buttons, figures and bars in the
// card's style, each recording its control in the DOM mirror where it is interactive.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "app/mirror.h"
#include "imgui.h"

namespace airisk::app {

// A white rounded panel sized to its content. Open one, draw, and it closes at scope end.
class Panel {
 public:
  Panel(float width, float padding);
  ~Panel();
  Panel(const Panel&) = delete;
  Panel& operator=(const Panel&) = delete;
  float inner_width() const { return width_ - 2 * padding_; }

 private:
  ImVec2 start_;
  float width_, padding_;
};

void text(ImFont* font, ImU32 colour, const std::string& value);
// Where text() breaks `value` into lines `width` wide at `size`: [from, to) byte ranges, at spaces
// only (never inside "$2,400" or at the no-break spaces money uses). A word wider than the line
// stands on its own line.
std::vector<std::pair<size_t, size_t>> wrap_at_spaces(ImFont* font, float size, const std::string& value, float width);
void text_wrapped(ImFont* font, ImU32 colour, const std::string& value);
// For an InputText with ImGuiInputTextFlags_CallbackCharFilter: a character the card's fonts
// cannot draw is refused (typed, it showed as "?", and nothing the field reads needs it), and the
// bool `UserData` points to is set, so the field can say what it takes.
int refuse_undrawable(ImGuiInputTextCallbackData* data);
void kicker(const std::string& value);  // small accent label above a heading
// A section's kicker and heading, the way every section starts.
void section_title(const std::string& kicker_text, const std::string& heading);
// Panels breathe less on a phone.
float panel_padding(bool narrow);
float text_width(ImFont* font, const std::string& value);

// The text cut at a word (or, for one long word, a character) so that it and "…" fit `width`,
// at `size` pixels; fit_text leaves text that fits as it is.
std::string cut_to_fit(ImFont* font, float size, std::string text, float width);
std::string fit_text(ImFont* font, const std::string& text, float width);
// `text` on at most `max_lines` lines `width` wide at the font's drawn size, broken at spaces;
// what does not fit ends the last line in "…".
std::vector<std::string> fit_lines(ImFont* font, const std::string& text, float width, size_t max_lines);
// The size `font` shows at on the card: its atlas is baked at the screen's pixel ratio and drawn
// scaled back by io.FontGlobalScale, which ImDrawList::AddText with an explicit size does not apply.
float drawn_size(const ImFont* font);

// The room from the cursor to where text wraps (the panel's or column's inner edge); 0 where
// nothing sets one.
float room_to_edge();

// A rounded button at least kTapTarget tall. `selected` draws it filled with the accent.
// max_width: the room it has, by default room_to_edge(); a label too long for it ends in "…".
bool pill_button(const char* id, const std::string& label, bool selected, float max_width = 0);
// The width pill_button takes for `label` in the current font, before any cut.
float pill_width(const std::string& label);
// The next item on this line if `width` fits before the edge, else on a line of its own: a row
// of buttons in a narrow column.
void same_line_if_fits(float width);
// A text button styled as a link; too long for its room, it wraps at spaces as a link in a page does.
bool link_button(const char* id, const std::string& label);

void chip(const std::string& label);  // a small tinted tag, e.g. the category

// A large figure with its label below, in a box of `width`.
void figure_tile(const std::string& value, const std::string& label, float width);
// A labelled horizontal bar: `fraction` of `width` filled with `colour`.
void bar(const std::string& label, const std::string& value, float fraction, ImU32 colour, float width);

// Records the last ImGui item as a control of `section` in the DOM mirror.
MirrorControl& record_control(MirrorSection& section, const std::string& id, const std::string& kind,
                              const std::string& label, const std::string& value = "");

}  // namespace airisk::app
