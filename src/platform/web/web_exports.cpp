// The few functions JavaScript calls, each for one card (its number on the JS side) made current
// first. They only forward: the app owns the state and decides what every control id and
// attribute means (app_control, app_set_attribute). A card that is gone ignores them.
#include <emscripten.h>
#include <malloc.h>

#include <string>

#include "app/app.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "web_platform.h"

namespace {

using airisk::web::Card;
using airisk::web::CardScope;

std::string text_or_empty(const char* text) { return text ? text : ""; }

}  // namespace

extern "C" {

// A mirror control, an overlay or the platform's JS changed something: `id` is its data-control.
EMSCRIPTEN_KEEPALIVE void airisk_control(int card_id, const char* id_text, const char* value_text) {
  Card* card = airisk::web::find_card(card_id);
  if (!card) return;
  CardScope scope(*card);
  const std::string id = text_or_empty(id_text);
  // The DOM now holds keyboard focus or set a field's text: an ImGui field still active on the
  // canvas would keep its own copy of the text and overwrite the new one.
  if ((id == "focus" && value_text && *value_text) || id == "salary" || id == "search") ImGui::ClearActiveID();
  airisk::app::app_control(id, text_or_empty(value_text));
  airisk::web::request_frames(*card);
}

// The host set (present = 1) or removed (present = 0) an attribute of <ai-risk-card>.
EMSCRIPTEN_KEEPALIVE void airisk_set_attribute(int card_id, const char* name, const char* value, int present) {
  Card* card = airisk::web::find_card(card_id);
  if (!card) return;
  CardScope scope(*card);
  airisk::app::app_set_attribute(text_or_empty(name),
                                 present ? std::optional<std::string>(text_or_empty(value)) : std::nullopt);
  airisk::web::request_frames(*card);
}

// Bytes the engine's allocator has handed out and not taken back: what the cards of a page really
// hold (tests/web/engine.test.mjs, scripts/bench). The WebAssembly memory only grows, in steps,
// and says less.
EMSCRIPTEN_KEEPALIVE double airisk_heap_in_use() { return static_cast<double>(mallinfo().uordblks); }

// The card's state as JSON (the element's `state` property); the caller frees it. Null when the
// card is gone.
EMSCRIPTEN_KEEPALIVE char* airisk_state_json(int card_id) {
  Card* card = airisk::web::find_card(card_id);
  if (!card) return nullptr;
  CardScope scope(*card);
  const std::string state = airisk::app::app_state_json();
  char* copy = static_cast<char*>(malloc(state.size() + 1));
  if (copy) memcpy(copy, state.c_str(), state.size() + 1);
  return copy;
}

// Text pasted into the focused canvas goes to ImGui as typed characters, all in one frame.
EMSCRIPTEN_KEEPALIVE void airisk_paste_text(int card_id, const char* utf8) {
  Card* card = airisk::web::find_card(card_id);
  if (!card || !utf8) return;
  airisk::web::InputEvent event;
  event.kind = airisk::web::InputKind::kText;
  event.text = utf8;
  airisk::web::queue_input(*card, event);
}

EMSCRIPTEN_KEEPALIVE void airisk_prepare_search(int card_id) {
  Card* card = airisk::web::find_card(card_id);
  if (!card) return;
  CardScope scope(*card);
  airisk::app::app_prepare_search();
}

// The mirror as the card is now, written before the browser carries out a key in it.
EMSCRIPTEN_KEEPALIVE void airisk_write_mirror_now(int card_id) {
  Card* card = airisk::web::find_card(card_id);
  if (!card) return;
  CardScope scope(*card);
  airisk::web::write_mirror_now();
}

EMSCRIPTEN_KEEPALIVE void airisk_request_frame(int card_id) {
  if (Card* card = airisk::web::find_card(card_id)) airisk::web::request_frames(*card);
}

// The element's shareImage(): draws the share image for the host; 0 when it cannot be drawn.
EMSCRIPTEN_KEEPALIVE int airisk_share_image(int card_id) {
  Card* card = airisk::web::find_card(card_id);
  if (!card) return 0;
  CardScope scope(*card);
  return airisk::web::share_image_for_host() ? 1 : 0;
}

}  // extern "C"
