// The DOM mirror as a model: what the card says, as text, and where its controls are.
// The app fills it while drawing; the web platform turns it into hidden, structured DOM
// for screen readers, search engines, the no-WebGL fallback and the browser tests.
#pragma once

#include <string>
#include <vector>

namespace airisk::app {

struct MirrorFigure {
  std::string key;    // stable id, e.g. "ai_yearly" (data-figure)
  std::string label;  // what the figure is, e.g. "AI plan per year"
  std::string text;   // the figure as the card shows it; an empty figure is left out of the DOM
};

struct MirrorOption {
  std::string value;
  std::string label;
};

struct MirrorControl {
  std::string id;     // data-control
  std::string kind;   // "button", "text", "select", "option"
  std::string label;
  std::string value;
  std::vector<MirrorOption> options;  // for "select"
  float x = 0, y = 0, w = 0, h = 0;   // on the canvas, CSS pixels
  bool pressed = false;               // on (chosen, or open), for the buttons that toggle
  // What `pressed` means to assistive technology: a choice made (aria-pressed: a preset, a
  // category), something shown (aria-expanded: a task's reason, the method), or nothing (a plain
  // button: every button read as a toggle said "Copy link, toggle button, not pressed").
  enum class Toggle { kNone, kPressed, kExpanded } toggle = Toggle::kNone;
  // What a slider is heard as (aria-valuetext): the canvas's own words, "22 % of my time" in
  // Germany, not the bare "22".
  std::string value_text;
  // The figure of the same section that a disclosure shows (aria-controls): a task's button, its
  // reason; "Embed this card", the code.
  std::string shows;
  MirrorControl& chosen(bool on) { toggle = Toggle::kPressed; pressed = on; return *this; }
  MirrorControl& expanded(bool open, std::string shown_figure = {}) {
    toggle = Toggle::kExpanded;
    pressed = open;
    shows = std::move(shown_figure);
    return *this;
  }
};

struct MirrorSection {
  std::string id;
  std::string heading;
  int level = 2;
  float top = 0;  // where the section starts, CSS pixels from the top of the card
  std::vector<MirrorFigure> figures;
  std::vector<MirrorControl> controls;
};

struct MirrorModel {
  std::vector<MirrorSection> sections;

  std::string live;  // one labelled sentence for the card's only live region, e.g. "Salary $90,000; ..."

  float scroll_y = 0;  // the view's scroll this frame, to turn screen positions into card positions
  void clear() {
    sections.clear();
    live.clear();
  }
  MirrorSection& section(const std::string& id, const std::string& heading, int level = 2);
  // written: what the DOM shows now, if anything. Typing a salary rewrites one section, not the
  // whole card: a section the DOM already shows as this one would be written is sent as
  // {"id", "same": true}; one whose controls only moved (a section above it grew) as
  // {"id", "moved": [[x, y, w, h, top] of each control]}; and a control's options the DOM already
  // has are left out of its section.
  std::string to_json(const MirrorModel* written = nullptr) const;
  // True when to_json() of both would be the same text, found without writing it: the platform
  // asks each frame, and most frames change nothing the DOM shows.
  bool writes_same_as(const MirrorModel& other) const;
};

}  // namespace airisk::app
