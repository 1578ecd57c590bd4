// libFuzzer: any bytes as a dataset document load without crashing; a document that loads
// cleanly must bundle, lay out for the card (lazy_bundle) and load again, whole and record by
// record. Any bytes after a bundle's first line are read as the card reads its own: index first,
// each record when its profession is opened, the late tables when asked for; and after a packed
// bundle's first line, as the card reads the bundle it carries (core/bundle_lines.h).
#include <cstdint>
#include <string>

#include "core/dataset.h"

using namespace airisk::core;

namespace {

void open_every_profession(const Dataset& dataset, bool must_open) {
  for (size_t i = 0; i < dataset.professions().size(); ++i) {
    if (!dataset.whole_profession(i) && must_open) __builtin_trap();
  }
  dataset.read_late_tables();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  LoadResult loaded = load_dataset({{"fuzz.json", text}});
  if (loaded.ok()) {
    std::string bundled = bundle_dataset({{"fuzz.json", text}});
    if (!load_dataset({{"bundle.json", bundled}}).ok()) __builtin_trap();
    const std::string laid_out = lazy_bundle(bundled);
    if (laid_out.empty() || !load_dataset({{"embedded", laid_out}}).ok()) __builtin_trap();
    LoadResult on_open = load_dataset({{"embedded", laid_out}}, false, LoadDetail::kOnOpen);
    if (!on_open.ok()) __builtin_trap();
    open_every_profession(on_open.dataset, true);
  }
  LoadResult as_bundle = load_dataset({{"embedded", "airisk-bundle 5\n" + text}}, false, LoadDetail::kOnOpen);
  open_every_profession(as_bundle.dataset, false);
  // And as the card carries its bundle, packed: every chunk unpacked as it is read.
  // Read in place, as bytes compiled in are: they must outlive the dataset.
  const std::string packed = "airisk-packed 1\n" + text;
  LoadResult as_packed = load_compiled_in_bundle("embedded", packed);
  open_every_profession(as_packed.dataset, false);
  return 0;
}
