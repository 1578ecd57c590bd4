// [SECTION] The card's state and every way it changes: visitor events, the DOM mirror's
// controls, the host's attributes and links. The link, the embed code, the host's events and
// the live region are all produced here from the one state.
#include "app/app_state.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <nlohmann/json.hpp>

#include "app/style.h"
#include "core/utf8.h"
#include "core/link.h"
#include "core/money.h"
#include "core/salary.h"
#include "core/state_rules.h"

namespace airisk::app {
namespace {

constexpr const char* kBaseRegion = "US";
constexpr size_t kSuggestions = 4;
constexpr size_t kMaxSearchCharacters = 120;  // longer text matches nothing better, and costs every keystroke

bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

constexpr size_t kQuotedCharacters = 60;  // a host's value is echoed this far, never whole

std::string quoted(const std::string& value) {
  const std::string valid = core::valid_utf8(value);
  const std::string shown = core::first_characters(valid, kQuotedCharacters);
  return "\u2018" + shown + (shown.size() < valid.size() ? "\u2026" : "") + "\u2019";
}

// What a suggestion's button sends, less its control prefix: the value a host would set.
std::string suggested_value(const std::string& control_id) {
  for (const char* prefix : {"suggest-region-", "suggest-plan-", "open-"}) {
    if (starts_with(control_id, prefix)) return control_id.substr(std::string(prefix).size());
  }
  return control_id;
}

// Hosts write slugs by hand: "Data Analyst", " data-analyst ", "DATA-ANALYST" all mean one.
std::string as_slug(const std::string& text) {
  std::string slug;
  for (unsigned char ch : text) {
    if (std::isalnum(ch)) slug += static_cast<char>(std::tolower(ch));
    else if ((ch == ' ' || ch == '-' || ch == '_') && !slug.empty() && slug.back() != '-') slug += '-';
    else if (ch >= 0x80) slug += static_cast<char>(ch);
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

// The salary written so that the region's own parser reads back exactly this number.
std::string salary_attribute_text(double yearly, const core::Region& region) {
  if (yearly == std::floor(yearly)) return core::format_money(yearly, region);
  return core::format_number(yearly, 2, region.number_style) + " " + region.currency;
}

std::string weights_text(const std::map<std::string, double>& weights) {
  // The link codec writes them; the part after "w=" is the attribute's format too.
  core::ReportState only_weights;
  only_weights.weights = weights;
  const std::string link = core::encode_link(only_weights);
  const size_t at = link.find("&w=");
  return at == std::string::npos ? "" : link.substr(at + 3);
}

void emit_error(const Problem& problem) {
  nlohmann::json detail = {{"attribute", problem.attribute},
                           {"value", core::first_characters(core::valid_utf8(problem.value), 1000)},
                           {"message", problem.message}};
  nlohmann::json suggestions = nlohmann::json::array();
  for (const auto& s : problem.suggestions) suggestions.push_back(suggested_value(s.control_id));
  detail["suggestions"] = suggestions;
  app().requests.push_back({RequestKind::kError, detail.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "", ""});
}

// Closest names first, by edit distance over lower-case text: for the dozen regions and plans.
size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

template <typename Item, typename Names>
std::vector<const Item*> closest(const std::vector<Item>& items, const std::string& value, Names names_of) {
  const std::string wanted = core::normalise_for_search(value);
  std::vector<std::pair<size_t, const Item*>> ranked;
  for (const Item& item : items) {
    size_t best = SIZE_MAX;
    for (const std::string& name : names_of(item)) best = std::min(best, edit_distance(wanted, core::normalise_for_search(name)));
    ranked.emplace_back(best, &item);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const Item*> out;
  for (size_t i = 0; i < ranked.size() && i < kSuggestions; ++i) out.push_back(ranked[i].second);
  return out;
}

Problem unknown_profession(const std::string& attribute, const std::string& value) {
  App& a = app();
  Problem problem{attribute, value, "We don't have " + quoted(value) + ".", {}, true};
  if (attribute == "job-title") problem.message = "We couldn't match the job title " + quoted(value) + " to a profession.";
  std::string query = value;
  std::replace(query.begin(), query.end(), '-', ' ');
  for (const auto& hit : a.search->search(core::first_characters(query, kMaxSearchCharacters), kSuggestions)) {
    const core::Profession& p = a.dataset.professions[hit.profession];
    problem.suggestions.push_back({"open-" + p.slug, p.name});
  }
  return problem;
}

void report_problem(Problem problem) {
  emit_error(problem);
  app().ui.problem = std::move(problem);
}

void clear_problem(const std::string& attribute) {
  auto& problem = app().ui.problem;
  if (problem && (problem->attribute == attribute || attribute.empty())) problem.reset();
}

// [SECTION] State changes

void set_salary_text(const std::string& typed) {
  App& a = app();
  a.ui.salary.text = typed;
  const core::Region* region = a.dataset.find_region(a.state.region_code);
  if (!region) return;
  core::SalaryParse parsed = core::parse_salary(typed, *region, a.dataset);
  if (!parsed.ok) {
    // Keep the last good salary on the card; say why this text was not taken.
    a.ui.salary.error = parsed.error;
    return;
  }
  a.ui.salary.error.clear();
  a.ui.salary.conversion.clear();
  // A converted salary is kept in whole units, as the card shows it and links carry it.
  a.state.salary_yearly = parsed.converted ? std::round(parsed.yearly) : parsed.yearly;
  rebuild_report();
  if (parsed.converted) {
    const core::Region* typed_region = nullptr;
    for (const auto& r : a.dataset.regions) {
      if (r.currency == parsed.typed_currency) typed_region = &r;
    }
    const std::string typed_text = typed_region ? core::format_money(parsed.typed_yearly, *typed_region)
                                                : core::format_number(parsed.typed_yearly, 0, core::NumberStyle{});
    a.ui.salary.conversion = "Read as " + typed_text + " " + parsed.typed_currency + ", converted to " +
                             a.built.report.text.salary + " at the dated rate.";
  }
}

// The field shows the salary in use, the way the region writes it.
void show_salary_in_field() {
  App& a = app();
  a.ui.salary.text = a.built.report.text.salary;
  a.ui.salary.error.clear();
}

void use_preset(bool experienced) {
  App& a = app();
  const core::Report& r = a.built.report;
  if (!r.presets) return;
  a.state.salary_yearly = experienced ? r.presets->experienced : r.presets->entry;
  a.ui.salary.conversion.clear();
  rebuild_report();
  show_salary_in_field();
}

// A salary typed in one currency keeps its worth in another: converted at the dated rates and
// rounded to whole units, said so under the field. A preset stays the new region's preset.
void set_region(const std::string& code) {
  App& a = app();
  const core::Region* from = a.dataset.find_region(a.state.region_code);
  const core::Region* to = a.dataset.find_region(code);
  if (!to || code == a.state.region_code) return;
  // A preset stays the same preset in the new region.
  const auto& presets = a.built.report.presets;
  const bool was_entry = presets && a.state.salary_yearly == presets->entry;
  const bool was_experienced = presets && a.state.salary_yearly == presets->experienced;
  a.state.region_code = code;
  a.ui.salary.conversion.clear();
  if (was_entry || was_experienced) {
    a.state.salary_yearly = 0;
    rebuild_report();
    if (was_entry && a.built.report.presets) {
      a.state.salary_yearly = a.built.report.presets->entry;
      rebuild_report();
    }
  } else if (a.state.salary_yearly > 0 && from && from->currency != to->currency) {
    const double before = a.state.salary_yearly;
    a.state.salary_yearly = std::round(core::usd_to_local(core::local_to_usd(before, *from), *to));
    rebuild_report();
    a.ui.salary.conversion = core::format_money(before, *from) + " converted to " + a.built.report.text.salary +
                             " at the dated rate (1 USD = " + core::format_money_exact(to->usd_rate.units_per_usd, *to) +
                             ", " + core::format_date(to->usd_rate.date) + ").";
  } else {
    rebuild_report();
  }
  show_salary_in_field();
}

void open_profession(const std::string& slug) {
  App& a = app();
  if (!a.dataset.find_profession(slug)) return;
  clear_problem("");
  if (slug == a.state.profession_slug) return;
  a.state.profession_slug = slug;
  // Another job has its own pay and plan, unless the host set them for this card.
  if (!a.host_attributes.count("salary")) a.state.salary_yearly = 0;
  if (!a.host_attributes.count("plan")) a.state.plan_id.clear();
  a.state.weights.clear();  // weights belong to the old profession's tasks
  if (a.state.compare_slug == slug) a.state.compare_slug.clear();
  a.ui.open_tasks.clear();
  a.ui.personalise_open = false;
  rebuild_report();
  show_salary_in_field();
}

// The visitor's share for one task; the others keep their proportions and fill the rest, so
// the shares always add up to 100.
void set_weight(const std::string& task_id, double percent) {
  App& a = app();
  const core::Profession* profession = a.built.report.profession;
  if (!profession || !(percent >= 0) || percent > 100) return;
  const auto& tasks = profession->tasks;
  const auto it = std::find_if(tasks.begin(), tasks.end(), [&](const core::Task& t) { return t.id == task_id; });
  if (it == tasks.end()) return;
  const size_t index = static_cast<size_t>(it - tasks.begin());
  const std::vector<double>& current = a.built.report.weights;  // shares in use, summing to 100
  double others = 0;
  for (size_t i = 0; i < tasks.size(); ++i) others += i == index ? 0 : current[i];
  a.state.weights.clear();
  const size_t rest_count = tasks.size() - 1;
  for (size_t i = 0; i < tasks.size(); ++i) {
    double share = percent;
    if (i != index) share = others > 0 ? current[i] / others * (100 - percent) : (100 - percent) / rest_count;
    a.state.weights[tasks[i].id] = std::round(share * 100) / 100;  // hundredths keep links short
  }
  rebuild_report();
}

void set_search(const std::string& text) {
  app().ui.search = core::first_characters(core::valid_utf8(text), kMaxSearchCharacters);
}

}  // namespace

App& app() {
  static App instance;
  return instance;
}

std::string embed_snippet() {
  const App& a = app();
  const core::ReportState& s = a.state;
  std::string attributes = " profession=\"" + s.profession_slug + "\"";
  if (s.region_code != kBaseRegion) attributes += " region=\"" + s.region_code + "\"";
  const core::Region* region = a.dataset.find_region(s.region_code);
  if (s.salary_yearly > 0 && region) attributes += " salary=\"" + salary_attribute_text(s.salary_yearly, *region) + "\"";
  if (!s.plan_id.empty()) attributes += " plan=\"" + s.plan_id + "\"";
  if (!s.compare_slug.empty()) attributes += " compare=\"" + s.compare_slug + "\"";
  if (!s.weights.empty()) attributes += " weights=\"" + weights_text(s.weights) + "\"";
  // The host's look goes with it, so the pasted card looks like this one.
  for (const char* name : {"theme", "accent"}) {
    const auto it = a.host_attributes.find(name);
    if (it != a.host_attributes.end() && !it->second.empty() && it->second.find('"') == std::string::npos) {
      attributes += std::string(" ") + name + "=\"" + it->second + "\"";
    }
  }
  return "<script type=\"module\" src=\"" + a.script_base + "airisk.js\"></script>\n<ai-risk-card" + attributes +
         "></ai-risk-card>";
}

std::string live_summary() {
  const App& a = app();
  if (!a.fatal_error.empty()) return a.fatal_error;
  if (a.ui.problem) return a.ui.problem->message;
  if (!a.built.ok() || !a.built.report.profession) return "";
  const core::Report& r = a.built.report;
  return r.profession->name + " in " + r.region->name + ": salary " + r.text.salary + "; the AI plan (" + r.plan->name +
         ") is " + r.text.ai_pct_of_salary + " of it. AI exposure score " + r.text.risk_score + " out of 100, grade " +
         std::string(1, r.risk.grade) + ".";
}

void rebuild_report() {
  App& a = app();
  a.built = core::build_report(a.dataset, a.state);
  if (!a.built.ok()) {
    a.fatal_error = a.built.error;
    return;
  }
  const core::Report& r = a.built.report;
  a.plausibility = core::check_salary(r.salary_yearly, *r.region, r.presets ? &*r.presets : nullptr);
  a.compare = {};
  if (!a.state.compare_slug.empty()) {
    // The comparison is of the same person's situation: the same region, plan and salary.
    core::ReportState other;
    other.profession_slug = a.state.compare_slug;
    other.region_code = a.state.region_code;
    other.plan_id = a.state.plan_id;
    other.salary_yearly = a.state.salary_yearly;
    a.compare = core::build_report(a.dataset, other);
  }
  a.ui.embed_snippet = embed_snippet();
  const std::string link = core::encode_link(a.state);
  if (link != a.last_link) {
    a.last_link = link;
    a.requests.push_back({RequestKind::kLinkChanged, link, "", ""});
  }
  const std::string state = app_state_json();
  if (state != a.last_state_json) {
    a.last_state_json = state;
    a.requests.push_back({RequestKind::kStateChanged, state, "", ""});
  }
}

void apply_link(const std::string& link) {
  App& a = app();
  core::LinkDecode decoded = core::decode_link(link, a.dataset, a.default_slug);
  a.state = decoded.state;
  a.scroll_to_section = decoded.state.section;
  a.state.section.clear();  // opening there is enough; the card's own links never carry it
  a.ui.link_notice.clear();
  a.ui.salary.conversion.clear();
  rebuild_report();
  show_salary_in_field();
  if (!decoded.unknown_profession.empty()) report_problem(unknown_profession("link", decoded.unknown_profession));
  std::string keys;
  for (const auto& k : decoded.bad_keys) {
    if (k != "p") keys += (keys.empty() ? "" : ", ") + k;
  }
  if (!keys.empty()) a.ui.link_notice = "Part of the link could not be read (" + keys + "); those settings use their defaults.";
}

void apply_event(const AppEvent& event) {
  App& a = app();
  if (!a.fatal_error.empty()) return;
  a.ui.notice.clear();
  const core::Report& r = a.built.report;
  switch (event.kind) {
    case AppEventKind::kSetSalaryText: set_salary_text(event.text); break;
    case AppEventKind::kUseEntryPreset: use_preset(false); break;
    case AppEventKind::kUseExperiencedPreset: use_preset(true); break;
    case AppEventKind::kUseSalarySuggestion:
      if (a.plausibility.suggestion) {
        a.state.salary_yearly = a.plausibility.suggestion->yearly;
        a.ui.salary.conversion.clear();
        rebuild_report();
        show_salary_in_field();
      }
      break;
    case AppEventKind::kSetRegion:
      set_region(event.text);
      if (a.state.region_code == event.text) clear_problem("region");
      break;
    case AppEventKind::kSetPlan:
      if (a.dataset.find_plan(event.text)) {
        a.state.plan_id = event.text;
        clear_problem("plan");
        rebuild_report();
      }
      break;
    case AppEventKind::kToggleMethod: a.ui.method_open = !a.ui.method_open; break;
    case AppEventKind::kSetWeight: set_weight(event.task_id, event.number); break;
    case AppEventKind::kResetWeights:
      a.state.weights.clear();
      rebuild_report();
      break;
    case AppEventKind::kTogglePersonalise: a.ui.personalise_open = !a.ui.personalise_open; break;
    case AppEventKind::kToggleTask:
      if (!a.ui.open_tasks.erase(event.task_id)) a.ui.open_tasks.insert(event.task_id);
      break;
    case AppEventKind::kSetProfession: open_profession(event.text); break;
    case AppEventKind::kSetCompare:
      if (event.text.empty() || (a.dataset.find_profession(event.text) && event.text != a.state.profession_slug)) {
        a.state.compare_slug = event.text;
        rebuild_report();
      }
      break;
    case AppEventKind::kSetSearch: set_search(event.text); break;
    case AppEventKind::kSetCategory: a.ui.category = a.ui.category == event.text ? "" : event.text; break;
    case AppEventKind::kCopyLink:
      a.requests.push_back({RequestKind::kCopyText, a.page_url + a.last_link, "", ""});
      break;
    case AppEventKind::kShare:
      a.requests.push_back({RequestKind::kShare, a.page_url + a.last_link,
                            r.profession->name + ": AI automation risk report card", ""});
      break;
    case AppEventKind::kDownloadPng:
      a.ui.png_blocked = false;
      a.requests.push_back({RequestKind::kDownloadPng, "", "", "airisk-" + r.profession->slug + ".png"});
      break;
    case AppEventKind::kToggleEmbed: a.ui.embed_open = !a.ui.embed_open; break;
    case AppEventKind::kCopySnippet: a.requests.push_back({RequestKind::kCopyText, a.ui.embed_snippet, "", ""}); break;
    case AppEventKind::kControl: app_control(event.text, ""); return;
    case AppEventKind::kDismissProblem:
      if (a.ui.problem && !a.ui.problem->hides_report) a.ui.problem.reset();
      break;
  }
  // The visitor has moved on: what the opening link got wrong no longer needs saying.
  if (event.kind != AppEventKind::kSetSearch && event.kind != AppEventKind::kToggleMethod) a.ui.link_notice.clear();
}

// [SECTION] The ways in from outside ImGui

void app_control(const std::string& id, const std::string& value) {
  App& a = app();
  // Platform ids first: they keep the notice (they are not the visitor changing the card).
  if (id == "focus") {
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
  if (id == "theme") {
    a.host_dark = value == "dark";
    set_theme(a.host_dark, a.host_accent);  // a host's accent survives theme changes
    return;
  }
  if (id == "link") {
    if (a.fatal_error.empty()) apply_link(value);
    return;
  }
  AppEvent event{AppEventKind::kSetSalaryText, "", "", 0};
  if (id == "salary") {
    event = {AppEventKind::kSetSalaryText, value};
  } else if (id == "salary-suggestion") {
    event.kind = AppEventKind::kUseSalarySuggestion;
  } else if (id == "preset-entry") {
    event.kind = AppEventKind::kUseEntryPreset;
  } else if (id == "preset-experienced") {
    event.kind = AppEventKind::kUseExperiencedPreset;
  } else if (id == "region" || starts_with(id, "region-option-") || starts_with(id, "suggest-region-")) {
    event = {AppEventKind::kSetRegion, starts_with(id, "suggest-region-") ? id.substr(15) : value};
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
  } else if (starts_with(id, "open-")) {
    event = {AppEventKind::kSetProfession, id.substr(5)};
  } else if (starts_with(id, "compare-")) {
    event = {AppEventKind::kSetCompare, id.substr(8)};
  } else if (id == "close-compare") {
    event = {AppEventKind::kSetCompare, ""};
  } else if (id == "search") {
    event = {AppEventKind::kSetSearch, value};
  } else if (id == "search-submit") {
    // Enter in the search field opens the first result, as a search box does.
    const auto hits = a.search->search(a.ui.search, 1);
    if (hits.empty()) return;
    event = {AppEventKind::kSetProfession, a.dataset.professions[hits[0].profession].slug};
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
  } else if (id == "copy-snippet") {
    event.kind = AppEventKind::kCopySnippet;
  } else if (id == "copy-png" || id == "open-png") {
    a.requests.push_back({id == "copy-png" ? RequestKind::kCopyPng : RequestKind::kOpenPng, "", "", ""});
    return;
  } else if (id == "dismiss-problem") {
    event.kind = AppEventKind::kDismissProblem;
  } else {
    return;
  }
  apply_event(event);
}

void app_set_attribute(const std::string& name, const std::optional<std::string>& value) {
  App& a = app();
  if (!a.fatal_error.empty()) return;
  if (value) a.host_attributes[name] = *value; else a.host_attributes.erase(name);
  const std::string text = value.value_or("");
  if (name == "profession") {
    const std::string slug = value ? as_slug(text) : a.default_slug;
    if (a.dataset.find_profession(slug)) {
      clear_problem("profession");
      open_profession(slug);
    } else {
      report_problem(unknown_profession("profession", text));
    }
  } else if (name == "job-title") {
    if (!value || text.empty()) {
      clear_problem("job-title");
      return;
    }
    // A job ad's title ("Sr. Software Engineer - Backend (Remote)") is read by the core's title
    // rules; a weak or ambiguous match becomes a chooser, never a guess shown as the answer.
    const core::TitleResolution resolved = a.search->resolve(core::first_characters(text, kMaxSearchCharacters), kSuggestions - 1);
    if (resolved.open_directly && resolved.best()) {
      clear_problem("job-title");
      open_profession(a.dataset.professions[resolved.best()->profession].slug);
    } else {
      Problem problem{"job-title", text, "", {}, true};
      problem.message = resolved.matches.empty()
                            ? "We couldn't match the job title " + quoted(text) + " to a profession."
                            : "We're not sure which profession the job title " + quoted(text) + " is" +
                                  (resolved.reason.empty() ? "" : ": " + resolved.reason) + ". The closest:";
      for (const core::SearchHit& hit : resolved.matches) {
        const core::Profession& p = a.dataset.professions[hit.profession];
        problem.suggestions.push_back({"open-" + p.slug, p.name});
      }
      if (problem.suggestions.empty()) problem = unknown_profession("job-title", text);
      report_problem(std::move(problem));
    }
  } else if (name == "region") {
    const std::string code = value ? text : kBaseRegion;
    if (a.dataset.find_region(code)) {
      clear_problem("region");
      set_region(code);
    } else {
      Problem problem{"region", text, "We don't have the region " + quoted(text) + ". The figures below are for " +
                                          a.built.report.region->name + " until you choose one.", {}, false};
      for (const core::Region* r : closest(a.dataset.regions, text, [](const core::Region& x) {
             return std::vector<std::string>{x.code, x.name, x.currency};
           })) {
        problem.suggestions.push_back({"suggest-region-" + r->code, r->name});
      }
      report_problem(std::move(problem));
    }
  } else if (name == "salary") {
    if (!value || text.empty()) {
      a.state.salary_yearly = 0;
      a.ui.salary.conversion.clear();
      rebuild_report();
      show_salary_in_field();
    } else {
      set_salary_text(text);
      if (a.ui.salary.error.empty()) {
        show_salary_in_field();
      } else {
        // Nothing else is shown in its place: the host's text stays in the field with the reason.
        Problem problem{"salary", text, "The salary " + quoted(text) + " could not be read: " + a.ui.salary.error + ".", {}, false};
        emit_error(problem);
      }
    }
  } else if (name == "plan") {
    const std::string id = value ? text : "";
    if (id.empty() || a.dataset.find_plan(id)) {
      clear_problem("plan");
      a.state.plan_id = id;
      rebuild_report();
    } else {
      Problem problem{"plan", text, "We don't have the AI plan " + quoted(text) + ". The figures below use " +
                                        a.built.report.plan->vendor + " " + a.built.report.plan->name + " until you choose one.",
                      {}, false};
      for (const core::AiPlan* p : closest(a.dataset.plans, text, [](const core::AiPlan& x) {
             return std::vector<std::string>{x.id, x.name, x.vendor + " " + x.name};
           })) {
        problem.suggestions.push_back({"suggest-plan-" + p->id, p->vendor + " " + p->name});
      }
      report_problem(std::move(problem));
    }
  } else if (name == "compare") {
    const std::string slug = value ? text : "";
    if (slug.empty() || (a.dataset.find_profession(slug) && slug != a.state.profession_slug)) {
      a.state.compare_slug = slug;
      rebuild_report();
    } else {
      emit_error({"compare", text, "We don't have " + quoted(text) + " to compare with.", {}, false});
    }
  } else if (name == "weights") {
    // The link codec reads them, so the attribute and the link's w= accept the same text.
    core::LinkDecode decoded = core::decode_link("#p=" + a.state.profession_slug + "&w=" + text, a.dataset, a.default_slug);
    if (!value || text.empty() || decoded.bad_keys.empty()) {
      a.state.weights = value ? decoded.state.weights : std::map<std::string, double>{};
      rebuild_report();
    } else {
      emit_error({"weights", text, "The weights " + quoted(text) + " could not be read: write task-id:percent, ...", {}, false});
    }
  } else if (name == "theme") {
    // The platform applies it (it alone knows the visitor's own setting); kept for the embed code.
    if (value && text != "dark" && text != "light") {
      a.host_attributes.erase(name);
      emit_error({"theme", text, "The theme " + quoted(text) + " is not one of light or dark.", {}, false});
    }
    rebuild_report();
  } else if (name == "accent") {
    unsigned colour = 0;
    if (!value) {
      a.host_accent = 0;
    } else if (parse_hex_colour(text, colour)) {
      a.host_accent = colour;
    } else {
      a.host_attributes.erase(name);
      emit_error({"accent", text, "The accent " + quoted(text) + " is not a colour: write #rgb or #rrggbb.", {}, false});
      return;
    }
    set_theme(a.host_dark, a.host_accent);
    rebuild_report();
  }
}

std::string app_state_json() {
  const App& a = app();
  using nlohmann::json;
  const core::ReportState& s = a.state;
  json weights = json::object();
  for (const auto& [id, w] : s.weights) weights[id] = w;
  json state = {{"profession", s.profession_slug},
                {"region", s.region_code},
                {"salary", s.salary_yearly > 0 ? json(s.salary_yearly) : json(nullptr)},
                {"plan", a.built.ok() && a.built.report.plan ? a.built.report.plan->id : s.plan_id},
                {"compare", s.compare_slug},
                {"weights", weights},
                {"link", core::encode_link(s)},
                {"embedCode", a.ui.embed_snippet}};
  if (a.built.ok() && a.built.report.profession) {
    const core::Report& r = a.built.report;
    state["salaryText"] = r.text.salary;
    state["score"] = std::round(r.risk.score);
    state["grade"] = std::string(1, r.risk.grade);
  }
  state["problem"] = a.ui.problem ? json({{"attribute", a.ui.problem->attribute}, {"value", a.ui.problem->value},
                                          {"message", a.ui.problem->message}})
                                  : json(nullptr);
  return state.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace airisk::app
