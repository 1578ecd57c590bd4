// `airisk`: the command line over the same core the widget uses.
//   airisk report SLUG [--region R] [--salary S] [--plan P] [--json] [--data PATH]
//   airisk salary TEXT [--region R] [--json] [--data PATH]
//   airisk validate PATH...
//   airisk bundle PATH... -o OUT
// Exit status: 0 success, 2 bad input (reason on stderr), 1 internal error.
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/dataset.h"
#include "core/embedded_dataset.h"
#include "core/money.h"
#include "core/report.h"
#include "core/salary.h"

namespace fs = std::filesystem;
using namespace airisk::core;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitInternal = 1;
constexpr int kExitBadInput = 2;

struct BadInput {
  std::string message;
};

const char* kUsage =
    "usage:\n"
    "  airisk report SLUG [--region R] [--salary S] [--plan P] [--json] [--data PATH]\n"
    "  airisk salary TEXT [--region R] [--json] [--data PATH]\n"
    "  airisk validate PATH...          check dataset files or folders; lists every problem\n"
    "  airisk bundle PATH... -o OUT     merge dataset files into one compact JSON file\n"
    "  airisk list [--data PATH]        the professions in the dataset\n";

struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;
  bool json = false;
};

Args parse_args(int argc, char** argv, int first) {
  Args args;
  for (int i = first; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--json") {
      args.json = true;
    } else if (arg == "--region" || arg == "--salary" || arg == "--plan" || arg == "--data" || arg == "-o") {
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

std::string option(const Args& args, const std::string& name, const std::string& fallback = "") {
  auto it = args.options.find(name);
  return it == args.options.end() ? fallback : it->second;
}

std::vector<DatasetDocument> read_documents(const std::vector<std::string>& paths) {
  std::vector<fs::path> files;
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (const auto& entry : fs::recursive_directory_iterator(path)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
      }
    } else if (fs::is_regular_file(path, ec)) {
      files.emplace_back(path);
    } else {
      throw BadInput{"no such file or folder: " + path};
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<DatasetDocument> documents;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw BadInput{"cannot read " + file.string()};
    std::ostringstream text;
    text << in.rdbuf();
    documents.push_back({file.generic_string(), text.str()});
  }
  return documents;
}

Dataset load_or_fail(const Args& args) {
  std::string data = option(args, "--data");
  LoadResult loaded = load_dataset(data.empty() ? embedded_dataset() : read_documents({data}));
  if (!loaded.ok()) {
    std::string message = "the dataset has problems (run airisk validate):";
    for (const auto& p : loaded.problems) message += "\n  " + p.path + ": " + p.message;
    throw BadInput{message};
  }
  return std::move(loaded.dataset);
}

const Region& region_or_fail(const Dataset& dataset, const std::string& code) {
  const Region* region = dataset.find_region(code);
  if (!region) {
    std::string known;
    for (const auto& r : dataset.regions) known += (known.empty() ? "" : ", ") + r.code;
    throw BadInput{"unknown region \"" + code + "\" (known: " + known + ")"};
  }
  return *region;
}

// Money to the cent and ratios to 4 decimals: enough to check by hand, free of float noise.
double rounded(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}

int command_report(const Args& args) {
  if (args.positional.size() != 1) throw BadInput{"report takes one profession slug"};
  Dataset dataset = load_or_fail(args);
  ReportState state;
  state.profession_slug = args.positional[0];
  state.region_code = option(args, "--region", "US");
  state.plan_id = option(args, "--plan");
  const Region& region = region_or_fail(dataset, state.region_code);
  std::string salary_text = option(args, "--salary");
  SalaryParse salary;
  if (!salary_text.empty()) {
    salary = parse_salary(salary_text, region, dataset);
    if (!salary.ok) throw BadInput{"salary \"" + salary_text + "\": " + salary.error};
    state.salary_yearly = salary.yearly;
  }
  ReportResult built = build_report(dataset, state);
  if (!built.ok()) throw BadInput{built.error};
  const Report& r = built.report;
  const ReportText& t = r.text;
  if (args.json) {
    nlohmann::json out = {
        {"slug", r.profession->slug},
        {"name", r.profession->name},
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
        {"risk_score", rounded(r.risk.score, 2)},
        {"risk_band", band_label(r.risk.band)},
        {"text",
         {{"salary", t.salary}, {"ai_yearly", t.ai_yearly}, {"ratio", t.ratio}, {"ai_pct_of_salary", t.ai_pct_of_salary},
          {"human_hourly", t.human_hourly}, {"ai_hourly", t.ai_hourly}, {"entry", t.entry},
          {"experienced", t.experienced}, {"break_even_hours_per_month", t.break_even_hours_per_month}}},
    };
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  std::cout << r.profession->name << " - " << r.profession->tagline << "\n"
            << (r.category ? r.category->name : "") << " · updated " << r.profession->updated << "\n\n"
            << "Cost comparison, human vs AI (" << r.region->name << ", " << r.region->currency << ")\n"
            << "  Salary              " << t.salary << " a year (entry " << t.entry << ", experienced " << t.experienced
            << ")\n"
            << "  " << r.plan->vendor << " " << r.plan->name << "  " << t.ai_monthly_usd << "/month = " << t.ai_yearly
            << " a year, available 24/7\n"
            << "  Salary / AI cost    " << t.ratio << "\n"
            << "  AI cost             " << t.ai_pct_of_salary << " of the salary\n"
            << "  Per hour            " << t.human_hourly << " (person, " << t.human_hours_per_year << " a year) vs "
            << t.ai_hourly << " (AI, " << t.ai_hours_per_year << ")\n"
            << "  Break-even          the plan pays for itself if it saves " << t.break_even_hours_per_month
            << " a month\n\n"
            << "AI exposure score     " << t.risk_score << "/100 (" << band_label(r.risk.band) << ")\n";
  return kExitOk;
}

int command_salary(const Args& args) {
  if (args.positional.size() != 1) throw BadInput{"salary takes one text, e.g. airisk salary \"28 LPA\" --region IN"};
  Dataset dataset = load_or_fail(args);
  const Region& region = region_or_fail(dataset, option(args, "--region", "US"));
  SalaryParse parsed = parse_salary(args.positional[0], region, dataset);
  if (!parsed.ok) throw BadInput{"salary \"" + args.positional[0] + "\": " + parsed.error};
  if (args.json) {
    nlohmann::json out = {{"region", region.code},
                          {"currency", region.currency},
                          {"yearly", rounded(parsed.yearly, 2)},
                          {"text", format_money(parsed.yearly, region)},
                          {"typed_currency", parsed.typed_currency},
                          {"typed_yearly", rounded(parsed.typed_yearly, 2)},
                          {"converted", parsed.converted}};
    std::cout << out.dump(2) << "\n";
  } else {
    std::cout << format_money(parsed.yearly, region) << " a year";
    if (parsed.converted) {
      std::cout << " (typed " << parsed.typed_currency << " " << format_number(parsed.typed_yearly, 0, NumberStyle{})
                << ", converted at " << region.usd_rate.units_per_usd << " " << region.currency << " per USD, "
                << region.usd_rate.date << ")";
    }
    std::cout << "\n";
  }
  return kExitOk;
}

int command_validate(const Args& args) {
  if (args.positional.empty()) throw BadInput{"validate takes dataset files or folders"};
  std::vector<DatasetDocument> documents = read_documents(args.positional);
  LoadResult loaded = load_dataset(documents);
  for (const auto& p : loaded.problems) std::cerr << p.path << ": " << p.message << "\n";
  if (!loaded.ok()) {
    std::cerr << loaded.problems.size() << " problem" << (loaded.problems.size() == 1 ? "" : "s") << " in the dataset\n";
    return kExitBadInput;
  }
  std::cout << "ok: " << documents.size() << " files, " << loaded.dataset.professions.size() << " professions, "
            << loaded.dataset.regions.size() << " regions, " << loaded.dataset.plans.size() << " plans, "
            << loaded.dataset.sources.size() << " sources\n";
  return kExitOk;
}

int command_bundle(const Args& args) {
  std::string out_path = option(args, "-o");
  if (args.positional.empty() || out_path.empty()) throw BadInput{"bundle takes dataset files or folders and -o OUT"};
  std::vector<DatasetDocument> documents = read_documents(args.positional);
  LoadResult loaded = load_dataset(documents);
  if (!loaded.ok()) throw BadInput{"the dataset has problems; run airisk validate"};
  std::string bundled = bundle_dataset(documents);
  std::ofstream out(out_path, std::ios::binary);
  out << bundled;
  if (!out) throw BadInput{"cannot write " + out_path};
  return kExitOk;
}

int command_list(const Args& args) {
  Dataset dataset = load_or_fail(args);
  for (const auto& p : dataset.professions) std::cout << p.slug << "\t" << p.name << "\n";
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
    (argc < 2 ? std::cerr : std::cout) << kUsage;
    return argc < 2 ? kExitBadInput : kExitOk;
  }
  const std::string command = argv[1];
  try {
    Args args = parse_args(argc, argv, 2);
    if (command == "report") return command_report(args);
    if (command == "salary") return command_salary(args);
    if (command == "validate") return command_validate(args);
    if (command == "bundle") return command_bundle(args);
    if (command == "list") return command_list(args);
    throw BadInput{"unknown command \"" + command + "\"\n" + kUsage};
  } catch (const BadInput& bad) {
    std::cerr << "airisk: " << bad.message << "\n";
    return kExitBadInput;
  } catch (const std::exception& error) {
    std::cerr << "airisk: internal error: " << error.what() << "\n";
    return kExitInternal;
  }
}
