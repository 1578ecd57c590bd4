// The report card as a set of callbacks; the platform owns the loop and the browser.
// app_init once, then for each frame the platform feeds input to ImGui, calls NewFrame,
// app_frame, Render. app_event carries what does not go through ImGui (the DOM mirror's
// controls, the phone keyboard overlay). The app never calls the browser.
#pragma once

#include <string>

#include "app/mirror.h"
#include "core/dataset.h"

namespace airisk::app {

struct AppConfig {
  std::vector<core::DatasetDocument> dataset;
  std::string profession_slug = "backend-developer";
  std::string region_code = "US";
};

// What the platform needs to know about the view.
struct Viewport {
  float width = 0;     // CSS pixels
  float height = 0;    // CSS pixels of the visible canvas
  float scroll_y = 0;  // how far the page has scrolled into the card, CSS pixels
  float device_pixel_ratio = 1;
};

struct FrameResult {
  float content_height = 0;  // CSS pixels: how tall the card is (the platform sizes the page for it)
  bool animating = false;    // wants another frame even without input
};

enum class AppEventKind { kSetSalaryText, kUseEntryPreset, kUseExperiencedPreset, kSetRegion, kSetPlan, kToggleMethod };

struct AppEvent {
  AppEventKind kind;
  std::string value;
};

// Returns an error message when the dataset cannot be used; the card then shows that message.
std::string app_init(const AppConfig& config);
// Fonts are baked for the pixel ratio; call again when it changes (then rebuild the font texture).
void app_build_fonts(float device_pixel_ratio);
FrameResult app_frame(const Viewport& viewport);
void app_event(const AppEvent& event);
// The text description of what is on the card, for the DOM mirror.
const MirrorModel& app_mirror();

}  // namespace airisk::app
