// report, salary, link, open: one card's figures and its share link.
#include <iostream>

#include "cli.h"
#include "core/link.h"
#include "core/money.h"
#include "core/salary.h"
#include "core/state_rules.h"

namespace airisk::cli {

int command_report(const Args& args) {
  if (args.positional.size() != 1) throw BadInput{"report takes one profession slug"};
  core::Dataset dataset = load_dataset_or_fail(args);
  core::ReportState state = state_from_options(dataset, args, args.positional[0]);
  core::ReportResult built = core::build_report(dataset, state);
  if (!built.ok()) throw BadInput{built.error};
  const core::Report& r = built.report;
  const core::ReportText& t = r.text;
  if (args.json) {
    nlohmann::json out = profession_summary(dataset, *r.profession);
    // Observed use: evidence beside the score, never part of it.
    nlohmann::json observed = nlohmann::json::array();
    for (const core::ObservedUse& use : r.profession->observed_use) {
      const core::Source* release = dataset.find_source(use.source_id);
      observed.push_back({{"source", use.source_id},
                          {"release_date", release ? release->date : ""},
                          {"window_from", use.window_from},
                          {"window_to", use.window_to},
                          {"onet_tasks", use.onet_tasks},
                          {"observed_tasks", use.observed_tasks},
                          {"observed_pct", rounded(100.0 * use.observed_tasks / use.onet_tasks, 2)}});
    }
    out["observed_use"] = observed;
    out.update({
        {"region", r.region->code},
        {"currency", r.region->currency},
        {"plan", r.plan->id},
        {"salary_yearly", rounded(r.salary_yearly, 2)},
        {"ai_yearly", rounded(r.cost.ai_yearly, 2)},
        {"ratio", rounded(r.cost.ratio, 4)},
        {"ai_pct_of_salary", rounded(r.cost.ai_pct_of_salary, 4)},
        {"human_hourly", rounded(r.cost.human_hourly, 2)},
        {"ai_hourly", rounded(r.cost.ai_hourly, 4)},
        {"break_even_hours_per_month", rounded(r.cost.break_even_hours_per_month, 2)},
        {"entry", r.presets ? rounded(r.presets->entry, 2) : 0.0},
        {"experienced", r.presets ? rounded(r.presets->experienced, 2) : 0.0},
        {"salary_estimated", r.presets ? r.presets->estimated : true},
        {"presets_source", r.presets ? r.presets->basis : ""},
        {"entry_at_minimum", r.presets && r.presets->entry_at_minimum},
        {"experienced_at_minimum", r.presets && r.presets->experienced_at_minimum},
        {"minimum_wage_yearly", r.presets && r.presets->minimum ? core::minimum_yearly(*r.presets->minimum) : 0.0},
        {"score", rounded(r.risk.score, 2)},
        {"score_low", rounded(r.risk.score_low, 2)},
        {"score_high", rounded(r.risk.score_high, 2)},
        {"grade", std::string(1, r.risk.grade)},
        {"band", core::band_label(r.risk.band)},
        {"rank_pct", rounded(r.rank_pct, 2)},
        {"automates_share_pct", rounded(r.automates_share_pct, 2)},
        {"us_employment", r.profession->us_employment.count},
        {"us_employment_is_soc_group", r.profession->us_employment.soc_group},
        {"onet_soc_codes", r.profession->onet_soc_codes},
        {"link", core::encode_link(state)},
        {"risk_score", rounded(r.risk.score, 2)},
        {"risk_band", core::band_label(r.risk.band)},
        {"text",
         {{"salary", t.salary}, {"ai_yearly", t.ai_yearly}, {"ratio", t.ratio}, {"ai_pct_of_salary", t.ai_pct_of_salary},
          {"human_hourly", t.human_hourly}, {"ai_hourly", t.ai_hourly}, {"entry", t.entry},
          {"experienced", t.experienced}, {"presets_note", t.presets_note},
          {"break_even_hours_per_month", t.break_even_hours_per_month}, {"break_even_note", t.break_even_note},
          {"score", t.risk_score}, {"score_with_range", t.risk_score_with_range}, {"rank_pct", t.rank_pct},
          {"observed_use", t.observed_use}, {"employment", t.employment}}},
    });
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  std::cout << r.profession->name << " - " << r.profession->tagline << "\n"
            << (r.category ? r.category->name : "") << " · SOC " << r.profession->soc_code << " · updated "
            << core::format_date(r.profession->updated) << "\n\n"
            << "Cost comparison, human vs AI (" << r.region->name << ", " << r.region->currency << ")\n"
            << "  Salary              " << t.salary << " a year (entry " << t.entry << ", experienced " << t.experienced
            << (r.presets && r.presets->estimated ? ", estimated" : "") << ")\n"
            << (r.presets ? "  Salary range        " + t.presets_note + "\n" : std::string())
            << "  " << r.plan->vendor << " " << r.plan->name << "  " << t.ai_monthly_usd << "/month = " << t.ai_yearly
            << " a year, available 24/7\n"
            << "  Salary / AI cost    " << t.ratio << "\n"
            << "  AI cost             " << t.ai_pct_of_salary << " of the salary\n"
            << "  Per hour            " << t.human_hourly << " (person, " << t.human_hours_per_year << " a year) vs "
            << t.ai_hourly << " (AI, " << t.ai_hours_per_year << ")\n"
            << "  Break-even          the plan pays for itself if it saves " << t.break_even_hours_per_month
            << " a month" << (t.break_even_note.empty() ? "" : ", " + t.break_even_note) << "\n\n"
            << "AI exposure           " << t.risk_score_with_range << " out of 100, grade " << r.risk.grade << " ("
            << core::band_label(r.risk.band) << "), more exposed than " << t.rank_pct << " of professions\n"
            << (t.observed_use.empty() ? "" : "Observed use (AEI)    " + t.observed_use + "\n")
            << "US employment         " << t.employment << "\n"
            << "Tasks                 " << t.automates_share << " of time in tasks AI mostly automates\n";
  for (size_t i = 0; i < r.profession->tasks.size(); ++i) {
    const core::Task& task = r.profession->tasks[i];
    std::printf("  %3d  %-42s %s, %s\n", task.ai_figure, task.name.c_str(), core::task_mode_label(task.mode),
                core::horizon_label(task.horizon));
  }
  std::cout << "\nLink: " << core::encode_link(state) << "\n";
  return kExitOk;
}

int command_salary(const Args& args) {
  if (args.positional.size() != 1) throw BadInput{"salary takes one text, e.g. airisk salary \"28 LPA\" --region IN"};
  core::Dataset dataset = load_dataset_or_fail(args);
  const core::Region& region = region_or_fail(dataset, args.option("--region", "US"));
  core::SalaryParse parsed = core::parse_salary(args.positional[0], region, dataset);
  if (!parsed.ok) {
    if (args.json) std::cout << nlohmann::json{{"region", region.code}, {"error", parsed.error}}.dump(2) << "\n";
    throw BadInput{"salary \"" + args.positional[0] + "\": " + parsed.error};
  }
  if (args.json) {
    nlohmann::json out = {{"region", region.code},
                          {"currency", region.currency},
                          {"yearly", rounded(parsed.yearly, 2)},
                          {"text", core::format_salary(parsed.yearly, region)},
                          {"typed_currency", parsed.typed_currency},
                          {"typed_yearly", rounded(parsed.typed_yearly, 2)},
                          {"converted", parsed.converted}};
    if (parsed.range) out["range"] = {rounded(parsed.range_low, 2), rounded(parsed.range_high, 2)};
    if (!parsed.reading_note.empty()) out["note"] = parsed.reading_note;
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  std::cout << core::format_salary(parsed.yearly, region) << " a year";
  if (parsed.range) {
    const core::NumberStyle plain;
    std::cout << " (the middle of " << parsed.typed_currency << " " << core::format_number(parsed.range_low, 0, plain)
              << "\u2013" << core::format_number(parsed.range_high, 0, plain) << ")";
  }
  if (parsed.converted) {
    // The rate that did the work: the region's, or, into dollars, the typed currency's.
    const core::Region* rated = &region;
    for (const core::Region& r : dataset.regions) {
      if (region.currency == core::kBaseCurrency && r.currency == parsed.typed_currency) rated = &r;
    }
    std::cout << " (typed " << parsed.typed_currency << " " << core::format_number(parsed.typed_yearly, 0, core::NumberStyle{})
              << ", converted at " << rated->usd_rate.units_per_usd << " " << rated->currency << " per USD, "
              << rated->usd_rate.date << ")";
  }
  std::cout << "\n";
  if (!parsed.reading_note.empty()) std::cout << parsed.reading_note << "\n";
  return kExitOk;
}

int command_link(const Args& args) {
  if (args.positional.size() != 1) throw BadInput{"link takes one profession slug"};
  core::Dataset dataset = load_dataset_or_fail(args);
  core::ReportState state = state_from_options(dataset, args, args.positional[0]);
  state.compare_slug = args.option("--compare");
  if (args.has("--compare") && !dataset.find_profession(state.compare_slug)) {
    throw BadInput{"unknown profession \"" + state.compare_slug + "\" to compare with"};
  }
  state.section = args.option("--section");
  if (args.has("--section") && !core::is_section_id(state.section)) {
    throw BadInput{"unknown section \"" + state.section + "\" (sections: " + core::section_id_list() + ")"};
  }
  std::string link = core::encode_link(state);
  if (args.json) std::cout << nlohmann::json{{"link", link}}.dump(2) << "\n";
  else std::cout << link << "\n";
  return kExitOk;
}

int command_open(const Args& args) {
  if (args.positional.size() != 1) throw BadInput{"open takes one link"};
  core::Dataset dataset = load_dataset_or_fail(args);
  // The card opens on Backend Developer when a link names no usable profession.
  const std::string fallback = dataset.find_profession("backend-developer") ? "backend-developer" : dataset.professions().front().slug;
  core::LinkDecode decoded = core::decode_link(args.positional[0], dataset, fallback);
  const core::ReportState& s = decoded.state;
  nlohmann::json out = {{"profession", s.profession_slug}, {"region", s.region_code},     {"plan", s.plan_id},
                        {"salary_yearly", s.salary_yearly},  {"salary_preset", s.salary_preset},
                        {"weights", s.weights},              {"compare", s.compare_slug},
                        {"section", s.section},              {"bad_keys", decoded.bad_keys}, {"link", core::encode_link(s)}};
  if (args.json) {
    std::cout << out.dump(2) << "\n";
  } else {
    std::cout << "profession " << s.profession_slug << ", region " << s.region_code << ", salary "
              << (s.salary_yearly > 0 ? std::to_string(s.salary_yearly)
                  : s.salary_preset.empty() ? "(preset)" : "(" + s.salary_preset + " preset)")
              << ", plan "
              << (s.plan_id.empty() ? "(default)" : s.plan_id) << "\n";
    for (const auto& key : decoded.bad_keys) {
      if (key == "c" && decoded.compares_with_itself) std::cout << "\"c\" names the profession itself: no comparison\n";
      else std::cout << "bad value for \"" << key << "\": using its default\n";
    }
  }
  return kExitOk;
}

}  // namespace airisk::cli
