// The report card as a set of callbacks; the platform owns the loop and the browser.
// app_init once, then for each frame the platform feeds input to ImGui, calls NewFrame,
// app_frame, Render. app_event carries what does not go through ImGui (the DOM mirror's
// controls, the phone keyboard overlay, the host's attributes). What the app needs from the
// browser (clipboard, share sheet, a PNG, the address bar) it asks for with requests that the
// platform takes after each frame. The app never calls the browser.
#pragma once

#include <string>
#include <vector>

#include "app/mirror.h"
#include "core/dataset.h"

namespace airisk::app {

struct AppConfig {
  std::vector<core::DatasetDocument> dataset;
  std::string profession_slug = "backend-developer";  // the card to open when the link names none
  std::string link;       // a share link (hash) to restore, may be empty or malformed
  std::string page_url;   // the page's address without its hash, for the links the card hands out
  bool can_share = false; // the browser has a share sheet (Web Share API)
  std::string script_base;  // where airisk.js is served from, for the "embed this card" snippet
  bool dataset_validated = false;  // checked by `airisk validate` at build time: skip the cross-record rules
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

enum class AppEventKind {
  kSetSalaryText,        // value: what was typed
  kUseEntryPreset,
  kUseExperiencedPreset,
  kSetRegion,            // value: region code
  kSetPlan,              // value: plan id
  kToggleMethod,
  kSetWeight,            // value: "task-id=percent"
  kResetWeights,
  kTogglePersonalise,
  kToggleTask,           // value: task id; shows or hides its reason
  kSetProfession,        // value: slug
  kSetCompare,           // value: slug, or empty to close the comparison
  kSetSearch,            // value: search text
  kSetCategory,          // value: category id, or empty
  kCopyLink,
  kShare,
  kDownloadPng,
  kFocusControl,         // value: the mirror control that has keyboard focus, or empty
  kSetTheme,             // value: "light" or "dark"
  kSetAccent,            // value: "#rrggbb"
  kOpenLink,             // value: a share link
  kNotice,               // value: a short message from the platform ("Link copied")
  kToggleEmbed,          // shows or hides the "embed this card" snippet
  kCopySnippet,
};

struct AppEvent {
  AppEventKind kind;
  std::string value;
};

enum class RequestKind { kCopyText, kShare, kDownloadPng, kLinkChanged, kScrollTo };

struct PlatformRequest {
  RequestKind kind;
  std::string text;  // what to copy or share; the link for kLinkChanged; for kScrollTo, CSS pixels from the card's top
  std::string title;
  std::string file_name;  // for kDownloadPng
};

// Returns an error message when the dataset cannot be used; the card then shows that message.
std::string app_init(const AppConfig& config);
// Fonts are baked for the pixel ratio; call again when it changes (then rebuild the font texture).
void app_build_fonts(float device_pixel_ratio);
FrameResult app_frame(const Viewport& viewport);
void app_event(const AppEvent& event);
// The text description of what is on the card, for the DOM mirror.
const MirrorModel& app_mirror();
// What the app asked the browser for since the last call.
std::vector<PlatformRequest> app_take_requests();
// The page colour behind the card (the platform clears the canvas with it).
unsigned app_page_colour();
// The current share link (hash).
std::string app_link();

}  // namespace airisk::app
