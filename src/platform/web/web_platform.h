// Internal to the web platform: the input queue shared by the html5.h callbacks and the loop.
#pragma once

#include <string>

namespace airisk::web {

// kChar is one typed character; kText a run of them (a paste), which ImGui takes in one frame.
enum class InputKind { kMouseMove, kMouseDown, kMouseUp, kMouseLeave, kKeyDown, kKeyUp, kChar, kText, kFocus, kBlur };

struct InputEvent {
  InputKind kind;
  float x = 0, y = 0;      // CSS pixels on the canvas
  int button = 0;          // 0 left, 1 right, 2 middle (ImGui's order)
  int key = 0;             // DOM keyCode
  unsigned codepoint = 0;  // for kChar
  std::string text;        // for kText, UTF-8
  bool ctrl = false, shift = false, alt = false, super = false;
};

// DOM keyCodes (KeyboardEvent.keyCode), which ImGui 1.86 indexes KeysDown by here.
enum DomKey : int {
  kDomVkBackspace = 8, kDomVkTab = 9, kDomVkEnter = 13, kDomVkEscape = 27, kDomVkSpace = 32,
  kDomVkPageUp = 33, kDomVkPageDown = 34, kDomVkEnd = 35, kDomVkHome = 36, kDomVkLeft = 37, kDomVkUp = 38,
  kDomVkRight = 39, kDomVkDown = 40, kDomVkInsert = 45, kDomVkDelete = 46,
  kDomVkA = 65, kDomVkC = 67, kDomVkV = 86, kDomVkX = 88, kDomVkY = 89, kDomVkZ = 90,
};

void queue_input(const InputEvent& event);
// Draw `count` more frames (input just arrived, or something changed): hover and release settle.
void request_frames(int count = 3);
void install_input_callbacks(const char* canvas_selector);
// Keys that edit or move in a text field (Backspace, Enter, arrows, ...), by DOM keyCode.
bool is_editing_key(unsigned long dom_key_code);
// Without WebGL2: lays the card out (never drawing) and writes the mirror, at once.
void lay_out_text_card();
// What becomes of a share image once drawn (airisk_js_image_pixels takes the same numbers).
enum class ImageMode : int { kDownload = 0, kCopy = 1, kOpen = 2, kForHost = 3 };
// Draws the app's share image offscreen and hands its pixels to JS; false when there is no
// report to draw or no framebuffer (share_render.cpp).
bool make_share_image(ImageMode mode, const std::string& file_name);
// The share image's font texture died with its context: upload it again next time.
void forget_share_image_texture();
// The host asked the element for the image (its shareImage() method): false if it cannot be drawn.
bool share_image_for_host();

// The last pointer was a finger (1) or a mouse (0): pickers open as native lists under a finger.
void note_pointer_is_touch(bool touch);

}  // namespace airisk::web
