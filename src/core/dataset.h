// Loading and validating the dataset. This is the only part of the core that sees JSON;
// everything else reads the plain structs of model.h.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace airisk::core {

// One JSON document of the dataset: data/ holds one per table and one per category of
// professions. `name` is how problems refer to it (a file path, or "embedded").
struct DatasetDocument {
  std::string name;
  std::string text;
};

// A bad field: where it is (document name and JSON path, e.g.
// "data/tables/regions.json: $.regions[2].hours_per_year") and what is wrong with it.
struct Problem {
  std::string path;
  std::string message;
};

struct LoadResult {
  Dataset dataset;
  std::vector<Problem> problems;
  bool ok() const { return problems.empty(); }
};

// Parses and merges the documents, then checks every rule in docs/dataset.md. Never throws:
// malformed input comes back as problems, so a bad dataset cannot take down the widget.
// check_across: the rules that span records (unique ids, references, sums). The browser build
// skips them for a dataset `airisk validate` already passed at build time; each field's own
// type and range checks always run.
//
// detail: a lazy bundle (lazy_bundle) loaded kOnOpen, alone and without check_across, keeps each
// profession's record until it is opened (Dataset::records): start-up reads only the index.
// Otherwise every record is read at once, and the bundle loads as the documents it came from.
enum class LoadDetail { kAll, kOnOpen };
LoadResult load_dataset(const std::vector<DatasetDocument>& documents, bool check_across = true,
                        LoadDetail load_detail = LoadDetail::kAll);

// The same as load_dataset({{name, bytes}}, false, LoadDetail::kOnOpen), for bytes compiled into
// the program: a lazy bundle's records are read from it in place when opened, never copied. The
// bytes may also be a packed bundle (bundle_lines.h), whose chunks are unpacked as they are read.
LoadResult load_compiled_in_bundle(const std::string& name, std::string_view bytes);

// Keys written twice in one object, each named by its path ("$.professions[0].tasks[1].ai_figure"):
// JSON readers keep one silently (the loader, the last), so a second "ai_figure" an editor added
// would win unseen. Checked where dataset files are read for the build (airisk validate, bundle).
std::vector<Problem> duplicate_keys(const DatasetDocument& document);

// Which professions a build embeds (for hosts that show only their own jobs): those named, plus
// every profession of the categories named. Both empty: all of them.
struct BundleFilter {
  std::vector<std::string> slugs;
  std::vector<std::string> categories;
  bool empty() const { return slugs.empty() && categories.empty(); }
};

// The documents merged into one compact JSON document (what the WASM build embeds). With a
// filter, only the chosen professions and what they refer to are kept; the score distribution
// stays the full dataset's, so ranks do not change. Returns an empty string if any document is
// not valid JSON.
std::string bundle_dataset(const std::vector<DatasetDocument>& documents, const BundleFilter& filter = {});

// What the card embeds: bundle_dataset's document laid out for loading on demand. A first line
// "airisk-bundle 5"; the index on the second (every table but the late ones, and of the
// professions, sources and threat agents only their ids); then the late tables (LateTables: the
// professions' summaries, job titles, pay by occupation, occupation groups, pay by occupation
// group), one line each; then each profession's whole record on a line of its own, in the
// index's order; then each source and each threat agent (DeferredItems). Empty if the document
// is not a valid dataset.
std::string lazy_bundle(const std::string& bundled);

}  // namespace airisk::core
