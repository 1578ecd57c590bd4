// Browser events -> the input queue, through emscripten/html5.h on the canvas. Returning
// EM_TRUE calls preventDefault: only for keys the card handles and a wheel over a list it opened,
// so the page keeps scrolling (wheel, touch) and Tab still moves focus out of the canvas.
#include <emscripten/html5.h>

#include <cstring>

#include "app/app.h"
#include "imgui.h"
#include "imgui_internal.h"  // the text input the last frame held
#include "web_platform.h"

namespace airisk::web {
namespace {

// A pointer's place on the canvas in CSS pixels, the card's own: the browser gives it in the
// pixels the canvas is shown at, which differ under a host's transform or zoom.
void place_pointer(const Card& card, double target_x, double target_y, InputEvent& event) {
  const double scale = airisk_js_canvas_scale(card.id);
  event.x = static_cast<float>(target_x / scale);
  event.y = static_cast<float>(target_y / scale);
}

int to_imgui_button(unsigned short dom_button) {
  // DOM: 0 left, 1 middle, 2 right. ImGui: 0 left, 1 right, 2 middle.
  return dom_button == 1 ? 2 : dom_button == 2 ? 1 : 0;
}

Card& card_of(void* user_data) { return *static_cast<Card*>(user_data); }

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void* user_data) {
  Card& card = card_of(user_data);
  if (type == EMSCRIPTEN_EVENT_MOUSEDOWN) note_pointer_is_touch(card, false);
  InputEvent event;
  place_pointer(card, e->targetX, e->targetY, event);
  event.button = to_imgui_button(e->button);
  switch (type) {
    case EMSCRIPTEN_EVENT_MOUSEDOWN: event.kind = InputKind::kMouseDown; break;
    case EMSCRIPTEN_EVENT_MOUSEUP: event.kind = InputKind::kMouseUp; break;
    case EMSCRIPTEN_EVENT_MOUSELEAVE: event.kind = InputKind::kMouseLeave; break;
    default: event.kind = InputKind::kMouseMove; break;
  }
  queue_input(card, event);
  return EM_FALSE;  // keep the browser's own focus handling of the canvas
}

int g_released_button = 0;  // for on_document_mouse_up's visit to each card

EM_BOOL on_document_mouse_up(int, const EmscriptenMouseEvent* e, void*) {
  // A drag that ends outside the canvas still releases the button; the position is unknown here.
  g_released_button = to_imgui_button(e->button);
  for_each_card([](Card& card) {
    if (card.text_only) return;  // no canvas input: nothing was pressed
    InputEvent event;
    event.kind = InputKind::kMouseUp;
    event.x = -1;
    event.button = g_released_button;
    queue_input(card, event);
  });
  return EM_FALSE;
}

constexpr float kTapSlopPx = 10;

// A finger presses nothing until it is clear what it does: a tap presses and releases where it
// lifts; a move sideways presses where it landed and drags (a personalise slider); a move up or
// down scrolls the page and presses nothing (a field test's swipe up over a slider set it to where
// the finger landed, 88 %).
EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void* user_data) {
  if (e->numTouches < 1) return EM_FALSE;
  Card& card = card_of(user_data);
  TouchGesture& gesture = card.gesture;
  const EmscriptenTouchPoint& touch = e->touches[0];
  InputEvent move;
  move.kind = InputKind::kMouseMove;
  place_pointer(card, touch.targetX, touch.targetY, move);
  if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
    note_pointer_is_touch(card, true);
    gesture = {move.x, move.y, false, false};
    queue_input(card, move);
    return EM_FALSE;  // the page may still start a scroll from here
  }
  if (type == EMSCRIPTEN_EVENT_TOUCHMOVE) {
    const float dx = move.x - gesture.start_x, dy = move.y - gesture.start_y;
    if (!gesture.scrolling && !gesture.dragging && dx * dx + dy * dy > kTapSlopPx * kTapSlopPx) {
      if (dx * dx > dy * dy) {
        gesture.dragging = true;
        InputEvent down = move;
        down.kind = InputKind::kMouseDown;
        down.x = gesture.start_x;
        down.y = gesture.start_y;
        InputEvent landed = down;
        landed.kind = InputKind::kMouseMove;
        queue_input(card, landed);
        queue_input(card, down);
      } else {
        gesture.scrolling = true;
        InputEvent leave;
        leave.kind = InputKind::kMouseLeave;
        queue_input(card, leave);
      }
    }
    if (!gesture.dragging) return EM_FALSE;  // touch-action: pan-y scrolls the page
    queue_input(card, move);
    return EM_TRUE;
  }
  if (gesture.scrolling) return EM_FALSE;
  if (!gesture.dragging) {  // a tap
    InputEvent down = move;
    down.kind = InputKind::kMouseDown;
    queue_input(card, down);
  }
  InputEvent up = move;
  up.kind = InputKind::kMouseUp;
  queue_input(card, up);
  InputEvent leave;
  leave.kind = InputKind::kMouseLeave;  // a finger leaves no hover behind
  queue_input(card, leave);
  // Stops the browser synthesising mouse events for this tap, which would click twice.
  return type == EMSCRIPTEN_EVENT_TOUCHEND ? EM_TRUE : EM_FALSE;
}

}  // namespace

bool is_editing_key(unsigned long key) {
  switch (key) {
    case kDomVkBackspace: case kDomVkEnter: case kDomVkEscape: case kDomVkPageUp: case kDomVkPageDown:
    case kDomVkEnd: case kDomVkHome: case kDomVkLeft: case kDomVkUp: case kDomVkRight: case kDomVkDown:
    case kDomVkDelete:
      return true;
    default:
      return false;
  }
}

namespace {

// Whether one of the card's text fields was being edited at its last frame. Only then does it use
// PageDown, Space, the arrows, Home and End; otherwise they scroll the page, as over any picture
// in it (a focused canvas that took them trapped a keyboard user on a card 3,000 px tall).
bool editing_text(Card& card) {
  CardScope scope(card);
  // What the last frame drawn said; io.WantTextInput follows it only at the next frame, and the
  // card draws none until something changes (the first arrow after a click scrolled the page).
  return GImGui->WantTextInputNextFrame == 1;
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void* user_data) {
  if (e->keyCode == kDomVkTab) return EM_FALSE;  // Tab belongs to the page: focus moves on to the mirror's controls
  InputEvent event;
  event.kind = type == EMSCRIPTEN_EVENT_KEYDOWN ? InputKind::kKeyDown : InputKind::kKeyUp;
  event.key = static_cast<int>(e->keyCode);
  event.ctrl = e->ctrlKey;
  event.shift = e->shiftKey;
  event.alt = e->altKey;
  event.super = e->metaKey;
  queue_input(card_of(user_data), event);
  if (type != EMSCRIPTEN_EVENT_KEYDOWN) return EM_FALSE;
  const bool command = e->ctrlKey || e->metaKey;
  // Ctrl+C/V/X stay with the browser so its copy and paste events fire.
  // Select all, undo and redo are the field's while one is edited, else the page's.
  if (command) return (e->keyCode == kDomVkA || e->keyCode == kDomVkZ || e->keyCode == kDomVkY) && editing_text(card_of(user_data));
  // Printable keys must not be prevented, or the keypress that carries the character never comes.
  return is_editing_key(e->keyCode) && editing_text(card_of(user_data));
}

EM_BOOL on_key_press(int, const EmscriptenKeyboardEvent* e, void* user_data) {
  if (e->ctrlKey || e->metaKey) return EM_FALSE;
  unsigned codepoint = e->charCode;
  if (codepoint < 32 || codepoint == 127) return EM_FALSE;
  InputEvent event;
  event.kind = InputKind::kChar;
  event.codepoint = codepoint;
  queue_input(card_of(user_data), event);
  return editing_text(card_of(user_data));  // a Space typed, not one that scrolls the page
}

// The wheel scrolls the page (the card is part of it), except over a list the card opened, which
// it scrolls instead, as it would a browser's own list.
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void* user_data) {
  Card& card = card_of(user_data);
  InputEvent event;
  event.kind = InputKind::kWheel;
  place_pointer(card, e->mouse.targetX, e->mouse.targetY, event);
  {
    CardScope scope(card);
    if (!app::app_list_open_at(event.x, event.y)) return EM_FALSE;
  }
  // One notch is 100 pixels in Chromium, 3 lines in Firefox; ImGui scrolls 5 lines a unit.
  const double per_unit = e->deltaMode == DOM_DELTA_PIXEL ? 100 : e->deltaMode == DOM_DELTA_LINE ? 3 : 1;
  event.wheel = static_cast<float>(-e->deltaY / per_unit);
  queue_input(card, event);
  return EM_TRUE;
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void* user_data) {
  InputEvent event;
  event.kind = type == EMSCRIPTEN_EVENT_FOCUS ? InputKind::kFocus : InputKind::kBlur;
  queue_input(card_of(user_data), event);
  return EM_FALSE;
}

}  // namespace

void install_input_callbacks(Card& card) {
  const char* canvas = card.canvas.c_str();
  Card* user = &card;  // html5.h hands it back to each callback; the card's removal removes them
  emscripten_set_mousedown_callback(canvas, user, EM_FALSE, on_mouse);
  emscripten_set_mousemove_callback(canvas, user, EM_FALSE, on_mouse);
  emscripten_set_mouseleave_callback(canvas, user, EM_FALSE, on_mouse);
  emscripten_set_wheel_callback(canvas, user, EM_FALSE, on_wheel);
  emscripten_set_touchstart_callback(canvas, user, EM_FALSE, on_touch);
  emscripten_set_touchmove_callback(canvas, user, EM_FALSE, on_touch);
  emscripten_set_touchend_callback(canvas, user, EM_FALSE, on_touch);
  emscripten_set_touchcancel_callback(canvas, user, EM_FALSE, on_touch);
  emscripten_set_keydown_callback(canvas, user, EM_FALSE, on_key);
  emscripten_set_keyup_callback(canvas, user, EM_FALSE, on_key);
  emscripten_set_keypress_callback(canvas, user, EM_FALSE, on_key_press);
  emscripten_set_focus_callback(canvas, user, EM_FALSE, on_focus);
  emscripten_set_blur_callback(canvas, user, EM_FALSE, on_focus);
}

// One listener for the page, not one per card: html5.h removes a target's listeners of a kind
// all at once, so a card's removal would take the others' with it.
void install_page_input_callbacks() {
  emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE, on_document_mouse_up);
}

}  // namespace airisk::web
