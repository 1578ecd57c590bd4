// libFuzzer: random sequences of what reaches the card from outside ImGui (mirror controls,
// platform controls, host attributes, share links) and of ImGui input (clicks on controls, typed
// text, keys), with arbitrary and invalid UTF-8, driven through the real app headless as
// tests/app/app_smoke_test.cpp does (display size, font atlas, NewFrame / app_frame / Render,
// never drawn). Nothing may throw or crash, the mirror and the state must serialise to valid
// JSON, the card's own link must open without a bad key, and the share image must lay out.
//
// Speed (scripts/fuzz --runs 10000000): the ImGui context and fonts are made once, at a pixel
// ratio of 1; the app is re-initialised for each input (its state must not leak from one input
// to the next, or a crash would not replay alone) from a dataset of a few professions bundled
// once at start; a frame runs every few events rather than after each; and the outputs are
// parsed once, at the end of an input.
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/app.h"
#include "core/dataset.h"
#include "core/embedded_dataset.h"
#include "core/link.h"
#include "imgui.h"

using namespace airisk;

namespace {

// Reads the fuzzer's bytes as a script of events; past the end it reads zeros.
class Script {
 public:
  Script(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  bool done() const { return pos_ >= size_; }
  uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
  // Up to 63 raw bytes: any text at all, valid UTF-8 or not.
  std::string text() {
    const size_t length = std::min<size_t>(byte() % 64, size_ - std::min(pos_, size_));
    std::string out(reinterpret_cast<const char*>(data_ + pos_), length);
    pos_ += length;
    return out;
  }
  template <size_t N>
  const char* pick(const char* const (&names)[N]) { return names[byte() % N]; }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

// Ids the platform sends itself, and the prefixes of the card's own controls (task, profession,
// category and option ids follow them; the fuzzer's text completes them).
const char* const kPlatformControls[] = {"focus", "notice", "theme", "link", "touch", "download-failed"};
const char* const kControlPrefixes[] = {
    "salary",   "salary-suggestion", "preset-entry", "preset-experienced", "region",        "region-option-",
    "suggest-region-", "plan",       "plan-option-", "suggest-plan-",      "method-toggle", "weight-",
    "task-",    "reset-weights",     "personalise",  "open-",              "compare-",      "close-compare",
    "search",   "category-",         "copy-link",    "share",              "download-png",  "embed",
    "copy-snippet", "copy-png",      "open-png",     "dismiss-problem"};
const char* const kAttributes[] = {"profession", "region", "salary", "plan",     "compare",    "weights",
                                   "theme",      "accent", "job-title", "sections", "hide-salary"};
// Keys ImGui 1.86 knows by index into KeysDown (the web platform maps DOM keys to these).
const int kKeys[] = {8 /* Backspace */, 9 /* Tab */, 13 /* Enter */, 27 /* Escape */, 37, 38, 39, 40 /* arrows */, 'A', 'C', 'V'};

struct Harness {
  std::vector<core::DatasetDocument> documents;
  core::Dataset dataset;           // the same, loaded: to open the card's links against
  std::vector<std::string> slugs;  // its professions, to build links that name them
};

// A bundle of a few professions from different categories, made once: app_init loads it for
// every input in well under a millisecond, where the whole dataset takes tens of milliseconds.
const Harness& harness() {
  static const Harness h = [] {
    Harness made;
    core::LoadResult full = core::load_dataset(core::embedded_dataset());
    std::vector<std::string> only;
    std::vector<std::string> categories_seen;
    for (const core::Profession& p : full.dataset.professions()) {
      bool seen = false;
      for (const auto& c : categories_seen) seen = seen || c == p.category_id;
      if (seen || only.size() >= 3) continue;
      categories_seen.push_back(p.category_id);
      only.push_back(p.slug);
    }
    if (full.dataset.find_profession("backend-developer")) only.push_back("backend-developer");
    core::BundleFilter filter;
    filter.slugs = only;
    // Laid out as the web build embeds it, and read the same way (on open, without the checks
    // across records).
    made.documents = {{"fuzz-bundle", core::lazy_bundle(core::bundle_dataset(core::embedded_dataset(), filter))}};
    made.dataset = core::load_dataset(made.documents).dataset;
    made.slugs = only;
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_Backspace] = 8;
    io.KeyMap[ImGuiKey_Tab] = 9;
    io.KeyMap[ImGuiKey_Enter] = 13;
    io.KeyMap[ImGuiKey_Escape] = 27;
    io.KeyMap[ImGuiKey_LeftArrow] = 37;
    io.KeyMap[ImGuiKey_UpArrow] = 38;
    io.KeyMap[ImGuiKey_RightArrow] = 39;
    io.KeyMap[ImGuiKey_DownArrow] = 40;
    io.KeyMap[ImGuiKey_A] = 'A';
    io.KeyMap[ImGuiKey_C] = 'C';
    io.KeyMap[ImGuiKey_V] = 'V';
    return made;
  }();
  return h;
}

struct View {
  float width = 1280, height = 900, scroll_y = 0;
};

void frame(const View& view) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(view.width, view.height);
  io.DeltaTime = 1.0f / 60;
  ImGui::NewFrame();
  app::app_frame({view.width, view.height, view.scroll_y, 1.0f});
  ImGui::Render();
}

const app::MirrorControl* nth_control(size_t n) {
  size_t count = 0;
  for (const auto& section : app::app_mirror().sections) count += section.controls.size();
  if (count == 0) return nullptr;
  n %= count;
  for (const auto& section : app::app_mirror().sections) {
    if (n < section.controls.size()) return &section.controls[n];
    n -= section.controls.size();
  }
  return nullptr;
}

// A share link from the fuzzer's bytes: usually well-formed around a real profession, with
// arbitrary values, sometimes arbitrary text.
std::string link_from(Script& script) {
  if (script.byte() % 4 == 0) return script.text();
  const auto& slugs = harness().slugs;
  return "#v=1&p=" + slugs[script.byte() % slugs.size()] + "&r=" + script.text() + "&s=" + script.text() +
         "&w=" + script.text() + "&c=" + slugs[script.byte() % slugs.size()] + "&sec=" + script.text();
}

void check(bool ok) {
  if (!ok) __builtin_trap();
}

// The card's outputs written as the platform takes them after a frame.
void take_outputs() {
  app::app_mirror().to_json();
  app::app_state_json();
  app::app_link();
  app::app_take_requests();
}

// What leaves the card must be readable: JSON that parses, a link that opens without a bad key.
void check_outputs(const core::Dataset& dataset) {
  app::app_share_image();  // laid out for whatever the state holds
  check(!nlohmann::json::parse(app::app_mirror().to_json(), nullptr, false).is_discarded());
  check(!nlohmann::json::parse(app::app_state_json(), nullptr, false).is_discarded());
  check(core::decode_link(app::app_link(), dataset, "backend-developer").bad_keys.empty());
  app::app_take_requests();
}

void run(Script& script) {
  View view;
  int since_frame = 0;
  while (!script.done()) {
    ImGuiIO& io = ImGui::GetIO();
    switch (script.byte() % 10) {
      case 0: {  // a mirror control, with one of its options or any text
        frame(view);
        since_frame = 0;
        if (const app::MirrorControl* c = nth_control(script.byte())) {
          const std::string id = c->id;
          const std::string value = !c->options.empty() && script.byte() % 2
                                        ? c->options[script.byte() % c->options.size()].value
                                        : script.text();
          app::app_control(id, value);
        }
        break;
      }
      case 1: {
        const std::string id = script.pick(kPlatformControls);
        app::app_control(id, id == "link" ? link_from(script) : script.text());
        break;
      }
      case 2: {  // a control id the card may or may not have
        std::string id = script.pick(kControlPrefixes);
        if (id.back() == '-') id += script.text();
        app::app_control(id, script.text());
        break;
      }
      case 3: {
        const std::string name = script.pick(kAttributes);
        std::optional<std::string> value;
        if (script.byte() % 5) value = script.text();
        app::app_set_attribute(name, value);
        break;
      }
      case 4:  // the page resized or scrolled
        view.width = 200 + script.byte() * 8.0f;
        view.height = 200 + script.byte() * 4.0f;
        view.scroll_y = script.byte() * 40.0f;
        frame(view);
        since_frame = 0;
        break;
      case 5: {  // a click on a control, one frame per transition as the platform does
        frame(view);
        if (const app::MirrorControl* c = nth_control(script.byte())) {
          io.MousePos = ImVec2(c->x + c->w / 2, c->y + c->h / 2);
          frame(view);
          io.MouseDown[0] = true;
          frame(view);
          io.MouseDown[0] = false;
          frame(view);
        }
        since_frame = 0;
        break;
      }
      case 6:  // typed characters (into whatever ImGui input has focus)
        app::app_type_text(script.text());
        break;
      case 7: {  // a key pressed and released
        const int key = kKeys[script.byte() % (sizeof kKeys / sizeof kKeys[0])];
        io.KeyCtrl = script.byte() % 3 == 0;
        io.KeysDown[key] = true;
        frame(view);
        io.KeysDown[key] = false;
        io.KeyCtrl = false;
        since_frame = 0;
        break;
      }
      case 8:
        app::app_control("link", link_from(script));
        break;
      default:
        take_outputs();
        break;
    }
    if (++since_frame >= 4) {
      frame(view);
      since_frame = 0;
    }
  }
  frame(view);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Harness& h = harness();
  app::AppConfig config;
  // Bundled from the validated dataset above: read as the web build reads its bundle.
  config.loaded = core::load_dataset(h.documents, false, core::LoadDetail::kOnOpen);
  if (!app::app_init(std::move(config)).empty()) __builtin_trap();
  static const bool fonts_built = [] {
    app::app_build_fonts(1.0f);
    unsigned char* pixels;
    int w, h2;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h2);
    return true;
  }();
  (void)fonts_built;
  Script script(data, size);
  try {
    run(script);
    check_outputs(harness().dataset);
  } catch (...) {
    __builtin_trap();  // nothing the card is given may throw out of it
  }
  return 0;
}
