// The browser loop: a WebGL2 context on the canvas, frames on demand, one ImGui frame per
// input transition (ImGui 1.86 would lose a press and release that land between two frames),
// and the DOM mirror and page layout handed to the JS bridge (airisk_library.js).
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cfloat>
#include <cstdlib>
#include <deque>
#include <string>

#include "app/app.h"
#include "core/embedded_dataset.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "web_platform.h"

extern "C" {
// Implemented in airisk_library.js.
void airisk_js_init_page(void);
double airisk_js_css_width(void);
double airisk_js_css_height(void);
double airisk_js_view_scroll(void);
void airisk_js_set_content_height(double css_pixels);
void airisk_js_write_mirror(const char* json);
void airisk_js_frame_drawn(int first, double frame_ms);
void airisk_js_show_fallback(const char* message);
char* airisk_js_setting(const char* name);  // malloc'd UTF-8, freed by the caller
void airisk_js_copy_text(const char* text);
void airisk_js_share(const char* title, const char* url);
void airisk_js_link_changed(const char* link, int initial);
void airisk_js_scroll_to(double card_y);
void airisk_js_state_changed(const char* state_json);
void airisk_js_error(const char* detail_json);
}

namespace airisk::web {
namespace {

constexpr const char* kCanvas = "#airisk-canvas";
// ImGui frames one animation frame may run for queued presses and releases (see on_animation_frame).
constexpr int kMaxTransitionsPerFrame = 1;

struct Platform {
  std::deque<InputEvent> queue;
  int frames_wanted = 0;
  bool frame_scheduled = false;
  long frames_drawn = 0;
  float font_ratio = 0;  // the pixel ratio the font atlas was baked for
  int backing_width = 0, backing_height = 0;
  float content_height = 0;
  app::MirrorModel written_mirror;  // what the DOM mirror shows now
  bool mirror_written = false;
  app::Viewport viewport;
  bool text_only = false;     // no WebGL2: the mirror is the card, laid out without drawing
  bool context_lost = false;  // the browser took the WebGL context back: lay out, don't draw
  bool touch = false;
} g;

EM_BOOL on_animation_frame(double, void*);

bool can_draw() { return !g.text_only && !g.context_lost; }

void schedule() {
  if (g.frame_scheduled) return;
  g.frame_scheduled = true;
  emscripten_request_animation_frame(on_animation_frame, nullptr);
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
  const float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  g.viewport.width = static_cast<float>(airisk_js_css_width());
  g.viewport.height = static_cast<float>(airisk_js_css_height());
  g.viewport.scroll_y = static_cast<float>(airisk_js_view_scroll());
  g.viewport.device_pixel_ratio = ratio;
  // The backing store follows CSS size x devicePixelRatio, so nothing is scaled up and blurred.
  const int width = static_cast<int>(g.viewport.width * ratio + 0.5f);
  const int height = static_cast<int>(g.viewport.height * ratio + 0.5f);
  if (can_draw() && (width != g.backing_width || height != g.backing_height)) {
    emscripten_set_canvas_element_size(kCanvas, width, height);
    g.backing_width = width;
    g.backing_height = height;
  }
  if (can_draw() && ratio != g.font_ratio) {
    app::app_build_fonts(ratio);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    g.font_ratio = ratio;
  }
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(g.viewport.width, g.viewport.height);
  io.DisplayFramebufferScale = ImVec2(ratio, ratio);
}

std::string setting(const char* name) {
  char* value = airisk_js_setting(name);
  std::string text = value ? value : "";
  free(value);
  return text;
}

void render_draw_data() {
  const ImU32 page = app::app_page_colour();
  glViewport(0, 0, g.backing_width, g.backing_height);
  glClearColor(((page >> IM_COL32_R_SHIFT) & 0xFF) / 255.0f, ((page >> IM_COL32_G_SHIFT) & 0xFF) / 255.0f,
               ((page >> IM_COL32_B_SHIFT) & 0xFF) / 255.0f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

app::FrameResult run_imgui_frame();
void write_mirror_if_changed() {
  const app::MirrorModel& mirror = app::app_mirror();
  if (g.mirror_written && mirror.writes_same_as(g.written_mirror)) return;
  // Only the sections that changed are written out; the rest are named as the same.
  const std::string json = mirror.to_json(g.mirror_written ? &g.written_mirror : nullptr);
  g.written_mirror = mirror;
  g.mirror_written = true;
  airisk_js_write_mirror(json.c_str());
}

// Hands the app's requests to the browser. A PNG is the app's share image, drawn offscreen
// (share_render.cpp): the canvas keeps the view the visitor has.
void serve_requests() {
  for (const app::PlatformRequest& request : app::app_take_requests()) {
    switch (request.kind) {
      case app::RequestKind::kCopyText: airisk_js_copy_text(request.text.c_str()); break;
      case app::RequestKind::kShare: airisk_js_share(request.title.c_str(), request.text.c_str()); break;
      case app::RequestKind::kLinkChanged: airisk_js_link_changed(request.text.c_str(), 0); break;
      case app::RequestKind::kScrollTo: airisk_js_scroll_to(std::atof(request.text.c_str())); break;
      case app::RequestKind::kStateChanged: airisk_js_state_changed(request.text.c_str()); break;
      case app::RequestKind::kError: airisk_js_error(request.text.c_str()); break;
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
  app::FrameResult result = app::app_frame(g.viewport);
  ImGui::Render();
  return result;
}

EM_BOOL on_animation_frame(double, void*) {
  g.frame_scheduled = false;
  const double frame_start = emscripten_get_now();
  static double last_time = emscripten_get_now();
  const double now = emscripten_get_now();
  ImGui::GetIO().DeltaTime = static_cast<float>(std::max(0.001, (now - last_time) / 1000.0));
  last_time = now;
  update_viewport();

  // Every press and release gets an ImGui frame of its own; the last one is drawn. A burst of
  // input (fast typing) is spread over several animation frames so no callback runs long:
  // what is left waits in the queue for the next one, nothing is dropped.
  app::FrameResult result;
  int transitions = 0;
  do {
    while (!g.queue.empty()) {
      InputEvent event = g.queue.front();
      g.queue.pop_front();
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

  if (result.content_height != g.content_height) {
    g.content_height = result.content_height;
    airisk_js_set_content_height(g.content_height);
    g.frames_wanted = std::max(g.frames_wanted, 2);  // the canvas may have changed size
  }
  serve_requests();
  write_mirror_if_changed();
  // Reported after the mirror is written: the whole cost of the frame callback, for scripts/bench.
  airisk_js_frame_drawn(g.frames_drawn++ == 0 ? 1 : 0, emscripten_get_now() - frame_start);
  if (--g.frames_wanted > 0 || result.animating) schedule();
  return EM_FALSE;
}

EM_BOOL on_page_change(int, const void*, void*) {
  request_frames();
  return EM_FALSE;
}

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

}  // namespace

void queue_input(const InputEvent& event) {
  g.queue.push_back(event);
  request_frames();
}

void request_frames(int count) {
  if (g.text_only) {
    lay_out_text_card();  // no frames: the change is laid out and mirrored at once
    return;
  }
  g.frames_wanted = std::max(g.frames_wanted, count);
  schedule();
}

}  // namespace airisk::web

namespace airisk::web {
namespace {

EM_BOOL on_context_lost(int, const void*, void*) {
  // The renderer's GL objects die with the context: let go of them now, while every GL call is
  // a silent no-op, so nothing is deleted in the restored context later. The card keeps
  // running without drawing (its state, the mirror and the host's events go on).
  g.context_lost = true;
  ImGui_ImplOpenGL3_Shutdown();
  forget_share_image_texture();
  return EM_TRUE;  // preventDefault: ask the browser to restore it
}

EM_BOOL on_context_restored(int, const void*, void*) {
  g.context_lost = false;
  ImGui_ImplOpenGL3_Init("#version 300 es");
  g.font_ratio = 0;  // the font texture is made again on the next frame
  request_frames();
  return EM_TRUE;
}

// Without WebGL2 the card is its DOM mirror: the app lays it out (never drawing) whenever
// something changes, and every control works through the mirror.
void start_text_only_card() {
  g.text_only = true;
  ImGuiIO& io = ImGui::GetIO();
  app::app_build_fonts(1);
  unsigned char* pixels;
  int width, height;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
  airisk_js_show_fallback("This browser could not start WebGL2, so the card is shown as text.");
  lay_out_text_card();
}

}  // namespace

void lay_out_text_card() {
  g.viewport = {static_cast<float>(airisk_js_css_width()), 900, 0, 1};
  ImGui::GetIO().DisplaySize = ImVec2(g.viewport.width, g.viewport.height);
  run_imgui_frame();
  serve_requests();
  write_mirror_if_changed();
}

bool share_image_for_host() { return can_draw() && make_share_image(ImageMode::kForHost, ""); }

void note_pointer_is_touch(bool touch) {
  if (touch == g.touch) return;
  g.touch = touch;
  app::app_control("touch", touch ? "1" : "0");
}

}  // namespace airisk::web

namespace {

// The host's attributes, in the order that lets each one build on the last: the profession
// (or a job title) first, then the region, then the salary in that region's style.
constexpr const char* kAttributeOrder[] = {"profession", "job-title", "region", "salary", "plan", "compare",
                                           "weights", "theme", "accent", "sections", "hide-salary"};

}  // namespace

int main() {
  using namespace airisk;
  airisk_js_init_page();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.BackendPlatformName = "airisk_web";
  web::map_keys();
  app::AppConfig config;
  // scripts/build embeds one bundle: read where it is compiled in, not copied.
  const std::vector<core::EmbeddedDocument>& embedded = core::embedded_documents();
  if (embedded.size() == 1) config.compiled_in_bundle = embedded.front().text;
  else config.dataset = core::embedded_dataset();
  config.link = web::setting("link");
  config.page_url = web::setting("page_url");
  config.can_share = web::setting("can_share") == "1";
  config.script_base = web::setting("script_base");
  config.dataset_validated = true;  // scripts/build runs `airisk validate` before embedding it
  std::string error = app::app_init(config);
  if (!error.empty()) emscripten_log(EM_LOG_ERROR, "airisk: %s", error.c_str());
  // Host attributes win over the link for what they set (a job ad passes its own salary).
  for (const char* name : kAttributeOrder) {
    if (web::setting((std::string("has-") + name).c_str()) == "1") app::app_set_attribute(name, web::setting(name));
  }
  app::app_control("theme", web::setting("theme"));
  // The opening state is not a change, but what could not be used is said to the host.
  for (const app::PlatformRequest& request : app::app_take_requests()) {
    if (request.kind == app::RequestKind::kError) airisk_js_error(request.text.c_str());
  }
  airisk_js_link_changed(app::app_link().c_str(), 1);
  airisk_js_state_changed(app::app_state_json().c_str());

  EmscriptenWebGLContextAttributes attributes;
  emscripten_webgl_init_context_attributes(&attributes);
  attributes.majorVersion = 2;
  attributes.minorVersion = 0;
  attributes.alpha = EM_FALSE;
  attributes.antialias = EM_FALSE;  // ImGui anti-aliases its own shapes
  attributes.depth = EM_FALSE;
  attributes.stencil = EM_FALSE;
  // WebGL2 has all the card draws with; enabling every extension up front costs start-up time.
  attributes.enableExtensionsByDefault = EM_FALSE;
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context("#airisk-canvas", &attributes);
  if (context <= 0) {
    web::start_text_only_card();
    return 0;
  }
  emscripten_webgl_make_context_current(context);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  web::install_input_callbacks("#airisk-canvas");
  emscripten_set_webglcontextlost_callback("#airisk-canvas", nullptr, EM_FALSE,
                                           reinterpret_cast<em_webgl_context_callback>(web::on_context_lost));
  emscripten_set_webglcontextrestored_callback("#airisk-canvas", nullptr, EM_FALSE,
                                               reinterpret_cast<em_webgl_context_callback>(web::on_context_restored));
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE,
                                 reinterpret_cast<em_ui_callback_func>(web::on_page_change));
  emscripten_set_scroll_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE,
                                 reinterpret_cast<em_ui_callback_func>(web::on_page_change));
  web::request_frames();
  return 0;
}
