// Human vs AI cost for one salary, region and plan. All money is in the region's currency.
#pragma once

#include "core/model.h"

namespace airisk::core {

// An AI plan can be used at any hour: 24 x 365.
constexpr double kAiHoursPerYear = 8760.0;

struct CostComparison {
  double salary_yearly = 0;
  double ai_yearly = 0;
  double ai_yearly_usd = 0;
  double ratio = 0;             // salary / AI cost; 0 when the plan is free
  double ai_pct_of_salary = 0;  // AI cost as a percentage of the salary
  double human_hours_per_year = 0;
  double human_hourly = 0;      // salary over the region's full-time year
  double ai_hourly = 0;         // AI cost over every hour of the year
  double break_even_hours_per_month = 0;  // hours of the person's time the plan must save each month to pay for itself
  bool ai_is_free = false;
};

double usd_to_local(double usd, const Region& region);
double local_to_usd(double amount, const Region& region);

CostComparison compare_cost(double salary_yearly, const Region& region, const AiPlan& plan);

}  // namespace airisk::core
