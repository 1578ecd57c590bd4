// [SECTION] The ways in from outside ImGui: the DOM mirror's controls and the platform's ids
// (app_control), the host's attributes (app_set_attribute), and the values the card could not
// use, said on the card and to the host.
#include <algorithm>
#include <iterator>
#include <cctype>
#include <nlohmann/json.hpp>

#include "app/app_state.h"
#include "app/fonts.h"
#include "app/style.h"
#include "core/closest_names.h"
#include "core/link.h"
#include "core/money.h"
#include "core/state_rules.h"
#include "core/utf8.h"

namespace airisk::app {
namespace {

constexpr size_t kQuotedCharacters = 60;  // a host's value is echoed this far, never whole

// What a suggestion's button sends, less its control prefix: the value a host would set.
std::string suggested_value(const std::string& control_id) {
  for (const char* prefix : {"suggest-region-", "suggest-plan-", "open-", "compare-"}) {
    if (starts_with(control_id, prefix)) return control_id.substr(std::string(prefix).size());
  }
  return control_id;
}

// Without the white space HTML strips round an attribute's value (its ASCII white space), as a
// template's "#0a7 " or " dark" leaves it.
std::string html_trimmed(const std::string& text) {
  const char* kWhite = " \t\n\r\f";
  const size_t first = text.find_first_not_of(kWhite);
  return first == std::string::npos ? "" : text.substr(first, text.find_last_not_of(kWhite) + 1 - first);
}

// Nothing but spaces, as an empty template field leaves: ASCII white space, the no-break,
// thin and ideographic spaces, and the invisible ones (zero-width space, byte-order mark).
bool is_blank(const std::string& text) {
  static const std::string kSpaces[] = {" ", "\t", "\n", "\r", "\f", "\v", "\u00a0", "\u2009", "\u200a",
                                        "\u200b", "\u202f", "\u3000", "\ufeff"};
  for (size_t i = 0; i < text.size();) {
    const std::string* space = std::find_if(std::begin(kSpaces), std::end(kSpaces),
                                            [&](const std::string& s) { return text.compare(i, s.size(), s) == 0; });
    if (space == std::end(kSpaces)) return false;
    i += space->size();
  }
  return true;
}

// The items one of whose names is a typo or two from `value`, closest first (core/closest_names.h).
template <typename Item, typename Names>
std::vector<const Item*> closest(const std::vector<Item>& items, const std::string& value, Names names_of) {
  std::vector<std::vector<std::string>> names;
  for (const Item& item : items) names.push_back(names_of(item));
  std::vector<const Item*> out;
  for (size_t i : core::closest_names(value, names, kSuggestions)) out.push_back(&items[i]);
  return out;
}

// For each name the host got wrong, the closest right one (each once): a host who wrote two
// section names wrong is told both.
using Suggestion = Problem::Suggestion;

// Each item is offered by its id and compared by its names (names_of), or by its id alone.
template <typename Item, typename Names, typename Id>
std::vector<Suggestion> closest_to_each(const std::vector<std::string>& wrong, const std::vector<Item>& right, Names names_of,
                                        Id id_of) {
  std::vector<Suggestion> out;
  for (const std::string& name : wrong) {
    const auto best = closest(right, name, names_of);
    if (best.empty()) continue;
    const std::string id = id_of(*best.front());
    bool seen = false;
    for (const Suggestion& s : out) seen = seen || s.control_id == id;
    if (!seen) out.push_back({id, id});
  }
  return out;
}

std::vector<Suggestion> closest_to_each(const std::vector<std::string>& wrong, const std::vector<std::string>& right) {
  return closest_to_each(
      wrong, right, [](const std::string& x) { return std::vector<std::string>{x}; },
      [](const std::string& x) { return x; });
}

// Words a host may use for a section by what it shows ("pricing" for the cost comparison): the
// section each means, where spelling alone finds nothing close.
std::string section_meant_by(const std::string& word) {
  static const std::pair<const char*, const char*> kMeanings[] = {
      {"pricing", "cost"},       {"price", "cost"},        {"prices", "cost"},      {"salary", "cost"},
      {"pay", "cost"},           {"money", "cost"},        {"comparison", "cost"},  {"task", "tasks"},
      {"analysis", "tasks"},     {"automation", "tasks"},  {"risk", "tasks"},       {"agents", "threats"},
      {"tools", "threats"},      {"products", "threats"},  {"competitors", "threats"}, {"prognosis", "timeline"},
      {"forecast", "timeline"},  {"future", "timeline"},   {"outlook", "timeline"}, {"learn", "skills"},
      {"learning", "skills"},    {"training", "skills"},   {"advice", "skills"},    {"link", "share"},
      {"sharing", "share"},      {"export", "share"},      {"search", "catalog"},   {"browse", "catalog"},
      {"professions", "catalog"}, {"jobs", "catalog"}};
  std::string lower = word;
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  for (const auto& [said, meant] : kMeanings) {
    if (lower == said) return meant;
  }
  return {};
}

std::string join(const std::vector<std::string>& items, const std::string& separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

}  // namespace

// [SECTION] Values the card could not use

std::string quoted(const std::string& value) {
  // A control character would be invisible, and a NUL would end the message where ImGui and the
  // DOM read it as C text: each shows as the replacement character. A line break or a tab is
  // white space to whoever wrote it, and shows as a space.
  std::string visible;
  for (const char c : value) {
    if (c == '\n' || c == '\r' || c == '\t') visible += ' ';
    else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) visible += "\uFFFD";
    else visible += c;
  }
  const std::string valid = core::valid_utf8(visible);
  const std::string shown = core::first_characters(valid, kQuotedCharacters);
  return "\u2018" + shown + (shown.size() < valid.size() ? "\u2026" : "") + "\u2019";
}

std::string quoted_list(const std::vector<std::string>& values) {
  constexpr size_t kNamed = 3;
  std::vector<std::string> named;
  for (size_t i = 0; i < values.size() && i < kNamed; ++i) named.push_back(quoted(values[i]));
  const size_t rest = values.size() - named.size();
  if (rest > 0) named.push_back(std::to_string(rest) + " more");
  return core::and_list(named);
}

void emit_error(const Problem& problem) {
  nlohmann::json detail = {{"attribute", problem.attribute},
                           {"value", core::first_characters(core::valid_utf8(problem.value), 1000)},
                           {"message", problem.host_message.empty() ? problem.message : problem.host_message}};
  nlohmann::json suggestions = nlohmann::json::array();
  for (const auto& s : problem.suggestions) suggestions.push_back(suggested_value(s.control_id));
  detail["suggestions"] = suggestions;
  app().requests.push_back({RequestKind::kError, detail.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "", "", "",
                             problem.attribute});
}

namespace {

// What was to be said of an accent the host has since replaced, not yet taken by the platform:
// theme="dark" and a new accent set in one task said the old accent was too dark on the new theme.
void drop_unsaid_accent_notes() {
  std::vector<PlatformRequest>& requests = app().requests;
  requests.erase(std::remove_if(requests.begin(), requests.end(),
                                [](const PlatformRequest& r) {
                                  return r.kind == RequestKind::kError && r.attribute == "accent";
                                }),
                 requests.end());
}

// The theme shown, with the host's accent; the host hears when the accent is drawn in another
// shade for that theme (style.cpp, readable_accent), once for each accent and theme. Checked
// whenever either changes (a visitor's colour scheme may change the theme at any time).
void apply_theme() {
  App& a = app();
  set_theme(a.host_dark, a.host_accent, a.forced_colors ? &*a.forced_colors : nullptr);
  // Under forced colours the host's accent is not drawn at all: nothing to say of its shade.
  if (a.forced_colors || a.host_accent == 0 || theme().accent == a.host_accent) {
    a.accent_note_said.clear();
    return;
  }
  const std::string said = hex_colour(a.host_accent) + (theme().dark ? " dark" : " light");
  if (said == a.accent_note_said) return;
  a.accent_note_said = said;
  const std::string side = theme().dark ? "dark" : "light";
  const core::NumberStyle plain{};
  emit_error({"accent", a.host_accent_text,
              "The accent " + app::quoted(a.host_accent_text) + " is too " + side + " to read on the card's " + side +
                  " background (" + core::format_number(contrast_ratio(a.host_accent, theme().surface), 1, plain) +
                  ":1; text needs " + core::format_number(kAccentContrast, 1, plain) + ":1), so the card draws it as " +
                  hex_colour(theme().accent) + ".",
              {}, false});
}

}  // namespace

// A name cut shorter than this begins too many slugs to say which was meant.
constexpr size_t kShortestCutName = 4;

// Said on the canvas in place of a value its fonts cannot draw (Problem::canvas_message).
constexpr const char* kEnglishNamesOnly = " The card knows jobs by their English names.";

Problem unknown_profession(const std::string& attribute, const std::string& value, const std::string& shown_slug) {
  App& a = app();
  Problem problem{attribute, value, "We don't have " + quoted(value) + ".", {}, true};
  if (attribute == "job-title") problem.message = "We couldn't match the job title " + quoted(value) + " to a profession.";
  if (!can_draw(value)) {
    problem.canvas_message = std::string(attribute == "job-title" ? "We couldn't match that job title to a profession."
                                                                  : "We don't have that profession.") +
                             kEnglishNamesOnly;
  }
  std::string query = value;
  std::replace(query.begin(), query.end(), '-', ' ');
  // Read whole, as a job title is: a host's value is finished ("NaN" is not a "nanny" begun).
  const core::TitleResolution read = a.search->resolve(core::first_characters(query, kMaxSearchCharacters), kSuggestions - 1);
  const auto suggest = [&](const std::vector<core::SearchHit>& hits) {
    for (const core::SearchHit& hit : hits) {
      if (!core::worth_suggesting(hit)) continue;
      const core::Profession& p = a.dataset->professions()[hit.profession];
      if (p.slug != shown_slug) problem.suggestions.push_back({"open-" + p.slug, p.name});
    }
  };
  suggest(read.matches);
  // A link cut inside the name ("registered-nurs"): the professions whose slug it begins. Not a
  // begun word anywhere, as the search box reads one: "NaN" begins "nanny" (problem_text_test).
  const std::string begun = core::as_slug(value);
  if (problem.suggestions.empty() && attribute != "job-title" && core::count_characters(begun) >= kShortestCutName) {
    for (const core::Profession& p : a.dataset->profession_list) {
      if (problem.suggestions.size() < kSuggestions && p.slug.compare(0, begun.size(), begun) == 0 && p.slug != shown_slug) {
        problem.suggestions.push_back({"open-" + p.slug, p.name});
      }
    }
  }
  // A title the job-title attribute would open ("Chef" for Head Chef): the card has the job, and
  // the profession attribute (or a link's profession) still opens only what it names, so say where
  // the job is filed.
  const core::SearchHit* best = read.best();
  if ((attribute == "profession" || attribute == "link") && read.open_directly && best && !problem.suggestions.empty() &&
      problem.suggestions.front().control_id == "open-" + a.dataset->professions()[best->profession].slug) {
    const core::Profession& p = a.dataset->professions()[best->profession];
    // The host reads the slug to set in airisk:error; the visitor, the name (field finding: the card
    // showed them "(registered-nurse)"), and for a value the canvas cannot draw, not "we don't have
    // that profession", which the event contradicted.
    problem.message = "We file " + quoted(value) + " under " + p.name + ".";
    problem.host_message = "We file " + quoted(value) + " under " + p.name + " (" + p.slug + ").";
    problem.canvas_message = can_draw(value) ? "" : "We file that under " + p.name + ".";
  }
  return problem;
}

Problem unknown_comparison(const std::string& attribute, const std::string& value) {
  // Never the card's own profession, which it cannot be compared with.
  Problem problem = unknown_profession(attribute, value, app().state.profession_slug);
  problem.message = "We don't have " + quoted(value) + " to compare with.";
  problem.host_message.clear();
  problem.canvas_message = can_draw(value) ? "" : "We don't have that profession to compare with." + std::string(kEnglishNamesOnly);
  problem.hides_report = false;
  // Each offered to compare with, as the catalog's rows are.
  for (Problem::Suggestion& suggestion : problem.suggestions) {
    suggestion.control_id = "compare-" + suggested_value(suggestion.control_id);
    suggestion.label = "Compare with " + suggestion.label;
  }
  return problem;
}

void report_problem(Problem problem) {
  emit_error(problem);
  auto& shown = app().ui.problem;
  // A chooser stands in for a profession the card does not have: a bad plan or region said after
  // it must not take its place, or the default profession's report would show under the plan's
  // message. The host has heard of it; the card keeps asking which profession.
  if (shown && shown->hides_report && !problem.hides_report) return;
  shown = std::move(problem);
  announce_state_if_changed();
}

void clear_problem(const std::string& attribute) {
  auto& problem = app().ui.problem;
  if (problem && (problem->attribute == attribute || attribute.empty())) {
    problem.reset();
    follow_state_with_link();
    announce_state_if_changed();
  }
}

// [SECTION] The ways in from outside ImGui

void app_control(const std::string& id, const std::string& value) {
  App& a = app();
  // Platform ids first: they keep the notice (they are not the visitor changing the card).
  if (id == "focus") {
    // Leaving the mirror's salary field ends the typing, as leaving the canvas's does.
    if (a.focused_control == "salary" && value != "salary") {
      settle_salary();
      a.ui.salary.typing = false;
    }
    a.focused_control = value;
    return;
  }
  if (id == "notice") {
    a.ui.notice = value;
    return;
  }
  if (id == "download-failed") {
    a.ui.png_blocked = true;
    a.ui.notice = value;
    return;
  }
  if (id == "touch") {
    a.ui.touch = value == "1";
    return;
  }
  if (id == "go-compare") {
    a.scroll_to_section = "compare";
    return;
  }
  if (id == "theme") {
    a.host_dark = value == "dark";
    apply_theme();  // a host's accent survives theme changes
    return;
  }
  if (id == "forced-colors") {  // the platform's, from the visitor's system: "" when not forced
    ForcedColors colors{};
    if (parse_forced_colors(value, colors)) a.forced_colors = colors; else a.forced_colors.reset();
    apply_theme();
    return;
  }
  if (id == "link") {
    if (a.fatal_error.empty()) apply_link(value);
    return;
  }
  // The visitor paused in the salary field (the platform's timer) or pressed Enter in the mirror's.
  if (id == "salary-pause" || id == "salary-done") {
    if (!a.fatal_error.empty()) return;
    settle_salary();
    // Enter or leaving the field ends the typing, as on the canvas: what is typed next starts from
    // this salary, and Escape goes back to it (it went back to the preset from before the Enter).
    if (id == "salary-done") a.ui.salary.typing = false;
    return;
  }
  // Before the professions' "open-" controls, which "open-png" would otherwise be one of.
  if (id == "copy-png" || id == "open-png") {
    a.requests.push_back({id == "copy-png" ? RequestKind::kCopyPng : RequestKind::kOpenPng, "", "", ""});
    return;
  }
  AppEvent event{AppEventKind::kSetSalaryText, "", "", 0};
  if (id == "salary") {
    event = {AppEventKind::kSetSalaryText, value};
  } else if (id == "salary-undo") {
    event.kind = AppEventKind::kUndoSalaryTyping;
  } else if (id == "salary-suggestion") {
    event.kind = AppEventKind::kUseSalarySuggestion;
  } else if (id == "preset-entry") {
    event.kind = AppEventKind::kUseEntryPreset;
  } else if (id == "preset-experienced") {
    event.kind = AppEventKind::kUseExperiencedPreset;
  } else if (id == "region" || starts_with(id, "region-option-") || starts_with(id, "suggest-region-")) {
    event = {AppEventKind::kSetRegion, starts_with(id, "suggest-region-") ? id.substr(15) : value};
  } else if (starts_with(id, "switch-region-")) {
    event = {AppEventKind::kSetRegion, id.substr(14)};
  } else if (id == "plan" || starts_with(id, "plan-option-") || starts_with(id, "suggest-plan-")) {
    event = {AppEventKind::kSetPlan, starts_with(id, "suggest-plan-") ? id.substr(13) : value};
  } else if (id == "method-toggle") {
    event.kind = AppEventKind::kToggleMethod;
  } else if (starts_with(id, "weight-")) {
    // The same rule as links and the CLI: a plain decimal ("0x10" is not 16).
    const core::NumberRead percent = core::read_weight(value);
    if (!percent.ok) return;
    event = {AppEventKind::kSetWeight, "", id.substr(7), percent.value};
  } else if (starts_with(id, "task-")) {
    event = {AppEventKind::kToggleTask, "", id.substr(5)};
  } else if (id == "reset-weights") {
    event.kind = AppEventKind::kResetWeights;
  } else if (id == "personalise") {
    event.kind = AppEventKind::kTogglePersonalise;
  } else if (starts_with(id, "open-") || starts_with(id, "browse-open-")) {
    event = {AppEventKind::kSetProfession, id.substr(id.find("open-") + 5)};
  } else if (starts_with(id, "compare-") || starts_with(id, "browse-compare-")) {
    event = {AppEventKind::kSetCompare, id.substr(id.find("compare-") + 8)};
  } else if (id == "close-compare") {
    event = {AppEventKind::kSetCompare, ""};
  } else if (id == "search") {
    event = {AppEventKind::kSetSearch, value};
  } else if (id == "search-submit") {
    // Enter in the search field opens the first result, as a search box does.
    const auto hits = a.search->search(a.ui.search, 1);
    if (hits.empty()) return;
    event = {AppEventKind::kSetProfession, a.dataset->professions()[hits[0].profession].slug};
  } else if (starts_with(id, "category-")) {
    event = {AppEventKind::kSetCategory, id.substr(9)};
  } else if (id == "copy-link") {
    event.kind = AppEventKind::kCopyLink;
  } else if (id == "share") {
    event.kind = AppEventKind::kShare;
  } else if (id == "download-png") {
    event.kind = AppEventKind::kDownloadPng;
  } else if (id == "embed") {
    event.kind = AppEventKind::kToggleEmbed;
  } else if (id == "escape") {
    if (!a.ui.embed_open) return;  // nothing open to close
    event.kind = AppEventKind::kToggleEmbed;
  } else if (id == "copy-snippet") {
    event.kind = AppEventKind::kCopySnippet;
  } else if (id == "dismiss-problem") {
    event.kind = AppEventKind::kDismissProblem;
  } else {
    return;
  }
  apply_event(event);
}

namespace {

// One airisk:change for one attribute, with the state it ends in (App::holding_announcement).
class OneAnnouncement {
 public:
  OneAnnouncement() { app().holding_announcement = true; }
  ~OneAnnouncement() {
    App& a = app();
    a.holding_announcement = false;
    if (a.announcement_held) {
      a.announcement_held = false;
      announce_state_if_changed();
    }
  }
  OneAnnouncement(const OneAnnouncement&) = delete;
  OneAnnouncement& operator=(const OneAnnouncement&) = delete;
};

// The profession attribute (nullopt: none, so the card's default profession).
void apply_profession_attribute(const std::optional<std::string>& value) {
  App& a = app();
  if (value && is_blank(*value)) {
    // A template field that did not fill: the host hears it, the card shows its default.
    clear_problem("profession");
    open_profession(a.default_slug);
    emit_error({"profession", *value, "The profession attribute is empty, so the card shows " +
                                          a.built.report.profession->name + ".", {}, false});
    return;
  }
  const std::string slug = value ? core::as_slug(*value) : a.default_slug;
  if (a.dataset->find_profession(slug)) {
    clear_problem("profession");
    open_profession(slug);
    const auto compare = a.host_attributes.find("compare");
    if (compare != a.host_attributes.end() && compare->second == slug) {
      emit_error({"compare", compare->second, "The card now shows " + a.built.report.profession->name +
                                                  ", the profession compare names: the comparison comes back when the profession changes.",
                  {}, false});
    }
  } else {
    report_problem(unknown_profession("profession", value.value_or("")));
  }
}

// The attribute gives percents of the visitor's time ("api-endpoints:17" is 17 %), as the card's
// sliders do: the tasks it leaves out share the rest in their usual proportions. (A link's weights
// are relative, normalised by the core: there 17 beside the others' 85 would be 16.7 %.)
struct PercentWeights {
  std::map<std::string, double> weights;
  std::string problem;  // for the host, when the percents could not be read as they are
};

PercentWeights percent_weights(const std::map<std::string, double>& given, const core::Profession& profession) {
  if (given.empty()) return {given, ""};
  double named = 0;
  size_t named_tasks = 0;
  for (const core::Task& task : profession.tasks) {
    if (const auto it = given.find(task.id); it != given.end()) named += it->second, ++named_tasks;
  }
  // More than all of the time: each named task's part of that total, so 101 reads as 100 does
  // (read beside the other tasks' usual shares, 100 scored 85 and 101 scored 69).
  // Shares in hundredths, as the card's own links and embed codes write them, may add up to a
  // little over 100: those are read as they are.
  constexpr double kRoundingSlack = 0.5;
  if (named > 100) {
    const bool over = named > 100 + kRoundingSlack;
    std::map<std::string, double> scaled;
    for (const core::Task& task : profession.tasks) {
      const auto it = given.find(task.id);
      scaled[task.id] = it == given.end() ? 0 : over ? std::round(it->second / named * 100 * 100) / 100 : it->second;
    }
    if (!over) return {scaled, ""};
    return {scaled, "The weights add up to " + core::format_number(named, 0, core::NumberStyle{}) +
                        " %, more than all of the time: each is read as its part of that total, and the tasks left "
                        "out as none of the time."};
  }
  if (named <= 0 && named_tasks == profession.tasks.size()) {
    return {{}, "The weights give every task 0 % of the time, so the card uses the job's usual shares."};
  }
  std::vector<double> usual;
  for (const core::Task& task : profession.tasks) usual.push_back(task.time_share_pct);
  return {shares_filling_100(given, profession, usual), ""};
}

// Without a job title to follow, the card shows what its profession attribute names, as it
// would have with no job title at all (a single-page app reusing the element takes it away).
void follow_profession_attribute() {
  const auto& host = app().host_attributes;
  const auto profession = host.find("profession");
  apply_profession_attribute(profession == host.end() ? std::nullopt : std::optional<std::string>(profession->second));
}

}  // namespace

void app_set_attribute(const std::string& name, const std::optional<std::string>& value) {
  App& a = app();
  if (!a.fatal_error.empty()) return;
  const OneAnnouncement one_announcement;
  if (value) a.host_attributes[name] = *value; else a.host_attributes.erase(name);
  const std::string text = value.value_or("");
  if (name == "profession") {
    const auto title = a.host_attributes.find("job-title");
    if (!value && title != a.host_attributes.end()) {
      // The job title the host still sets says what the card shows: taking the profession away
      // left a Paralegal's card showing the default profession.
      const std::string job_title = title->second;
      app_set_attribute("job-title", job_title);
      return;
    }
    apply_profession_attribute(value);
  } else if (name == "job-title") {
    if (!value) {
      clear_problem("job-title");
      follow_profession_attribute();
      return;
    }
    if (core::normalise_for_search(text).empty()) {
      // A job ad whose title did not reach the page (an empty template field), or came as marks
      // alone: the host hears which, and the card shows what it would without the attribute.
      clear_problem("job-title");
      follow_profession_attribute();
      const std::string shown = a.built.report.profession && !problem_hides_report(a) ? a.built.report.profession->name
                                                                                     : "what its profession attribute names";
      emit_error({"job-title", text,
                  is_blank(text) ? "The job-title attribute is empty, so the card shows " + shown + "."
                                 : "The job-title attribute " + quoted(text) +
                                       " has no letters or digits to match, so the card shows " + shown + ".",
                  {}, false});
      return;
    }
    // A job ad's title ("Sr. Software Engineer - Backend (Remote)") is read by the core's title
    // rules; a weak or ambiguous match becomes a chooser, never a guess shown as the answer.
    const core::TitleResolution resolved = a.search->resolve(core::first_characters(text, kMaxSearchCharacters), kSuggestions - 1);
    if (resolved.open_directly && resolved.best()) {
      clear_problem("job-title");
      open_profession(a.dataset->professions()[resolved.best()->profession].slug);
    } else {
      Problem problem{"job-title", text, "", {}, true};
      problem.message = resolved.matches.empty()
                            ? "We couldn't match the job title " + quoted(text) + " to a profession."
                            : "We're not sure which profession the job title " + quoted(text) + " is.";
      if (!can_draw(text)) {
        problem.canvas_message = std::string(resolved.matches.empty() ? "We couldn't match that job title to a profession."
                                                                      : "We're not sure which profession that job title is.") +
                                 kEnglishNamesOnly;
      }
      for (const core::SearchHit& hit : resolved.matches) {
        if (!core::worth_suggesting(hit)) continue;
        const core::Profession& p = a.dataset->professions()[hit.profession];
        problem.suggestions.push_back({"open-" + p.slug, p.name});
      }
      // None close: what the title's words match, as the card's search would list it for them
      // ("Ingeniero de software": the software developers), rather than nothing to choose. Not for
      // a single word: that is the job's own word, and a name holding it as another's ("object" in
      // Objects Conservator, from a broken page's "[object Object]") is far-fetched.
      if (problem.suggestions.empty() && resolved.read_as.find(' ') != std::string::npos) {
        for (const core::SearchHit& hit : resolved.matches) {
          const core::Profession& p = a.dataset->professions()[hit.profession];
          problem.suggestions.push_back({"open-" + p.slug, p.name});
        }
      }
      if (problem.suggestions.empty()) problem = unknown_profession("job-title", text);
      report_problem(std::move(problem));
    }
  } else if (name == "region") {
    if (value && is_blank(text)) {
      // A template field that did not fill: the host hears it, the card shows its default.
      clear_problem("region");
      set_region(kBaseRegion);
      emit_error({"region", text, "The region attribute is empty, so the card shows " +
                                      core::place_name(a.built.report.region->name) + ".", {}, false});
      return;
    }
    const core::Region* region = value ? core::find_region_as_written(*a.dataset, text) : a.dataset->find_region(kBaseRegion);
    if (region) {
      clear_problem("region");
      set_region(region->code);
    } else {
      const std::string until = ". The figures below are for " + core::place_name(a.built.report.region->name) + " until you choose one.";
      Problem problem{"region", text, "We don't have the region " + quoted(text) + until, {}, false};
      if (!can_draw(text)) problem.canvas_message = "We don't have that region" + until;
      for (const core::Region* r : closest(a.dataset->regions, text, [](const core::Region& x) {
             return std::vector<std::string>{x.code, x.name, x.currency};
           })) {
        problem.suggestions.push_back({"suggest-region-" + r->code, r->name});
      }
      report_problem(std::move(problem));
    }
  } else if (name == "salary") {
    if (text == core::kEntryPreset || text == core::kExperiencedPreset) {
      // A preset by name, as the card's embed code writes it: it follows the region.
      a.ui.salary.error.clear();
      apply_event({text == core::kEntryPreset ? AppEventKind::kUseEntryPreset : AppEventKind::kUseExperiencedPreset, ""});
    } else if (!value || text.empty()) {
      a.state.salary_yearly = 0;
      a.ui.salary.conversion.clear();
      rebuild_report();
      show_salary_in_field();
      // As for an empty region: a template field that did not fill, said to the host alone.
      if (value) emit_error({"salary", text, "The salary attribute is empty, so the card shows the experienced salary.", {}, false});
    } else {
      set_salary_text(text);
      if (a.ui.salary.error.empty()) {
        show_salary_in_field();
      } else {
        // Nothing else is shown in its place: the host's text stays in the field with the reason,
        // and the figures are the job's own presets. A salary from before (a single-page app's
        // last job ad, perhaps in another region) belongs to something else: kept, it showed a
        // barista at \u20b926,17,129, a German salary converted.
        a.state.salary_yearly = 0;
        a.ui.salary.conversion.clear();
        a.ui.salary.preset.clear();
        rebuild_report();
        Problem problem{"salary", text,
                        "The salary " + quoted(text) + " could not be read. " + a.ui.salary.error +
                            ". The figures use the job's experienced salary until another is given.",
                        {}, false};
        emit_error(problem);
      }
    }
  } else if (name == "plan") {
    // Hosts write what their page calls the plan ("Claude Pro") as often as its id.
    const core::AiPlan* named = value ? a.dataset->find_plan_named(text) : nullptr;
    if (!value || is_blank(text) || named) {
      clear_problem("plan");
      a.state.plan_id = named ? named->id : "";
      rebuild_report();
      // As for an empty region: a template field that did not fill, said to the host alone.
      if (value && !named) {
        const core::AiPlan* shown = a.built.report.plan;
        emit_error({"plan", text, "The plan attribute is empty, so the card shows " +
                                      (shown ? shown->vendor + " " + shown->name + "," : "") + " the profession's own plan.",
                    {}, false});
      }
    } else {
      const std::string until = ". The figures below use " + a.built.report.plan->vendor + " " + a.built.report.plan->name +
                                " until you choose one.";
      Problem problem{"plan", text, "We don't have the AI plan " + quoted(text) + until, {}, false};
      if (!can_draw(text)) problem.canvas_message = "We don't have that AI plan" + until;
      for (const core::AiPlan* p : closest(a.dataset->plans, text, [](const core::AiPlan& x) {
             return std::vector<std::string>{x.id, x.name, x.vendor + " " + x.name};
           })) {
        problem.suggestions.push_back({"suggest-plan-" + p->id, p->vendor + " " + p->name});
      }
      report_problem(std::move(problem));
    }
  } else if (name == "compare") {
    const std::string slug = value ? core::as_slug(text) : "";
    if (slug.empty() || (a.dataset->find_profession(slug) && slug != a.state.profession_slug)) {
      a.state.compare_slug = slug;
      clear_problem("compare");
      rebuild_report();
    } else if (slug == a.state.profession_slug) {
      emit_error({"compare", text, "The card already shows " + quoted(text) + ": compare it with another profession.", {}, false});
    } else {
      // The closest professions, as for an unknown profession: said above the report, as a
      // link's comparison the card lacks is, for the visitor to compare with or go on without.
      report_problem(unknown_comparison("compare", text));
    }
  } else if (name == "weights") {
    // The link codec reads them, so the attribute and the link's w= accept the same text.
    core::LinkDecode decoded = core::decode_link("#p=" + a.state.profession_slug + "&w=" + text, *a.dataset, a.default_slug);
    if (!value || text.empty() || decoded.bad_keys.empty()) {
      const core::Profession* shown = a.built.report.profession;
      const PercentWeights read = value && shown ? percent_weights(decoded.state.weights, *shown) : PercentWeights{};
      a.state.weights = !value ? std::map<std::string, double>{} : shown ? read.weights : decoded.state.weights;
      rebuild_report();
      if (!read.problem.empty()) emit_error({"weights", text, read.problem, {}, false});
      if (value && !decoded.repeated_task_ids.empty()) {
        emit_error({"weights", text,
                    "The weights name " + quoted_list(decoded.repeated_task_ids) +
                        " more than once; the last weight written is used.",
                    {}, false});
      }
      if (value && !decoded.unknown_task_ids.empty()) {
        // The others apply; the ones it does not have are named, with the ids it does have.
        // A task is suggested by its id for an id a typo or two from it, or from the name the
        // card shows it by ("api-endpoint-implementation" for API endpoint implementation).
        const core::Profession& p = *a.built.report.profession;
        std::vector<std::string> ids;
        for (const core::Task& task : p.tasks) ids.push_back(task.id);
        Problem problem{"weights", text,
                        "The weights name " + quoted_list(decoded.unknown_task_ids) + ", which " +
                            (decoded.unknown_task_ids.size() > 1 ? "are not tasks" : "is not a task") + " of " + p.name +
                            "; left out. Its tasks are: " + join(ids, ", ") + ".",
                        closest_to_each(
                            decoded.unknown_task_ids, p.tasks,
                            [](const core::Task& task) { return std::vector<std::string>{task.id, task.name}; },
                            [](const core::Task& task) { return task.id; }),
                        false};
        emit_error(problem);
      }
    } else {
      emit_error({"weights", text,
                  "The weights " + quoted(text) + " could not be read: " + decoded.weights_problem +
                      " (write task-id:percent, ...).",
                  {}, false});
    }
  } else if (name == "sections") {
    // The host's choice and order of sections; a name that is not one is said and left out.
    const core::SectionList list = core::read_section_list(text);
    a.ui.sections = value && !list.sections.empty() ? list.sections : UiState::default_sections();
    if (!list.unknown.empty()) {
      const bool several = list.unknown.size() > 1;
      const std::vector<std::string> names(std::begin(core::kHostSectionIds), std::end(core::kHostSectionIds));
      std::vector<Suggestion> suggestions = closest_to_each(list.unknown, names);
      for (const std::string& word : list.unknown) {
        const std::string meant = section_meant_by(word);
        const bool named = std::any_of(suggestions.begin(), suggestions.end(),
                                       [&](const Suggestion& s) { return s.control_id == meant; });
        if (!meant.empty() && !named) suggestions.push_back({meant, meant});
      }
      Problem problem{"sections", text,
                      "The sections attribute names " + quoted_list(list.unknown) + ", which the card does not have; " +
                          (list.sections.empty() ? "all sections show" : several ? "they are left out" : "it is left out") +
                          ". The sections are: " + core::host_section_id_list() + ".",
                      std::move(suggestions), false};
      emit_error(problem);
    } else if (value && list.sections.empty()) {
      // A template field that did not fill, as for an empty region: said to the host alone.
      emit_error({"sections", text, "The sections attribute is empty, so every section shows. The sections are: " +
                                        core::host_section_id_list() + ".", {}, false});
    }
    rebuild_report();  // the embed code carries the choice
  } else if (name == "hide-salary") {
    // A boolean attribute, as HTML has them: present is on, whatever its value.
    a.ui.hide_salary = value.has_value();
    rebuild_report();
  } else if (name == "theme") {
    // The platform applies it (it alone knows the visitor's own setting); kept for the embed code.
    // Read as HTML reads enumerated attributes, whatever their case (the platform does the same).
    std::string named;
    for (const char ch : html_trimmed(text)) named += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (value && named != "dark" && named != "light") {
      a.host_attributes.erase(name);
      emit_error({"theme", text,
                  named.empty() ? "The theme attribute is empty, so the card follows the visitor's light or dark setting."
                                : "The theme " + quoted(text) + " is not one of light or dark.",
                  {}, false});
    }
    rebuild_report();
  } else if (name == "accent") {
    unsigned colour = 0;
    const std::string written = html_trimmed(text);
    if (!value) {
      a.host_accent = 0;
    } else if (parse_hex_colour(written, colour)) {
      a.host_accent = colour;
      a.host_accent_text = written;
    } else {
      a.host_attributes.erase(name);
      emit_error({"accent", text, "The accent " + quoted(text) + " is not a colour: write #rgb or #rrggbb.", {}, false});
      return;
    }
    a.accent_note_said.clear();  // said again for a colour set again
    drop_unsaid_accent_notes();
    apply_theme();
    rebuild_report();
  }
}

}  // namespace airisk::app
