// `airisk`: the command line over the same core the widget uses. See kUsage and the README.
// Exit status: 0 success, 2 bad input (reason on stderr), 1 internal error.
#include <cmath>
#include <iostream>

#include "cli.h"
#include "core/dataset.h"
#include "core/embedded_dataset.h"
#include "core/salary.h"
#include "core/search.h"
#include "core/state_rules.h"
#include "core/risk.h"
#include "cli_files.h"

namespace airisk::cli {
namespace {

const char* kUsage =
    "usage: airisk COMMAND [options]   (every command but html takes --json; --data PATH reads another dataset)\n"
    "  report SLUG [--region R] [--salary S] [--plan P] [--weights ID=W,...]\n"
    "  html SLUG [report options] [--base-url URL]   the whole report as semantic HTML (a fragment)\n"
    "  salary TEXT [--region R]         what the parser makes of a typed salary\n"
    "  link SLUG [report options] [--compare SLUG] [--section ID]   the share link for a state\n"
    "  open LINK                        the state a link decodes to, and which keys were bad\n"
    "  list [--category C]              professions with their SOC code and score\n"
    "  search TEXT                      professions by name, alias, category or SOC code\n"
    "  resolve TITLE                    the profession a job-ad title means, with confidence and runners-up\n"
    "  index [-o FILE]                  every profession with its aliases and job titles (dist/professions.json)\n"
    "  normalise [TITLE...]             what the matcher reads in a job-ad title (stdin: one a line)\n"
    "  regions | plans                  the shared tables\n"
    "  validate PATH...                 check dataset files or folders; lists every problem\n"
    "  bundle PATH... -o OUT [--only SLUG,...] [--categories ID,...]\n"
    "                                   merge dataset files into one compact JSON file, optionally\n"
    "                                   with only some professions (ranks stay the full dataset's)\n";

const char* kValueOptions[] = {"--region", "--salary", "--plan", "--data", "-o", "--weights", "--category", "--only", "--categories",
                               "--compare", "--section", "--base-url"};

Args parse_args(int argc, char** argv, int first) {
  Args args;
  for (int i = first; i < argc; ++i) {
    std::string arg = argv[i];
    bool takes_value = false;
    for (const char* name : kValueOptions) takes_value = takes_value || arg == name;
    if (arg == "--json") {
      args.json = true;
    } else if (takes_value) {
      if (i + 1 >= argc) throw BadInput{arg + " needs a value"};
      args.options[arg] = argv[++i];
    } else if (arg.size() > 1 && arg[0] == '-' && !std::isdigit(static_cast<unsigned char>(arg[1]))) {
      throw BadInput{"unknown option " + arg};
    } else {
      args.positional.push_back(arg);
    }
  }
  return args;
}

}  // namespace

std::string Args::option(const std::string& name, const std::string& fallback) const {
  auto it = options.find(name);
  return it == options.end() ? fallback : it->second;
}

core::Dataset load_dataset_or_fail(const Args& args) {
  std::string data = args.option("--data");
  core::LoadResult loaded = core::load_dataset(data.empty() ? core::embedded_dataset() : read_documents({data}));
  if (!loaded.ok()) {
    std::string message = "the dataset has problems (run airisk validate):";
    for (const auto& p : loaded.problems) message += "\n  " + p.path + ": " + p.message;
    throw BadInput{message};
  }
  return std::move(loaded.dataset);
}

const core::Region& region_or_fail(const core::Dataset& dataset, const std::string& code) {
  const core::Region* region = dataset.find_region(code);
  if (!region) {
    std::string known;
    for (const auto& r : dataset.regions) known += (known.empty() ? "" : ", ") + r.code;
    throw BadInput{"unknown region \"" + code + "\" (known: " + known + ")"};
  }
  return *region;
}

double rounded(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}

namespace {

std::map<std::string, double> weights_from_option(const core::Profession& profession, const std::string& text) {
  if (text.empty()) throw BadInput{"--weights takes ID=W pairs, e.g. api-endpoints=20,architecture=40"};
  std::map<std::string, double> weights;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    const std::string item = text.substr(start, end - start);
    const size_t eq = item.find('=');
    if (eq == std::string::npos) throw BadInput{"--weights takes ID=W pairs, not \"" + item + "\""};
    const std::string id = item.substr(0, eq);
    bool known = false;
    for (const auto& task : profession.tasks) known = known || task.id == id;
    if (!known) {
      std::string ids;
      for (const auto& task : profession.tasks) ids += (ids.empty() ? "" : ", ") + task.id;
      throw BadInput{"\"" + id + "\" is not a task of " + profession.slug + " (tasks: " + ids + ")"};
    }
    const std::string weight_text = item.substr(eq + 1);
    core::NumberRead weight = core::read_weight(weight_text);
    if (!weight.ok) throw BadInput{"weight of \"" + id + "\" is \"" + weight_text + "\": " + weight.error};
    weights[id] = weight.value;
    start = end + 1;
  }
  return weights;
}

}  // namespace

core::ReportState state_from_options(const core::Dataset& dataset, const Args& args, const std::string& slug) {
  core::ReportState state;
  state.profession_slug = slug;
  const core::Profession* profession = dataset.find_profession(slug);
  if (!profession) throw BadInput{"unknown profession \"" + slug + "\" (try airisk search)"};
  state.region_code = args.option("--region", "US");
  const core::Region& region = region_or_fail(dataset, state.region_code);
  if (args.has("--plan")) {
    const core::AiPlan* plan = dataset.find_plan_named(args.option("--plan"));
    if (!plan) throw BadInput{"unknown plan \"" + args.option("--plan") + "\" (see airisk plans)"};
    state.plan_id = plan->id;
  }
  if (args.has("--salary")) {
    const std::string salary = args.option("--salary");
    if (salary == core::kEntryPreset || salary == core::kExperiencedPreset) {
      state.salary_preset = salary;  // a preset by name, as the card's links carry it
    } else {
      core::SalaryParse parsed = core::parse_salary(salary, region, dataset);
      if (!parsed.ok) throw BadInput{"salary \"" + salary + "\": " + parsed.error};
      state.salary_yearly = parsed.yearly;
    }
  }
  // --weights api-endpoints=20,architecture=40: the visitor's own share of time per task id.
  if (args.has("--weights")) state.weights = weights_from_option(*profession, args.option("--weights"));
  return state;
}

nlohmann::json profession_summary(const core::Dataset& dataset, const core::Profession& profession) {
  const core::Category* category = dataset.find_category(profession.category_id);
  core::RiskScore risk = core::risk_score(profession);
  return {{"slug", profession.slug},
          {"name", profession.name},
          {"category", profession.category_id},
          {"category_name", category ? category->name : ""},
          {"soc", profession.soc_code},
          {"score", rounded(risk.score, 2)},
          {"grade", std::string(1, risk.grade)},
          {"band", core::band_label(risk.band)}};
}

}  // namespace airisk::cli

int main(int argc, char** argv) {
  using namespace airisk::cli;
  if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
    (argc < 2 ? std::cerr : std::cout) << kUsage;
    return argc < 2 ? kExitBadInput : kExitOk;
  }
  const std::string command = argv[1];
  try {
    Args args = parse_args(argc, argv, 2);
    if (command == "report") return command_report(args);
    if (command == "html") return command_html(args);
    if (command == "salary") return command_salary(args);
    if (command == "link") return command_link(args);
    if (command == "open") return command_open(args);
    if (command == "list") return command_list(args);
    if (command == "search") return command_search(args);
    if (command == "regions") return command_regions(args);
    if (command == "plans") return command_plans(args);
    if (command == "validate") return command_validate(args);
    if (command == "bundle") return command_bundle(args);
    if (command == "resolve") return command_resolve(args);
    if (command == "index") return command_index(args);
    if (command == "normalise" || command == "normalize") return command_normalise(args);
    throw BadInput{"unknown command \"" + command + "\"\n" + kUsage};
  } catch (const BadInput& bad) {
    std::cerr << "airisk: " << bad.message << "\n";
    return kExitBadInput;
  } catch (const std::exception& error) {
    std::cerr << "airisk: internal error: " << error.what() << "\n";
    return kExitInternal;
  }
}
