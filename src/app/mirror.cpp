#include "app/mirror.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "imgui.h"

namespace airisk::app {

MirrorSection& MirrorModel::section(const std::string& id, const std::string& heading, int level) {
  for (auto& s : sections) {
    if (s.id == id) return s;
  }
  // Sections are opened as they start drawing, so the cursor is at the section's top.
  sections.push_back({id, heading, level, ImGui::GetCursorScreenPos().y + scroll_y, {}, {}});
  return sections.back();
}

namespace {

// What to_json() writes of a control's place: whole CSS pixels (sub-pixel jitter would rewrite
// the DOM for nothing). rect: on the canvas, for the focus ring and overlays; top: from the
// card's top, where the hidden control is placed so the browser scrolls that part into view.
struct WrittenPlace {
  long x, y, w, h, top;
  bool operator==(const WrittenPlace& o) const { return x == o.x && y == o.y && w == o.w && h == o.h && top == o.top; }
};

WrittenPlace written_place(const MirrorControl& c, float scroll_y) {
  return {std::lround(c.x), std::lround(c.y), std::lround(c.w), std::lround(c.h), std::lround(c.y + scroll_y)};
}

bool same_figures(const std::vector<MirrorFigure>& a, const std::vector<MirrorFigure>& b) {
  // Empty figures are not written, so only the others count.
  size_t i = 0, j = 0;
  for (;; ++i, ++j) {
    while (i < a.size() && a[i].text.empty()) ++i;
    while (j < b.size() && b[j].text.empty()) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (a[i].key != b[j].key || a[i].label != b[j].label || a[i].text != b[j].text) return false;
  }
}

bool same_options(const std::vector<MirrorOption>& a, const std::vector<MirrorOption>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].value != b[i].value || a[i].label != b[i].label) return false;
  }
  return true;
}

// True when both sections would be written as the same JSON; with kContent, when they differ at
// most in where their controls are (a section below one that grew).
enum class Compare { kWhole, kContent };
bool same_section(const MirrorSection& a, float a_scroll, const MirrorSection& b, float b_scroll,
                  Compare compare = Compare::kWhole) {
  if (a.id != b.id || a.heading != b.heading || a.level != b.level || a.controls.size() != b.controls.size()) return false;
  if (!same_figures(a.figures, b.figures)) return false;
  for (size_t c = 0; c < a.controls.size(); ++c) {
    const MirrorControl& x = a.controls[c];
    const MirrorControl& y = b.controls[c];
    if (x.id != y.id || x.kind != y.kind || x.label != y.label || x.value != y.value || x.pressed != y.pressed ||
        x.toggle != y.toggle || x.value_text != y.value_text || x.shows != y.shows) {
      return false;
    }
    if (!same_options(x.options, y.options)) return false;
    if (compare == Compare::kWhole && !(written_place(x, a_scroll) == written_place(y, b_scroll))) return false;
  }
  return true;
}

const MirrorSection* find_section(const MirrorModel* model, const std::string& id) {
  if (!model) return nullptr;
  for (const auto& s : model->sections) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

const MirrorControl* find_control(const MirrorSection* section, const std::string& id) {
  if (!section) return nullptr;
  for (const auto& c : section->controls) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

nlohmann::json place_json(const MirrorControl& c, float scroll_y) {
  const WrittenPlace place = written_place(c, scroll_y);
  return {place.x, place.y, place.w, place.h, place.top};
}

// `before`: the section as the DOM shows it, if it does. A control's options the DOM already has
// (a region list does not change as a salary is typed) are left out.
nlohmann::json section_json(const MirrorSection& s, float scroll_y, const MirrorSection* before) {
  using nlohmann::json;
  json figures = json::array();
  for (const auto& f : s.figures) {
    if (!f.text.empty()) figures.push_back({{"key", f.key}, {"label", f.label}, {"text", f.text}});
  }
  json controls = json::array();
  for (const auto& c : s.controls) {
    const WrittenPlace place = written_place(c, scroll_y);
    json control = {{"id", c.id}, {"kind", c.kind}, {"label", c.label}, {"value", c.value}, {"pressed", c.pressed},
                    {"toggle", c.toggle == MirrorControl::Toggle::kPressed    ? "pressed"
                               : c.toggle == MirrorControl::Toggle::kExpanded ? "expanded"
                                                                              : ""},
                    {"rect", {place.x, place.y, place.w, place.h}}, {"top", place.top}};
    if (!c.value_text.empty()) control["valueText"] = c.value_text;
    if (!c.shows.empty()) control["shows"] = c.shows;
    const MirrorControl* shown = find_control(before, c.id);
    if (!shown || !same_options(shown->options, c.options)) {
      json options = json::array();
      for (const auto& o : c.options) options.push_back({{"value", o.value}, {"label", o.label}});
      control["options"] = std::move(options);
    }
    controls.push_back(std::move(control));
  }
  return {{"id", s.id}, {"heading", s.heading}, {"level", s.level}, {"figures", figures}, {"controls", controls}};
}

}  // namespace

bool MirrorModel::writes_same_as(const MirrorModel& other) const {
  if (live != other.live || sections.size() != other.sections.size()) return false;
  for (size_t s = 0; s < sections.size(); ++s) {
    if (!same_section(sections[s], scroll_y, other.sections[s], other.scroll_y)) return false;
  }
  return true;
}

std::string MirrorModel::to_json(const MirrorModel* written) const {
  using nlohmann::json;
  json out = json::array();
  for (const auto& s : sections) {
    const MirrorSection* before = find_section(written, s.id);
    if (before && same_section(s, scroll_y, *before, written->scroll_y)) {
      out.push_back({{"id", s.id}, {"same", true}});
    } else if (before && same_section(s, scroll_y, *before, written->scroll_y, Compare::kContent)) {
      json places = json::array();
      for (const auto& c : s.controls) places.push_back(place_json(c, scroll_y));
      out.push_back({{"id", s.id}, {"moved", std::move(places)}});
    } else {
      out.push_back(section_json(s, scroll_y, before));
    }
  }
  // Text a person typed may hold any bytes: JSON of it must never throw.
  return json({{"sections", out}, {"live", live}}).dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace airisk::app
