#include "core/pay.h"

#include <cmath>
#include <utility>

#include "core/money.h"

namespace airisk::core {
namespace {

// Estimates read as estimates: three significant figures ("1,730,000", not "1,731,482").
double round_to_3_significant(double value) {
  if (value <= 0) return 0;
  double scale = std::pow(10.0, std::floor(std::log10(value)) - 2);
  return std::round(value / scale) * scale;
}

// Skills sold across borders pay nearer world rates in lower-wage economies than the local
// average of their group does (docs/methodology.md); 1 where the region does not apply it.
double traded_premium(const Dataset& dataset, const Profession& profession, const Region& region) {
  if (!region.pay_model.traded_premium) return 1;
  const Category* category = dataset.find_category(profession.category_id);
  return category ? category->traded_premium : 1;
}

std::string premium_note(double premium, const Region& region) {
  if (premium == 1) return "";
  return ", with airisk's traded-skill premium (" + format_number(premium, 1, region.number_style) + "\u00D7)";
}

bool own_presets(const Dataset& dataset, const Profession& profession, const Region& region, PayPresets& out) {
  const SalaryPreset* own = find_salary(profession, region.code);
  if (!own) return false;
  out.entry = own->entry;
  out.experienced = own->experienced;
  out.estimated = own->estimated;
  out.source_id = own->source_id;
  out.source_ids = {own->source_id};
  const SalaryBasis* basis = dataset.find_salary_basis(own->source_id);
  const Source* source = dataset.find_source(own->source_id);
  out.basis = basis ? basis->basis : source ? source->title : own->source_id;
  return true;
}

bool occupation_presets(const Dataset& dataset, const Profession& profession, const Region& region, PayPresets& out) {
  const OccupationPay* pay = dataset.find_occupation_pay(profession.soc_code, region.code);
  if (!pay) return false;
  out.entry = pay->entry;
  out.experienced = pay->experienced;
  out.estimated = pay->estimated;
  out.source_id = pay->source_id;
  out.source_ids = {pay->source_id};
  out.basis = pay->basis;
  return true;
}

// A region reports its groups in one classification (ISCO-08, or NOC 2021 for Canada).
const PayGroup* group_for(const Dataset& dataset, const Profession& profession, const Region& region) {
  const OccupationGroups* groups = dataset.find_occupation_groups(profession.soc_code);
  if (!groups) return nullptr;
  dataset.read_late_tables();  // pay_by_group is one of them
  for (const PayGroup& any : dataset.pay_by_group) {
    if (any.region_code != region.code) continue;
    const std::string& group = any.system == "noc2021" ? groups->noc2021 : groups->isco08;
    return dataset.find_pay_group(region.code, any.system, group);
  }
  return nullptr;
}

// The US range moved to the region's pay level for the group, its spread around the geometric
// middle scaled by the group's spread factor (in logs: 1 keeps the US spread).
bool group_presets(const Dataset& dataset, const Profession& profession, const Region& region, PayPresets& out) {
  const SalaryPreset* us = find_salary(profession, kBaseRegion);
  const PayGroup* group = us ? group_for(dataset, profession, region) : nullptr;
  if (!group) return false;
  const double premium = traded_premium(dataset, profession, region);
  const double factor = group->local_per_us_dollar * premium;
  double entry = us->entry * factor, experienced = us->experienced * factor;
  if (group->spread != 1 && us->entry > 0 && us->experienced >= us->entry) {
    const double middle = std::sqrt(entry * experienced);
    const double half_spread = group->spread * std::log(us->experienced / us->entry) / 2;
    entry = middle * std::exp(-half_spread);
    experienced = middle * std::exp(half_spread);
  }
  out.entry = round_to_3_significant(entry);
  out.experienced = round_to_3_significant(experienced);
  out.estimated = true;
  out.source_id = group->source_id;
  out.source_ids = {group->source_id, us->source_id};
  out.basis = group->basis + premium_note(premium, region);
  return true;
}

// Where nothing better exists (AU, JP, SG's unmapped codes): US pay at the region's overall pay
// ratio and the exchange rate, labelled as such.
bool country_presets(const Dataset& dataset, const Profession& profession, const Region& region, PayPresets& out) {
  const SalaryPreset* us = find_salary(profession, kBaseRegion);
  const Region* us_region = dataset.find_region(kBaseRegion);
  if (!us || !us_region || us_region->usd_rate.units_per_usd <= 0) return false;
  const double premium = traded_premium(dataset, profession, region);
  const double factor =
      region.pay_model.ratio_to_us * premium * region.usd_rate.units_per_usd / us_region->usd_rate.units_per_usd;
  out.entry = round_to_3_significant(us->entry * factor);
  out.experienced = round_to_3_significant(us->experienced * factor);
  out.estimated = true;
  out.source_id = region.pay_model.source_id;
  out.source_ids = {region.pay_model.source_id, us->source_id};
  out.basis = "Estimated from US pay (BLS) \u00D7 airisk's pay ratio for " + region.name + " (" +
              format_number(region.pay_model.ratio_to_us, 2, region.number_style) + ") \u00D7 the exchange rate" +
              premium_note(premium, region) + "; no occupation pay data for " + place_name(region.name);
  return true;
}

// The standard normal's quantiles at the percentiles pay_percentiles may name.
constexpr std::pair<int, double> kNormalQuantiles[] = {
    {10, -1.2815515655446004}, {25, -0.6744897501960817}, {50, 0}, {75, 0.6744897501960817}, {90, 1.2815515655446004}};

double normal_quantile(int percentile) {
  for (const auto& [p, z] : kNormalQuantiles) if (p == percentile) return z;
  return 0;
}

// The presets as the profession's percentiles of the range they span (a 25th and a 75th), on a
// log-normal: pay is skewed, so the range is symmetric in logs.
void place_in_range(const Profession& profession, const Region& region, PayPresets& out) {
  const Profession::PayPercentiles& at = profession.pay_percentiles;
  if (at.as_published() || out.entry <= 0 || out.experienced < out.entry) return;
  const double middle = std::log(out.entry * out.experienced) / 2;
  const double sigma = std::log(out.experienced / out.entry) / (2 * normal_quantile(75));
  out.entry = round_to_3_significant(std::exp(middle + normal_quantile(at.entry) * sigma));
  out.experienced = round_to_3_significant(std::exp(middle + normal_quantile(at.experienced) * sigma));
  out.estimated = true;
  auto named = [&](int percentile) {
    return percentile == 50 ? std::string("the median") : "the " + format_number(percentile, 0, region.number_style) + "th percentile";
  };
  out.basis += "; " + profession.name + " from " + named(at.entry) + " to " + named(at.experienced) +
               " of that range, estimated on a log-normal: " + at.why;
}

void apply_minimum(const Dataset& dataset, const Region& region, PayPresets& out) {
  out.minimum = dataset.find_minimum_wage(region.code);
  if (!out.minimum) return;
  const double floor = minimum_yearly(*out.minimum);
  out.entry_at_minimum = out.entry < floor;
  out.experienced_at_minimum = out.experienced < floor;
  if (out.entry_at_minimum) out.entry = floor;
  if (out.experienced_at_minimum) out.experienced = floor;
  if (out.entry_at_minimum || out.experienced_at_minimum) out.source_ids.push_back(out.minimum->source_id);
}

}  // namespace

bool is_pay_percentile(int percentile) {
  for (const auto& [p, z] : kNormalQuantiles) if (p == percentile) return true;
  return false;
}

double minimum_yearly(const MinimumWage& minimum) { return whole_units_up(minimum.rate * minimum.units_per_year); }

std::optional<PayPresets> pay_presets(const Dataset& dataset, const Profession& profession, const Region& region) {
  PayPresets out;
  if (!own_presets(dataset, profession, region, out) && !occupation_presets(dataset, profession, region, out) &&
      !group_presets(dataset, profession, region, out) && !country_presets(dataset, profession, region, out)) {
    return std::nullopt;
  }
  place_in_range(profession, region, out);
  apply_minimum(dataset, region, out);
  return out;
}

}  // namespace airisk::core
