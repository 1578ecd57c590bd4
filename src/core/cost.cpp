#include "core/cost.h"

namespace airisk::core {

double usd_to_local(double usd, const Region& region) { return usd * region.usd_rate.units_per_usd; }

double local_to_usd(double amount, const Region& region) {
  return region.usd_rate.units_per_usd > 0 ? amount / region.usd_rate.units_per_usd : 0;
}

CostComparison compare_cost(double salary_yearly, const Region& region, const AiPlan& plan) {
  CostComparison c;
  c.salary_yearly = salary_yearly;
  c.ai_yearly_usd = plan.usd_per_month * 12.0;
  c.ai_yearly = usd_to_local(c.ai_yearly_usd, region);
  c.ai_is_free = c.ai_yearly <= 0;
  c.human_hours_per_year = region.hours_per_year;
  c.human_hourly = region.hours_per_year > 0 ? salary_yearly / region.hours_per_year : 0;
  c.ai_hourly = c.ai_yearly / kAiHoursPerYear;
  if (salary_yearly > 0) c.ai_pct_of_salary = c.ai_yearly / salary_yearly * 100.0;
  if (!c.ai_is_free) c.ratio = salary_yearly / c.ai_yearly;
  if (c.human_hourly > 0) c.break_even_hours_per_month = (c.ai_yearly / 12.0) / c.human_hourly;
  return c;
}

}  // namespace airisk::core
