// JSON -> model structs, with the per-field rules (types, formats, ranges).
// The only translation unit of the core that includes nlohmann_json.
#include "core/dataset.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iterator>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/bundle_lines.h"
#include "core/dataset_check.h"
#include "core/pay.h"
#include "core/risk.h"
#include "core/utf8.h"

namespace airisk::core {
namespace {

using nlohmann::json;

// Walks one document, reading fields and recording a problem for each bad one.
// Uses only non-throwing nlohmann calls (find, is_*, get after a type check): the WASM
// build has no exceptions.
// A field format check: true when the text is well formed (is_date, is_id, ... below).
using Format = bool (*)(const std::string&);

class Reader {
 public:
  explicit Reader(std::vector<Problem>& problems) : problems_(problems) {}

  // Reading the card's packed bundle, whose records leave out their tasks' O*NET ids
  // (BundleLines::packed): they were checked before it was packed.
  bool card_bundle = false;

  void problem(const std::string& path, const std::string& message) { problems_.push_back({path, message}); }
  size_t problem_count() const { return problems_.size(); }

  const json* field(const json& object, const std::string& path, const char* key, bool required) {
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
      if (required) problem(path + "." + key, "is missing");
      return nullptr;
    }
    return &*it;
  }

  std::string text(const json& object, const std::string& path, const char* key, bool required = true) {
    const json* value = field(object, path, key, required);
    if (!value) return {};
    if (!value->is_string()) {
      problem(path + "." + key, "must be a string");
      return {};
    }
    const auto& result = value->get_ref<const std::string&>();
    if (required && result.find_first_not_of(" \t\n") == std::string::npos) problem(path + "." + key, "must not be empty");
    return result;
  }

  std::string matching(const json& object, const std::string& path, const char* key, Format well_formed,
                       const char* what) {
    std::string value = text(object, path, key);
    if (!value.empty() && !well_formed(value)) problem(path + "." + key, std::string("must be ") + what + ", not \"" + value + "\"");
    return value;
  }

  double number(const json& object, const std::string& path, const char* key, double min, double max,
                bool required = true) {
    const json* value = field(object, path, key, required);
    if (!value) return 0;
    if (!value->is_number()) {
      problem(path + "." + key, "must be a number");
      return 0;
    }
    double result = value->get<double>();
    if (!std::isfinite(result) || result < min || result > max) {
      problem(path + "." + key, "must be between " + format(min) + " and " + format(max) + ", not " + format(result));
    }
    return result;
  }

  int integer(const json& object, const std::string& path, const char* key, int min, int max) {
    const json* value = field(object, path, key, true);
    if (!value) return 0;
    if (!value->is_number_integer()) {
      problem(path + "." + key, "must be a whole number");
      return 0;
    }
    long long result = value->get<long long>();
    if (result < min || result > max) {
      problem(path + "." + key, "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", not " +
                                    std::to_string(result));
      return 0;
    }
    return static_cast<int>(result);
  }

  bool boolean(const json& object, const std::string& path, const char* key) {
    const json* value = field(object, path, key, true);
    if (!value) return false;
    if (!value->is_boolean()) {
      problem(path + "." + key, "must be true or false");
      return false;
    }
    return value->get<bool>();
  }

  std::vector<std::string> strings(const json& object, const std::string& path, const char* key, bool required) {
    std::vector<std::string> result;
    const json* value = field(object, path, key, required);
    if (!value) return result;
    if (!value->is_array()) {
      problem(path + "." + key, "must be a list of strings");
      return result;
    }
    for (size_t i = 0; i < value->size(); ++i) {
      const json& item = (*value)[i];
      std::string item_path = path + "." + key + "[" + std::to_string(i) + "]";
      if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
        problem(item_path, "must be a non-empty string");
      } else {
        result.push_back(item.get<std::string>());
      }
    }
    return result;
  }

  // Calls read(item, item_path) for each object in object[key]; returns false if it is not a list.
  template <typename Read>
  void each_object(const json& object, const std::string& path, const char* key, bool required, Read read) {
    const json* value = field(object, path, key, required);
    if (!value) return;
    if (!value->is_array()) {
      problem(path + "." + key, "must be a list");
      return;
    }
    for (size_t i = 0; i < value->size(); ++i) {
      std::string item_path = path + "." + key + "[" + std::to_string(i) + "]";
      if (!(*value)[i].is_object()) {
        problem(item_path, "must be an object");
        continue;
      }
      read((*value)[i], item_path);
    }
  }

  // Flags keys the schema does not know, which are almost always typos of a real field.
  void only_keys(const json& object, const std::string& path, std::initializer_list<const char*> known) {
    for (auto it = object.begin(); it != object.end(); ++it) {
      bool found = false;
      for (const char* key : known) found = found || it.key() == key;
      if (!found) problem(path + "." + it.key(), "is not a field of the schema (see docs/dataset.md)");
    }
  }

 private:
  static std::string format(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
  }
  std::vector<Problem>& problems_;
};

// Field formats. Hand-written rather than std::regex: loading runs on every page view, and
// <regex> is both slow and large in WebAssembly.
bool digits(const std::string& s, size_t from, size_t count) {
  if (from + count > s.size()) return false;
  for (size_t i = from; i < from + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

int number_at(const std::string& s, size_t from, size_t count) { return std::atoi(s.substr(from, count).c_str()); }

bool is_month_at(const std::string& s, size_t from) {
  return digits(s, from, 2) && number_at(s, from, 2) >= 1 && number_at(s, from, 2) <= 12;
}

bool is_day_at(const std::string& s, size_t from) {
  return digits(s, from, 2) && number_at(s, from, 2) >= 1 && number_at(s, from, 2) <= 31;
}

bool is_date(const std::string& s) {
  return s.size() == 10 && digits(s, 0, 4) && s[4] == '-' && is_month_at(s, 5) && s[7] == '-' && is_day_at(s, 8);
}

bool is_source_date(const std::string& s) {
  if (s.size() == 4) return digits(s, 0, 4);
  if (s.size() == 7) return digits(s, 0, 4) && s[4] == '-' && is_month_at(s, 5);
  return is_date(s);
}

bool is_id(const std::string& s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && s[i - 1] != '-');
    if (!ok) return false;
  }
  return true;
}

bool upper_letters(const std::string& s, size_t count) {
  if (s.size() != count) return false;
  for (char c : s) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

bool is_region_code(const std::string& s) { return upper_letters(s, 2); }
bool is_currency(const std::string& s) { return upper_letters(s, 3); }
bool is_soc_code(const std::string& s) { return s.size() == 7 && digits(s, 0, 2) && s[2] == '-' && digits(s, 3, 4); }
bool is_onet_task_id(const std::string& s) { return !s.empty() && s.size() <= 6 && digits(s, 0, s.size()); }

bool is_group_digit(const std::string& s) { return s.size() == 1 && digits(s, 0, 1); }
bool is_occupation_code(const std::string& s) { return !s.empty() && s.size() <= 6 && digits(s, 0, s.size()); }

bool is_url(const std::string& s) {
  const size_t scheme = s.rfind("https://", 0) == 0 ? 8 : s.rfind("http://", 0) == 0 ? 7 : 0;
  if (scheme == 0 || s.size() == scheme) return false;
  for (unsigned char c : s) {
    if (c <= ' ') return false;
  }
  return true;
}

NumberStyle read_number_style(Reader& r, const json& object, const std::string& path) {
  NumberStyle style;
  const json* value = r.field(object, path, "number_style", true);
  if (!value) return style;
  std::string p = path + ".number_style";
  if (!value->is_object()) {
    r.problem(p, "must be an object");
    return style;
  }
  r.only_keys(*value, p, {"group_separator", "decimal_separator", "indian_grouping", "symbol_after", "symbol_separator"});
  style.group_separator = r.text(*value, p, "group_separator");
  style.decimal_separator = r.text(*value, p, "decimal_separator");
  if (!style.decimal_separator.empty() && style.decimal_separator == style.group_separator) {
    r.problem(p + ".decimal_separator", "must differ from group_separator");
  }
  style.indian_grouping = r.boolean(*value, p, "indian_grouping");
  style.symbol_after = r.boolean(*value, p, "symbol_after");
  style.symbol_separator = r.text(*value, p, "symbol_separator", false);
  return style;
}

void read_region(Reader& r, const json& o, const std::string& p, Region& region) {
  r.only_keys(o, p, {"code", "name", "other_names", "currency", "currency_symbol", "currency_decimals",
                     "number_style", "hours_per_year", "hours_source", "usd_rate", "pay_model", "pay_quoted"});
  region.code = r.matching(o, p, "code", is_region_code, "an ISO 3166-1 alpha-2 code such as \"US\"");
  region.name = r.text(o, p, "name");
  region.other_names = r.strings(o, p, "other_names", false);
  region.currency = r.matching(o, p, "currency", is_currency, "an ISO 4217 code such as \"USD\"");
  region.currency_symbol = r.text(o, p, "currency_symbol");
  region.currency_decimals = r.integer(o, p, "currency_decimals", 0, 3);
  region.number_style = read_number_style(r, o, p);
  region.hours_per_year = r.number(o, p, "hours_per_year", 1000, 3000);
  region.hours_source_id = r.text(o, p, "hours_source");
  const json* rate = r.field(o, p, "usd_rate", true);
  if (rate && !rate->is_object()) r.problem(p + ".usd_rate", "must be an object");
  if (rate && rate->is_object()) {
    std::string rp = p + ".usd_rate";
    r.only_keys(*rate, rp, {"units_per_usd", "date", "source"});
    region.usd_rate.units_per_usd = r.number(*rate, rp, "units_per_usd", 1e-6, 1e6);
    region.usd_rate.date = r.matching(*rate, rp, "date", is_source_date, "a date YYYY-MM-DD (or a year for an average)");
    region.usd_rate.source_id = r.text(*rate, rp, "source");
  }
  const json* pay = r.field(o, p, "pay_model", true);
  if (pay && !pay->is_object()) r.problem(p + ".pay_model", "must be an object");
  if (pay && pay->is_object()) {
    std::string pp = p + ".pay_model";
    r.only_keys(*pay, pp, {"ratio_to_us", "traded_premium", "source"});
    region.pay_model.ratio_to_us = r.number(*pay, pp, "ratio_to_us", 0.005, 5);
    region.pay_model.traded_premium = r.boolean(*pay, pp, "traded_premium");
    region.pay_model.source_id = r.text(*pay, pp, "source");
  }
  const std::string quoted = r.text(o, p, "pay_quoted", false);
  if (!quoted.empty() && quoted != "year" && quoted != "month") {
    r.problem(p + ".pay_quoted", "must be year or month (how pay is quoted there), not \"" + quoted + "\"");
  }
  region.pay_quoted_monthly = quoted == "month";
}

Horizon read_horizon(Reader& r, const json& o, const std::string& p) {
  std::string value = r.text(o, p, "horizon");
  if (value == "now") return Horizon::kNow;
  if (value == "1-2y") return Horizon::kOneToTwoYears;
  if (value == "3-5y") return Horizon::kThreeToFiveYears;
  if (value == "5y+") return Horizon::kBeyondFiveYears;
  if (!value.empty()) r.problem(p + ".horizon", "must be one of now, 1-2y, 3-5y, 5y+, not \"" + value + "\"");
  return Horizon::kNow;
}

TaskMode read_mode(Reader& r, const json& o, const std::string& p) {
  std::string value = r.text(o, p, "mode");
  if (value == "automates") return TaskMode::kAutomates;
  if (value == "assists") return TaskMode::kAssists;
  if (!value.empty()) r.problem(p + ".mode", "must be automates or assists, not \"" + value + "\"");
  return TaskMode::kAssists;
}

// Only AI products are threat agents: a platform, a plain machine or a service is not one.
AgentKind read_agent_kind(Reader& r, const json& o, const std::string& p) {
  std::string value = r.text(o, p, "kind");
  for (AgentKind kind : {AgentKind::kAssistant, AgentKind::kAgent, AgentKind::kSpecialist, AgentKind::kGenerator,
                         AgentKind::kRobot}) {
    if (value == agent_kind_label(kind)) return kind;
  }
  if (!value.empty()) {
    r.problem(p + ".kind", "must be assistant, agent, specialist, generator or robot, not \"" + value +
                               "\": threat agents are AI products only");
  }
  return AgentKind::kAssistant;
}

ShareBasis read_share_basis(Reader& r, const json& o, const std::string& p) {
  std::string value = r.text(o, p, "time_share_basis");
  if (value == "onet") return ShareBasis::kOnet;
  if (value == "editorial") return ShareBasis::kEditorial;
  if (!value.empty()) r.problem(p + ".time_share_basis", "must be onet or editorial, not \"" + value + "\"");
  return ShareBasis::kEditorial;
}

void read_task(Reader& r, const json& o, const std::string& p, Task& task) {
  r.only_keys(o, p, {"id", "name", "reason", "ai_figure", "ai_figure_low", "ai_figure_high", "barriers", "time_share",
                     "time_share_basis", "horizon", "mode", "onet_task_ids", "sources"});
  task.id = r.matching(o, p, "id", is_id, "a lower-case id of letters, digits and dashes");
  task.name = r.text(o, p, "name");
  task.reason = r.text(o, p, "reason");
  const size_t problems_before = r.problem_count();
  task.ai_figure = r.integer(o, p, "ai_figure", 0, 100);
  task.ai_figure_low = r.integer(o, p, "ai_figure_low", 0, 100);
  task.ai_figure_high = r.integer(o, p, "ai_figure_high", 0, 100);
  // Compared only when all three were read: a bad figure is one problem, not three.
  const bool figures_read = r.problem_count() == problems_before;
  if (figures_read) {
    if (task.ai_figure_low > task.ai_figure) r.problem(p + ".ai_figure_low", "must not be above ai_figure");
    if (task.ai_figure_high < task.ai_figure) r.problem(p + ".ai_figure_high", "must not be below ai_figure");
  }
  if (o.contains("barriers")) task.barriers = r.text(o, p, "barriers");
  task.time_share_pct = r.number(o, p, "time_share", 0.5, 100);
  task.time_share_basis = read_share_basis(r, o, p);
  task.horizon = read_horizon(r, o, p);
  task.mode = read_mode(r, o, p);
  // The mode follows the figure: a task AI can do less than half of is not one it mostly automates.
  if (figures_read && task.mode == TaskMode::kAutomates && task.ai_figure < kAutomatesMinFigure) {
    r.problem(p + ".mode", "must be assists: automates needs an ai_figure of at least " +
                               std::to_string(kAutomatesMinFigure) + ", not " + std::to_string(task.ai_figure));
  }
  task.onet_task_ids = r.strings(o, p, "onet_task_ids", !r.card_bundle);
  if (task.onet_task_ids.empty() && o.contains("onet_task_ids")) r.problem(p + ".onet_task_ids", "must name at least one O*NET task");
  for (size_t i = 0; i < task.onet_task_ids.size(); ++i) {
    if (!is_onet_task_id(task.onet_task_ids[i])) {
      r.problem(p + ".onet_task_ids[" + std::to_string(i) + "]", "must be an O*NET task id (digits)");
    }
  }
  task.source_ids = r.strings(o, p, "sources", true);
}

// threats: [{agent, does}], the agent and what it does for this profession.
void read_threats(Reader& r, const json& o, const std::string& p, Profession& prof) {
  r.each_object(o, p, "threats", true, [&](const json& item, const std::string& ip) {
    r.only_keys(item, ip, {"agent", "does"});
    Threat& threat = prof.threats.emplace_back();
    threat.agent_id = r.text(item, ip, "agent");
    threat.does = r.text(item, ip, "does");
  });
}

// What a lazy bundle's index keeps of each profession (lazy_bundle): what search and the catalog
// read, and the score. Everything else is in the profession's own record.
constexpr const char* kSummaryKeys[] = {"slug", "name", "aliases", "category", "soc_code", "onet_soc_codes", "us_employment"};

void read_summary_fields(Reader& r, const json& o, const std::string& p, Profession& prof) {
  prof.slug = r.matching(o, p, "slug", is_id, "a lower-case slug of letters, digits and dashes");
  prof.name = r.text(o, p, "name");
  prof.aliases = r.strings(o, p, "aliases", true);
  prof.category_id = r.text(o, p, "category");
  prof.soc_code = r.matching(o, p, "soc_code", is_soc_code, "a SOC 2018 code NN-NNNN");
  prof.onet_soc_codes = r.strings(o, p, "onet_soc_codes", false);
  for (size_t i = 0; i < prof.onet_soc_codes.size(); ++i) {
    if (!is_soc_code(prof.onet_soc_codes[i])) r.problem(p + ".onet_soc_codes[" + std::to_string(i) + "]", "must be a SOC 2018 code NN-NNNN");
  }
  const json* employment = r.field(o, p, "us_employment", true);
  if (employment && !employment->is_object()) r.problem(p + ".us_employment", "must be an object");
  if (employment && employment->is_object()) {
    std::string ep = p + ".us_employment";
    r.only_keys(*employment, ep, {"count", "source", "soc_group"});
    prof.us_employment.count = static_cast<long long>(r.number(*employment, ep, "count", 0, 2e8));
    prof.us_employment.source_id = r.text(*employment, ep, "source");
    prof.us_employment.soc_group = r.boolean(*employment, ep, "soc_group");
  }
}

// A lazy bundle's summary of a profession: its summary fields and its score.
void read_profession_summary(Reader& r, const json& o, const std::string& p, Profession& prof) {
  r.only_keys(o, p, {"slug", "name", "aliases", "category", "soc_code", "onet_soc_codes", "us_employment", "score"});
  read_summary_fields(r, o, p, prof);
  prof.score = r.number(o, p, "score", 0, 100);
}

void read_profession(Reader& r, const json& o, const std::string& p, Profession& prof) {
  r.only_keys(o, p, {"slug", "name", "aliases", "category", "soc_code", "soc_note", "onet_soc_codes", "tagline", "updated",
                     "us_employment", "tasks", "observed_use", "threats", "timeline", "skills", "default_plan", "salaries",
                     "pay_percentiles"});
  read_summary_fields(r, o, p, prof);
  prof.soc_note = r.text(o, p, "soc_note", false);
  prof.tagline = r.text(o, p, "tagline");
  prof.updated = r.matching(o, p, "updated", is_date, "a date YYYY-MM-DD");
  r.each_object(o, p, "tasks", true, [&](const json& item, const std::string& ip) {
    read_task(r, item, ip, prof.tasks.emplace_back());
  });
  r.each_object(o, p, "observed_use", false, [&](const json& item, const std::string& ip) {
    r.only_keys(item, ip, {"source", "window_from", "window_to", "onet_tasks", "observed_tasks"});
    ObservedUse& use = prof.observed_use.emplace_back();
    use.source_id = r.text(item, ip, "source");
    use.window_from = r.matching(item, ip, "window_from", is_source_date, "a date YYYY-MM or YYYY-MM-DD");
    use.window_to = r.matching(item, ip, "window_to", is_source_date, "a date YYYY-MM or YYYY-MM-DD");
    if (!use.window_to.empty() && use.window_to < use.window_from) r.problem(ip + ".window_to", "must not be before window_from");
    use.onet_tasks = r.integer(item, ip, "onet_tasks", 1, 10000);
    use.observed_tasks = r.integer(item, ip, "observed_tasks", 0, 10000);
    if (use.observed_tasks > use.onet_tasks) r.problem(ip + ".observed_tasks", "must not exceed onet_tasks");
  });
  read_threats(r, o, p, prof);
  r.each_object(o, p, "timeline", true, [&](const json& item, const std::string& ip) {
    r.only_keys(item, ip, {"from", "to", "text"});
    TimelinePhase& phase = prof.timeline.emplace_back();
    phase.from_year = r.integer(item, ip, "from", 2000, 2100);
    phase.to_year = r.integer(item, ip, "to", 2000, 2100);
    phase.text = r.text(item, ip, "text");
    if (phase.to_year < phase.from_year) r.problem(ip + ".to", "must not be before from");
  });
  r.each_object(o, p, "skills", true, [&](const json& item, const std::string& ip) {
    r.only_keys(item, ip, {"name", "why"});
    prof.skills.push_back({r.text(item, ip, "name"), r.text(item, ip, "why")});
  });
  prof.default_plan_id = r.text(o, p, "default_plan");
  r.each_object(o, p, "salaries", true, [&](const json& item, const std::string& ip) {
    r.only_keys(item, ip, {"region", "entry", "experienced", "source", "estimated"});
    SalaryPreset& salary = prof.salaries.emplace_back();
    salary.region_code = r.matching(item, ip, "region", is_region_code, "an ISO 3166-1 alpha-2 code");
    salary.entry = r.number(item, ip, "entry", 1, 1e12);
    salary.experienced = r.number(item, ip, "experienced", 1, 1e12);
    salary.source_id = r.text(item, ip, "source");
    salary.estimated = r.boolean(item, ip, "estimated");
    if (salary.experienced < salary.entry) r.problem(ip + ".experienced", "must not be below entry");
  });
  if (const json* band = r.field(o, p, "pay_percentiles", false)) {
    const std::string bp = p + ".pay_percentiles";
    if (!band->is_object()) {
      r.problem(bp, "must be an object");
    } else {
      r.only_keys(*band, bp, {"entry", "experienced", "why"});
      Profession::PayPercentiles& percentiles = prof.pay_percentiles;
      for (auto [key, value] : {std::pair{"entry", &percentiles.entry}, std::pair{"experienced", &percentiles.experienced}}) {
        *value = r.integer(*band, bp, key, 1, 99);
        if (!is_pay_percentile(*value)) r.problem(bp + "." + key, "must be 10, 25, 50, 75 or 90");
      }
      if (percentiles.experienced <= percentiles.entry) r.problem(bp + ".experienced", "must be above entry");
      percentiles.why = r.text(*band, bp, "why");
    }
  }
  prof.score = risk_score(prof).score;
}

void read_soc_titles(Reader& r, const json& o, const std::string& p, SocTitles& titles) {
  r.only_keys(o, p, {"soc", "name", "primary", "onet_titles", "ad_titles", "everyday_titles", "specialisations"});
  titles.soc_code = r.matching(o, p, "soc", is_soc_code, "a SOC 2018 code NN-NNNN");
  titles.name = r.text(o, p, "name");
  if (o.contains("primary")) titles.primary_slug = r.matching(o, p, "primary", is_id, "a profession slug");
  titles.onet_titles = r.strings(o, p, "onet_titles", false);
  titles.ad_titles = r.strings(o, p, "ad_titles", false);
  titles.everyday_titles = r.strings(o, p, "everyday_titles", false);
  r.each_object(o, p, "specialisations", false, [&](const json& item, const std::string& ip) {
    r.only_keys(item, ip, {"profession", "titles", "onet_titles"});
    SpecialisationTitles& s = titles.specialisations.emplace_back();
    s.profession_slug = r.matching(item, ip, "profession", is_id, "a profession slug");
    s.titles = r.strings(item, ip, "titles", false);
    s.onet_titles = r.strings(item, ip, "onet_titles", false);
    if (s.titles.empty() && s.onet_titles.empty()) r.problem(ip + ".titles", "must list at least one title (or onet_titles one)");
  });
}

// [SECTION] Pay outside the US (regional_pay.json)

void read_pay_tables(Reader& r, const json& root, const std::string& p, Dataset& d, detail::Origins& origins) {
  r.each_object(root, p, "minimum_wages", false, [&](const json& o, const std::string& ip) {
    r.only_keys(o, ip, {"region", "name", "rate", "unit", "units_per_year", "full_time", "effective", "source"});
    MinimumWage& minimum = d.minimum_wages.emplace_back();
    minimum.region_code = r.matching(o, ip, "region", is_region_code, "an ISO 3166-1 alpha-2 code");
    minimum.name = r.text(o, ip, "name");
    minimum.rate = r.number(o, ip, "rate", 1e-6, 1e9);
    minimum.unit = r.text(o, ip, "unit");
    if (!minimum.unit.empty() && minimum.unit != "hour" && minimum.unit != "day" && minimum.unit != "month") {
      r.problem(ip + ".unit", "must be hour, day or month, not \"" + minimum.unit + "\"");
    }
    minimum.units_per_year = r.number(o, ip, "units_per_year", 1, 8760);
    minimum.full_time = r.text(o, ip, "full_time");
    minimum.effective = r.matching(o, ip, "effective", is_date, "a date YYYY-MM-DD");
    minimum.source_id = r.text(o, ip, "source");
    origins.minimum_wages.push_back(ip);
  });
  r.each_object(root, p, "pay_by_occupation", false, [&](const json& o, const std::string& ip) {
    r.only_keys(o, ip, {"soc", "region", "code", "figures_code", "entry", "experienced", "estimated", "basis", "source"});
    OccupationPay& pay = d.pay_by_occupation.emplace_back();
    pay.soc_code = r.matching(o, ip, "soc", is_soc_code, "a SOC 2018 code NN-NNNN");
    pay.region_code = r.matching(o, ip, "region", is_region_code, "an ISO 3166-1 alpha-2 code");
    if (o.contains("code")) pay.code = r.matching(o, ip, "code", is_occupation_code, "an occupation code of digits");
    if (o.contains("figures_code")) {
      pay.figures_code = r.matching(o, ip, "figures_code", is_occupation_code, "an occupation code of digits");
    }
    pay.entry = r.number(o, ip, "entry", 1, 1e12);
    pay.experienced = r.number(o, ip, "experienced", 1, 1e12);
    if (pay.experienced < pay.entry) r.problem(ip + ".experienced", "must not be below entry");
    pay.estimated = o.contains("estimated") && r.boolean(o, ip, "estimated");
    pay.basis = r.text(o, ip, "basis");
    pay.source_id = r.text(o, ip, "source");
    origins.pay_by_occupation.push_back(ip);
  });
  r.each_object(root, p, "pay_by_group", false, [&](const json& o, const std::string& ip) {
    r.only_keys(o, ip, {"region", "system", "group", "local_per_us_dollar", "spread", "basis", "source"});
    PayGroup& group = d.pay_by_group.emplace_back();
    group.region_code = r.matching(o, ip, "region", is_region_code, "an ISO 3166-1 alpha-2 code");
    group.system = r.text(o, ip, "system");
    if (!group.system.empty() && group.system != "isco08" && group.system != "noc2021") {
      r.problem(ip + ".system", "must be isco08 or noc2021, not \"" + group.system + "\"");
    }
    group.group = r.matching(o, ip, "group", is_group_digit, "one digit, the group's code");
    group.local_per_us_dollar = r.number(o, ip, "local_per_us_dollar", 1e-6, 1e6);
    group.spread = r.number(o, ip, "spread", 0.2, 5);
    group.basis = r.text(o, ip, "basis");
    group.source_id = r.text(o, ip, "source");
    origins.pay_by_group.push_back(ip);
  });
  r.each_object(root, p, "occupation_groups", false, [&](const json& o, const std::string& ip) {
    r.only_keys(o, ip, {"soc", "isco08", "noc2021"});
    OccupationGroups& groups = d.occupation_groups.emplace_back();
    groups.soc_code = r.matching(o, ip, "soc", is_soc_code, "a SOC 2018 code NN-NNNN");
    groups.isco08 = r.matching(o, ip, "isco08", is_group_digit, "one digit, the ISCO-08 major group");
    groups.noc2021 = r.matching(o, ip, "noc2021", is_group_digit, "one digit, the NOC 2021 broad category");
    origins.occupation_groups.push_back(ip);
  });
  r.each_object(root, p, "salary_bases", false, [&](const json& o, const std::string& ip) {
    r.only_keys(o, ip, {"source", "basis"});
    d.salary_bases.push_back({r.text(o, ip, "source"), r.text(o, ip, "basis")});
    origins.salary_bases.push_back(ip);
  });
}

void read_source(Reader& r, const json& o, const std::string& ip, Source& s) {
  r.only_keys(o, ip, {"id", "kind", "publisher", "title", "url", "date"});
  s.id = r.matching(o, ip, "id", is_id, "a lower-case id of letters, digits and dashes");
  std::string kind = r.text(o, ip, "kind");
  if (!kind.empty() && kind != "published" && kind != "editorial") {
    r.problem(ip + ".kind", "must be published or editorial, not \"" + kind + "\"");
  }
  s.editorial = kind == "editorial";
  s.publisher = r.text(o, ip, "publisher");
  s.title = r.text(o, ip, "title");
  // An editorial estimate has no page to link to; a published source always does.
  if (s.editorial) {
    s.url = r.text(o, ip, "url", false);
    if (!s.url.empty() && !is_url(s.url)) r.problem(ip + ".url", "must be an http(s) URL");
  } else {
    s.url = r.matching(o, ip, "url", is_url, "an http(s) URL");
  }
  s.date = r.matching(o, ip, "date", is_source_date, "a date YYYY, YYYY-MM or YYYY-MM-DD");
}

void read_threat_agent(Reader& r, const json& o, const std::string& ip, ThreatAgent& agent) {
  r.only_keys(o, ip, {"id", "kind", "company", "product", "does", "source", "as_of"});
  agent.id = r.matching(o, ip, "id", is_id, "a lower-case id");
  agent.kind = read_agent_kind(r, o, ip);
  agent.company = r.text(o, ip, "company");
  agent.product = r.text(o, ip, "product");
  agent.does = r.text(o, ip, "does");
  agent.source_id = r.text(o, ip, "source");
  agent.as_of = r.matching(o, ip, "as_of", is_source_date, "a date YYYY, YYYY-MM or YYYY-MM-DD");
}

// summaries: the document is part of a lazy bundle, whose professions are summaries.
void read_document(Reader& r, const json& root, const std::string& name, Dataset& d, detail::Origins& origins,
                   bool summaries = false) {
  const std::string p = name + ": $";
  if (!root.is_object()) {
    r.problem(p, "must be a JSON object with dataset tables");
    return;
  }
  r.only_keys(root, p, {"meta", "sources", "categories", "regions", "plans", "threat_agents", "professions",
                        "job_titles", "score_distribution", "minimum_wages", "pay_by_occupation", "pay_by_group",
                        "occupation_groups", "salary_bases"});
  if (const json* scores = r.field(root, p, "score_distribution", false)) {
    if (!scores->is_array()) r.problem(p + ".score_distribution", "must be a list of scores");
    for (size_t i = 0; scores->is_array() && i < scores->size(); ++i) {
      const json& score = (*scores)[i];
      if (!score.is_number() || score.get<double>() < 0 || score.get<double>() > 100) {
        r.problem(p + ".score_distribution[" + std::to_string(i) + "]", "must be a score from 0 to 100");
      } else {
        d.score_distribution.push_back(score.get<double>());
      }
    }
  }
  if (const json* meta = r.field(root, p, "meta", false)) {
    if (!meta->is_object()) {
      r.problem(p + ".meta", "must be an object");
    } else {
      r.only_keys(*meta, p + ".meta", {"method_summary"});
      if (!origins.meta.empty()) r.problem(p + ".meta", "is already given in " + origins.meta);
      d.method_summary = r.text(*meta, p + ".meta", "method_summary");
      origins.meta = p + ".meta";
    }
  }
  r.each_object(root, p, "sources", false, [&](const json& o, const std::string& ip) {
    read_source(r, o, ip, d.sources.emplace_back());
    origins.sources.push_back(ip);
  });
  r.each_object(root, p, "categories", false, [&](const json& o, const std::string& ip) {
    r.only_keys(o, ip, {"id", "name", "traded_premium"});
    Category& category = d.categories.emplace_back();
    category.id = r.matching(o, ip, "id", is_id, "a lower-case id");
    category.name = r.text(o, ip, "name");
    category.traded_premium = r.number(o, ip, "traded_premium", 1, 3);
    origins.categories.push_back(ip);
  });
  r.each_object(root, p, "regions", false, [&](const json& o, const std::string& ip) {
    read_region(r, o, ip, d.regions.emplace_back());
    origins.regions.push_back(ip);
  });
  r.each_object(root, p, "plans", false, [&](const json& o, const std::string& ip) {
    r.only_keys(o, ip, {"id", "vendor", "name", "usd_per_month", "includes", "source", "as_of"});
    AiPlan& plan = d.plans.emplace_back();
    plan.id = r.matching(o, ip, "id", is_id, "a lower-case id");
    plan.vendor = r.text(o, ip, "vendor");
    plan.name = r.text(o, ip, "name");
    plan.usd_per_month = r.number(o, ip, "usd_per_month", 0, 100000);
    plan.includes = r.text(o, ip, "includes");
    plan.source_id = r.text(o, ip, "source");
    plan.as_of = r.matching(o, ip, "as_of", is_source_date, "a date YYYY, YYYY-MM or YYYY-MM-DD");
    origins.plans.push_back(ip);
  });
  r.each_object(root, p, "threat_agents", false, [&](const json& o, const std::string& ip) {
    read_threat_agent(r, o, ip, d.threat_agents.emplace_back());
    origins.threat_agents.push_back(ip);
  });
  r.each_object(root, p, "professions", false, [&](const json& o, const std::string& ip) {
    if (summaries) read_profession_summary(r, o, ip, d.profession_list.emplace_back());
    else read_profession(r, o, ip, d.profession_list.emplace_back());
    origins.professions.push_back(ip);
  });
  r.each_object(root, p, "job_titles", false, [&](const json& o, const std::string& ip) {
    read_soc_titles(r, o, ip, d.job_titles.emplace_back());
    origins.job_titles.push_back(ip);
  });
  read_pay_tables(r, root, p, d, origins);
}

// Every JSON text is parsed here, whole documents and bundle lines alike, by nlohmann's DOM builder
// driven through sax_parse: one instantiation of its parser in the engine. json::parse would add
// the callback variant of the builder, and a second SAX pass to say where an error is would add a
// third; this builder keeps where the text stopped being JSON (13 KB of WASM, issue 17).
class DomBuilder : public nlohmann::detail::json_sax_dom_parser<json> {
 public:
  explicit DomBuilder(json& result) : json_sax_dom_parser(result, /*allow_exceptions=*/false) {}
  template <class Exception>
  bool parse_error(std::size_t position, const std::string& last_token, const Exception& error) {
    error_position = position;
    error_token = last_token;
    return json_sax_dom_parser::parse_error(position, last_token, error);
  }
  size_t error_position = 0;
  std::string error_token;
};

// The text's value, discarded when the text is not JSON, and where it stopped being JSON.
struct ParsedJson {
  json value;
  size_t error_position = 0;
  std::string error_token;
};

ParsedJson parse_json_keeping_error(std::string_view text) {
  ParsedJson parsed;
  DomBuilder builder(parsed.value);
  json::sax_parse(text.begin(), text.end(), &builder, json::input_format_t::json, /*strict=*/true);
  if (builder.is_errored()) parsed.value = json(json::value_t::discarded);
  parsed.error_position = builder.error_position;
  parsed.error_token = std::move(builder.error_token);
  return parsed;
}

json parse_json(std::string_view text) { return parse_json_keeping_error(text).value; }

std::string describe_parse_error(const std::string& text) {
  const ParsedJson finder = parse_json_keeping_error(text);
  // Columns count characters, as an editor shows them: a UTF-8 continuation byte is not one.
  size_t line = 1, column = 1;
  for (size_t i = 0; i + 1 < finder.error_position && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  // The token is the bytes read, however broken: the message stays UTF-8.
  std::string token = first_characters(valid_utf8(finder.error_token), 20);
  return "is not valid JSON: syntax error at line " + std::to_string(line) + ", column " + std::to_string(column) +
         (token.empty() ? "" : " near '" + token + "'");
}

// [SECTION] Lazy bundles: the index on one line, each late table on its own, then each
// profession's record, each source and each threat agent on a line of its own.

constexpr std::string_view kBundleFirstLine = "airisk-bundle 5\n";
constexpr std::string_view kBundleName = kBundleFirstLine.substr(0, kBundleFirstLine.size() - 1);
// The tables that follow the index, one line each, in this order (LateTables). The professions'
// summaries are the first: the index lists only their slugs (kSlugsKey).
// Pay by occupation group (a third of what the index was) is read only for a region outside the US.
constexpr const char* kLateTables[] = {"professions", "job_titles", "pay_by_occupation", "occupation_groups", "pay_by_group"};
constexpr const char* kSlugsKey = "profession_slugs";
// The items after the records, in the order of their ids in the index (BundleItems).
constexpr const char* kSourceIdsKey = "source_ids";
constexpr const char* kAgentIdsKey = "threat_agent_ids";
constexpr size_t kLateTableCount = std::size(kLateTables);
// A lazy bundle's lines: its first ("airisk-bundle 5"), the index, the late tables, the records,
// the sources, the threat agents.
constexpr size_t kIndexLine = 1, kLateFrom = 2, kRecordsFrom = kLateFrom + kLateTableCount;

bool is_lazy_bundle(std::string_view text) { return text.substr(0, kBundleFirstLine.size()) == kBundleFirstLine; }

std::string record_path(const std::string& document, size_t index) {
  return document + ": record " + std::to_string(index + 1) + " ($.professions[" + std::to_string(index) + "])";
}

// One line of a lazy bundle read into `item` with `read` (a record, a source, a threat agent);
// false (with problems) when it is not the one the index names there (its `key` is not `expected`).
template <typename Item, typename Read>
bool read_line(Reader& r, std::string_view text, const std::string& path, std::string Item::*key, const char* key_name,
               const std::string& expected, Item& item, Read read) {
  json root = parse_json(text);
  if (root.is_discarded() || !root.is_object()) {
    r.problem(path, "must be one JSON object on its own line");
    return false;
  }
  const size_t before = r.problem_count();
  read(r, root, path, item);
  if (item.*key != expected && r.problem_count() == before) {
    r.problem(path + "." + key_name, "must be \"" + expected + "\", as in the index");
  }
  return r.problem_count() == before;
}

// Reads one record into `whole`; false (with problems) when it is not the summary's profession.
bool read_record(Reader& r, std::string_view text, const std::string& path, const std::string& slug, Profession& whole) {
  return read_line(r, text, path, &Profession::slug, "slug", slug, whole, read_profession);
}

// One late table's line, `{"job_titles": [...]}`, read into `d`; false (with a problem) when it is
// not that table alone.
bool read_late_table(Reader& r, std::string_view line, const std::string& name, size_t which, Dataset& d,
                     detail::Origins& origins) {
  const std::string path = name + ": " + kLateTables[which];
  json root = parse_json(line);
  if (root.is_discarded() || !root.is_object() || root.size() != 1 || !root.contains(kLateTables[which])) {
    r.problem(path, std::string("must be one line holding only the table \"") + kLateTables[which] + "\"");
    return false;
  }
  const size_t before = r.problem_count();
  read_document(r, root, name, d, origins, true);
  return r.problem_count() == before;
}

// One of the index's lists of ids (kSlugsKey and the items' ids), in the order of the lines they
// name; taken out of `index`, which is then read as a dataset document.
std::vector<std::string> take_ids(Reader& r, json& index, const std::string& name, const char* key, const char* what) {
  std::vector<std::string> ids;
  const std::string path = name + ": $." + key;
  auto found = index.is_object() ? index.find(key) : index.end();
  if (!index.is_object() || found == index.end() || !found->is_array()) {
    r.problem(path, std::string("must list the ") + what + ", in the order of their lines");
    return ids;
  }
  for (const json& id : *found) {
    if (!id.is_string() || !is_id(id.get<std::string>())) {
      r.problem(path + "[" + std::to_string(ids.size()) + "]", "must be a lower-case id");
      ids.emplace_back();
      continue;
    }
    ids.push_back(id.get<std::string>());
  }
  index.erase(found);
  return ids;
}

std::string item_path(const std::string& document, const char* table, size_t index) {
  return document + ": " + table + " " + std::to_string(index + 1) + " ($." + table + "[" + std::to_string(index) + "])";
}

class BundleTables final : public DeferredTables {
 public:
  // The late tables are the lines from `first` on.
  BundleTables(std::string name, std::shared_ptr<const BundleLines> lines, size_t first)
      : name_(std::move(name)), lines_(std::move(lines)), first_(first) {}

  LateTables read() const override {
    std::vector<Problem> problems;
    Reader reader(problems);
    detail::Origins origins;
    Dataset tables;
    for (size_t i = 0; i < kLateTableCount; ++i) read_late_table(reader, lines_->line(first_ + i), name_, i, tables, origins);
    return {std::move(tables.profession_list), std::move(tables.job_titles), std::move(tables.pay_by_occupation),
            std::move(tables.occupation_groups), std::move(tables.pay_by_group)};
  }

 private:
  std::string name_;
  std::shared_ptr<const BundleLines> lines_;
  size_t first_;
};

class BundleRecords final : public ProfessionRecords {
 public:
  // The records are the lines from `first` on, one for each of `slugs`.
  BundleRecords(std::string name, std::shared_ptr<const BundleLines> lines, size_t first, std::vector<std::string> slugs)
      : name_(std::move(name)), lines_(std::move(lines)), first_(first), slugs_(std::move(slugs)),
        parsed_(slugs_.size()), unreadable_(slugs_.size(), false) {}

  const Profession* whole(size_t index) const override {
    if (index >= slugs_.size() || unreadable_[index]) return nullptr;
    if (!parsed_[index]) {
      std::vector<Problem> problems;
      Reader reader(problems);
      reader.card_bundle = lines_->packed();
      auto profession = std::make_unique<Profession>();
      // Checked at build time; a record that still cannot be read leaves the profession closed.
      if (!read_record(reader, lines_->line(first_ + index), record_path(name_, index), slugs_[index], *profession)) {
        unreadable_[index] = true;
        return nullptr;
      }
      parsed_[index] = std::move(profession);
    }
    return parsed_[index].get();
  }

 private:
  std::string name_;
  std::shared_ptr<const BundleLines> lines_;
  size_t first_;
  std::vector<std::string> slugs_;
  // Filled as professions are opened: the card is single-threaded, and so is the CLI.
  mutable std::vector<std::unique_ptr<Profession>> parsed_;
  mutable std::vector<bool> unreadable_;
};

// The sources and threat agents of a lazy bundle, each read from its line when first looked up.
class BundleItems final : public DeferredItems {
 public:
  BundleItems(std::string name, std::shared_ptr<const BundleLines> lines, size_t first_source,
              std::vector<std::string> source_ids, std::vector<std::string> agent_ids)
      : name_(std::move(name)), lines_(std::move(lines)), first_source_(first_source),
        sources_(std::move(source_ids)), agents_(std::move(agent_ids)) {}

  const Source* source(const std::string& id) const override {
    return sources_.find(*this, id, first_source_, "sources", read_source);
  }
  const ThreatAgent* threat_agent(const std::string& id) const override {
    return agents_.find(*this, id, first_source_ + sources_.ids.size(), "threat_agents", read_threat_agent);
  }

 private:
  template <typename Item>
  struct Lines {
    explicit Lines(std::vector<std::string> item_ids)
        : ids(std::move(item_ids)), parsed(ids.size()), unreadable(ids.size(), false) {}
    std::vector<std::string> ids;
    // Filled as items are looked up: the card is single-threaded, and so is the CLI.
    mutable std::vector<std::unique_ptr<Item>> parsed;
    mutable std::vector<bool> unreadable;

    template <typename Read>
    const Item* find(const BundleItems& items, const std::string& id, size_t first, const char* table, Read read) const {
      const size_t i = static_cast<size_t>(std::find(ids.begin(), ids.end(), id) - ids.begin());
      if (i == ids.size() || unreadable[i]) return nullptr;
      if (!parsed[i]) {
        std::vector<Problem> problems;
        Reader reader(problems);
        auto item = std::make_unique<Item>();
        // Checked at build time; an item that still cannot be read is as good as unknown.
        if (!read_line(reader, items.lines_->line(first + i), item_path(items.name_, table, i), &Item::id, "id", id, *item,
                       read)) {
          unreadable[i] = true;
          return nullptr;
        }
        parsed[i] = std::move(item);
      }
      return parsed[i].get();
    }
  };

  std::string name_;
  std::shared_ptr<const BundleLines> lines_;
  size_t first_source_;
  Lines<Source> sources_;
  Lines<ThreatAgent> agents_;
};

// A lazy bundle: the index, then either every record (whole) or the records kept for later.
// False when the index line is not JSON (the rest of the dataset then is not checked across).
// `lines` are kept by the dataset when on_open.
bool read_lazy_bundle(Reader& r, const std::string& name, const std::shared_ptr<const BundleLines>& lines, Dataset& d,
                      detail::Origins& origins, bool on_open, std::vector<Problem>& problems) {
  const std::string_view index = lines->size() > kIndexLine ? lines->line(kIndexLine) : std::string_view();
  if (!lines->unpack_problem().empty()) {
    problems.push_back({name + ": index", lines->unpack_problem()});
    return false;
  }
  json root = parse_json(index);
  if (root.is_discarded()) {
    problems.push_back({name + ": index", describe_parse_error(std::string(index))});
    return false;
  }
  const std::vector<std::string> slugs = take_ids(r, root, name, kSlugsKey, "slugs of every profession");
  std::vector<std::string> source_ids = take_ids(r, root, name, kSourceIdsKey, "ids of every source");
  std::vector<std::string> agent_ids = take_ids(r, root, name, kAgentIdsKey, "ids of every threat agent");
  if (root.contains("professions")) r.problem(name + ": $.professions", "must be on the line after the index");
  for (const char* table : {"sources", "threat_agents"}) {
    if (root.contains(table)) r.problem(name + ": $." + table, "must be on lines of their own, after the records");
  }
  read_document(r, root, name, d, origins, true);
  const size_t first = d.profession_list.size();
  const size_t count = slugs.size();
  if (lines->size() < kRecordsFrom) {
    r.problem(name + ": " + kLateTables[0], "must follow the index, with the other late tables, one line each");
    return true;
  }
  if (on_open) {
    d.late_tables = std::make_shared<BundleTables>(name, lines, kLateFrom);
    // Opening a profession needs only its slug; the rest of its summary is a late table.
    d.profession_list.reserve(d.profession_list.size() + slugs.size());  // a Profession is large: moved once per growth
    for (const std::string& slug : slugs) d.profession_list.emplace_back().slug = slug;
  } else {
    for (size_t i = 0; i < kLateTableCount; ++i) read_late_table(r, lines->line(kLateFrom + i), name, i, d, origins);
    const bool listed = d.profession_list.size() - first == count &&
                        std::equal(slugs.begin(), slugs.end(), d.profession_list.begin() + static_cast<long>(first),
                                   [](const std::string& slug, const Profession& p) { return slug == p.slug; });
    if (!listed) {
      r.problem(name + ": $." + kSlugsKey, "must list the slugs of the professions' summaries, in their order");
      return true;
    }
  }
  const size_t first_source = kRecordsFrom + count;
  if (lines->size() != first_source + source_ids.size() + agent_ids.size()) {
    r.problem(name + ": records", "must be one line per profession (" + std::to_string(count) + "), then per source (" +
                                      std::to_string(source_ids.size()) + ") and per threat agent (" +
                                      std::to_string(agent_ids.size()) + ") of the index, not " +
                                      std::to_string(lines->size() - kRecordsFrom) + " lines in all");
    return true;
  }
  if (on_open) {
    d.records = std::make_shared<BundleRecords>(name, lines, kRecordsFrom, slugs);
    d.items = std::make_shared<BundleItems>(name, lines, first_source, std::move(source_ids), std::move(agent_ids));
    return true;
  }
  for (size_t i = 0; i < source_ids.size(); ++i) {
    const std::string path = item_path(name, "sources", i);
    read_line(r, lines->line(first_source + i), path, &Source::id, "id", source_ids[i], d.sources.emplace_back(),
              read_source);
    origins.sources.push_back(path);
  }
  for (size_t i = 0; i < agent_ids.size(); ++i) {
    const std::string path = item_path(name, "threat_agents", i);
    read_line(r, lines->line(first_source + source_ids.size() + i), path, &ThreatAgent::id, "id", agent_ids[i],
              d.threat_agents.emplace_back(), read_threat_agent);
    origins.threat_agents.push_back(path);
  }
  for (size_t i = 0; i < count; ++i) {
    Profession& summary = d.profession_list[first + i];
    Profession whole;
    if (!read_record(r, lines->line(kRecordsFrom + i), record_path(name, i), slugs[i], whole)) continue;
    if (std::fabs(whole.score - summary.score) > 0.01) {
      r.problem(origins.professions[first + i] + ".score", "must be the score of its record's tasks");
    }
    summary = std::move(whole);
  }
  return true;
}

// Scores and the distribution of ranks, once every document is read.
void finish(Dataset& d) {
  if (d.score_distribution.empty()) {
    for (const Profession& profession : d.profession_list) d.score_distribution.push_back(profession.score);
  }
  std::sort(d.score_distribution.begin(), d.score_distribution.end());
}

}  // namespace

LoadResult load_dataset(const std::vector<DatasetDocument>& documents, bool check_across, LoadDetail load_detail) {
  LoadResult result;
  detail::Origins origins;
  Reader reader(result.problems);
  if (documents.empty()) result.problems.push_back({"$", "no dataset documents were given"});
  // Records wait until opened only for one bundle checked at build time: the rules across
  // records need them all.
  const bool on_open = load_detail == LoadDetail::kOnOpen && !check_across && documents.size() == 1;
  bool all_parsed = true;
  for (const auto& document : documents) {
    if (is_lazy_bundle(document.text)) {
      // Records kept for later are read from a copy: the documents go when this returns.
      all_parsed = read_lazy_bundle(reader, document.name, BundleLines::from_text(document.text, on_open),
                                    result.dataset, origins, on_open, result.problems) &&
                   all_parsed;
      continue;
    }
    json root = parse_json(document.text);
    if (root.is_discarded()) {
      result.problems.push_back({document.name + ": $", describe_parse_error(document.text)});
      all_parsed = false;
      continue;
    }
    read_document(reader, root, document.name, result.dataset, origins);
  }
  // With a document unreadable, cross-file rules would only report what it would have defined.
  if (all_parsed && check_across) detail::check_dataset(result.dataset, origins, result.problems);
  finish(result.dataset);
  return result;
}

LoadResult load_compiled_in_bundle(const std::string& name, std::string_view bytes) {
  const bool packed = is_packed_bundle(bytes);
  if (!packed && !is_lazy_bundle(bytes)) return load_dataset({{name, std::string(bytes)}}, false, LoadDetail::kOnOpen);
  LoadResult result;
  std::string problem;
  const std::shared_ptr<const BundleLines> lines =
      packed ? BundleLines::from_packed(bytes, problem) : BundleLines::from_text(bytes, false);
  if (!lines) {
    result.problems.push_back({name + ": packed bundle", problem});
    return result;
  }
  if (packed && std::string(lines->line(0)) + "\n" != kBundleFirstLine) {
    result.problems.push_back({name + ": packed bundle", lines->unpack_problem().empty()
                                                             ? "must hold a lazy bundle (\"" + std::string(kBundleName) + "\")"
                                                             : lines->unpack_problem()});
    return result;
  }
  detail::Origins origins;
  Reader reader(result.problems);
  read_lazy_bundle(reader, name, lines, result.dataset, origins, true, result.problems);
  finish(result.dataset);
  return result;
}

namespace {

bool listed(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Keeps the filtered professions, and of the shared tables only the rows something kept refers to.
void apply_filter(json& merged, const BundleFilter& filter) {
  json kept = json::array();
  std::vector<std::string> categories, agents, sources;
  auto text_of = [](const json& object, const char* key) {
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  auto add_sources = [&](const json& list) {
    if (!list.is_array()) return;
    for (const auto& id : list) if (id.is_string()) sources.push_back(id.get<std::string>());
  };
  std::vector<std::string> socs;
  for (auto& profession : merged["professions"]) {
    const std::string slug = text_of(profession, "slug"), category = text_of(profession, "category");
    if (!listed(filter.slugs, slug) && !listed(filter.categories, category)) continue;
    categories.push_back(category);
    socs.push_back(text_of(profession, "soc_code"));
    for (const auto& threat : profession.value("threats", json::array())) agents.push_back(text_of(threat, "agent"));
    for (const auto& task : profession.value("tasks", json::array())) add_sources(task.value("sources", json::array()));
    for (const auto& salary : profession.value("salaries", json::array())) sources.push_back(text_of(salary, "source"));
    sources.push_back(text_of(profession.value("us_employment", json::object()), "source"));
    for (const auto& use : profession.value("observed_use", json::array())) sources.push_back(text_of(use, "source"));
    kept.push_back(std::move(profession));
  }
  merged["professions"] = std::move(kept);
  auto keep_rows = [&](const char* table, const char* key, const std::vector<std::string>& wanted) {
    if (!merged.contains(table)) return;
    json rows = json::array();
    for (auto& row : merged[table]) if (listed(wanted, text_of(row, key))) rows.push_back(std::move(row));
    merged[table] = std::move(rows);
  };
  keep_rows("categories", "id", categories);
  keep_rows("pay_by_occupation", "soc", socs);
  keep_rows("occupation_groups", "soc", socs);
  for (const char* table : {"pay_by_occupation", "pay_by_group", "minimum_wages", "salary_bases"}) {
    for (const auto& row : merged.value(table, json::array())) sources.push_back(text_of(row, "source"));
  }
  keep_rows("threat_agents", "id", agents);
  for (const auto& agent : merged.value("threat_agents", json::array())) sources.push_back(text_of(agent, "source"));
  for (const auto& plan : merged.value("plans", json::array())) sources.push_back(text_of(plan, "source"));
  for (const auto& region : merged.value("regions", json::array())) {
    sources.push_back(text_of(region, "hours_source"));
    sources.push_back(text_of(region.value("usd_rate", json::object()), "source"));
    sources.push_back(text_of(region.value("pay_model", json::object()), "source"));
  }
  keep_rows("sources", "id", sources);
}

// The card needs the titles of the SOC codes it has professions for, no others (O*NET describes
// about 870): the rest would only add to the download. A primary or specialisation left without
// its profession by a filter falls to the first profession of the SOC that was kept.
void prune_job_titles(json& merged) {
  if (!merged.contains("job_titles") || !merged["job_titles"].is_array()) return;
  auto text_of = [](const json& object, const char* key) {
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  std::map<std::string, std::vector<std::string>> slugs_by_soc;
  const json professions = merged.value("professions", json::array());
  for (const auto& profession : professions) {
    slugs_by_soc[text_of(profession, "soc_code")].push_back(text_of(profession, "slug"));
  }
  // The O*NET parts of an aggregate a profession's tasks come from keep their titles too
  // (Dataset::professions_titled_by).
  std::map<std::string, std::vector<std::string>> through_tasks;
  for (const auto& profession : professions) {
    for (const auto& code : profession.value("onet_soc_codes", json::array())) {
      if (code.is_string() && !slugs_by_soc.count(code.get<std::string>())) {
        through_tasks[code.get<std::string>()].push_back(text_of(profession, "slug"));
      }
    }
  }
  slugs_by_soc.insert(through_tasks.begin(), through_tasks.end());
  json kept = json::array();
  for (auto& entry : merged["job_titles"]) {
    auto soc = slugs_by_soc.find(text_of(entry, "soc"));
    if (soc == slugs_by_soc.end()) continue;
    if (entry.contains("primary") && !listed(soc->second, text_of(entry, "primary"))) {
      if (soc->second.size() > 1) entry["primary"] = soc->second.front();
      else entry.erase("primary");
    }
    if (entry.contains("specialisations") && entry["specialisations"].is_array()) {
      json specialisations = json::array();
      for (auto& s : entry["specialisations"]) if (listed(soc->second, text_of(s, "profession"))) specialisations.push_back(std::move(s));
      entry["specialisations"] = std::move(specialisations);
    }
    kept.push_back(std::move(entry));
  }
  merged["job_titles"] = std::move(kept);
}

}  // namespace

namespace {

// A document as one JSON value: a lazy bundle's index with its records back in place of the
// summaries. Discarded when it is not valid.
json document_json(const std::string& text) {
  if (!is_lazy_bundle(text)) return parse_json(text);
  const std::shared_ptr<const BundleLines> lines = BundleLines::from_text(text, false);
  if (lines->size() < kRecordsFrom) return json(json::value_t::discarded);
  const std::string_view index = lines->line(kIndexLine);
  json root = parse_json(index);
  if (root.is_discarded() || !root.is_object()) return json(json::value_t::discarded);
  for (size_t i = kLateFrom; i < kRecordsFrom; ++i) {
    const std::string_view line = lines->line(i);
    json table = parse_json(line);
    if (table.is_discarded() || !table.is_object()) return json(json::value_t::discarded);
    for (auto it = table.begin(); it != table.end(); ++it) root[it.key()] = std::move(it.value());
  }
  // The records, the sources and the threat agents, as many lines as the index has ids for each.
  size_t next = kRecordsFrom;
  for (const auto& [ids_key, table] : {std::pair{kSlugsKey, "professions"}, std::pair{kSourceIdsKey, "sources"},
                                       std::pair{kAgentIdsKey, "threat_agents"}}) {
    auto ids = root.find(ids_key);
    if (ids == root.end() || !ids->is_array() || lines->size() < next + ids->size()) return json(json::value_t::discarded);
    json items = json::array();
    for (size_t i = 0; i < ids->size(); ++i, ++next) {
      const std::string_view line = lines->line(next);
      items.push_back(parse_json(line));
      if (items.back().is_discarded()) return json(json::value_t::discarded);
    }
    root.erase(ids);  // the items carry their ids
    root[table] = std::move(items);
  }
  if (next != lines->size()) return json(json::value_t::discarded);
  return root;
}

}  // namespace

std::string lazy_bundle(const std::string& bundled) {
  json root = document_json(bundled);
  if (root.is_discarded() || !root.is_object()) return {};
  LoadResult loaded = load_dataset({{"bundle", bundled}});
  if (!loaded.ok()) return {};
  std::string records;
  json summaries = json::array(), slugs = json::array();
  const json professions = root.value("professions", json::array());
  for (size_t i = 0; i < professions.size(); ++i) {
    json summary = json::object();
    for (const char* key : kSummaryKeys) {
      if (professions[i].contains(key)) summary[key] = professions[i][key];
    }
    summary["score"] = loaded.dataset.profession_list[i].score;
    slugs.push_back(summary.value("slug", ""));
    summaries.push_back(std::move(summary));
    records += professions[i].dump() + "\n";
  }
  root[kSlugsKey] = std::move(slugs);
  root["professions"] = std::move(summaries);
  // Sources and threat agents after the records, one a line; the index keeps their ids.
  std::string items;
  for (const auto& [ids_key, table] : {std::pair{kSourceIdsKey, "sources"}, std::pair{kAgentIdsKey, "threat_agents"}}) {
    json ids = json::array();
    for (const json& item : root.value(table, json::array())) {
      ids.push_back(item.value("id", ""));
      items += item.dump() + "\n";
    }
    root.erase(table);
    root[ids_key] = std::move(ids);
  }
  std::string late;
  for (const char* table : kLateTables) {
    json line = json::object();
    line[table] = root.contains(table) ? std::move(root[table]) : json::array();
    root.erase(table);
    late += line.dump() + "\n";
  }
  return std::string(kBundleFirstLine) + root.dump() + "\n" + late + records + items;
}

std::string bundle_dataset(const std::vector<DatasetDocument>& documents, const BundleFilter& filter) {
  LoadResult loaded = load_dataset(documents);
  json merged = json::object();
  // Ranks stay against the full dataset even if a build later embeds only some professions.
  merged["score_distribution"] = loaded.dataset.score_distribution;
  for (const auto& document : documents) {
    json root = document_json(document.text);
    if (root.is_discarded() || !root.is_object()) return {};
    for (auto it = root.begin(); it != root.end(); ++it) {
      // A bundle's own distribution is already in the one loaded above: not added twice.
      if (it.key() == "score_distribution") continue;
      if (it.value().is_array()) {
        json& target = merged[it.key()];
        if (target.is_null()) target = json::array();
        for (auto& item : it.value()) target.push_back(std::move(item));
      } else {
        merged[it.key()] = std::move(it.value());
      }
    }
  }
  if (!filter.empty()) apply_filter(merged, filter);
  prune_job_titles(merged);
  return merged.dump();
}

}  // namespace airisk::core
