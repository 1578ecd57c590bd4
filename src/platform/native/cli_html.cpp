// html: one card's whole report as plain, semantic, accessible HTML, for the share pages'
// <noscript>, search engines and hosts that want the report as text. A fragment, not a page.
// Every figure is the core's formatted text (ReportText, format_*), so it reads exactly as the
// card and `airisk report` do; every string from the dataset or the user is escaped.
//
// [SECTION] Escaping and small builders
// [SECTION] The report's sections: header, cost, tasks, threats, timeline, skills, sources
// [SECTION] command_html
#include <iostream>
#include <set>
#include <sstream>

#include "cli.h"
#include "core/link.h"
#include "core/money.h"
#include "core/risk.h"

namespace airisk::cli {
namespace {

// [SECTION] Escaping and small builders

// Text and attribute values alike: the five characters with meaning in HTML.
std::string esc(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

// Only http(s) links become hrefs: a dataset URL is checked by the validator, but a javascript:
// link must never reach a page even from a hand-edited dataset.
bool is_web_url(const std::string& url) { return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0; }

std::string link_or_text(const std::string& url, const std::string& text) {
  return is_web_url(url) ? "<a href=\"" + esc(url) + "\">" + esc(text) + "</a>" : esc(text);
}

std::string time_tag(const std::string& iso_date) {
  return "<time datetime=\"" + esc(iso_date) + "\">" + esc(core::format_date(iso_date)) + "</time>";
}

std::string estimated_mark(bool estimated) { return estimated ? " <small>(estimated)</small>" : ""; }

// Section ids carry a prefix so the fragment can sit in any page next to the card's own ids.
void open_section(std::ostream& out, const std::string& id, const std::string& heading) {
  out << "<section aria-labelledby=\"airisk-report-" << id << "\">\n<h2 id=\"airisk-report-" << id << "\">"
      << esc(heading) << "</h2>\n";
}

void term(std::ostream& out, const std::string& label, const std::string& value_html) {
  out << "<dt>" << esc(label) << "</dt><dd>" << value_html << "</dd>\n";
}


// [SECTION] The report's sections

void write_header(std::ostream& out, const core::Dataset& dataset, const core::Report& r) {
  const core::Profession& p = *r.profession;
  out << "<header>\n<p>AI automation risk report</p>\n<h1>" << esc(p.name) << "</h1>\n<p class=\"airisk-tagline\">" << esc(p.tagline) << "</p>\n"
      << "<p>" << esc(r.category ? r.category->name : p.category_id) << " \u00B7 SOC " << esc(p.soc_code)
      << " \u00B7 Updated " << time_tag(p.updated) << "</p>\n"
      << "<p><strong>How this estimate is made:</strong> " << esc(dataset.method_summary) << "</p>\n"
      << "<p>A high score means much of the work is exposed to AI; it does not mean the job disappears.</p>\n"
      << "</header>\n";
}

void write_cost(std::ostream& out, const core::Dataset& dataset, const core::Report& r) {
  const core::ReportText& t = r.text;
  const bool estimated = r.presets && r.presets->estimated;
  const bool salary_is_preset = r.presets && (r.salary_yearly == r.presets->entry || r.salary_yearly == r.presets->experienced);
  open_section(out, "cost", "Cost comparison, human vs AI");
  out << "<p>" << esc(r.plan->vendor + " " + r.plan->name + " at " + t.ai_monthly_usd + "/month (" + t.ai_yearly_usd +
                      " a year) against a " + r.profession->name + " salary in " + core::place_name(r.region->name) + " (" +
                      r.region->currency + ").")
      << "</p>\n<dl>\n";
  term(out, "Yearly salary", esc(t.salary) + estimated_mark(estimated && salary_is_preset));
  if (r.presets) {
    term(out, "Entry-level salary", esc(t.entry) + estimated_mark(estimated));
    term(out, "Experienced salary", esc(t.experienced) + estimated_mark(estimated));
  }
  term(out, "AI plan", esc(r.plan->vendor + " " + r.plan->name + " \u00B7 " + t.ai_monthly_usd + "/month"));
  term(out, "AI plan per year", esc(t.ai_yearly + " \u00B7 available 24/7"));
  term(out, "Salary divided by AI plan cost", esc(t.ratio));
  term(out, "AI plan as a share of the salary", esc(t.ai_pct_of_salary));
  term(out, "Person, per working hour", esc(t.human_hourly + " (" + t.human_hours_per_year + " a year)"));
  term(out, "AI plan, per hour of the year", esc(t.ai_hourly + " (24/7, " + t.ai_hours_per_year + ")"));
  term(out, "Hours a month the plan must save to pay for itself",
       esc(t.break_even_hours_per_month + (t.break_even_note.empty() ? "" : ", " + t.break_even_note)));
  out << "</dl>\n";
  if (r.presets) out << "<p>Salary range: " << esc(t.presets_note) << "</p>\n";
  const std::string footer = core::figures_basis_text(dataset, r, true);
  out << "<p>" << esc(footer) << "</p>\n</section>\n";
}

void write_tasks(std::ostream& out, const core::Dataset& dataset, const core::Report& r) {
  const core::ReportText& t = r.text;
  open_section(out, "tasks", "Task analysis");
  out << "<p><strong>AI exposure score: " << esc(t.risk_score_with_range) << " out of 100, grade " << r.risk.grade << " ("
      << esc(core::band_label(r.risk.band)) << " exposure).</strong> "
      << esc("More exposed than " + t.rank_pct + " of the " + std::to_string(dataset.score_distribution.size()) +
             " professions we cover. " + t.automates_share + " of the time goes to tasks AI mostly does itself; " +
             t.assists_share + " to tasks where it assists a person.")
      << "</p>\n";
  if (!t.observed_use.empty()) {
    out << "<p>Observed use, beside the score and not part of it: " << esc(t.observed_use)
        << " (Anthropic Economic Index).</p>\n";
  }
  out << "<p>" << esc(t.employment) << "</p>\n<ul>\n";
  for (size_t i = 0; i < r.profession->tasks.size(); ++i) {
    const core::Task& task = r.profession->tasks[i];
    out << "<li><strong>" << esc(task.name) << "</strong>: "
        << esc(std::to_string(task.ai_figure) + "% by AI (" + std::to_string(task.ai_figure_low) + "\u2013" +
               std::to_string(task.ai_figure_high) + "), " + core::task_mode_label(task.mode) + ", " +
               core::horizon_label(task.horizon) + ", " + core::format_number(r.weights[i], 0, core::NumberStyle{}) +
               "% of working time" + (task.time_share_basis == core::ShareBasis::kOnet ? " (from O*NET ratings)" : "") +
               ". " + task.reason + (task.barriers.empty() ? "" : " What slows its use: " + task.barriers))
        << "</li>\n";
  }
  out << "</ul>\n<p>Exposure is not job loss: it measures tasks AI can take on, not whether the role disappears.</p>\n"
      << "</section>\n";
}

void write_threats(std::ostream& out, const core::Dataset& dataset, const core::Report& r) {
  open_section(out, "threats", "Threat agents: AI products doing parts of this work");
  std::vector<std::pair<const core::ThreatAgent*, std::string>> agents;  // agent, what it does for this work
  for (const core::Threat& threat : r.profession->threats) {
    const core::ThreatAgent* agent = dataset.find_threat_agent(threat.agent_id);
    if (agent) agents.push_back({agent, threat.does});
  }
  if (agents.empty()) {
    out << "<p>No AI product we know of targets this work directly yet; general assistants help with its paperwork at "
           "most.</p>\n</section>\n";
    return;
  }
  out << "<ul>\n";
  for (const auto& [agent, does] : agents) {
    const core::Source* source = dataset.find_source(agent->source_id);
    const std::string name = core::agent_full_name(*agent);
    out << "<li><strong>" << link_or_text(source ? source->url : "", name) << "</strong>: "
        << esc(does) << " (as of " << time_tag(agent->as_of) << ")</li>\n";
  }
  out << "</ul>\n</section>\n";
}

void write_timeline(std::ostream& out, const core::Report& r) {
  open_section(out, "timeline", "Prognosis timeline");
  out << "<p>Projected from current trends; the real pace may differ.</p>\n<ol>\n";
  for (const auto& phase : r.profession->timeline) {
    const std::string years = phase.from_year == phase.to_year
                                  ? std::to_string(phase.from_year)
                                  : std::to_string(phase.from_year) + "\u2013" + std::to_string(phase.to_year);
    out << "<li><strong>" << years << "</strong>: " << esc(phase.text) << "</li>\n";
  }
  out << "</ol>\n</section>\n";
}

void write_skills(std::ostream& out, const core::Report& r) {
  open_section(out, "skills", "Skills to learn");
  out << "<ul>\n";
  for (const auto& skill : r.profession->skills) {
    out << "<li><strong>" << esc(skill.name) << "</strong>: " << esc(skill.why) << "</li>\n";
  }
  out << "</ul>\n</section>\n";
}

void write_sources(std::ostream& out, const core::Dataset& dataset, const core::Report& r) {
  open_section(out, "sources", "Sources of the figures");
  out << "<ul>\n";
  for (const core::Source* source : core::report_sources(dataset, r)) {
    out << "<li>" << esc(source->publisher) << ": " << link_or_text(source->url, source->title) << " ("
        << time_tag(source->date) << ")" << (source->editorial ? " \u2014 editorial estimate" : "") << "</li>\n";
  }
  out << "</ul>\n</section>\n";
}

}  // namespace

// [SECTION] command_html

int command_html(const Args& args) {
  if (args.json) throw BadInput{"html has no --json output (use airisk report --json)"};
  if (args.positional.size() != 1) throw BadInput{"html takes one profession slug"};
  std::string base_url = args.option("--base-url");
  if (args.options.count("--base-url")) {
    const bool clean = base_url.find_first_of(" \t\r\n\"'<>`\\") == std::string::npos;
    if (!is_web_url(base_url) || !clean) throw BadInput{"--base-url must be an http(s) URL, not \"" + base_url + "\""};
    while (!base_url.empty() && base_url.back() == '/') base_url.pop_back();
  }
  core::Dataset dataset = load_dataset_or_fail(args);
  core::ReportState state = state_from_options(dataset, args, args.positional[0]);
  core::ReportResult built = core::build_report(dataset, state);
  if (!built.ok()) throw BadInput{built.error};
  const core::Report& r = built.report;

  std::ostringstream out;
  out << "<article class=\"airisk-report\" lang=\"en\">\n";
  write_header(out, dataset, r);
  write_cost(out, dataset, r);
  write_tasks(out, dataset, r);
  write_threats(out, dataset, r);
  write_timeline(out, r);
  write_skills(out, r);
  write_sources(out, dataset, r);
  // Without --base-url the link is the share-link hash alone: it reopens this state on the page
  // the fragment is placed in, when that page carries the card.
  const std::string href = (base_url.empty() ? "" : base_url + "/p/" + r.profession->slug + ".html") + core::encode_link(state);
  out << "<footer><p><a href=\"" << esc(href) << "\">Open the interactive report card for " << esc(r.profession->name)
      << "</a></p></footer>\n</article>\n";
  std::cout << out.str();
  return kExitOk;
}

}  // namespace airisk::cli
