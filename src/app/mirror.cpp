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

std::string MirrorModel::to_json() const {
  using nlohmann::json;
  json out = json::array();
  for (const auto& s : sections) {
    json figures = json::array();
    for (const auto& f : s.figures) {
      if (!f.text.empty()) figures.push_back({{"key", f.key}, {"label", f.label}, {"text", f.text}});
    }
    json controls = json::array();
    for (const auto& c : s.controls) {
      json options = json::array();
      for (const auto& o : c.options) options.push_back({{"value", o.value}, {"label", o.label}});
      // Whole CSS pixels: sub-pixel jitter would rewrite the DOM for nothing.
      // rect: on the canvas, for the focus ring and overlays; top: from the card's top, where the
      // hidden control is placed so the browser scrolls the right part of the card into view.
      controls.push_back({{"id", c.id}, {"kind", c.kind}, {"label", c.label}, {"value", c.value},
                          {"options", options}, {"pressed", c.pressed},
                          {"rect", {std::lround(c.x), std::lround(c.y), std::lround(c.w), std::lround(c.h)}},
                          {"top", std::lround(c.y + scroll_y)}});
    }
    out.push_back({{"id", s.id}, {"heading", s.heading}, {"level", s.level}, {"figures", figures}, {"controls", controls}});
  }
  // Text a person typed may hold any bytes: JSON of it must never throw.
  return json({{"sections", out}, {"live", live}}).dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace airisk::app
