// The bench reference: the smallest Dear ImGui page built like the card (same toolchain, flags,
// imconfig and WebGL2 renderer), so scripts/bench can say what the card costs beyond ImGui itself.
// It keeps the card's habits that cost time and bytes: html5.h mouse and key callbacks (no GLFW),
// frames on demand only, one ImGui frame per input transition, and the same frame counters and
// 'airisk:first-frame' mark that airisk_library.js keeps. It draws one line of text.
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <deque>

#include "imgui.h"
#include "imgui_impl_opengl3.h"

// The same counters as airisk_js_frame_drawn in src/platform/web/airisk_library.js.
EM_JS(void, reference_frame_drawn, (int first, double frame_ms), {
  window.airiskFrameCount = (window.airiskFrameCount || 0) + 1;
  var times = window.airiskFrameTimes = window.airiskFrameTimes || [];
  times.push(frame_ms);
  if (times.length > 600) times.shift();
  if (first) performance.mark('airisk:first-frame');
});

namespace {

constexpr const char* kCanvas = "#reference-canvas";

// One input event, applied to ImGui 1.86's polled input state at the start of a frame.
struct Event {
  enum Kind { kMove, kDown, kUp, kKeyDown, kKeyUp, kChar } kind;
  float x = 0, y = 0;
  int code = 0;  // mouse button, DOM keyCode or character
  bool ctrl = false, shift = false;
};

struct State {
  std::deque<Event> queue;
  int frames_wanted = 0;
  bool frame_scheduled = false;
  long frames_drawn = 0;
  int backing_width = 0, backing_height = 0;
} g;

EM_BOOL on_animation_frame(double, void*);

void request_frames(int count = 3) {  // as the card: a few frames after input so hover and release settle
  g.frames_wanted = std::max(g.frames_wanted, count);
  if (g.frame_scheduled) return;
  g.frame_scheduled = true;
  emscripten_request_animation_frame(on_animation_frame, nullptr);
}

void apply(const Event& e) {
  ImGuiIO& io = ImGui::GetIO();
  switch (e.kind) {
    case Event::kMove: io.MousePos = ImVec2(e.x, e.y); break;
    case Event::kDown: io.MousePos = ImVec2(e.x, e.y); io.MouseDown[e.code] = true; break;
    case Event::kUp: io.MouseDown[e.code] = false; break;
    case Event::kKeyDown:
    case Event::kKeyUp:
      if (e.code > 0 && e.code < 512) io.KeysDown[e.code] = e.kind == Event::kKeyDown;
      io.KeyCtrl = e.ctrl;
      io.KeyShift = e.shift;
      break;
    case Event::kChar: io.AddInputCharacter(static_cast<unsigned>(e.code)); break;
  }
}

void update_display() {
  double css_width = 1, css_height = 1;
  emscripten_get_element_css_size(kCanvas, &css_width, &css_height);
  const double ratio = emscripten_get_device_pixel_ratio();
  const int width = static_cast<int>(css_width * ratio + 0.5), height = static_cast<int>(css_height * ratio + 0.5);
  if (width != g.backing_width || height != g.backing_height) {
    emscripten_set_canvas_element_size(kCanvas, width, height);
    g.backing_width = width;
    g.backing_height = height;
  }
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(css_width), static_cast<float>(css_height));
  io.DisplayFramebufferScale = ImVec2(static_cast<float>(ratio), static_cast<float>(ratio));
}

void run_imgui_frame() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
  ImGui::Begin("reference", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
  ImGui::TextUnformatted("Dear ImGui 1.86 on WebGL2: the bench reference.");
  ImGui::End();
  ImGui::Render();
}

EM_BOOL on_animation_frame(double, void*) {
  g.frame_scheduled = false;
  const double start = emscripten_get_now();
  static double last = start;
  ImGui::GetIO().DeltaTime = static_cast<float>(std::max(0.001, (start - last) / 1000.0));
  last = start;
  update_display();
  // ImGui 1.86 polls input: a press and release inside one frame would be lost, so each
  // transition gets a frame of its own, exactly as the card does it.
  do {
    while (!g.queue.empty()) {
      const Event e = g.queue.front();
      g.queue.pop_front();
      apply(e);
      if (e.kind != Event::kMove) break;
    }
    run_imgui_frame();
  } while (!g.queue.empty());
  glViewport(0, 0, g.backing_width, g.backing_height);
  glClearColor(0.95f, 0.96f, 0.96f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  reference_frame_drawn(g.frames_drawn++ == 0 ? 1 : 0, emscripten_get_now() - start);
  if (--g.frames_wanted > 0) request_frames(g.frames_wanted);
  return EM_FALSE;
}

void queue(const Event& e) {
  g.queue.push_back(e);
  request_frames();
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
  Event event{type == EMSCRIPTEN_EVENT_MOUSEDOWN ? Event::kDown : type == EMSCRIPTEN_EVENT_MOUSEUP ? Event::kUp : Event::kMove};
  event.x = static_cast<float>(e->targetX);
  event.y = static_cast<float>(e->targetY);
  event.code = e->button == 1 ? 2 : e->button == 2 ? 1 : 0;  // DOM middle/right -> ImGui's order
  queue(event);
  return EM_FALSE;
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
  if (type == EMSCRIPTEN_EVENT_KEYPRESS) {
    if (e->ctrlKey || e->metaKey || e->charCode < 32) return EM_FALSE;
    Event event{Event::kChar};
    event.code = static_cast<int>(e->charCode);
    queue(event);
    return EM_TRUE;
  }
  Event event{type == EMSCRIPTEN_EVENT_KEYDOWN ? Event::kKeyDown : Event::kKeyUp};
  event.code = static_cast<int>(e->keyCode);
  event.ctrl = e->ctrlKey;
  event.shift = e->shiftKey;
  queue(event);
  return EM_FALSE;  // printable keys must reach keypress
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
  request_frames();
  return EM_FALSE;
}

}  // namespace

int main() {
  EmscriptenWebGLContextAttributes attributes;
  emscripten_webgl_init_context_attributes(&attributes);
  attributes.majorVersion = 2;
  attributes.alpha = EM_FALSE;
  attributes.antialias = EM_FALSE;
  attributes.depth = EM_FALSE;
  attributes.stencil = EM_FALSE;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context(kCanvas, &attributes);
  if (context <= 0) return 1;
  emscripten_webgl_make_context_current(context);

  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.KeyMap[ImGuiKey_A] = 65;  // DOM keyCodes, as the card maps them; enough for Ctrl+A
  io.KeyMap[ImGuiKey_Backspace] = 8;
  ImGui_ImplOpenGL3_Init("#version 300 es");

  emscripten_set_mousedown_callback(kCanvas, nullptr, EM_FALSE, on_mouse);
  emscripten_set_mousemove_callback(kCanvas, nullptr, EM_FALSE, on_mouse);
  emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE, on_mouse);
  emscripten_set_keydown_callback(kCanvas, nullptr, EM_FALSE, on_key);
  emscripten_set_keyup_callback(kCanvas, nullptr, EM_FALSE, on_key);
  emscripten_set_keypress_callback(kCanvas, nullptr, EM_FALSE, on_key);
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
  request_frames();
  return 0;
}
