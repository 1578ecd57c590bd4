// libFuzzer: any bytes as a dataset document load without crashing; a document that loads
// cleanly must bundle and load again.
#include <cstdint>
#include <string>

#include "core/dataset.h"

using namespace airisk::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  LoadResult loaded = load_dataset({{"fuzz.json", text}});
  if (loaded.ok()) {
    std::string bundled = bundle_dataset({{"fuzz.json", text}});
    if (!load_dataset({{"bundle.json", bundled}}).ok()) __builtin_trap();
  }
  return 0;
}
