// The platform writes the DOM mirror only when MirrorModel::writes_same_as says it changed: that
// answer must always match whether to_json() would write different text.
#include "app/mirror.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

using namespace airisk::app;

namespace {

MirrorModel sample() {
  MirrorModel m;
  m.live = "Salary $90,000";
  m.scroll_y = 120;
  MirrorSection cost{"cost", "Cost comparison", 2, 300, {}, {}};
  cost.figures = {{"salary", "Salary", "$90,000"}, {"note", "Note", ""}};
  MirrorControl region{"region", "select", "Region", "US", {{"US", "United States"}, {"IN", "India"}}, 10, 20, 200, 40, false};
  MirrorControl preset{"preset-entry", "button", "Entry", "", {}, 10, 80, 90, 40, true};
  cost.controls = {region, preset};
  m.sections = {MirrorSection{"header", "Backend Developer", 1, 0, {{"score", "Score", "56"}}, {}}, cost};
  return m;
}

}  // namespace

TEST(mirror_test, writes_same_as_agrees_with_the_written_text) {
  const std::vector<std::pair<const char*, std::function<void(MirrorModel&)>>> changes = {
      {"nothing", [](MirrorModel&) {}},
      {"live sentence", [](MirrorModel& m) { m.live += "."; }},
      {"heading", [](MirrorModel& m) { m.sections[0].heading = "Nurse"; }},
      {"level", [](MirrorModel& m) { m.sections[0].level = 2; }},
      {"section top (not written)", [](MirrorModel& m) { m.sections[1].top = 310; }},
      {"figure text", [](MirrorModel& m) { m.sections[1].figures[0].text = "$91,000"; }},
      {"empty figure filled", [](MirrorModel& m) { m.sections[1].figures[1].text = "new"; }},
      {"empty figure added (not written)", [](MirrorModel& m) { m.sections[0].figures.push_back({"x", "X", ""}); }},
      {"empty figure dropped (not written)", [](MirrorModel& m) { m.sections[1].figures.pop_back(); }},
      {"sub-pixel move (not written)", [](MirrorModel& m) { m.sections[1].controls[0].x += 0.2f; }},
      {"one pixel move", [](MirrorModel& m) { m.sections[1].controls[0].y += 1; }},
      {"scroll (tops move)", [](MirrorModel& m) { m.scroll_y += 5; }},
      {"option label", [](MirrorModel& m) { m.sections[1].controls[0].options[1].label = "Bharat"; }},
      {"option added", [](MirrorModel& m) { m.sections[1].controls[0].options.push_back({"DE", "Germany"}); }},
      {"pressed", [](MirrorModel& m) { m.sections[1].controls[1].pressed = false; }},
      {"value", [](MirrorModel& m) { m.sections[1].controls[0].value = "IN"; }},
      {"control removed", [](MirrorModel& m) { m.sections[1].controls.pop_back(); }},
      {"section removed", [](MirrorModel& m) { m.sections.pop_back(); }},
  };
  const MirrorModel base = sample();
  for (const auto& [what, change] : changes) {
    MirrorModel changed = base;
    change(changed);
    const bool same_text = changed.to_json() == base.to_json();
    EXPECT_EQ(changed.writes_same_as(base), same_text) << what;
    EXPECT_EQ(base.writes_same_as(changed), same_text) << what << " (the other way round)";
  }
}

// What the page does with a partial write (airisk_page.js, write): a section sent as "same" is
// the one it shows; one sent as "moved" is that one with its controls' new places; a control sent
// without options keeps the options it shows.
static nlohmann::json rebuild(const nlohmann::json& partial, const nlohmann::json& shown) {
  using nlohmann::json;
  auto shown_section = [&](const std::string& id) {
    for (const auto& s : shown["sections"]) {
      if (s["id"] == id) return s;
    }
    ADD_FAILURE() << "a partial write refers to a section not shown: " << id;
    return json();
  };
  json whole = partial;
  for (auto& s : whole["sections"]) {
    if (s.contains("same")) {
      s = shown_section(s["id"]);
    } else if (s.contains("moved")) {
      json moved = shown_section(s["id"]);
      for (size_t i = 0; i < moved["controls"].size(); ++i) {
        const json& place = s["moved"][i];
        moved["controls"][i]["rect"] = {place[0], place[1], place[2], place[3]};
        moved["controls"][i]["top"] = place[4];
      }
      s = moved;
    } else {
      for (auto& c : s["controls"]) {
        if (c.contains("options")) continue;
        const json shown_controls = shown_section(s["id"])["controls"];
        for (const auto& d : shown_controls) {
          if (d["id"] == c["id"]) c["options"] = d["options"];
        }
      }
    }
  }
  return whole;
}

TEST(mirror_test, only_changed_sections_are_written_in_full) {
  using nlohmann::json;
  const MirrorModel shown = sample();
  const json shown_json = json::parse(shown.to_json());
  MirrorModel next = shown;
  next.sections[1].figures[0].text = "$91,000";
  const json partial = json::parse(next.to_json(&shown));
  ASSERT_EQ(partial["sections"].size(), 2u);
  EXPECT_EQ(partial["sections"][0], json({{"id", "header"}, {"same", true}}));
  EXPECT_EQ(partial["sections"][1]["figures"][0]["text"], "$91,000");
  EXPECT_FALSE(partial["sections"][1]["controls"][0].contains("options")) << "the region list is shown already";
  EXPECT_EQ(partial["live"], "Salary $90,000");
  EXPECT_EQ(rebuild(partial, shown_json), json::parse(next.to_json())) << "put back together, it is the whole model";
  // Sections are matched by id wherever they were; a new one is whole.
  MirrorModel reordered = shown;
  std::swap(reordered.sections[0], reordered.sections[1]);
  reordered.sections.push_back({"skills", "Skills", 2, 900, {{"skill", "Skill", "Judgement"}}, {}});
  const json moved = json::parse(reordered.to_json(&shown));
  EXPECT_EQ(moved["sections"][0], json({{"id", "cost"}, {"same", true}}));
  EXPECT_EQ(moved["sections"][1], json({{"id", "header"}, {"same", true}}));
  EXPECT_EQ(moved["sections"][2]["heading"], "Skills");
  EXPECT_EQ(rebuild(moved, shown_json), json::parse(reordered.to_json()));
  // A section that only moved (the page scrolled, or a section above it grew) sends its places.
  MirrorModel scrolled = shown;
  scrolled.scroll_y += 40;
  const json after_scroll = json::parse(scrolled.to_json(&shown));
  EXPECT_TRUE(after_scroll["sections"][0].value("same", false)) << "no controls: nothing moved";
  EXPECT_EQ(after_scroll["sections"][1], json({{"id", "cost"}, {"moved", {{10, 20, 200, 40, 180}, {10, 80, 90, 40, 240}}}}));
  EXPECT_EQ(rebuild(after_scroll, shown_json), json::parse(scrolled.to_json()));
  // Moved and changed at once: written whole, options still left out.
  MirrorModel both = scrolled;
  both.sections[1].controls[1].pressed = false;
  const json changed_and_moved = json::parse(both.to_json(&shown));
  EXPECT_FALSE(changed_and_moved["sections"][1].contains("moved"));
  EXPECT_EQ(rebuild(changed_and_moved, shown_json), json::parse(both.to_json()));
  // New options are sent.
  MirrorModel regions = shown;
  regions.sections[1].controls[0].options.push_back({"DE", "Germany"});
  const json new_options = json::parse(regions.to_json(&shown));
  EXPECT_EQ(new_options["sections"][1]["controls"][0]["options"].size(), 3u);
  EXPECT_EQ(rebuild(new_options, shown_json), json::parse(regions.to_json()));
  EXPECT_EQ(json::parse(shown.to_json(nullptr)), json::parse(shown.to_json())) << "nothing shown yet: all whole";
}
