// The cards on a page, all served by one engine: one WASM instance and one memory for the page,
// the dataset and the font atlas held once, and for each <ai-risk-card> its own App, ImGui
// context and WebGL context. A card is made current (CardScope) before any work for it: its
// animation frames, its input and context callbacks, and the exports JS calls with its number.
//
// [SECTION] Cards and the current card
// [SECTION] Fonts shared by every card
// [SECTION] A card's WebGL context, lost and restored
// [SECTION] Adding and removing cards (airisk_add_card / airisk_remove_card)
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/console.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <string>

#include "app/app.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "packed_dataset.h"
#include "web_platform.h"

extern "C" {
// Implemented in airisk_library.js.
void airisk_js_init_engine(void);
void airisk_js_select_card(int card);  // the card the other airisk_js_* calls work on
char* airisk_js_setting(const char* name);  // malloc'd UTF-8, freed by the caller
void airisk_js_show_fallback(const char* message);
void airisk_js_link_changed(const char* link, int initial, const char* answers);
void airisk_js_state_changed(const char* state_json);
void airisk_js_error(const char* detail_json);
}

namespace airisk::web {

// [SECTION] Cards and the current card

namespace {

std::map<int, std::unique_ptr<Card>> g_cards;
Card* g_current = nullptr;

void select(Card* card) {
  if (card == g_current) return;
  g_current = card;
  if (!card) return;
  ImGui::SetCurrentContext(card->imgui);
  app::app_select(card->app);
  if (card->gl > 0) emscripten_webgl_make_context_current(card->gl);
  airisk_js_select_card(card->id);
}

}  // namespace

Card& current_card() { return *g_current; }

CardScope::CardScope(Card& card) : previous_(g_current) { select(&card); }

CardScope::~CardScope() {
  // The card before may have been removed meanwhile; then none is current until the next scope.
  for (const auto& [id, card] : g_cards) {
    if (card.get() == previous_) {
      select(previous_);
      return;
    }
  }
  g_current = nullptr;
}

void for_each_card(void (*each)(Card& card)) {
  for (const auto& [id, card] : g_cards) each(*card);
}

// [SECTION] Fonts shared by every card

namespace {

ImFontAtlas g_atlas;  // every card's ImGui context draws from this one atlas
float g_atlas_ratio = 0;
unsigned g_atlas_generation = 0;  // bumped each time the atlas is baked again

}  // namespace

void use_fonts_baked_for(float ratio) {
  Card& card = current_card();
  const bool drawing = can_draw(card);
  // Cards on a page share the window's pixel ratio; a card that draws bakes for the one it sees.
  if (g_atlas_generation == 0 || (drawing && ratio != g_atlas_ratio)) {
    app::app_build_fonts(ratio);
    g_atlas_ratio = ratio;
    ++g_atlas_generation;
  }
  if (card.font_generation != g_atlas_generation) {
    app::app_use_fonts();
    if (drawing) refresh_fonts_texture();
    card.font_generation = g_atlas_generation;
  }
  if (drawing) use_own_fonts_texture();
}

// [SECTION] A card's WebGL context, lost and restored

namespace {

EM_BOOL on_context_lost(int, const void*, void* user_data) {
  Card& card = *static_cast<Card*>(user_data);
  CardScope scope(card);
  // The renderer's GL objects die with the context: let go of them now, while every GL call is
  // a silent no-op, so nothing is deleted in the restored context later. The card keeps
  // running without drawing (its state, the mirror and the host's events go on).
  card.context_lost = true;
  ImGui_ImplOpenGL3_Shutdown();
  card.share_font_texture = 0;
  card.vertex_array = 0;
  forget_draw_state(card);
  return EM_TRUE;  // preventDefault: ask the browser to restore it
}

EM_BOOL on_context_restored(int, const void*, void* user_data) {
  Card& card = *static_cast<Card*>(user_data);
  CardScope scope(card);
  card.context_lost = false;
  ImGui_ImplOpenGL3_Init("#version 300 es");
  card.font_generation = 0;  // the font texture is made again on the next frame
  request_frames(card);
  return EM_TRUE;
}

EM_BOOL on_page_change(int, const void*, void*) {
  for_each_card([](Card& card) { request_frames(card); });
  return EM_FALSE;
}

EMSCRIPTEN_WEBGL_CONTEXT_HANDLE create_context(const std::string& canvas) {
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
  return emscripten_webgl_create_context(canvas.c_str(), &attributes);
}

// Without WebGL2 the card is its DOM mirror: the app lays it out (never drawing) whenever
// something changes, and every control works through the mirror.
void start_text_only_card(Card& card) {
  card.text_only = true;
  use_fonts_baked_for(1);
  airisk_js_show_fallback("This browser could not start WebGL2, so the card is shown as text.");
  lay_out_text_card();
}

std::string setting(const char* name) {
  char* value = airisk_js_setting(name);
  std::string text = value ? value : "";
  free(value);
  return text;
}

// The host's attributes, in the order that lets each one build on the last: the profession
// (or a job title) first, then the region, then the salary in that region's style.
constexpr const char* kAttributeOrder[] = {"profession", "job-title", "region", "salary", "plan", "compare",
                                           "weights", "theme", "accent", "sections", "hide-salary"};

// What a link says too: the card's state, as against how it is shown.
bool is_state_attribute(const std::string& name) {
  return name != "theme" && name != "accent" && name != "sections" && name != "hide-salary";
}

// Opens the current card's App from the host's settings and attributes. The first card loads the
// embedded dataset; the others share it.
void start_app(const app::App* dataset_from) {
  app::AppConfig config;
  if (dataset_from) {
    config.dataset_from = dataset_from;
  } else {
    // The packed bundle (packed_dataset.h), checked at build time (scripts/build runs `airisk
    // validate`): its index now, each part unpacked when first read.
    config.loaded = core::load_compiled_in_bundle("embedded", packed_bundle());
  }
  config.link = setting("link");
  config.page_url = setting("page_url");
  config.can_share = setting("can_share") == "1";
  config.script_base = setting("script_base");
  std::string error = app::app_init(std::move(config));
  // console.warn, as emscripten_log(EM_LOG_ERROR) wrote it, without that call's JS printf and stack walker.
  if (!error.empty()) emscripten_console_warn(("airisk: " + error).c_str());
  // The theme first: an accent attribute is checked against the theme it is shown on.
  app::app_control("theme", setting("theme"));
  app::app_control("forced-colors", setting("forced_colors"));
  // The host's attributes set the state the page opens at. A link that opened a profession (only
  // a sync-url card reads the address) is a visitor's state, shared to reopen exactly so: the
  // host's state attributes give way to it, and those of presentation still apply.
  // A card restarted after the host set its state while it was away takes that state over the
  // link it was left at (airisk.js, attributesOverLink).
  const bool link_holds_state = app::app_opened_from_link() && setting("attributes_over_link") != "1";
  for (const char* name : kAttributeOrder) {
    if (link_holds_state && is_state_attribute(name)) continue;
    if (setting((std::string("has-") + name).c_str()) == "1") app::app_set_attribute(name, setting(name));
  }
  // The opening state is not a change, but what could not be used is said to the host.
  for (const app::PlatformRequest& request : app::app_take_requests()) {
    if (request.kind == app::RequestKind::kError) airisk_js_error(request.text.c_str());
  }
  airisk_js_link_changed(app::app_link().c_str(), 1, "");
  airisk_js_state_changed(app::app_state_json().c_str());
}

}  // namespace

void note_pointer_is_touch(Card& card, bool touch) {
  if (touch == card.touch) return;
  card.touch = touch;
  CardScope scope(card);
  app::app_control("touch", touch ? "1" : "0");
}

Card* find_card(int id) {
  const auto found = g_cards.find(id);
  return found == g_cards.end() ? nullptr : found->second.get();
}

}  // namespace airisk::web

// [SECTION] Adding and removing cards

using airisk::web::Card;
using airisk::web::CardScope;

extern "C" {

// airisk_library.js has made the card's page (its elements, its settings) under number `id`,
// with its canvas in specialHTMLTargets as "#airisk-canvas-<id>".
EMSCRIPTEN_KEEPALIVE void airisk_add_card(int id) {
  using namespace airisk;
  if (web::find_card(id)) return;
  const app::App* dataset_from = web::g_cards.empty() ? nullptr : web::g_cards.begin()->second->app;
  auto owned = std::make_unique<Card>();
  Card& card = *owned;
  card.id = id;
  card.canvas = "#airisk-canvas-" + std::to_string(id);
  card.app = app::app_create();
  card.imgui = ImGui::CreateContext(&web::g_atlas);
  web::g_cards[id] = std::move(owned);
  CardScope scope(card);
  ImGui::GetIO().BackendPlatformName = "airisk_web";
  web::map_keys();
  web::start_app(dataset_from);

  // Sized before its context is made, so the drawing buffer is allocated once, at this size.
  web::size_backing_store();
  card.gl = web::create_context(card.canvas);
  if (card.gl <= 0) {
    card.gl = 0;
    web::start_text_only_card(card);
    return;
  }
  emscripten_webgl_make_context_current(card.gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  web::install_input_callbacks(card);
  emscripten_set_webglcontextlost_callback(card.canvas.c_str(), &card, EM_FALSE,
                                           reinterpret_cast<em_webgl_context_callback>(web::on_context_lost));
  emscripten_set_webglcontextrestored_callback(card.canvas.c_str(), &card, EM_FALSE,
                                               reinterpret_cast<em_webgl_context_callback>(web::on_context_restored));
  web::request_frames(card);
}

// The element left the page for good: everything of the card goes, the others carry on.
EMSCRIPTEN_KEEPALIVE void airisk_remove_card(int id) {
  using namespace airisk;
  Card* card = web::find_card(id);
  if (!card) return;
  if (card->frame_request) emscripten_cancel_animation_frame(card->frame_request);
  if (card->mirror_timer) emscripten_clear_timeout(card->mirror_timer);
  if (card->salary_timer) emscripten_clear_timeout(card->salary_timer);
  {
    CardScope scope(*card);
    if (card->gl > 0) {
      if (!card->context_lost) {
        if (card->vertex_array) glDeleteVertexArrays(1, &card->vertex_array);
        ImGui_ImplOpenGL3_Shutdown();
        if (card->share_font_texture) glDeleteTextures(1, &card->share_font_texture);
      }
      // Also removes every html5.h listener on its canvas.
      emscripten_webgl_destroy_context(card->gl);
    }
    ImGui::DestroyContext(card->imgui);  // the shared atlas is not the context's to free
    app::app_destroy(card->app);
  }
  web::g_cards.erase(id);
}

}  // extern "C"

int main() {
  airisk_js_init_engine();
  airisk::web::install_page_input_callbacks();
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE,
                                 reinterpret_cast<em_ui_callback_func>(airisk::web::on_page_change));
  emscripten_set_scroll_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE,
                                 reinterpret_cast<em_ui_callback_func>(airisk::web::on_page_change));
  return 0;
}
