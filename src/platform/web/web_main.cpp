// The browser loop of each card: frames on demand, one ImGui frame per input transition (ImGui
// 1.86 would lose a press and release that land between two frames), and the DOM mirror and page
// layout handed to the JS bridge (airisk_library.js). Cards come and go in web_cards.cpp; every
// function here works on the current card.
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cfloat>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <string>

#include "app/app.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "web_platform.h"

extern "C" {
// Implemented in airisk_library.js; each works on the current card's page.
double airisk_js_css_width(void);
double airisk_js_css_height(void);
double airisk_js_view_scroll(void);
void airisk_js_set_content_height(double css_pixels);
void airisk_js_write_mirror(const char* json);
void airisk_js_mirror_written(double write_ms);
void airisk_js_show_report(void);  // after the next mirror write: the card's top into view, focus on its heading
void airisk_js_frame_drawn(int first, double frame_ms, int input_pending);
void airisk_js_copy_text(const char* text);
void airisk_js_share(const char* title, const char* url, const char* message);
void airisk_js_link_changed(const char* link, int initial, const char* answers);
void airisk_js_scroll_to(double card_y, const char* section);
void airisk_js_state_changed(const char* state_json);
void airisk_js_error(const char* detail_json);
}

namespace airisk::web {
namespace {

// ImGui frames one animation frame may run for queued presses and releases (see on_animation_frame).
constexpr int kMaxTransitionsPerFrame = 1;
// The DOM mirror follows the canvas at most this often while frames come quickly (typing), and
// at the end of every burst: writing it cost about half of a typing frame, and neither assistive
// technology nor the browser's accessibility tree reads it keystroke by keystroke.
constexpr double kMirrorIntervalMs = 150;

EM_BOOL on_animation_frame(double, void* user_data);

bool can_draw() { return can_draw(current_card()); }

void schedule(Card& card) {
  if (card.frame_request) return;
  card.frame_request = emscripten_request_animation_frame(on_animation_frame, &card);
}

// Typing a character is a key press, the character and a release; only the character matters to
// ImGui 1.86 (its text fields read the character queue), so those presses are part of the text
// run. Keys that edit or move (Backspace, arrows, Enter, shortcuts) keep a frame of their own.
bool is_text_key(const InputEvent& e) {
  return (e.kind == InputKind::kKeyDown || e.kind == InputKind::kKeyUp) && !e.ctrl && !e.super && !e.alt &&
         !is_editing_key(static_cast<unsigned long>(e.key));
}

bool is_text(const InputEvent& e) {
  return e.kind == InputKind::kChar || e.kind == InputKind::kText || is_text_key(e);
}

bool is_transition(const InputEvent& e) {
  switch (e.kind) {
    case InputKind::kMouseDown: case InputKind::kMouseUp: case InputKind::kKeyDown: case InputKind::kKeyUp:
    case InputKind::kChar: case InputKind::kText:
      return true;
    default:
      return false;
  }
}

void apply(const InputEvent& e) {
  ImGuiIO& io = ImGui::GetIO();
  switch (e.kind) {
    case InputKind::kMouseMove:
      io.MousePos = ImVec2(e.x, e.y);
      break;
    case InputKind::kMouseDown:
      io.MousePos = ImVec2(e.x, e.y);
      io.MouseDown[e.button] = true;
      break;
    case InputKind::kMouseUp:
      if (e.x >= 0) io.MousePos = ImVec2(e.x, e.y);
      io.MouseDown[e.button] = false;
      break;
    case InputKind::kMouseLeave:
      io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
      break;
    case InputKind::kWheel:
      io.MousePos = ImVec2(e.x, e.y);
      io.MouseWheel += e.wheel;
      break;
    case InputKind::kKeyDown:
    case InputKind::kKeyUp:
      if (e.key > 0 && e.key < 512) io.KeysDown[e.key] = e.kind == InputKind::kKeyDown;
      io.KeyCtrl = e.ctrl;
      io.KeyShift = e.shift;
      io.KeyAlt = e.alt;
      io.KeySuper = e.super;
      break;
    case InputKind::kChar:
      io.AddInputCharacter(e.codepoint);
      break;
    case InputKind::kText:
      // Pasted text arrives while Ctrl (or Cmd) is still down for Ctrl+V, and ImGui 1.86 drops
      // characters typed with Ctrl held (they would be shortcuts): the text is not a shortcut. The
      // key's release sets the modifiers again.
      io.KeyCtrl = io.KeySuper = false;
      app::app_type_text(e.text);
      break;
    case InputKind::kFocus:
      io.AddFocusEvent(true);
      break;
    case InputKind::kBlur:
      io.AddFocusEvent(false);
      // Keys held while focus left would otherwise stay down forever.
      for (bool& down : io.KeysDown) down = false;
      io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
      break;
  }
}

void update_viewport() {
  Card& g = current_card();
  const float ratio = shown_pixel_ratio(g);
  g.viewport.width = static_cast<float>(airisk_js_css_width());
  g.viewport.height = static_cast<float>(airisk_js_css_height());
  g.viewport.scroll_y = static_cast<float>(airisk_js_view_scroll());
  g.viewport.device_pixel_ratio = ratio;
  if (can_draw()) size_backing_store(g, g.viewport.width, g.viewport.height, ratio);
  // Baked even without a context to draw with (lost before the first frame): ImGui lays out with it.
  use_fonts_baked_for(ratio);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(g.viewport.width, g.viewport.height);
  io.DisplayFramebufferScale = ImVec2(ratio, ratio);
}

}  // namespace

bool can_draw(const Card& card) {
  // A context released by the page (loseContext(), as the element does when it leaves the page) is
  // lost at once, but the engine hears of it only in a later task: until then a GL call would fail,
  // and a shader compiled meanwhile has no log (Emscripten then throws out of the frame).
  return !card.text_only && !card.context_lost && !(card.gl > 0 && emscripten_is_webgl_context_lost(card.gl));
}

// Screen pixels per CSS pixel of the card: devicePixelRatio, times the scale a host shows the card
// at where it enlarges it (zoom: 1.5, transform: scale(2)): drawn at its CSS size, it was stretched
// and soft. A card shown smaller keeps its CSS size's pixels. At most 4, as the fonts are baked.
float shown_pixel_ratio(const Card& card) {
  const double scale = std::min(std::max(airisk_js_canvas_scale(card.id), 1.0), 4.0);
  return static_cast<float>(std::min(emscripten_get_device_pixel_ratio() * scale, 4.0));
}

// The backing store follows CSS size x the pixel ratio it is shown at, so nothing is scaled up and blurred.
void size_backing_store(Card& g, float css_width, float css_height, float ratio) {
  const int width = static_cast<int>(css_width * ratio + 0.5f);
  const int height = static_cast<int>(css_height * ratio + 0.5f);
  if (width == g.backing_width && height == g.backing_height) return;
  emscripten_set_canvas_element_size(g.canvas.c_str(), width, height);
  g.backing_width = width;
  g.backing_height = height;
}

void size_backing_store() {
  Card& g = current_card();
  size_backing_store(g, static_cast<float>(airisk_js_css_width()), static_cast<float>(airisk_js_css_height()),
                     shown_pixel_ratio(g));
}

namespace {

void render_draw_data() {
  const Card& g = current_card();
  const ImU32 page = app::app_page_colour();
  glViewport(0, 0, g.backing_width, g.backing_height);
  glClearColor(((page >> IM_COL32_R_SHIFT) & 0xFF) / 255.0f, ((page >> IM_COL32_G_SHIFT) & 0xFF) / 255.0f,
               ((page >> IM_COL32_B_SHIFT) & 0xFF) / 255.0f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  draw_card_frame(ImGui::GetDrawData());
}

app::FrameResult run_imgui_frame();

void note_content_height(const app::FrameResult& result) {
  Card& g = current_card();
  if (result.content_height == g.content_height) return;
  g.content_height = result.content_height;
  airisk_js_set_content_height(g.content_height);
  g.frames_wanted = std::max(g.frames_wanted, 2);  // the canvas may have changed size
  schedule(g);
}

// started: when the work for this write began (a layout it needed counts as part of it).
void write_mirror_if_changed(double start = emscripten_get_now()) {
  Card& g = current_card();
  // Frames for typed text skip the sections below the view: the mirror says all of the card.
  if (app::app_layout_kept()) {
    g.viewport.keep_below_view = false;
    note_content_height(run_imgui_frame());
  }
  const app::MirrorModel& mirror = app::app_mirror();
  if (g.mirror_written && mirror.writes_same_as(g.written_mirror)) return;
  // Only the sections that changed are written out; the rest are named as the same.
  const std::string json = mirror.to_json(g.mirror_written ? &g.written_mirror : nullptr);
  g.written_mirror = mirror;
  g.mirror_written = true;
  airisk_js_write_mirror(json.c_str());
  g.mirror_written_at = emscripten_get_now();
  airisk_js_mirror_written(g.mirror_written_at - start);
}

void on_mirror_timer(void* user_data) {
  Card* card = find_card(static_cast<int>(reinterpret_cast<intptr_t>(user_data)));
  if (!card) return;  // removed meanwhile
  card->mirror_timer = 0;
  CardScope scope(*card);
  write_mirror_if_changed();
}

// The frame's mirror, in a task of its own just after the frame, or once kMirrorIntervalMs has
// passed since the last write (the app keeps the last frame's mirror until the next frame
// replaces it). After the frame, so a key shows on the canvas without waiting for the DOM to be
// patched (0.7-1.5 ms a write, more when the browser collects garbage). The first one too: the
// card shows sooner, and the host hears airisk:ready once the text is there (airisk_js_write_mirror).
void write_mirror_soon() {
  Card& g = current_card();
  if (g.mirror_timer) return;
  const double since = emscripten_get_now() - g.mirror_written_at;
  g.mirror_timer = emscripten_set_timeout(on_mirror_timer, std::max(0.0, kMirrorIntervalMs - since),
                                          reinterpret_cast<void*>(static_cast<intptr_t>(g.id)));
}

void on_salary_pause(void* user_data) {
  Card* card = find_card(static_cast<int>(reinterpret_cast<intptr_t>(user_data)));
  if (!card) return;  // removed meanwhile
  card->salary_timer = 0;
  CardScope scope(*card);
  app::app_control("salary-pause", "");
  request_frames(*card);
}

// Hands the app's requests to the browser. A PNG is the app's share image, drawn offscreen
// (share_render.cpp): the canvas keeps the view the visitor has.
void serve_requests() {
  for (const app::PlatformRequest& request : app::app_take_requests()) {
    switch (request.kind) {
      case app::RequestKind::kCopyText: airisk_js_copy_text(request.text.c_str()); break;
      case app::RequestKind::kShare: airisk_js_share(request.title.c_str(), request.text.c_str(), request.message.c_str()); break;
      case app::RequestKind::kLinkChanged: airisk_js_link_changed(request.text.c_str(), 0, request.message.c_str()); break;
      case app::RequestKind::kScrollTo: airisk_js_scroll_to(std::atof(request.text.c_str()), request.title.c_str()); break;
      case app::RequestKind::kShowReport: airisk_js_show_report(); break;
      case app::RequestKind::kStateChanged: airisk_js_state_changed(request.text.c_str()); break;
      case app::RequestKind::kError: airisk_js_error(request.text.c_str()); break;
      case app::RequestKind::kSalaryPause: {
        // Each key held starts the pause again.
        Card& card = current_card();
        if (card.salary_timer) emscripten_clear_timeout(card.salary_timer);
        card.salary_timer = emscripten_set_timeout(on_salary_pause, std::atof(request.text.c_str()),
                                                   reinterpret_cast<void*>(static_cast<intptr_t>(card.id)));
        break;
      }
      case app::RequestKind::kDownloadPng:
      case app::RequestKind::kCopyPng:
      case app::RequestKind::kOpenPng: {
        const ImageMode mode = request.kind == app::RequestKind::kDownloadPng ? ImageMode::kDownload
                               : request.kind == app::RequestKind::kCopyPng   ? ImageMode::kCopy
                                                                              : ImageMode::kOpen;
        if (!can_draw() || !make_share_image(mode, request.file_name)) {
          app::app_control("download-failed", "The image cannot be drawn in this browser right now; copy the link instead.");
        }
        break;
      }
    }
  }
}

app::FrameResult run_imgui_frame() {
  if (can_draw()) ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  app::FrameResult result = app::app_frame(current_card().viewport);
  ImGui::Render();
  return result;
}

EM_BOOL on_animation_frame(double, void* user_data) {
  Card& g = *static_cast<Card*>(user_data);
  g.frame_request = 0;
  CardScope scope(g);
  const double frame_start = emscripten_get_now();
  const double now = emscripten_get_now();
  if (g.last_frame_time == 0) g.last_frame_time = now;
  ImGui::GetIO().DeltaTime = static_cast<float>(std::max(0.001, (now - g.last_frame_time) / 1000.0));
  g.last_frame_time = now;
  update_viewport();

  // Every press and release gets an ImGui frame of its own; the last one is drawn. A burst of
  // input (fast typing) is spread over several animation frames so no callback runs long:
  // what is left waits in the queue for the next one, nothing is dropped.
  app::FrameResult result;
  int transitions = 0;
  do {
    // Typed text changes what is on screen (the field, the figures beside it); sections below the
    // view keep their layout until the mirror is written. Any other input gets the whole card:
    // Tab and clicks may go anywhere in it.
    g.viewport.keep_below_view = true;
    while (!g.queue.empty()) {
      InputEvent event = g.queue.front();
      g.queue.pop_front();
      if (!is_text(event) && event.kind != InputKind::kMouseMove) g.viewport.keep_below_view = false;
      apply(event);
      // A run of typed or pasted characters is one transition: ImGui takes them all in one frame.
      while (is_text(event) && !g.queue.empty() && is_text(g.queue.front())) {
        apply(g.queue.front());
        g.queue.pop_front();
      }
      if (is_transition(event)) {
        ++transitions;
        break;
      }
    }
    result = run_imgui_frame();
  } while (!g.queue.empty() && transitions < kMaxTransitionsPerFrame);
  if (!g.queue.empty()) g.frames_wanted = std::max(g.frames_wanted, 2);

  if (can_draw()) render_draw_data();

  note_content_height(result);
  serve_requests();
  write_mirror_soon();
  // Reported after the mirror is written: the whole cost of the frame callback, for scripts/bench
  // (a mirror written later, by its timer, reports its own cost: airisk_js_mirror_written).
  airisk_js_frame_drawn(g.frames_drawn++ == 0 ? 1 : 0, emscripten_get_now() - frame_start, g.queue.empty() ? 0 : 1);
  if (--g.frames_wanted > 0 || result.animating) schedule(g);
  return EM_FALSE;
}

}  // namespace

void map_keys() {
  ImGuiIO& io = ImGui::GetIO();
  // ImGui 1.86 indexes KeysDown by the platform's key codes: the DOM's keyCode here.
  io.KeyMap[ImGuiKey_Tab] = kDomVkTab;
  io.KeyMap[ImGuiKey_LeftArrow] = kDomVkLeft;
  io.KeyMap[ImGuiKey_RightArrow] = kDomVkRight;
  io.KeyMap[ImGuiKey_UpArrow] = kDomVkUp;
  io.KeyMap[ImGuiKey_DownArrow] = kDomVkDown;
  io.KeyMap[ImGuiKey_PageUp] = kDomVkPageUp;
  io.KeyMap[ImGuiKey_PageDown] = kDomVkPageDown;
  io.KeyMap[ImGuiKey_Home] = kDomVkHome;
  io.KeyMap[ImGuiKey_End] = kDomVkEnd;
  io.KeyMap[ImGuiKey_Insert] = kDomVkInsert;
  io.KeyMap[ImGuiKey_Delete] = kDomVkDelete;
  io.KeyMap[ImGuiKey_Backspace] = kDomVkBackspace;
  io.KeyMap[ImGuiKey_Space] = kDomVkSpace;
  io.KeyMap[ImGuiKey_Enter] = kDomVkEnter;
  io.KeyMap[ImGuiKey_Escape] = kDomVkEscape;
  io.KeyMap[ImGuiKey_KeyPadEnter] = kDomVkEnter;
  io.KeyMap[ImGuiKey_A] = kDomVkA;
  io.KeyMap[ImGuiKey_C] = kDomVkC;
  io.KeyMap[ImGuiKey_V] = kDomVkV;
  io.KeyMap[ImGuiKey_X] = kDomVkX;
  io.KeyMap[ImGuiKey_Y] = kDomVkY;
  io.KeyMap[ImGuiKey_Z] = kDomVkZ;
}

void queue_input(Card& card, const InputEvent& event) {
  card.queue.push_back(event);
  request_frames(card);
}

void request_frames(Card& card, int count) {
  if (card.text_only) {
    CardScope scope(card);
    lay_out_text_card();  // no frames: the change is laid out and mirrored at once
    return;
  }
  card.frames_wanted = std::max(card.frames_wanted, count);
  schedule(card);
}

void write_mirror_now() {
  Card& g = current_card();
  if (g.text_only) {
    lay_out_text_card();
    return;
  }
  g.viewport.keep_below_view = false;
  note_content_height(run_imgui_frame());
  serve_requests();
  write_mirror_if_changed();
  request_frames(g);
}

void lay_out_text_card() {
  Card& g = current_card();
  g.viewport = {static_cast<float>(airisk_js_css_width()), 900, 0, 1};
  ImGui::GetIO().DisplaySize = ImVec2(g.viewport.width, g.viewport.height);
  run_imgui_frame();
  serve_requests();
  write_mirror_if_changed();
}

bool share_image_for_host() { return can_draw() && make_share_image(ImageMode::kForHost, ""); }

}  // namespace airisk::web
