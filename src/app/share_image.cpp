// [SECTION] Fonts            baked once, at the image's own sizes
// [SECTION] Fitting text     lines broken at spaces, shrunk or cut with "…" to fit
// [SECTION] Composition      the image's layout, top to bottom
#include "app/share_image.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "app/fonts.h"
#include "app/sections.h"
#include "app/style.h"
#include "app/widgets.h"
#include "core/money.h"
#include "core/order.h"
#include "core/risk.h"
#include "core/utf8.h"
#include "imgui_internal.h"

namespace airisk::app {
namespace {

// [SECTION] Fonts

// Sizes in the image's pixels. Halved, in a feed's 600x315 thumbnail, the smallest text is 12 px.
constexpr float kTextSize = 28;     // the line on what AI does, task names, the cost line
constexpr float kMinTextSize = 24;  // what text may shrink to before it is cut
constexpr float kLabelSize = 24;    // kicker, brand, the tasks' heading
constexpr float kFigureSize = 32;   // task figures
constexpr float kGradeSize = 40;
constexpr float kTitleSize = 56;
constexpr float kMinTitleSize = 40;
constexpr float kScoreSize = 128;
constexpr float kLineHeight = 1.22f;  // of the font size

struct ShareFonts {
  ImFont* text = nullptr;    // regular
  ImFont* strong = nullptr;  // semibold, baked at the grade's size and drawn smaller for labels and figures
  ImFont* title = nullptr;   // semibold
  ImFont* score = nullptr;   // semibold, digits only
};

const ImWchar kDigits[] = {0x0030, 0x0039, 0};

ImFont* add(ImFontAtlas& atlas, const unsigned char* data, unsigned size, float pixels, const ImWchar* ranges) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes are static
  config.OversampleH = 2;               // drawn at one scale only, so a little oversampling pays
  config.OversampleV = 1;
  config.PixelSnapH = false;
  return atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(data), static_cast<int>(size), pixels, &config, ranges);
}

ImFontAtlas& atlas() {
  static ImFontAtlas instance;
  return instance;
}

const ShareFonts& share_fonts() {
  static ShareFonts fonts;
  if (!fonts.text) {
    ImFontAtlas& a = atlas();
    fonts.text = add(a, k_inter_regular, k_inter_regular_size, kTextSize, card_glyph_ranges());
    fonts.strong = add(a, k_inter_semibold, k_inter_semibold_size, kGradeSize, card_glyph_ranges());
    fonts.title = add(a, k_inter_semibold, k_inter_semibold_size, kTitleSize, card_glyph_ranges());
    fonts.score = add(a, k_inter_semibold, k_inter_semibold_size, kScoreSize, kDigits);
    a.Build();
  }
  return fonts;
}

// [SECTION] Fitting text

float width_of(ImFont* font, float size, const std::string& text) {
  return font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.c_str(), text.c_str() + text.size()).x;
}


// Lines no wider than `width`, broken at spaces only (money's no-break spaces hold a figure
// together); at most `max_lines`, the last cut with "…" when words are left over.
std::vector<std::string> wrap(ImFont* font, float size, const std::string& text, float width, size_t max_lines) {
  std::vector<std::string> lines;
  std::string line;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    const std::string longer = line.empty() ? word : line + " " + word;
    if (line.empty() || width_of(font, size, longer) <= width) {
      line = longer;
      continue;
    }
    if (lines.size() + 1 == max_lines) {
      line = longer;  // the last line takes the rest, cut below
      continue;
    }
    lines.push_back(line);
    line = word;
  }
  if (!line.empty()) lines.push_back(line);
  for (std::string& l : lines) {
    if (width_of(font, size, l) > width) l = cut_to_fit(font, size, l, width);
  }
  return lines;
}

// One line of text at the largest size from `size` down to `min_size` at which it fits, cut
// with "…" at `min_size` when even that is too wide.
struct FittedLine {
  std::string text;
  float size;
};
FittedLine fit_line(ImFont* font, float size, float min_size, const std::string& text, float width) {
  for (float s = size; s >= min_size; s -= 1) {
    if (width_of(font, s, text) <= width) return {text, s};
  }
  return {cut_to_fit(font, min_size, text, width), min_size};
}

// [SECTION] Composition

constexpr float kPi = 3.14159265f;
constexpr float kPadX = 56, kTop = 48, kBottom = 44, kStripe = 12;

// Draws and records every run of text, so tests can check what the image says and that nothing
// overlaps or leaves it.
class Painter {
 public:
  Painter(ImDrawList* list, std::vector<ShareImageText>* texts) : list_(list), texts_(texts) {}
  static Painter measuring() { return Painter(nullptr, nullptr); }
  ImDrawList* list() { return list_; }  // null while only measuring
  void text(const char* role, ImFont* font, float size, ImVec2 pos, ImU32 colour, const std::string& value) {
    if (!list_) return;
    list_->AddText(font, size, pos, colour, value.c_str(), value.c_str() + value.size());
    texts_->push_back({role, value, pos, ImVec2(pos.x + width_of(font, size, value), pos.y + size), size});
  }
  void centred(const char* role, ImFont* font, float size, float centre_x, float y, ImU32 colour, const std::string& value) {
    text(role, font, size, ImVec2(centre_x - width_of(font, size, value) / 2, y), colour, value);
  }

 private:
  ImDrawList* list_;
  std::vector<ShareImageText>* texts_;
};

// The three tasks most exposed to AI: highest figure first, the larger share of time on a tie.
std::vector<size_t> top_tasks(const core::Report& r) {
  // Figures are whole percentages and shares of time at most 100: a thousand per point of figure
  // puts the figure first and the share second in one key, negated for the greatest first.
  std::vector<double> key;
  for (size_t i = 0; i < r.profession->tasks.size(); ++i)
    key.push_back(-(r.profession->tasks[i].ai_figure * 1000.0 + (i < r.weights.size() ? r.weights[i] : 0.0)));
  std::vector<size_t> order = core::order_by_key(key);
  order.resize(std::min<size_t>(3, order.size()));
  return order;
}

std::string what_ai_does(const core::Report& r) {
  if (r.automates_share_pct >= 99.5) return "Today AI can do most of every task in this job by itself.";
  if (r.automates_share_pct < 0.5) return "Today AI assists with every task in this job; it does none mostly by itself.";
  return "Today AI can do most of the tasks that fill " + r.text.automates_share + " of the work; it assists with the other " +
         r.text.assists_share + ".";
}

std::string cost_line(const core::Report& r, bool hide_salary) {
  const std::string plan = r.plan->vendor + " " + r.plan->name;
  if (hide_salary) return plan + " costs " + r.text.ai_yearly + " a year in " + core::place_name(r.region->name) + ".";
  return plan + " costs " + r.text.ai_yearly + " a year: " + r.text.ai_against_salary + " a " + r.text.salary +
         " salary in " + core::place_name(r.region->name) + ".";
}

// The gauge and what it says, in a column `2 * radius` wide from `left`; returns its bottom.
float draw_gauge(Painter& p, const ShareFonts& f, const core::Report& r, const ShareImageOptions& o, float left, float top,
                 float radius) {
  const Theme& t = theme();
  const float thickness = radius * 0.19f;
  const ImVec2 centre(left + radius, top + radius);
  if (ImDrawList* list = p.list()) {
    list->PathArcTo(centre, radius - thickness / 2, kPi, 2 * kPi, 64);
    list->PathStroke(t.page, 0, thickness);
    const float end = kPi + kPi * static_cast<float>(std::clamp(r.risk.score, 0.0, 100.0) / 100.0);
    list->PathArcTo(centre, radius - thickness / 2, kPi, std::max(end, kPi + 0.03f), 64);
    list->PathStroke(band_colour(r.risk.score), 0, thickness);
  }
  const float score_size = std::min(kScoreSize, radius * 0.85f);
  const float ascent = f.score->Ascent * score_size / f.score->FontSize;
  // The digits sit on the gauge's centre line; their line box (descent included) ends below it.
  p.centred("score", f.score, score_size, centre.x, centre.y - ascent - 2, t.text, r.text.risk_score);
  float y = centre.y - ascent - 2 + score_size + 4;
  p.centred("out-of", f.text, kLabelSize, centre.x, y, t.muted, "out of 100 (range " + r.text.risk_range + ")");
  y += kLabelSize * kLineHeight + 16;
  p.centred("grade", f.strong, kGradeSize, centre.x, y, band_colour(r.risk.score), std::string("Grade ") + r.risk.grade);
  y += kGradeSize * kLineHeight;
  p.centred("band", f.text, kTextSize, centre.x, y, t.text, std::string(core::band_label(r.risk.band)) + " exposure");
  y += kTextSize * kLineHeight;
  if (o.personalised) {
    y += 6;
    p.centred("personalised", f.strong, kLabelSize, centre.x, y, t.accent, "Personalised to your time");
    y += kLabelSize * kLineHeight;
  }
  return y;
}

// How tightly the right column is set: the roomiest that fits is used.
struct Spacing {
  float says_size;     // the line on what AI does
  float after_says;
  float after_heading;
  float between_rows;
};
constexpr Spacing kSpacings[] = {{kTextSize, 22, 12, 18}, {kTextSize, 14, 8, 10}, {kMinTextSize, 10, 6, 6}};

// What AI does of the work, and the three tasks most exposed to it, each with its figure and a
// bar; returns the column's bottom.
float draw_tasks_column(Painter& p, const ShareFonts& f, const core::Report& r, const Spacing& s, float left, float right,
                        float top) {
  const Theme& t = theme();
  const float width = right - left;
  float y = top;
  for (const std::string& line : wrap(f.text, s.says_size, what_ai_does(r), width, 2)) {
    p.text("what-ai-does", f.text, s.says_size, ImVec2(left, y), t.text, line);
    y += s.says_size * kLineHeight;
  }
  y += s.after_says;
  // "Most of" would be a claim the figures under it may not bear out (a nurse's top tasks are 40 % and 25 %).
  p.text("tasks-heading", f.strong, kLabelSize, ImVec2(left, y), t.muted, "TASKS MOST EXPOSED TO AI");
  y += kLabelSize * kLineHeight + s.after_heading;
  const std::vector<size_t> tasks = top_tasks(r);
  for (size_t i = 0; i < tasks.size(); ++i) {
    const core::Task& task = r.profession->tasks[tasks[i]];
    const std::string figure = core::format_whole_percent(task.ai_figure, r.region->number_style);
    const float figure_width = width_of(f.strong, kFigureSize, figure);
    const FittedLine name = fit_line(f.text, kTextSize, kMinTextSize, task.name, width - figure_width - 24);
    // The name's baseline on the figure's, whatever size it shrank to.
    p.text("task", f.text, name.size, ImVec2(left, y + (kFigureSize - name.size) * 0.8f), t.text, name.text);
    p.text("task-figure", f.strong, kFigureSize, ImVec2(right - figure_width, y), band_colour(task.ai_figure), figure);
    y += kFigureSize * kLineHeight + 4;
    const float bar = 10;
    if (ImDrawList* list = p.list()) {
      list->AddRectFilled(ImVec2(left, y), ImVec2(right, y + bar), t.page, bar / 2);
      list->AddRectFilled(ImVec2(left, y), ImVec2(left + std::max(bar, width * task.ai_figure / 100.0f), y + bar),
                          band_colour(task.ai_figure), bar / 2);
    }
    y += bar + (i + 1 < tasks.size() ? s.between_rows : 0);
  }
  return y;
}

}  // namespace

ImFontAtlas& share_image_fonts() {
  share_fonts();
  return atlas();
}

std::string share_image_file_name(const core::Report& report, const ShareImageOptions& options) {
  return "airisk-" + report.profession->slug + (options.personalised ? "-personalised" : "") + ".png";
}

const ShareImage& compose_share_image(const core::Report& r, const ShareImageOptions& o) {
  const ShareFonts& f = share_fonts();
  const Theme& t = theme();
  const float width = kShareImageWidth, height = kShareImageHeight;

  static ImDrawListSharedData shared;
  shared.TexUvWhitePixel = atlas().TexUvWhitePixel;
  shared.TexUvLines = atlas().TexUvLines;
  shared.Font = f.text;
  shared.FontSize = kTextSize;
  shared.CurveTessellationTol = 1.25f;
  shared.SetCircleTessellationMaxError(0.30f);
  shared.ClipRectFullscreen = ImVec4(0, 0, width, height);
  shared.InitialFlags = ImDrawListFlags_AntiAliasedLines | ImDrawListFlags_AntiAliasedFill;
  if (!(atlas().Flags & ImFontAtlasFlags_NoBakedLines)) shared.InitialFlags |= ImDrawListFlags_AntiAliasedLinesUseTex;
  static ImDrawList list(&shared);
  static ImDrawList* lists[] = {&list};
  static ShareImage image;
  list._ResetForNewFrame();
  list.PushTextureID(atlas().TexID);
  list.PushClipRect(ImVec2(0, 0), ImVec2(width, height));
  image.texts.clear();
  Painter p(&list, &image.texts);

  // Ground, and a stripe in the band's colour: the score's colour reads even as a thumbnail.
  list.AddRectFilled(ImVec2(0, 0), ImVec2(width, height), t.surface);
  list.AddRectFilled(ImVec2(0, 0), ImVec2(width, kStripe), band_colour(r.risk.score));
  const float left = kPadX, right = width - kPadX;

  float y = kTop;
  p.text("kicker", f.strong, kLabelSize, ImVec2(left, y), t.accent, "AI AUTOMATION RISK REPORT");
  const std::string brand = "airisk";
  p.text("brand", f.strong, kLabelSize, ImVec2(right - width_of(f.strong, kLabelSize, brand), y), t.muted, brand);
  y += kLabelSize * kLineHeight + 8;

  // The profession on one line, as large as fits; a long name takes two lines.
  const std::string& name = r.profession->name;
  const FittedLine title = fit_line(f.title, kTitleSize, kMinTitleSize, name, right - left);
  const bool title_fits = title.text == name;
  const std::vector<std::string> title_lines =
      title_fits ? std::vector<std::string>{name} : wrap(f.title, kMinTitleSize, name, right - left, 2);
  const float title_size = title_fits ? title.size : kMinTitleSize;
  for (const std::string& line : title_lines) {
    p.text("title", f.title, title_size, ImVec2(left, y), t.text, line);
    y += title_size * 1.12f;
  }
  y += 18;

  // The cost line sits at the bottom, under a rule; everything else fits above it.
  const std::string cost = cost_line(r, o.hide_salary);
  const FittedLine cost_fitted = fit_line(f.text, kTextSize, kMinTextSize, cost, right - left);
  const std::vector<std::string> cost_lines = cost_fitted.text == cost
                                                  ? std::vector<std::string>{cost}
                                                  : wrap(f.text, kMinTextSize, cost, right - left, 2);
  const float cost_size = cost_fitted.text == cost ? cost_fitted.size : kMinTextSize;
  float cost_y = height - kBottom - cost_lines.size() * cost_size * kLineHeight;
  const float rule_y = cost_y - 20;
  list.AddLine(ImVec2(left, rule_y), ImVec2(right, rule_y), t.border, 2);
  for (const std::string& line : cost_lines) {
    p.text("cost", f.text, cost_size, ImVec2(left, cost_y), t.text, line);
    cost_y += cost_size * kLineHeight;
  }

  // Left: the gauge. Right: what AI does, and the tasks most exposed to it.
  const float bottom = rule_y - 20;
  Painter measure = Painter::measuring();
  float radius = 150;
  while (radius > 90 && draw_gauge(measure, f, r, o, left, y, radius) > bottom) radius -= 5;
  draw_gauge(p, f, r, o, left, y, radius);
  const float column = left + 2 * radius + 56;
  const Spacing* spacing = &kSpacings[0];
  for (const Spacing& candidate : kSpacings) {
    spacing = &candidate;
    if (draw_tasks_column(measure, f, r, candidate, column, right, y) <= bottom) break;
  }
  draw_tasks_column(p, f, r, *spacing, column, right, y);

  image.alt_text = "The airisk report card for " + name + ": AI exposure " + r.text.risk_score + " out of 100, grade " +
                   std::string(1, r.risk.grade) + " (" + core::band_label(r.risk.band) + " exposure)" +
                   (o.personalised ? ", personalised" : "") + ". " + what_ai_does(r) + " " + cost;
  image.draw_data.Clear();
  image.draw_data.Valid = true;
  image.draw_data.CmdLists = lists;
  image.draw_data.CmdListsCount = 1;
  image.draw_data.TotalVtxCount = list.VtxBuffer.Size;
  image.draw_data.TotalIdxCount = list.IdxBuffer.Size;
  image.draw_data.DisplayPos = ImVec2(0, 0);
  image.draw_data.DisplaySize = ImVec2(width, height);
  image.draw_data.FramebufferScale = ImVec2(1, 1);
  return image;
}

}  // namespace airisk::app
