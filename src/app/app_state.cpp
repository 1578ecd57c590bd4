// [SECTION] The card's state and every way it changes: visitor events and links (the DOM
// mirror's controls and the host's attributes come in through app_attributes.cpp and end here).
// The link, the embed code, the host's events and the live region are all produced here from
// the one state.
#include "app/app_state.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <nlohmann/json.hpp>

#include "app/style.h"
#include "core/utf8.h"
#include "core/link.h"
#include "core/money.h"
#include "core/risk.h"
#include "core/salary.h"
#include "core/state_rules.h"

namespace airisk::app {
namespace {

std::string weights_text(const std::map<std::string, double>& weights) {
  // The link codec writes them; the part after "w=" is the attribute's format too.
  core::ReportState only_weights;
  only_weights.weights = weights;
  const std::string link = core::encode_link(only_weights);
  const size_t at = link.find("&w=");
  return at == std::string::npos ? "" : link.substr(at + 3);
}

// The share link: the state, a preset by its name (so it follows the region), less a salary the
// host hides (it never leaves the card).
std::string share_link(const App& a) {
  core::ReportState shared = a.state;
  shared.salary_preset = a.ui.salary.preset;
  if (a.ui.hide_salary) {
    shared.salary_yearly = 0;
    shared.salary_preset.clear();
  }
  return core::encode_link(shared);
}

}  // namespace

// [SECTION] State changes

namespace {

// Digits (or their separators) or another word typed onto the text last read: a salary on its
// way somewhere ("12000000" to "120000000", "4500" to "4500 netto monatlich"), not a typo ("x").
bool is_half_typed(const std::string& typed, const std::string& last_read) {
  if (last_read.empty() || typed.size() <= last_read.size() || !starts_with(typed, last_read)) return false;
  const std::string rest = typed.substr(last_read.size());
  return rest[0] == ' ' || std::all_of(rest.begin(), rest.end(), [](char ch) {
           return (ch >= '0' && ch <= '9') || ch == ',' || ch == '.';
         });
}

}  // namespace

namespace {

// Worth the same is not paid the same: "$120k" converted to India is ten times what people there
// earn in the job, and the ratio and share of salary then say nothing of India. Said after a
// conversion that lands at three times the region's experienced preset or more; else nothing.
std::string far_above_pay_note(const core::Region& region) {
  const App& a = app();
  const auto& presets = a.built.report.presets;
  if (!presets || !(presets->experienced > 0) || a.state.salary_yearly < 3 * presets->experienced) return "";
  const double times = a.state.salary_yearly / presets->experienced;
  return " That is " + core::format_number(times, times < 10 ? 1 : 0, region.number_style) +
         " times the experienced salary in " + core::place_name(region.name) + ".";
}

}  // namespace

void set_salary_text(const std::string& as_typed, bool may_hold) {
  App& a = app();
  SalaryField& field = a.ui.salary;
  // Full-width digits from an input method would be drawn as "?" (the card's font has Latin only).
  const std::string typed = core::typed_forms_as_ascii(as_typed);
  if (!field.typing) a.ui.salary_before_typing = UiState::SalaryBeforeTyping{field, a.state.salary_yearly};
  const std::string previous = field.text;
  field.text = typed;
  const core::Region* region = a.dataset->find_region(a.state.region_code);
  if (!region) return;
  // Typing starts, or the text was replaced (select all, a new entry): from the salary shown now.
  if (!field.typing || (!starts_with(typed, previous) && !starts_with(previous, typed))) {
    field.typing = true;
    field.salary_before_typing = a.state.salary_yearly;
    field.preset_before_typing = field.preset;
    field.last_read_text.clear();
  }
  // What the visitor types is read once they pause, press Enter or leave the field: read at every
  // key, "$120" on the way to "$120,000", "8000 " on the way to "8000 a month" and "$120,000 - $150"
  // each showed their figures, warnings and suggestions for a moment, and reached the host.
  if (may_hold) {
    field.held_text = typed;
    field.error.clear();
    a.requests.push_back({RequestKind::kSalaryPause, std::to_string(kSalaryPauseMs), "", ""});
    return;
  }
  field.held_text.reset();  // read now (settled, or the host's)
  core::SalaryParse parsed = core::parse_salary(typed, *region, *a.dataset);
  if (!parsed.ok) {
    // The card says why this text was not taken. A typo keeps the salary last read; a salary still
    // being typed (is_half_typed) goes back to the one from before the typing.
    field.error = parsed.error;
    if (is_half_typed(typed, field.last_read_text) && a.state.salary_yearly != field.salary_before_typing) {
      a.state.salary_yearly = field.salary_before_typing;
      field.preset = field.preset_before_typing;
      field.conversion.clear();
      rebuild_report();
    }
    return;
  }
  field.last_read_text = typed.substr(0, typed.find_last_not_of(' ') + 1);  // "4500 " is "4500" going on
  field.period = parsed.period;
  field.region_converted_yearly = -1;  // written now, in this region's money
  field.error.clear();
  field.conversion.clear();
  field.regions_of_money_typed.clear();
  field.preset.clear();
  // A converted salary is kept in whole units, as the card shows it and links carry it.
  a.state.salary_yearly = parsed.converted ? std::round(parsed.yearly) : parsed.yearly;
  rebuild_report();
  const core::Region* typed_region = a.dataset->find_region(parsed.typed_region);
  // A range is read as its middle; the note names its ends, so the visitor sees what was read.
  if (parsed.range && !parsed.converted) {
    field.conversion = "Read as the middle of " + core::format_salary(parsed.range_low, *region) + "\u2013" +
                       core::format_salary(parsed.range_high, *region) + " a year.";
  }
  if (parsed.grouping_assumed) field.conversion += (field.conversion.empty() ? "" : " ") + parsed.reading_note;
  if (parsed.month_assumed) {
    field.conversion += std::string(field.conversion.empty() ? "" : " ") + "Read as a month's pay, as pay in " +
                        core::place_name(region->name) + " is quoted: " + core::format_salary(parsed.yearly / 12, *region) +
                        " a month.";
  }
  if (parsed.converted) {
    // The amount in the card's digits, as the rest of the sentence ("60,000" beside "51.352 €" is
    // sixty to a German reader), named by its code alone: "$120,000 AUD" in a US card was a dollar
    // sign for two dollars, and "55.000 € EUR" named the euro twice.
    const auto typed_number = [&](double amount) {
      return core::format_number(std::ceil(amount - 0.5), 0, region->number_style);  // as format_salary rounds
    };
    const std::string typed_text = parsed.range ? "the middle of " + typed_number(parsed.range_low) + "\u2013" +
                                                      typed_number(parsed.range_high)
                                                : typed_number(parsed.typed_yearly);
    field.conversion = "Read as " + typed_text + " " + parsed.typed_currency + ", converted to " +
                       a.built.report.text.salary + " " +
                       (typed_region ? core::at_conversion_rates(*typed_region, *region) : "at the dated rate") + "." +
                       far_above_pay_note(*region);
    for (const core::Region& other : a.dataset->regions) {
      if (other.currency == parsed.typed_currency) field.regions_of_money_typed.push_back(other.code);
    }
    // A region that counts in the money typed gets back the figure typed (set_region).
    if (typed_region) {
      field.given_yearly = parsed.typed_yearly;
      field.given_region = typed_region->code;
      field.converted_yearly = a.state.salary_yearly;
    }
  }
}

void settle_salary() {
  SalaryField& field = app().ui.salary;
  if (!field.held_text) return;
  const std::string text = *field.held_text;
  field.held_text.reset();
  set_salary_text(text, false);
}

// The field shows the salary in use, the way the region writes it.
void show_salary_in_field() {
  App& a = app();
  a.ui.salary.text = a.built.report.text.salary;
  a.ui.salary.error.clear();
  a.ui.salary.typing = false;
}

namespace {

void use_preset(bool experienced) {
  App& a = app();
  const core::Report& r = a.built.report;
  if (!r.presets) return;
  // Text typed before the preset was chosen and still waiting for the pause is superseded: read
  // later, it would put back the salary the visitor has just replaced (a tap on a phone leaves the
  // field focused, so nothing read it before the tap).
  a.ui.salary.held_text.reset();
  a.state.salary_yearly = experienced ? r.presets->experienced : r.presets->entry;
  a.ui.salary.period = core::NamedPeriod::kNone;
  a.ui.salary.conversion.clear();
  a.ui.salary.preset = experienced ? "experienced" : "entry";
  rebuild_report();
  show_salary_in_field();
}

// The report at a preset of whatever profession and region the state now holds: the presets are
// known only once the report is built.
void rebuild_at_preset(const std::string& preset) {
  App& a = app();
  a.state.salary_yearly = 0;  // the experienced preset
  rebuild_report();
  if (preset == core::kEntryPreset && a.built.report.presets) {
    a.state.salary_yearly = a.built.report.presets->entry;
    rebuild_report();
  }
}

}  // namespace

// A salary typed in one currency keeps its worth in another: converted at the dated rates and
// rounded to whole units, said so under the field. A preset stays the new region's preset.
void set_region(const std::string& code) {
  App& a = app();
  const core::Region* from = a.dataset->find_region(a.state.region_code);
  const core::Region* to = a.dataset->find_region(code);
  if (!to || code == a.state.region_code) return;
  // A preset stays the same preset in the new region; a typed salary keeps its worth.
  const bool was_entry = a.ui.salary.preset == "entry";
  const bool was_experienced = a.ui.salary.preset == "experienced";
  a.state.region_code = code;
  a.ui.salary.conversion.clear();
  a.ui.salary.regions_of_money_typed.clear();
  if (was_entry || was_experienced) {
    rebuild_at_preset(a.ui.salary.preset);
  } else if (a.state.salary_yearly > 0 && from) {
    SalaryField& salary = a.ui.salary;
    // The salary as given, unless it was changed since the last conversion.
    const core::Region* given = a.dataset->find_region(salary.given_region);
    if (!given || a.state.salary_yearly != salary.converted_yearly) {
      given = from;
      salary.given_yearly = a.state.salary_yearly;
      salary.given_region = from->code;
    }
    if (given->currency == to->currency) {
      a.state.salary_yearly = salary.given_yearly;  // back in the money it was given in: exactly that
      salary.region_converted_yearly = -1;
      rebuild_report();
    } else {
      a.state.salary_yearly = std::round(core::usd_to_local(core::local_to_usd(salary.given_yearly, *given), *to));
      salary.region_converted_yearly = a.state.salary_yearly;
      rebuild_report();
      // The rates that did the work, so the visitor can check the figure.
      salary.conversion = core::format_salary(salary.given_yearly, *given) + " converted to " + a.built.report.text.salary +
                          " " + core::at_conversion_rates(*given, *to) + ".";
      salary.conversion += far_above_pay_note(*to);
    }
    salary.converted_yearly = a.state.salary_yearly;
  } else {
    rebuild_report();
  }
  show_salary_in_field();
}

void open_profession(const std::string& slug) {
  App& a = app();
  if (!a.dataset->find_profession(slug)) return;
  // A message that stood in for the report ends, and the address takes the profession opened, as
  // one step: cleared first on its own, the default held underneath was written as a step of
  // its own, where Back landed (field finding).
  if (slug == a.state.profession_slug) {
    clear_problem("");
    return;
  }
  a.ui.problem.reset();
  a.state.profession_slug = slug;
  // Another job has its own pay, unless the host set it for this card. A preset is a level, not a
  // figure: the visitor's (or the host's) Entry stays Entry, as the link says. A plan chosen (by the
  // visitor, the host or a link) stays, as the region does: it is what the visitor compares with,
  // whatever the job; one never chosen is each profession's own.
  const std::string preset = a.ui.salary.preset;
  if (!a.host_attributes.count("salary")) a.state.salary_yearly = 0;
  a.state.weights.clear();  // weights belong to the old profession's tasks
  // The host's compare stays what it names: set aside while it is the profession shown, back after.
  const auto host_compare = a.host_attributes.find("compare");
  if (host_compare != a.host_attributes.end() && a.dataset->find_profession(host_compare->second)) {
    a.state.compare_slug = host_compare->second == slug ? "" : host_compare->second;
  } else if (a.state.compare_slug == slug) {
    a.state.compare_slug.clear();
  }
  a.ui.open_tasks.clear();
  a.ui.personalise_open = false;
  if (preset.empty()) {
    rebuild_report();
  } else {
    rebuild_at_preset(preset);
  }
  show_salary_in_field();
}

std::map<std::string, double> shares_filling_100(const std::map<std::string, double>& given,
                                                 const core::Profession& profession, const std::vector<double>& usual) {
  double named = 0, left_out_usual = 0;
  size_t left_out = 0;
  for (size_t i = 0; i < profession.tasks.size(); ++i) {
    const auto it = given.find(profession.tasks[i].id);
    if (it != given.end()) {
      named += it->second;
    } else {
      left_out_usual += usual[i];
      ++left_out;
    }
  }
  // Every task left out at 0 (one task was given all of the time, and is given less now): they have
  // no proportion to keep, so the job's own time shares give it, and only without those equal parts
  // (field finding: a nurse's tasks came back at 17/17/17/17/16/16).
  std::vector<double> proportions = usual;
  if (left_out_usual <= 0) {
    for (size_t i = 0; i < profession.tasks.size(); ++i) {
      proportions[i] = profession.tasks[i].time_share_pct;
      if (!given.count(profession.tasks[i].id)) left_out_usual += proportions[i];
    }
  }
  std::map<std::string, double> all = given;
  for (size_t i = 0; i < profession.tasks.size(); ++i) {
    const core::Task& task = profession.tasks[i];
    if (given.count(task.id)) continue;
    const double share = left_out_usual > 0 ? proportions[i] / left_out_usual * (100 - named) : (100 - named) / left_out;
    all[task.id] = std::round(share * 100) / 100;  // hundredths keep links short
  }
  return all;
}

namespace {

void set_weight(const std::string& task_id, double percent) {
  App& a = app();
  const core::Profession* profession = a.built.report.profession;
  if (!profession || !(percent >= 0) || percent > 100) return;
  const auto& tasks = profession->tasks;
  const auto it = std::find_if(tasks.begin(), tasks.end(), [&](const core::Task& t) { return t.id == task_id; });
  if (it == tasks.end()) return;
  // The others keep their proportions of the shares in use (summing to 100).
  a.state.weights = shares_filling_100({{task_id, std::round(percent * 100) / 100}}, *profession, a.built.report.weights);
  rebuild_report();
}

}  // namespace

namespace {

void set_search(const std::string& text) {
  app().ui.search = core::first_characters(core::valid_utf8(core::typed_forms_as_ascii(text)), kMaxSearchCharacters);
}

}  // namespace


// The attribute reads percents of the visitor's time and a link's w= relative weights, so what
// the card hands on (the embed code, the state's weights) is every task's share in use: a link
// naming some tasks ("w=api-endpoints:20", 19.05 % beside the others' usual shares) wrote
// "api-endpoints:20", read as 20 % on the page it was pasted into, another card (field finding).
// Weights for every task (the sliders') read the same either way, and are given as they are.
namespace {

std::map<std::string, double> weights_as_attribute() {
  const App& a = app();
  std::map<std::string, double> weights = a.state.weights;
  const core::Profession* shown = a.built.ok() ? a.built.report.profession : nullptr;
  if (!weights.empty() && shown && weights.size() < shown->tasks.size()) {
    for (size_t i = 0; i < shown->tasks.size() && i < a.built.report.weights.size(); ++i) {
      weights[shown->tasks[i].id] = std::round(a.built.report.weights[i] * 100) / 100;
    }
  }
  return weights;
}

}  // namespace

std::string embed_snippet() {
  const App& a = app();
  const core::ReportState& s = a.state;
  std::string attributes = " profession=\"" + s.profession_slug + "\"";
  if (s.region_code != kBaseRegion) attributes += " region=\"" + s.region_code + "\"";
  const core::Region* region = a.dataset->find_region(s.region_code);
  // A hidden salary stays out of what the card hands on.
  if (!a.ui.hide_salary && !a.ui.salary.preset.empty()) {
    attributes += " salary=\"" + a.ui.salary.preset + "\"";  // a preset follows the region
  } else if (s.salary_yearly > 0 && region && !a.ui.hide_salary) {
    attributes += " salary=\"" + core::salary_as_written(s.salary_yearly, *region, *a.dataset) + "\"";
  }
  if (!s.plan_id.empty()) attributes += " plan=\"" + s.plan_id + "\"";
  if (!s.compare_slug.empty()) attributes += " compare=\"" + s.compare_slug + "\"";
  if (!s.weights.empty()) attributes += " weights=\"" + weights_text(weights_as_attribute()) + "\"";
  // The host's choices go with it, so the pasted card looks like this one.
  if (a.ui.sections != UiState::default_sections()) {
    std::string list;
    for (const std::string& id : a.ui.sections) list += (list.empty() ? "" : ",") + id;
    attributes += " sections=\"" + list + "\"";
  }
  if (a.ui.hide_salary) attributes += " hide-salary";
  for (const char* name : {"theme", "accent"}) {
    const auto it = a.host_attributes.find(name);
    if (it != a.host_attributes.end() && !it->second.empty() && it->second.find('"') == std::string::npos) {
      attributes += std::string(" ") + name + "=\"" + it->second + "\"";
    }
  }
  return "<script type=\"module\" src=\"" + a.script_base + "airisk.js\"></script>\n<ai-risk-card" + attributes +
         "></ai-risk-card>";
}

ShareImageOptions share_image_options() {
  const App& a = app();
  return {!a.state.weights.empty(), a.ui.hide_salary};
}

std::string live_summary() {
  const App& a = app();
  if (!a.fatal_error.empty()) return a.fatal_error;
  if (a.ui.problem) return a.ui.problem->message;
  if (!a.built.ok() || !a.built.report.profession) return "";
  const core::Report& r = a.built.report;
  // The score first, as the card's header says it; then the cost, as far as the host shows it.
  std::string line = r.profession->name + ": AI exposure score " + r.text.risk_score + " out of 100 (range " +
                     r.text.risk_range + "), grade " + std::string(1, r.risk.grade) + ", " + core::band_label(r.risk.band) +
                     " exposure" + (a.state.weights.empty() ? "" : ", personalised to your time") + ". In " + core::place_name(r.region->name);
  if (a.ui.hide_salary) return line + ", the AI plan (" + r.plan->name + ") costs " + r.text.ai_yearly + " a year.";
  return line + ": salary " + r.text.salary + "; the AI plan (" + r.plan->name + ") is " + r.text.ai_pct_of_salary + " of it.";
}

void rebuild_report() {
  App& a = app();
  a.built = core::build_report(*a.dataset, a.state);
  if (!a.built.ok()) {
    a.fatal_error = a.built.error;
    return;
  }
  const core::Report& r = a.built.report;
  const SalaryField& salary = a.ui.salary;
  const bool converted_here = r.salary_yearly == salary.region_converted_yearly;
  a.plausibility = core::check_salary(r.salary_yearly, *r.region, r.presets ? &*r.presets : nullptr,
                                      converted_here ? core::NamedPeriod::kYear : salary.period);
  a.compare = {};
  if (!a.state.compare_slug.empty()) {
    // The same region and the plan in use (not the other job's own default); the other job at its
    // own experienced pay: the visitor's salary is theirs, not a pet groomer's.
    core::ReportState other;
    other.profession_slug = a.state.compare_slug;
    other.region_code = a.state.region_code;
    other.plan_id = r.plan->id;
    a.compare = core::build_report(*a.dataset, other);
  }
  a.ui.embed_snippet = embed_snippet();
  follow_state_with_link();
  announce_state_if_changed();
}

void follow_state_with_link() {
  App& a = app();
  // While a problem stands in for the report (a profession the card does not have), the link keeps
  // what was asked for: the default profession the card holds underneath was never shown, and an
  // address rewritten to it would open that report, with no problem, on the next reload.
  if (problem_hides_report(a)) return;
  const std::string link = share_link(a);
  a.ui.link = a.page_url + link;
  if (link != a.last_link) {
    a.last_link = link;
    a.requests.push_back({RequestKind::kLinkChanged, link, "", ""});
  }
}

void announce_state_if_changed() {
  App& a = app();
  if (a.holding_announcement) {
    a.announcement_held = true;
    return;
  }
  const std::string state = app_state_json();
  if (state != a.last_state_json) {
    a.last_state_json = state;
    a.requests.push_back({RequestKind::kStateChanged, state, "", ""});
  }
}

namespace {

// What the card says of a link's parts it could not read, in words: the keys are the link's own.
std::string link_notice(const core::LinkDecode& decoded) {
  const std::vector<std::string>& bad_keys = decoded.bad_keys;
  const std::vector<std::string>& unknown_task_ids = decoded.unknown_task_ids;
  static const std::pair<const char*, const char*> kSettings[] = {
      {"p", "profession"}, {"r", "region"}, {"s", "salary"}, {"plan", "plan"}, {"w", "weighting of the tasks"},
      {"c", "comparison"}, {"sec", "section"}};
  std::vector<std::string> settings;
  for (const auto& [key, setting] : kSettings) {
    // A profession named that the card lacks has its own message (unknown_profession); an empty
    // one ("p=") is only unreadable.
    if (key == std::string("p") && !decoded.unknown_profession.empty()) continue;
    if (key == std::string("c") && (!decoded.unknown_compare.empty() || decoded.compares_with_itself)) continue;
    if (std::find(bad_keys.begin(), bad_keys.end(), key) != bad_keys.end()) settings.emplace_back(setting);
  }
  std::string notice;
  if (decoded.cut_short) {
    notice = "This link looks cut short; it is read as far as it goes.";
  } else if (std::find(bad_keys.begin(), bad_keys.end(), "v") != bad_keys.end()) {
    notice = "This link was made by another version of the card; it is read as far as this one can.";
  }
  const auto then = [&notice](const std::string& sentence) { notice += (notice.empty() ? "" : " ") + sentence; };
  if (!settings.empty()) {
    const bool one = settings.size() == 1;
    then("The link's " + core::and_list(settings) + (one ? " was" : " were") + " not readable, so " +
         (one ? "it uses its default." : "they use their defaults."));
  }
  std::vector<std::string> repeated;
  for (const auto& [key, setting] : kSettings) {
    if (std::find(decoded.repeated_keys.begin(), decoded.repeated_keys.end(), key) != decoded.repeated_keys.end()) {
      repeated.emplace_back(std::string("its ") + setting);
    }
  }
  if (!repeated.empty()) then("The link gives " + core::and_list(repeated) + " more than once; the last is used.");
  if (decoded.compares_with_itself) {
    const core::Profession* profession = app().dataset->find_profession(decoded.state.profession_slug);
    then("The link compares " + (profession ? profession->name : decoded.state.profession_slug) +
         " with itself, so it shows no comparison.");
  }
  if (!decoded.repeated_task_ids.empty()) {
    then("The link names " + quoted_list(decoded.repeated_task_ids) + " more than once; the last weight written is used.");
  }
  if (!unknown_task_ids.empty()) {
    const bool one = unknown_task_ids.size() == 1;
    then("The link gives a weight to " + quoted_list(unknown_task_ids) + ", which " + (one ? "is not a task" : "are not tasks") +
         " of this profession; left out.");
  }
  return notice;
}

}  // namespace

void apply_link(const std::string& link) {
  App& a = app();
  // The address now says this link: a change of it the platform has not written yet is older, and
  // would overwrite it (a field test's "#p=nope" became the accountant's link from before).
  a.requests.erase(std::remove_if(a.requests.begin(), a.requests.end(),
                                  [](const PlatformRequest& r) { return r.kind == RequestKind::kLinkChanged; }),
                   a.requests.end());
  const size_t requests_before = a.requests.size();
  core::LinkDecode decoded = core::decode_link(link, *a.dataset, a.default_slug);
  // A link that asks for a profession the card lacks is still the visitor's state: its message,
  // region and salary stand against the host's attributes (field finding: the host's default
  // opened in its place, and the address was rewritten to it).
  a.link_named_profession = decoded.names_profession || !decoded.unknown_profession.empty();
  a.state = decoded.state;
  a.scroll_to_section = decoded.state.section;
  a.state.section.clear();  // opening there is enough; the card's own links never carry it
  a.ui.link_notice.clear();
  a.ui.salary.conversion.clear();
  a.ui.salary.preset.clear();
  a.ui.salary.period = core::NamedPeriod::kNone;
  // Said before the report is rebuilt, so the address keeps what was asked for (a profession the
  // card lacks), not the default it holds underneath; a good link ends what a bad one said.
  if (!decoded.unknown_profession.empty()) {
    report_problem(unknown_profession("link", decoded.unknown_profession));
  } else if (!decoded.unknown_compare.empty()) {
    report_problem(unknown_comparison("link", decoded.unknown_compare));
  } else if (a.ui.problem && a.ui.problem->attribute == "link") {
    a.ui.problem.reset();
  }
  // The card keeps a chosen preset in ui.salary.preset, as its buttons do.
  const std::string preset = a.state.salary_preset;
  a.state.salary_preset.clear();
  rebuild_report();
  if (!preset.empty()) use_preset(preset == core::kExperiencedPreset);
  show_salary_in_field();
  a.ui.link_notice = link_notice(decoded);
  // The host hears it too, as it hears an unknown profession in a link (field finding: only the
  // visitor was told).
  if (!a.ui.link_notice.empty()) emit_error({"link", link, a.ui.link_notice, {}, false});
  // The link the card writes now answers this address (it reads it its own way): the platform
  // writes it only while the address is still this one, never over one the page moved to since.
  for (size_t i = requests_before; i < a.requests.size(); ++i) {
    if (a.requests[i].kind == RequestKind::kLinkChanged) a.requests[i].message = link;
  }
}

void apply_event(const AppEvent& event) {
  App& a = app();
  if (!a.fatal_error.empty()) return;
  a.ui.notice.clear();
  // Any other action starts from the salary typed, still waiting for the pause: a tap on Download
  // PNG or Copy link right after typing shared the salary from before it. A preset replaces the
  // text instead (use_preset).
  const bool replaces_typed = event.kind == AppEventKind::kUseEntryPreset || event.kind == AppEventKind::kUseExperiencedPreset ||
                              event.kind == AppEventKind::kUndoSalaryTyping;
  if (event.kind != AppEventKind::kSetSalaryText && !replaces_typed) settle_salary();
  const core::Report& r = a.built.report;
  switch (event.kind) {
    case AppEventKind::kSetSalaryText: set_salary_text(event.text, true); break;
    case AppEventKind::kSettleSalary:  // the held text was read above
      a.ui.salary.typing = false;
      break;
    case AppEventKind::kUndoSalaryTyping:
      // What Escape does in a text field on the canvas: the text, and so the salary, from before.
      if (a.ui.salary.typing && a.ui.salary_before_typing) {
        a.ui.salary = a.ui.salary_before_typing->field;
        a.ui.salary.typing = false;
        a.ui.salary.held_text.reset();
        a.state.salary_yearly = a.ui.salary_before_typing->salary_yearly;
        rebuild_report();
      }
      a.ui.salary_before_typing.reset();
      break;
    case AppEventKind::kUseEntryPreset: use_preset(false); break;
    case AppEventKind::kUseExperiencedPreset: use_preset(true); break;
    case AppEventKind::kUseSalarySuggestion:
      if (a.plausibility.suggestion) {
        a.state.salary_yearly = a.plausibility.suggestion->yearly;
        a.ui.salary.period = core::NamedPeriod::kNone;
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
      if (a.dataset->find_plan(event.text)) {
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
    case AppEventKind::kSetProfession: {
      const std::string before = a.state.profession_slug;
      open_profession(event.text);
      // Chosen from the card's own list, often far below the header: the new report is brought
      // into view, or the only change on screen would be the row the visitor pressed.
      if (a.state.profession_slug != before) a.requests.push_back({RequestKind::kShowReport, "", "", ""});
      break;
    }
    case AppEventKind::kSetCompare:
      if (event.text.empty() || (a.dataset->find_profession(event.text) && event.text != a.state.profession_slug)) {
        // A comparison the visitor opens is drawn below the search: the page goes to it, or the
        // only change on screen would be the button pressed.
        if (!event.text.empty() && event.text != a.state.compare_slug) a.scroll_to_section = "compare";
        a.state.compare_slug = event.text;
        // A comparison chosen answers the one the card said it lacked.
        if (a.ui.problem && !a.ui.problem->hides_report && !a.ui.problem->suggestions.empty() &&
            starts_with(a.ui.problem->suggestions.front().control_id, "compare-")) {
          a.ui.problem.reset();
        }
        rebuild_report();
      }
      break;
    case AppEventKind::kSetSearch: set_search(event.text); break;
    case AppEventKind::kSetCategory:
      a.ui.category = a.ui.category == event.text ? "" : event.text;
      a.ui.category_opened = !a.ui.category.empty();
      break;
    case AppEventKind::kCopyLink:
      a.requests.push_back({RequestKind::kCopyText, a.page_url + a.last_link, "", ""});
      break;
    case AppEventKind::kShare:
      a.requests.push_back({RequestKind::kShare, a.page_url + a.last_link,
                            r.profession->name + ": AI automation risk report card", "",
                            score_summary(r, !a.state.weights.empty())});
      break;
    case AppEventKind::kDownloadPng:
      a.ui.png_blocked = false;
      a.requests.push_back({RequestKind::kDownloadPng, "", "", share_image_file_name(r, share_image_options())});
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

std::string app_state_json() {
  const App& a = app();
  using nlohmann::json;
  const core::ReportState& s = a.state;
  json weights = json::object();
  for (const auto& [id, w] : weights_as_attribute()) weights[id] = w;
  // While a chooser stands in for the report, no profession is shown, so none is handed on:
  // a link or embed code of the one before would open a report the visitor never saw.
  const bool chooser = problem_hides_report(a);
  json state = {{"profession", chooser ? json(nullptr) : json(s.profession_slug)},
                {"region", s.region_code},
                {"salary", s.salary_yearly > 0 ? json(s.salary_yearly) : json(nullptr)},
                {"plan", a.built.ok() && a.built.report.plan ? a.built.report.plan->id : s.plan_id},
                {"compare", s.compare_slug},
                {"weights", weights},
                {"link", chooser ? json(nullptr) : json(share_link(a))},
                {"embedCode", chooser ? json(nullptr) : json(a.ui.embed_snippet)},
                {"sections", a.ui.sections},
                {"hideSalary", a.ui.hide_salary}};
  if (!chooser && a.built.ok() && a.built.report.profession) {
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
