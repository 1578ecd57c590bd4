// libFuzzer: any text as a share link must decode to a usable state, and re-encoding that
// state must decode to the same state again.
#include <cstdint>
#include <string>

#include "core/embedded_dataset.h"
#include "core/link.h"

using namespace airisk::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Dataset dataset = load_dataset(embedded_dataset()).dataset;
  const std::string text(reinterpret_cast<const char*>(data), size);
  LinkDecode first = decode_link(text, dataset, "backend-developer");
  if (!dataset.find_profession(first.state.profession_slug) || !dataset.find_region(first.state.region_code)) __builtin_trap();
  const std::string link = encode_link(first.state);
  LinkDecode second = decode_link(link, dataset, "backend-developer");
  if (!second.bad_keys.empty() || encode_link(second.state) != link) __builtin_trap();
  return 0;
}
