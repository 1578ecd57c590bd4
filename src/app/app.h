// The report card as a set of callbacks; the platform owns the loop and the browser.
// app_init once, then for each frame the platform feeds input to ImGui, calls NewFrame,
// app_frame, Render. Everything that does not go through ImGui (the DOM mirror's controls, the
// phone overlays, the host's attributes) comes in through app_control and app_set_attribute:
// the app is the one owner of the card's state, and the platform only forwards. What the app
// needs from the browser (clipboard, share sheet, a PNG, the address bar, events for the host)
// it asks for with requests that the platform takes after each frame. The app never calls the
// browser.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/mirror.h"
#include "core/dataset.h"

struct ImDrawData;
struct ImFontAtlas;

namespace airisk::app {

// One card's state (app_state.h). Like Dear ImGui's contexts, every app_* function works on the
// current App: a page with several cards makes one App each and selects it before working on it.
struct App;

struct AppConfig {
  // The dataset as the platform read it: the web build its compiled-in bundle, each record when
  // opened (core::load_compiled_in_bundle); tests their documents (core::load_dataset). Read by the
  // platform rather than here, so the engine links only the reader it uses: the documents' reader
  // and the checks across records were 16 KB of its code, never run in a browser.
  core::LoadResult loaded;
  std::string profession_slug = "backend-developer";  // the card to open when nothing names one
  std::string link;       // a share link (hash) to restore, may be empty or malformed
  std::string page_url;   // the page's address without its hash, for the links the card hands out
  bool can_share = false; // the browser has a share sheet (Web Share API)
  std::string script_base;  // where airisk.js is served from, for the "embed this card" snippet
  // An App already through app_init whose dataset and search index this one shares (read-only)
  // instead of `loaded`: a page's cards hold the dataset once.
  const App* dataset_from = nullptr;
};

// What the platform needs to know about the view.
struct Viewport {
  float width = 0;     // CSS pixels
  float height = 0;    // CSS pixels of the visible canvas
  float scroll_y = 0;  // how far the page has scrolled into the card, CSS pixels
  float device_pixel_ratio = 1;
  // The frame is for typed text or for no input at all: a section wholly below the visible
  // canvas may keep its last layout instead of being laid out again (app_layout_kept()).
  bool keep_below_view = false;
};

struct FrameResult {
  float content_height = 0;  // CSS pixels: how tall the card is (the platform sizes the page for it)
  bool animating = false;    // wants another frame even without input
};

enum class RequestKind {
  kCopyText,      // text: what to copy
  kShare,         // text: the link; title: the share sheet's title
  kDownloadPng,   // file_name: the share image (app_share_image) saved as a PNG
  kCopyPng,       // the same image to the clipboard (where saving files is blocked)
  kOpenPng,       // the same image in a new tab
  kLinkChanged,   // text: the share link (the address bar follows it where the host allows)
  kScrollTo,      // text: CSS pixels from the card's top; title: the section's id
  kShowReport,    // the visitor opened another profession from the card: its header into view, focus on it
  kStateChanged,  // text: app_state_json(), for the host's airisk:change event
  kError,         // text: {"attribute","value","message","suggestions"} for the host's airisk:error event
  kSalaryPause,   // text: milliseconds; then app_control("salary-pause") (a held salary applies)
};

struct PlatformRequest {
  RequestKind kind;
  std::string text;
  std::string title;
  std::string file_name;
  std::string message;  // kShare: the words sent with the link; kLinkChanged: the address it answers, if any
  std::string attribute;  // kError: the attribute it is about, as in text
};

// A new App, not yet selected (app_select) nor initialised (app_init).
App* app_create();
void app_select(App* app);
App* app_current();
// When it is the current App, none is current after it (the next app_* call makes a new one).
void app_destroy(App* app);

// Starts the current App over. Returns an error message when the dataset cannot be used; the
// card then shows that message.
std::string app_init(AppConfig config);
// Fonts are baked for the pixel ratio into the current ImGui context's font atlas, which several
// contexts may share; call again when it changes (then rebuild the font texture).
void app_build_fonts(float device_pixel_ratio);
// Another ImGui context sharing that atlas: draw with the fonts app_build_fonts baked last.
void app_use_fonts();
// Builds the search index now (the page calls it once the card has drawn and the browser is idle),
// so the first search, job title or region outside the US does not wait for it.
void app_prepare_search();
FrameResult app_frame(const Viewport& viewport);

// A control outside ImGui was used: a DOM mirror control (keyboard and assistive users, the
// text-only card), a phone overlay or the platform itself. `control_id` is the mirror's
// data-control ("salary", "region", "open-nurse", "weight-auth", ...) or one of the platform's
// ids ("focus", "notice", "theme", "link", "touch", "download-failed", "salary-undo": Escape in a
// salary field outside the canvas, and "escape": Escape pressed in the mirror, which closes the
// embed code); `value` what it was set to. Unknown ids are ignored.
void app_control(const std::string& control_id, const std::string& value);

// Text typed into whatever ImGui field has focus. Made valid UTF-8 first: Dear ImGui 1.86 reads
// up to three bytes past a multi-byte sequence cut off at the end of the text.
void app_type_text(const std::string& text);

// The host set (`value`) or removed (nullopt) one of the element's attributes: profession,
// region, salary, plan, compare, weights, theme, accent, job-title. A change updates only what
// it names; a removed attribute goes back to its default. Values the card cannot use are
// reported (RequestKind::kError) and shown on the card; nothing else is shown in their place.
void app_set_attribute(const std::string& name, const std::optional<std::string>& value);

// The state hosts see (event details, the element's `state` property), as JSON:
// {profession, region, salary, salaryText, plan, compare, weights, link, embedCode, score, grade, problem}.
std::string app_state_json();

// Whether (x, y), in canvas CSS pixels, is over a list the card opened (the region list) when it
// last drew: a wheel there scrolls the list, as it would a browser's own, and not the page.
bool app_list_open_at(float x, float y);

// The text description of what is on the card, for the DOM mirror.
const MirrorModel& app_mirror();
// The last frame kept the layout of a section below the view (Viewport::keep_below_view): its
// part of the mirror, and the card's height, are as they were when it was last laid out. A frame
// without keep_below_view makes them current again before the mirror is written.
bool app_layout_kept();
// Bumped whenever the mirror's text or controls may have changed, so the platform serialises
// it only then.
unsigned long app_mirror_version();
// What the app asked the browser for since the last call.
std::vector<PlatformRequest> app_take_requests();
// The page colour behind the card (the platform clears the canvas with it).
unsigned app_page_colour();
// The current share link (hash).
std::string app_link();
// The link the card last opened named a profession it has: a visitor's whole state, to which the
// host's state attributes give way at start (a shared link followed to a page with sync-url).
bool app_opened_from_link();

// The card as a picture for sharing, 1200x630 at scale 1, designed for that size (see
// share_image.h): what "Download PNG" saves and what link previews show. The platform draws it
// offscreen; null when there is no report to draw. Valid until the next call.
const ImDrawData* app_share_image();
// Its fonts, baked on first use: the platform uploads the atlas's texture and sets its TexID
// before the first app_share_image (and again after a lost context).
ImFontAtlas& app_share_image_fonts();

}  // namespace airisk::app
