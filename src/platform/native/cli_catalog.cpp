// list, search, regions, plans, validate, bundle: the dataset as a whole.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli.h"
#include "cli_files.h"
#include "core/dataset.h"
#include "core/money.h"
#include "core/search.h"

namespace fs = std::filesystem;

namespace airisk::cli {

std::vector<core::DatasetDocument> read_documents(const std::vector<std::string>& paths) {
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
  std::vector<core::DatasetDocument> documents;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw BadInput{"cannot read " + file.string()};
    std::ostringstream text;
    text << in.rdbuf();
    documents.push_back({file.generic_string(), text.str()});
  }
  return documents;
}

namespace {

void print_professions(const core::Dataset& dataset, const std::vector<size_t>& indices, bool json) {
  nlohmann::json out = nlohmann::json::array();
  for (size_t i : indices) out.push_back(profession_summary(dataset, dataset.professions()[i]));
  if (json) {
    std::cout << out.dump(2) << "\n";
    return;
  }
  for (const auto& p : out) {
    std::printf("%-34s %-36s %s  %5.1f %s\n", p["slug"].get<std::string>().c_str(), p["name"].get<std::string>().c_str(),
                p["soc"].get<std::string>().c_str(), p["score"].get<double>(), p["grade"].get<std::string>().c_str());
  }
}

}  // namespace

int command_list(const Args& args) {
  core::Dataset dataset = load_dataset_or_fail(args);
  std::string category = args.option("--category");
  if (!category.empty() && !dataset.find_category(category)) throw BadInput{"unknown category \"" + category + "\""};
  std::vector<size_t> indices;
  for (size_t i = 0; i < dataset.professions().size(); ++i) {
    if (category.empty() || dataset.professions()[i].category_id == category) indices.push_back(i);
  }
  print_professions(dataset, indices, args.json);
  return kExitOk;
}

int command_search(const Args& args) {
  if (args.positional.size() != 1) throw BadInput{"search takes one text, e.g. airisk search \"api developer\""};
  core::Dataset dataset = load_dataset_or_fail(args);
  core::SearchIndex index(dataset);
  std::vector<size_t> indices;
  for (const auto& hit : index.search(args.positional[0], 20)) indices.push_back(hit.profession);
  print_professions(dataset, indices, args.json);
  return kExitOk;
}

int command_regions(const Args& args) {
  core::Dataset dataset = load_dataset_or_fail(args);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : dataset.regions) {
    out.push_back({{"code", r.code}, {"name", r.name}, {"currency", r.currency}, {"symbol", r.currency_symbol},
                   {"units_per_usd", r.usd_rate.units_per_usd}, {"rate_date", r.usd_rate.date},
                   {"rate_source", r.usd_rate.source_id}, {"hours_per_year", r.hours_per_year},
                   {"pay_ratio_to_us", r.pay_model.ratio_to_us}, {"example", core::format_money(1234567.5, r)}});
  }
  if (args.json) {
    std::cout << out.dump(2) << "\n";
  } else {
    for (const auto& r : out) {
      std::cout << r["code"].get<std::string>() << "  " << r["name"].get<std::string>() << " ("
                << r["currency"].get<std::string>() << ")  " << r["example"].get<std::string>() << "\n";
    }
  }
  return kExitOk;
}

int command_plans(const Args& args) {
  core::Dataset dataset = load_dataset_or_fail(args);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& p : dataset.plans) {
    out.push_back({{"id", p.id}, {"vendor", p.vendor}, {"name", p.name}, {"usd_per_month", p.usd_per_month},
                   {"includes", p.includes}, {"source", p.source_id}, {"as_of", p.as_of}});
  }
  if (args.json) {
    std::cout << out.dump(2) << "\n";
  } else {
    for (const auto& p : dataset.plans) {
      std::cout << p.id << "  " << p.vendor << " " << p.name << "  " << core::format_usd(p.usd_per_month) << "/month\n";
    }
  }
  return kExitOk;
}

int command_validate(const Args& args) {
  if (args.positional.empty()) throw BadInput{"validate takes dataset files or folders"};
  std::vector<core::DatasetDocument> documents = read_documents(args.positional);
  core::LoadResult loaded = core::load_dataset(documents);
  for (const core::DatasetDocument& document : documents) {
    for (core::Problem& twice : core::duplicate_keys(document)) loaded.problems.push_back(std::move(twice));
  }
  for (const auto& p : loaded.problems) std::cerr << p.path << ": " << p.message << "\n";
  if (!loaded.ok()) {
    std::cerr << loaded.problems.size() << " problem" << (loaded.problems.size() == 1 ? "" : "s") << " in the dataset\n";
    return kExitBadInput;
  }
  std::cout << "ok: " << documents.size() << " files, " << loaded.dataset.professions().size() << " professions, "
            << loaded.dataset.categories.size() << " categories, " << loaded.dataset.regions.size() << " regions, "
            << loaded.dataset.plans.size() << " plans, " << loaded.dataset.sources.size() << " sources\n";
  return kExitOk;
}

int command_bundle(const Args& args) {
  std::string out_path = args.option("-o");
  if (args.positional.empty() || out_path.empty()) throw BadInput{"bundle takes dataset files or folders and -o OUT"};
  std::vector<core::DatasetDocument> documents = read_documents(args.positional);
  core::LoadResult full = core::load_dataset(documents);
  const bool written_twice = std::any_of(documents.begin(), documents.end(),
                                         [](const core::DatasetDocument& d) { return !core::duplicate_keys(d).empty(); });
  if (!full.ok() || written_twice) throw BadInput{"the dataset has problems; run airisk validate"};
  std::ofstream out(out_path, std::ios::binary);
  // --only slug,slug and --categories id,id: embed just those professions (ranks stay the full dataset's).
  auto split = [](const std::string& text) {
    std::vector<std::string> items;
    size_t start = 0;
    while (!text.empty() && start <= text.size()) {
      size_t end = text.find(',', start);
      if (end == std::string::npos) end = text.size();
      if (end > start) items.push_back(text.substr(start, end - start));
      start = end + 1;
    }
    return items;
  };
  core::BundleFilter filter{split(args.option("--only")), split(args.option("--categories"))};
  for (const auto& slug : filter.slugs) {
    if (!full.dataset.find_profession(slug)) throw BadInput{"--only: unknown profession \"" + slug + "\""};
  }
  for (const auto& id : filter.categories) {
    if (!full.dataset.find_category(id)) throw BadInput{"--categories: unknown category \"" + id + "\""};
  }
  std::string bundled = core::bundle_dataset(documents, filter);
  if (!filter.empty() && !core::load_dataset({{"bundle", bundled}}).ok()) {
    throw BadInput{"the chosen professions do not make a valid dataset"};
  }
  // Laid out for the card to read each profession only when it is opened.
  const std::string laid_out = core::lazy_bundle(bundled);
  if (laid_out.empty()) throw BadInput{"the bundle could not be laid out for loading on demand"};
  out << laid_out;
  if (!out) throw BadInput{"cannot write " + out_path};
  return kExitOk;
}

}  // namespace airisk::cli
