// libFuzzer: any bytes as a job-ad title normalise and resolve without a crash; every word the
// normaliser gives is non-empty, and every match names a real profession with a confidence in [0, 1].
#include <cstdint>
#include <string>

#include "core/embedded_dataset.h"
#include "core/search.h"
#include "core/title.h"

using namespace airisk::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Dataset dataset = load_dataset(embedded_dataset()).dataset;
  static const SearchIndex index(dataset);
  const std::string title(reinterpret_cast<const char*>(data), size);
  for (const TitlePart& part : normalise_title(title).parts) {
    if (part.words.empty()) __builtin_trap();
    for (const std::string& word : part.words) {
      if (word.empty()) __builtin_trap();
    }
  }
  const TitleResolution resolved = index.resolve(title);
  for (const SearchHit& hit : resolved.matches) {
    if (hit.profession >= dataset.professions().size() || !(hit.confidence >= 0 && hit.confidence <= 1)) __builtin_trap();
  }
  if (resolved.open_directly != resolved.reason.empty()) __builtin_trap();
  for (const SearchHit& hit : index.search(title)) {
    if (hit.profession >= dataset.professions().size()) __builtin_trap();
  }
  return 0;
}
