// The card's share image: a 1200x630 picture designed for its size (link previews, the PNG a
// visitor downloads), drawn with the card's own renderer into draw lists of its own, apart from
// the card's ImGui frame: the profession, a gauge with score and grade, one line on what AI does
// of the work, the three tasks most exposed to AI with their figures, and the cost line for the
// chosen region. Every size is chosen to stay readable at half size (600x315, a feed's thumbnail).
#pragma once

#include <string>
#include <vector>

#include "core/report.h"
#include "imgui.h"

namespace airisk::app {

constexpr float kShareImageWidth = 1200;
constexpr float kShareImageHeight = 630;

// One run of text on the image, where it lies and at what size: for tests and for the alt text.
struct ShareImageText {
  std::string role;  // "title", "score", "grade", "task", "task-figure", "cost", ...
  std::string text;
  ImVec2 min, max;
  float font_size = 0;
};

struct ShareImageOptions {
  bool personalised = false;  // the score uses the visitor's own time per task
  bool hide_salary = false;   // the host hides the salary: the cost line names the plan's cost only
};

struct ShareImage {
  ImDrawData draw_data;  // what a renderer draws, kShareImageWidth x kShareImageHeight at scale 1
  std::vector<ShareImageText> texts;
  std::string alt_text;  // the image in one sentence
};

// The image's fonts, baked at the image's sizes on first use (never at the card's start). The
// platform uploads the atlas's texture and sets its TexID before the first compose_share_image.
ImFontAtlas& share_image_fonts();

// Lays out and draws the image for `report` in the current theme. The result, and the draw lists
// it points to, stay valid until the next call.
const ShareImage& compose_share_image(const core::Report& report, const ShareImageOptions& options);

// The file a downloaded image is saved as: "airisk-backend-developer.png", "...-personalised.png".
std::string share_image_file_name(const core::Report& report, const ShareImageOptions& options);

}  // namespace airisk::app
