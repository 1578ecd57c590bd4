// Internal to the web platform: the cards on the page (one engine serves them all), and the
// input queue each card's html5.h callbacks fill for its loop.
#pragma once

#include <emscripten/html5.h>

#include <deque>
#include <string>

#include "app/app.h"

struct ImGuiContext;
struct ImDrawData;

// How much larger than its CSS size card `card`'s canvas is shown (a host's transform: scale() or
// zoom): pointer events come in shown pixels, and the card draws at the size it is shown.
extern "C" double airisk_js_canvas_scale(int card);  // airisk_library.js

namespace airisk::web {

// kChar is one typed character; kText a run of them (a paste), which ImGui takes in one frame.
enum class InputKind { kMouseMove, kMouseDown, kMouseUp, kMouseLeave, kWheel, kKeyDown, kKeyUp, kChar, kText, kFocus, kBlur };

struct InputEvent {
  InputKind kind;
  float x = 0, y = 0;      // CSS pixels on the canvas
  int button = 0;          // 0 left, 1 right, 2 middle (ImGui's order)
  float wheel = 0;         // for kWheel: ImGui's units, positive scrolls up
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

// Where the current touch started, and whether it has become a scroll rather than a tap.
struct TouchGesture {
  float start_x = 0, start_y = 0;
  bool scrolling = false;
  bool dragging = false;  // moved sideways first: pressed where it landed, its moves go to the card
};

// One <ai-risk-card> on the page: its own App, ImGui context (all share one font atlas) and WebGL
// context, and the loop's state. Every piece of work for a card runs with it selected (CardScope).
struct Card {
  int id = 0;              // the JS side's number for the card (airisk_library.js)
  std::string canvas;      // the selector html5.h finds its canvas by, in specialHTMLTargets
  app::App* app = nullptr;
  ImGuiContext* imgui = nullptr;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
  std::deque<InputEvent> queue;
  int frames_wanted = 0;
  long frame_request = 0;  // the pending requestAnimationFrame, 0 when none
  long frames_drawn = 0;
  double last_frame_time = 0;
  unsigned font_generation = 0;  // the font atlas build its font texture holds (0: none)
  unsigned share_font_texture = 0;  // the share image's font atlas in this card's WebGL context
  int backing_width = 0, backing_height = 0;
  // The GL state the card's frames draw with, set once per context (imgui_renderer.cpp).
  unsigned vertex_array = 0;       // 0: none made in this context yet
  bool draw_state_ready = false;   // false: set it up again before the next frame is drawn
  float content_height = 0;
  app::MirrorModel written_mirror;  // what the DOM mirror shows now
  bool mirror_written = false;
  double mirror_written_at = 0;  // emscripten_get_now() of the last write
  long mirror_timer = 0;         // a pending write of the last frame's mirror (web_main.cpp), 0 when none
  long salary_timer = 0;         // the visitor's pause in the salary field (RequestKind::kSalaryPause)
  app::Viewport viewport;
  bool text_only = false;     // no WebGL2: the mirror is the card, laid out without drawing
  bool context_lost = false;  // the browser took the WebGL context back: lay out, don't draw
  bool touch = false;
  TouchGesture gesture;
};

// The card the engine works for now: its App, ImGui context, WebGL context and JS page are current.
Card& current_card();
// The card JS knows by this number, or null when it is gone.
Card* find_card(int id);
// Makes `card` current for its lifetime, then the one before it again: a host's event listener
// may reach another card while one is in the middle of its frame.
class CardScope {
 public:
  explicit CardScope(Card& card);
  ~CardScope();
  CardScope(const CardScope&) = delete;
  CardScope& operator=(const CardScope&) = delete;

 private:
  Card* previous_;
};

void queue_input(Card& card, const InputEvent& event);
// Input or something else reaches every card (the page resized or scrolled, a mouse button was
// released somewhere on the page).
void for_each_card(void (*each)(Card& card));
// Draw `count` more frames of the card (input just arrived, or something changed): hover and
// release settle.
void request_frames(Card& card, int count = 3);
void install_input_callbacks(Card& card);
// ImGui 1.86 reads keys by the platform's codes: the DOM's keyCode here (for the current context).
void map_keys();
// The current card draws with the page's font atlas baked for `device_pixel_ratio` (baking it
// again for every card when the ratio changed), and its own texture of it.
void use_fonts_baked_for(float device_pixel_ratio);
// The current card's renderer (imgui_renderer.cpp): upload its texture of the font atlas again
// (it was rebuilt, or the context is new), and point the shared atlas at that texture.
void refresh_fonts_texture();
void use_own_fonts_texture();
// Draws a frame of the current card into its canvas (see imgui_renderer.cpp for why not the stock
// renderer's RenderDrawData), and marks its GL state for setting up again: after anything else drew
// in its context (the share image) or its GL objects were made again.
void draw_card_frame(const ImDrawData* draw_data);
void forget_draw_state(Card& card);
// Page-wide input (a button released outside every canvas): installed once for all cards.
void install_page_input_callbacks();
// Keys that edit or move in a text field (Backspace, Enter, arrows, ...), by DOM keyCode.
bool is_editing_key(unsigned long dom_key_code);
// Without WebGL2: lays the current card out (never drawing) and writes the mirror, at once.
void lay_out_text_card();
// Lays the current card out and writes its mirror now, drawing with the next frame: for a key
// whose default the browser is about to carry out in the mirror (Tab out of the salary field).
void write_mirror_now();
// The card has a WebGL context it can draw with now.
bool can_draw(const Card& card);
// The current card's canvas sized to its CSS box x the pixel ratio it is shown at, if it is not already.
void size_backing_store();
// The same for `card` with those measures already read (a frame's).
void size_backing_store(Card& card, float css_width, float css_height, float ratio);
// Screen pixels per CSS pixel of the card as it is shown (web_main.cpp).
float shown_pixel_ratio(const Card& card);
// What becomes of a share image once drawn (airisk_js_image_pixels takes the same numbers).
enum class ImageMode : int { kDownload = 0, kCopy = 1, kOpen = 2, kForHost = 3 };
// Draws the app's share image offscreen and hands its pixels to JS; false when there is no
// report to draw or no framebuffer (share_render.cpp).
bool make_share_image(ImageMode mode, const std::string& file_name);
// The host asked the element for the image (its shareImage() method): false if it cannot be drawn.
bool share_image_for_host();

// The last pointer on the card was a finger (1) or a mouse (0): pickers open as native lists
// under a finger.
void note_pointer_is_touch(Card& card, bool touch);

}  // namespace airisk::web
