// libFuzzer: any typed text either parses to a salary within the documented limits or is
// rejected with a reason; never a crash, NaN or infinity.
#include <cmath>
#include <cstdint>
#include <string>

#include "core/cost.h"
#include "core/embedded_dataset.h"
#include "core/salary.h"

using namespace airisk::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Dataset dataset = load_dataset(embedded_dataset()).dataset;
  if (size == 0) return 0;
  // The first byte picks the region, the rest is what the visitor typed.
  const Region& region = dataset.regions[data[0] % dataset.regions.size()];
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  SalaryParse parsed = parse_salary(text, region, dataset);
  if (parsed.ok) {
    double usd = local_to_usd(parsed.yearly, region);
    if (!std::isfinite(parsed.yearly) || usd < kMinSalaryUsdPerYear * 0.999 || usd > kMaxSalaryUsdPerYear * 1.001) __builtin_trap();
  } else if (parsed.error.empty()) {
    __builtin_trap();
  }
  return 0;
}
