// A small, valid dataset for unit tests, and helpers to break it one rule at a time.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/dataset.h"

namespace airisk::test {

inline nlohmann::json valid_dataset_json() {
  return nlohmann::json::parse(R"({
    "meta": {"method_summary": "Tasks scored 0-100, weighted by time."},
    "sources": [
      {"id": "bls", "kind": "published", "publisher": "BLS", "title": "OEWS May 2024", "url": "https://www.bls.gov/oes/", "date": "2025-04-02"},
      {"id": "ecb", "kind": "published", "publisher": "ECB", "title": "Reference rates", "url": "https://www.ecb.europa.eu/", "date": "2026-04-13"},
      {"id": "editorial", "kind": "editorial", "publisher": "airisk", "title": "Estimate", "date": "2026"},
      {"id": "aei-2025", "kind": "published", "publisher": "Anthropic", "title": "Economic Index", "url": "https://huggingface.co/datasets/Anthropic/EconomicIndex", "date": "2025-03-27"},
      {"id": "aei-2026", "kind": "published", "publisher": "Anthropic", "title": "Economic Index", "url": "https://huggingface.co/datasets/Anthropic/EconomicIndex", "date": "2026-03-24"}
    ],
    "categories": [{"id": "tech", "name": "Tech", "traded_premium": 1.8}],
    "regions": [
      {"code": "US", "name": "United States", "currency": "USD", "currency_symbol": "$", "currency_decimals": 2,
       "number_style": {"group_separator": ",", "decimal_separator": ".", "indian_grouping": false, "symbol_after": false},
       "hours_per_year": 1789, "hours_source": "editorial",
       "usd_rate": {"units_per_usd": 1, "date": "2026-04-13", "source": "ecb"},
       "pay_model": {"ratio_to_us": 1, "traded_premium": false, "source": "bls"}},
      {"code": "IN", "name": "India", "currency": "INR", "currency_symbol": "₹", "currency_decimals": 2,
       "number_style": {"group_separator": ",", "decimal_separator": ".", "indian_grouping": true, "symbol_after": false},
       "hours_per_year": 2383, "hours_source": "editorial",
       "usd_rate": {"units_per_usd": 93.3302, "date": "2026-04-13", "source": "ecb"},
       "pay_model": {"ratio_to_us": 0.1, "traded_premium": true, "source": "editorial"}},
      {"code": "DE", "name": "Germany", "currency": "EUR", "currency_symbol": "€", "currency_decimals": 2,
       "number_style": {"group_separator": ".", "decimal_separator": ",", "indian_grouping": false, "symbol_after": true, "symbol_separator": "\u00a0"},
       "hours_per_year": 1335, "hours_source": "editorial",
       "usd_rate": {"units_per_usd": 0.855871, "date": "2026-04-13", "source": "ecb"},
       "pay_model": {"ratio_to_us": 0.68, "traded_premium": false, "source": "editorial"}}
    ],
    "plans": [
      {"id": "max", "vendor": "Anthropic", "name": "Claude Max 20x", "usd_per_month": 200, "includes": "Claude Code", "source": "editorial", "as_of": "2026"},
      {"id": "free", "vendor": "GitHub", "name": "Copilot Free", "usd_per_month": 0, "includes": "Completions", "source": "editorial", "as_of": "2026"}
    ],
    "threat_agents": [
      {"id": "claude-code", "kind": "agent", "company": "Anthropic", "product": "Claude Code", "does": "Writes code", "source": "editorial", "as_of": "2026-02"}
    ],
    "professions": [{
      "slug": "backend-developer", "name": "Backend Developer", "aliases": ["backend engineer"],
      "category": "tech", "soc_code": "15-1252", "soc_note": "Shared SOC.", "tagline": "A line.",
      "updated": "2026-02-13",
      "us_employment": {"count": 1654440, "source": "bls", "soc_group": true},
      "tasks": [
        {"id": "api", "name": "APIs", "reason": "Easy.", "ai_figure": 80, "ai_figure_low": 75, "ai_figure_high": 90,
         "time_share": 60, "time_share_basis": "onet", "horizon": "now",
         "mode": "automates", "onet_task_ids": ["21667"], "sources": ["editorial"]},
        {"id": "design", "name": "Design", "reason": "Hard.", "ai_figure": 20, "ai_figure_low": 10, "ai_figure_high": 30,
         "barriers": "Clients hold the architect accountable.", "time_share": 40, "time_share_basis": "editorial", "horizon": "5y+",
         "mode": "assists", "onet_task_ids": ["21661"], "sources": ["editorial"]}
      ],
      "observed_use": [
        {"source": "aei-2025", "window_from": "2025-02", "window_to": "2025-03", "onet_tasks": 21, "observed_tasks": 7},
        {"source": "aei-2026", "window_from": "2026-02-05", "window_to": "2026-02-12", "onet_tasks": 21, "observed_tasks": 9}
      ],
      "threats": [{"agent": "claude-code", "does": "Writes route handlers and tests from an API spec"}],
      "timeline": [{"from": 2025, "to": 2026, "text": "Now."}, {"from": 2027, "to": 2029, "text": "Later."}],
      "skills": [{"name": "Architecture", "why": "Judgement."}],
      "default_plan": "max",
      "salaries": [
        {"region": "US", "entry": 103050, "experienced": 169000, "source": "bls", "estimated": false},
        {"region": "IN", "entry": 600000, "experienced": 2800000, "source": "editorial", "estimated": true},
        {"region": "DE", "entry": 50000, "experienced": 80000, "source": "editorial", "estimated": true}
      ]
    }]
  })");
}

inline core::LoadResult load_json(const nlohmann::json& document, const std::string& name = "test.json") {
  return core::load_dataset({{name, document.dump()}});
}

inline core::Dataset valid_dataset() { return load_json(valid_dataset_json()).dataset; }

// The test dataset with a second profession, API Developer: a copy of the first in its own words
// (the dataset's rules reject a profession that repeats another's prose).
inline nlohmann::json two_profession_dataset_json() {
  nlohmann::json d = valid_dataset_json();
  nlohmann::json second = d["professions"][0];
  second["slug"] = "api-developer";
  second["name"] = "API Developer";
  second["aliases"] = nlohmann::json::array({"Integration Developer"});
  second["tagline"] = "Connects systems through the interfaces it designs.";
  for (size_t i = 0; i < second["tasks"].size(); ++i) second["tasks"][i]["reason"] = "Integration work " + std::to_string(i) + ".";
  second["threats"][0]["does"] = "Drafts client code from an interface description";
  d["professions"].push_back(second);
  return d;
}

}  // namespace airisk::test
