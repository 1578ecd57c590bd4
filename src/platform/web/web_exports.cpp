// The few functions JavaScript calls: the DOM mirror's controls (keyboard and assistive
// technology users), pasted text, and "something changed, draw again".
#include <emscripten.h>

#include <string>

#include "app/app.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "web_platform.h"

using airisk::app::AppEventKind;

namespace {

bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

}  // namespace

extern "C" {

// A mirror control was used: `id` is its data-control, `value` what it was set to.
EMSCRIPTEN_KEEPALIVE void airisk_mirror_action(const char* id_text, const char* value_text) {
  const std::string id = id_text ? id_text : "";
  const std::string value = value_text ? value_text : "";
  // The DOM now holds keyboard focus or set a field's text: an ImGui field still active on the
  // canvas would keep its own copy of the text and overwrite the new one.
  if ((id == "focus" && !value.empty()) || id == "salary" || id == "search") ImGui::ClearActiveID();
  if (id == "salary") {
    airisk::app::app_event({AppEventKind::kSetSalaryText, value});
  } else if (id == "preset-entry") {
    airisk::app::app_event({AppEventKind::kUseEntryPreset, ""});
  } else if (id == "preset-experienced") {
    airisk::app::app_event({AppEventKind::kUseExperiencedPreset, ""});
  } else if (id == "region" || starts_with(id, "region-option-")) {
    airisk::app::app_event({AppEventKind::kSetRegion, value});
  } else if (id == "plan" || starts_with(id, "plan-option-")) {
    airisk::app::app_event({AppEventKind::kSetPlan, value});
  } else if (id == "method-toggle") {
    airisk::app::app_event({AppEventKind::kToggleMethod, ""});
  } else if (starts_with(id, "weight-")) {
    airisk::app::app_event({AppEventKind::kSetWeight, id.substr(7) + "=" + value});
  } else if (starts_with(id, "task-")) {
    airisk::app::app_event({AppEventKind::kToggleTask, id.substr(5)});
  } else if (id == "reset-weights") {
    airisk::app::app_event({AppEventKind::kResetWeights, ""});
  } else if (id == "personalise") {
    airisk::app::app_event({AppEventKind::kTogglePersonalise, ""});
  } else if (starts_with(id, "open-")) {
    airisk::app::app_event({AppEventKind::kSetProfession, id.substr(5)});
  } else if (starts_with(id, "compare-")) {
    airisk::app::app_event({AppEventKind::kSetCompare, id.substr(8)});
  } else if (id == "close-compare") {
    airisk::app::app_event({AppEventKind::kSetCompare, ""});
  } else if (id == "search") {
    airisk::app::app_event({AppEventKind::kSetSearch, value});
  } else if (starts_with(id, "category-")) {
    airisk::app::app_event({AppEventKind::kSetCategory, id.substr(9)});
  } else if (id == "copy-link") {
    airisk::app::app_event({AppEventKind::kCopyLink, ""});
  } else if (id == "share") {
    airisk::app::app_event({AppEventKind::kShare, ""});
  } else if (id == "download-png") {
    airisk::app::app_event({AppEventKind::kDownloadPng, ""});
  } else if (id == "focus") {
    airisk::app::app_event({AppEventKind::kFocusControl, value});
  } else if (id == "theme") {
    airisk::app::app_event({AppEventKind::kSetTheme, value});
  } else if (id == "accent") {
    airisk::app::app_event({AppEventKind::kSetAccent, value});
  } else if (id == "link") {
    airisk::app::app_event({AppEventKind::kOpenLink, value});
  } else if (id == "embed") {
    airisk::app::app_event({AppEventKind::kToggleEmbed, ""});
  } else if (id == "copy-snippet") {
    airisk::app::app_event({AppEventKind::kCopySnippet, ""});
  } else if (id == "notice") {
    airisk::app::app_event({AppEventKind::kNotice, value});
  }
  airisk::web::request_frames();
}

// Text pasted into the focused canvas goes to ImGui as typed characters.
EMSCRIPTEN_KEEPALIVE void airisk_paste_text(const char* utf8) {
  if (!utf8) return;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(utf8);
  while (*p) {
    unsigned codepoint = *p;
    int extra = codepoint >= 0xF0 ? 3 : codepoint >= 0xE0 ? 2 : codepoint >= 0xC0 ? 1 : 0;
    if (extra) codepoint &= (0x3F >> extra);
    ++p;
    for (int i = 0; i < extra && (*p & 0xC0) == 0x80; ++i, ++p) codepoint = (codepoint << 6) | (*p & 0x3F);
    if (codepoint >= 32) {
      airisk::web::InputEvent event;
      event.kind = airisk::web::InputKind::kChar;
      event.codepoint = codepoint;
      airisk::web::queue_input(event);
    }
  }
}

EMSCRIPTEN_KEEPALIVE void airisk_request_frame(void) { airisk::web::request_frames(); }

}  // extern "C"
