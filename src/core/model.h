// The dataset as plain structs: what the loader fills and everything else reads.
// Field meanings, units and allowed values are documented in docs/dataset.md.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace airisk::core {

struct Source {
  std::string id;
  bool editorial = false;  // an airisk estimate (method in docs/methodology.md), not a published figure
  std::string publisher;
  std::string title;
  std::string url;
  std::string date;  // ISO 8601 date, or a year where the source gives only that
};

struct Category {
  std::string id;
  std::string name;
  // Multiplier on estimated pay in regions whose pay model applies it: skills traded across
  // borders (software, data) pay nearer to world rates there than local services do.
  double traded_premium = 1.0;
};

// How a region writes numbers and money (see money.h).
struct NumberStyle {
  std::string group_separator = ",";
  std::string decimal_separator = ".";
  bool indian_grouping = false;        // 12,34,567 instead of 1,234,567
  bool symbol_after = false;           // "55.000 €" rather than "$55,000"
  std::string symbol_separator;        // between amount and symbol, e.g. U+00A0
};

struct ExchangeRate {
  double units_per_usd = 1.0;  // units of the region's currency one US dollar buys
  std::string date;            // the day (or year, for an average) the rate is for
  std::string source_id;
};

// How a region's pay compares with the US, for estimating salaries the dataset does not give.
struct PayModel {
  double ratio_to_us = 1.0;     // typical local pay / US pay for the same job, at market exchange rates
  bool traded_premium = false;  // apply the category's traded_premium here
  std::string source_id;
};

struct Region {
  std::string code;  // ISO 3166-1 alpha-2
  std::string name;
  // What else hosts and links call it: "UK", three-letter ISO codes, its own and other languages'
  // names ("Deutschland", "Allemagne"). See find_region_as_written.
  std::vector<std::string> other_names;
  std::string currency;         // ISO 4217
  std::string currency_symbol;  // as written locally: "$", "₹", "€"
  int currency_decimals = 2;    // minor units shown for small amounts (JPY: 0)
  NumberStyle number_style;
  double hours_per_year = 0;    // hours of a full-time working year
  std::string hours_source_id;
  ExchangeRate usd_rate;
  PayModel pay_model;
  // Pay there is quoted by the month (Brazil, the Philippines, Nigeria): a figure typed with no
  // period that is under a full-time year at the minimum wage is read as a month's.
  bool pay_quoted_monthly = false;
};

struct AiPlan {
  std::string id;
  std::string vendor;
  std::string name;
  double usd_per_month = 0;
  std::string includes;
  std::string source_id;
  std::string as_of;
};

// Threat agents are AI products only; the kind says which sort (docs/dataset.md).
enum class AgentKind { kAssistant, kAgent, kSpecialist, kGenerator, kRobot };

struct ThreatAgent {
  std::string id;
  AgentKind kind = AgentKind::kAssistant;
  std::string company;
  std::string product;
  std::string does;  // what the product does in general; a profession says what it does for that work
  std::string source_id;
  std::string as_of;
};

// An agent on one profession's card, with what it does for that profession.
struct Threat {
  std::string agent_id;
  std::string does;  // the profession's own sentence, never the agent table's general line
};

enum class TaskMode { kAutomates, kAssists };

enum class Horizon { kNow, kOneToTwoYears, kThreeToFiveYears, kBeyondFiveYears };

// Where a task's time share comes from: O*NET's importance and frequency ratings of its task
// statements, or an editorial estimate where O*NET rates none of them.
enum class ShareBasis { kOnet, kEditorial };

struct Task {
  std::string id;
  std::string name;
  std::string reason;
  // 0-100: how much of the task today's AI systems can do (capability only, never lowered for
  // barriers), and the low and high ends of that judgement's own uncertainty.
  int ai_figure = 0;
  int ai_figure_low = 0;
  int ai_figure_high = 0;
  std::string barriers;       // what slows use (licensing, unions, liability, adoption); may be empty
  double time_share_pct = 0;  // share of working time, percent; a profession's tasks sum to 100
  ShareBasis time_share_basis = ShareBasis::kEditorial;
  Horizon horizon = Horizon::kNow;
  TaskMode mode = TaskMode::kAssists;
  std::vector<std::string> onet_task_ids;
  std::vector<std::string> source_ids;
};

// Observed use, beside the editorial judgement and never blended into the score: how many of the
// profession's O*NET task statements one Anthropic Economic Index release finds in Claude
// conversations (derived by scripts/derive_observed_use.py).
struct ObservedUse {
  std::string source_id;    // the release; its source's date is the release date
  std::string window_from;  // the data window, YYYY-MM (or a full date)
  std::string window_to;
  int onet_tasks = 0;       // the O*NET statements of the occupations the profession's tasks cite
  int observed_tasks = 0;   // how many of them the release lists
};

struct TimelinePhase {
  int from_year = 0;
  int to_year = 0;
  std::string text;
};

struct Skill {
  std::string name;
  std::string why;
};

struct SalaryPreset {
  std::string region_code;
  double entry = 0;        // yearly, in the region's currency
  double experienced = 0;  // yearly, in the region's currency
  std::string source_id;
  bool estimated = false;  // true when derived by the documented method rather than read from a source
};

// [SECTION] Pay outside the US (data/tables/regional_pay.json, written by scripts/regional_pay.py)

// A region's legal minimum wage and how a full-time year of it is counted.
struct MinimumWage {
  std::string region_code;
  std::string name;           // "National Living Wage"
  double rate = 0;            // in the region's currency per unit
  std::string unit;           // "hour", "day" or "month"
  double units_per_year = 0;  // a full-time year in that unit: 1,950 hours, 312 days, 12 months
  std::string full_time;      // how that year is counted, as the card says it: "37.5 hours a week"
  std::string effective;      // the date the rate took effect
  std::string source_id;
};

// The country's own pay figures for one US SOC code: a survey's percentiles or a public pay scale.
struct OccupationPay {
  std::string soc_code;      // US SOC 2018
  std::string region_code;
  std::string code;          // the country's occupation code (GB SOC 2020, SSOC 2020); may be empty
  std::string figures_code;  // a broader group the figures come from where the code's own are not published
  double entry = 0;          // yearly, local currency
  double experienced = 0;
  bool estimated = false;    // a figure the publisher withholds, or one it measures poorly, estimated from ones it gives
  std::string basis;         // where the figures come from, as the card says it
  std::string source_id;
};

// Pay in a region against US pay for one occupation group.
struct PayGroup {
  std::string region_code;
  std::string system;               // "isco08" (ISCO-08 major group) or "noc2021" (NOC 2021 broad category)
  std::string group;                // "0" to "9"
  double local_per_us_dollar = 0;   // local yearly pay per US dollar of US yearly pay in the same group
  double spread = 1;                // the local p75/p25 spread over the US one, in logs (1: as in the US)
  std::string basis;
  std::string source_id;
};

// Which group of each classification a US SOC code falls in.
struct OccupationGroups {
  std::string soc_code;
  std::string isco08;   // ISCO-08 major group, through the BLS crosswalk
  std::string noc2021;  // NOC 2021 broad category
};

// How the card names the presets a profession's record gives itself ("BLS OEWS May 2024, ...").
struct SalaryBasis {
  std::string source_id;
  std::string basis;
};

struct UsEmployment {
  long long count = 0;
  std::string source_id;
  bool soc_group = false;  // true when the figure covers a SOC code several professions share
};

struct Profession {
  std::string slug;
  std::string name;
  std::vector<std::string> aliases;
  std::string category_id;
  std::string soc_code;
  std::string soc_note;
  // The O*NET codes its tasks come from where O*NET describes no tasks under soc_code: the parts
  // of a BLS aggregate (31-1120 is O*NET's 31-1121 and 31-1122) or, for an "All Other" code, the
  // nearest described occupation. Empty for almost every profession.
  std::vector<std::string> onet_soc_codes;
  std::string tagline;
  std::string updated;
  UsEmployment us_employment;
  std::vector<Task> tasks;
  std::vector<ObservedUse> observed_use;  // one per release, oldest first
  std::vector<Threat> threats;
  std::vector<TimelinePhase> timeline;
  std::vector<Skill> skills;
  std::string default_plan_id;
  std::vector<SalaryPreset> salaries;
  // Where in its SOC code's pay range the job sits, when the code holds jobs of different
  // seniority (Data Analyst in SOC 15-2051, where BLS counts data scientists and analysts
  // together): its presets in every region are these percentiles of the range, estimated from its
  // 25th and 75th on a log-normal. The default, 25 and 75, is the range as published.
  struct PayPercentiles {
    int entry = 25;
    int experienced = 75;
    std::string why;  // "data analysts are the less senior part of SOC 15-2051"
    bool as_published() const { return entry == 25 && experienced == 75; }
  } pay_percentiles;
  // The overall score with the dataset's time shares (risk_score), kept beside the record so
  // search results and the catalog can show it without the tasks (a lazy bundle's summary).
  double score = 0;
};

// Where the whole records of a lazily loaded dataset come from (dataset.h, LoadDetail::kOnOpen):
// Dataset::professions then holds each profession's summary (slug, name, aliases, category,
// codes, employment, score: what search and the catalog read), and the rest is parsed the first
// time the profession is opened.
class ProfessionRecords {
 public:
  virtual ~ProfessionRecords() = default;
  // The whole profession at `index` of Dataset::professions; null if its record cannot be read.
  // Parsed once and kept: the pointer stays valid as long as the records do.
  virtual const Profession* whole(size_t index) const = 0;
};

// A lazy bundle's sources and threat agents, each on a line of its own and read the first time it
// is looked up: a report cites a few of the hundreds there are.
class DeferredItems {
 public:
  virtual ~DeferredItems() = default;
  // Null if there is none by that id, or its line cannot be read (the build checked them all).
  // Parsed once and kept: the pointer stays valid as long as the items do.
  virtual const Source* source(const std::string& id) const = 0;
  virtual const ThreatAgent* threat_agent(const std::string& id) const = 0;
};

// Titles a job ad may use for one SOC code's work, so a title finds its profession, including
// professions added later with only their SOC code (docs/dataset.md, "job_titles").
struct SpecialisationTitles {
  std::string profession_slug;      // a profession of the SOC code
  std::vector<std::string> titles;  // titles that name this specialisation: "React Developer"
  // O*NET's reported titles of a detailed O*NET-SOC occupation this profession describes
  // (11-9199.08 Loss Prevention Managers): derived by scripts/job_titles.py.
  std::vector<std::string> onet_titles;
};

struct SocTitles {
  std::string soc_code;
  std::string name;                        // O*NET's title of the occupation: "Software Developers"
  std::string primary_slug;                // the profession a title of the whole SOC opens when several share it
  std::vector<std::string> onet_titles;    // O*NET's sample of reported job titles
  std::vector<std::string> ad_titles;      // titles as job ads write them (editorial)
  // What most people doing the work call it where no profession's name says so ("Software
  // Engineer" for Software Developers): a bare word ("engineer") lists it beside the professions'
  // own names, for all the code's people (editorial).
  std::vector<std::string> everyday_titles;
  std::vector<SpecialisationTitles> specialisations;
};

// A lazy bundle's tables that opening a card does not need: every profession's summary (what
// search and listings read), the titles job ads use, and the pay and groups of occupations outside
// the US. Read the first time something asks for one of them.
struct LateTables {
  std::vector<Profession> summaries;  // in the order of Dataset::profession_list
  std::vector<SocTitles> job_titles;
  std::vector<OccupationPay> pay_by_occupation;
  std::vector<OccupationGroups> occupation_groups;
  std::vector<PayGroup> pay_by_group;
};

class DeferredTables {
 public:
  virtual ~DeferredTables() = default;
  // The tables as read; one that cannot be read (the build checked them) comes back empty.
  virtual LateTables read() const = 0;
};

struct Dataset {
  std::string method_summary;  // one line on how the estimates are made, shown in every card's header
  // Every profession's score in the full dataset, ascending, so a build that embeds only some
  // professions still ranks against all of them. Computed at load when the data has none.
  std::vector<double> score_distribution;
  // In a lazily loaded dataset, sources and threat_agents stay empty and `items` serves them.
  std::vector<Source> sources;
  std::vector<Category> categories;
  std::vector<Region> regions;
  std::vector<AiPlan> plans;
  std::vector<ThreatAgent> threat_agents;
  // Every profession; in a lazily loaded dataset, each one's summary (see ProfessionRecords).
  // The summaries are a late table, so this reads the late tables first.
  const std::vector<Profession>& professions() const;
  // The professions as loaded. Until a lazy dataset's late tables are read, only their slugs are
  // filled in: all that opening one (find_profession) and counting them need at start-up.
  mutable std::vector<Profession> profession_list;
  // The late tables (LateTables): in a lazily loaded dataset, empty until read_late_tables(),
  // which professions(), the find_* below and the search index call.
  mutable std::vector<SocTitles> job_titles;
  std::vector<MinimumWage> minimum_wages;
  mutable std::vector<OccupationPay> pay_by_occupation;
  mutable std::vector<PayGroup> pay_by_group;
  mutable std::vector<OccupationGroups> occupation_groups;
  std::vector<SalaryBasis> salary_bases;
  // Set for a lazily loaded dataset (see ProfessionRecords); null when every record is whole.
  std::shared_ptr<const ProfessionRecords> records;
  // Set for a lazily loaded dataset (see DeferredItems); null when sources and threat_agents hold them.
  std::shared_ptr<const DeferredItems> items;
  // Set for a lazily loaded dataset until its late tables are read; null once they are.
  mutable std::shared_ptr<const DeferredTables> late_tables;

  // Reads the late tables if they are still waiting (a lazy dataset); otherwise does nothing.
  void read_late_tables() const;

  const Source* find_source(const std::string& id) const;
  const Category* find_category(const std::string& id) const;
  const Region* find_region(const std::string& code) const;
  const AiPlan* find_plan(const std::string& id) const;
  // The plan a person names: its id, its name, or its vendor and name ("Claude Pro", "anthropic
  // claude pro", "claude-pro"), in any case and spacing, hyphens read as spaces; null if none.
  const AiPlan* find_plan_named(const std::string& text) const;
  const ThreatAgent* find_threat_agent(const std::string& id) const;
  // The whole profession, its record parsed on first use in a lazy dataset; null if unknown (or
  // its record cannot be read). Search and listings read the summaries in professions().
  const Profession* find_profession(const std::string& slug) const;
  const Profession* whole_profession(size_t index) const;
  const SocTitles* find_job_titles(const std::string& soc_code) const;
  // The professions a job title of this SOC code leads to: those with it as their own code, else
  // those whose tasks come from it (onet_soc_codes), so an aggregate's parts find it.
  std::vector<const Profession*> professions_titled_by(const std::string& soc_code) const;
  const MinimumWage* find_minimum_wage(const std::string& region_code) const;
  const OccupationPay* find_occupation_pay(const std::string& soc_code, const std::string& region_code) const;
  const PayGroup* find_pay_group(const std::string& region_code, const std::string& system, const std::string& group) const;
  const OccupationGroups* find_occupation_groups(const std::string& soc_code) const;
  const SalaryBasis* find_salary_basis(const std::string& source_id) const;
};

// The region whose pay (BLS) every estimate elsewhere starts from; every profession has its range.
constexpr const char* kBaseRegion = "US";
// The currency every exchange rate is quoted against (Region::usd_rate) and plan prices are set in.
constexpr const char* kBaseCurrency = "USD";

const SalaryPreset* find_salary(const Profession& profession, const std::string& region_code);

const char* horizon_label(Horizon horizon);
const char* task_mode_label(TaskMode mode);
const char* share_basis_label(ShareBasis basis);
const char* agent_kind_label(AgentKind kind);
// The product with its company, named once: "Anthropic Claude Code", but "Supabase AI", not
// "Supabase Supabase AI", and "Abridge", not "Abridge Abridge".
std::string agent_full_name(const ThreatAgent& agent);

// The figure from which a task counts as mostly automated: "automates" needs at least this.
constexpr int kAutomatesMinFigure = 50;

}  // namespace airisk::core
