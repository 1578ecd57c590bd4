// Internal to the web platform: the input queue shared by the html5.h callbacks and the loop.
#pragma once

namespace airisk::web {

enum class InputKind { kMouseMove, kMouseDown, kMouseUp, kMouseLeave, kKeyDown, kKeyUp, kChar, kFocus, kBlur };

struct InputEvent {
  InputKind kind;
  float x = 0, y = 0;      // CSS pixels on the canvas
  int button = 0;          // 0 left, 1 right, 2 middle (ImGui's order)
  int key = 0;             // DOM keyCode
  unsigned codepoint = 0;  // for kChar
  bool ctrl = false, shift = false, alt = false, super = false;
};

void queue_input(const InputEvent& event);
// Draw `count` more frames (input just arrived, or something changed): hover and release settle.
void request_frames(int count = 3);
void install_input_callbacks(const char* canvas_selector);

}  // namespace airisk::web
