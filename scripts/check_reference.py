#!/usr/bin/python3
"""Checks the dataset against the public reference data it was derived from
(../shared/reference on the team's machines; not part of the repository).

  check_reference.py [REFERENCE_DIR]

- every profession's SOC code is a BLS OEWS May 2024 occupation;
- US entry / experienced salaries equal BLS's 25th / 75th annual percentiles (top-coded "#"
  as 239,200; hourly-only occupations as hourly x 2,080) and US employment equals TOT_EMP;
- every O*NET task id exists and belongs to the profession's SOC code;
- a task that cites the Anthropic Economic Index has at least one O*NET task that the index covers;
- every task's ai_figure_low / ai_figure_high follow the range rule (scripts/derive_figure_ranges.py);
- every profession's observed_use has both AEI releases with the counts scripts/derive_observed_use.py gives.
Prints each problem with its file and JSON path; exit 1 if any, 0 if none, 2 if no reference data.
"""
import csv
import glob
import json
import os
import sys

from derive_figure_ranges import figure_range, releases_observing
from derive_observed_use import observed_use, occupation_statements
from reference_data import load_aei_tasks, load_onet_statements, reference_dir

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP_CODED_ANNUAL = 239200
FULL_TIME_HOURS = 2080  # BLS's convention for turning hourly wages into annual ones


def annual(row, key):
    value = row["A_" + key]
    if value == "#":
        return TOP_CODED_ANNUAL
    if value == "*":
        hourly = row["H_" + key]
        return round(float(hourly) * FULL_TIME_HOURS) if hourly not in ("*", "#", "") else None
    return float(value)


def main():
    ref = reference_dir(sys.argv)
    if not os.path.isfile(os.path.join(ref, "bls_oews_national_2024.csv")):
        print(f"check_reference: no reference data at {ref}; skipped")
        return 2
    bls = {}
    for row in csv.DictReader(open(os.path.join(ref, "bls_oews_national_2024.csv"), encoding="utf-8")):
        if row["OCC_CODE"] not in bls or row["O_GROUP"] == "detailed":
            bls[row["OCC_CODE"]] = row
    onet = load_onet_statements(ref)
    aei = load_aei_tasks(ref)

    by_occupation = occupation_statements(onet)
    problems = []
    count = 0
    for path in sorted(glob.glob(os.path.join(ROOT, "data", "professions", "*.json"))):
        rel = os.path.relpath(path, ROOT)
        for i, prof in enumerate(json.load(open(path, encoding="utf-8")).get("professions", [])):
            count += 1
            where = f"{rel}: $.professions[{i}] ({prof.get('slug')})"
            soc = prof.get("soc_code", "")
            row = bls.get(soc)
            if row is None:
                problems.append(f"{where}.soc_code: {soc} is not in BLS OEWS May 2024")
            else:
                us = next((s for s in prof.get("salaries", []) if s.get("region") == "US"), None)
                p25, p75 = annual(row, "PCT25"), annual(row, "PCT75")
                if us is None:
                    problems.append(f"{where}.salaries: no US entry")
                else:
                    if p25 is not None and us.get("entry") != p25:
                        problems.append(f"{where}.salaries[US].entry: {us.get('entry')} but BLS 25th percentile is {p25:g}")
                    if p75 is not None and us.get("experienced") != p75:
                        problems.append(f"{where}.salaries[US].experienced: {us.get('experienced')} but BLS 75th percentile is {p75:g}")
                employment = prof.get("us_employment", {}).get("count")
                if str(employment) != row["TOT_EMP"]:
                    problems.append(f"{where}.us_employment.count: {employment} but BLS TOT_EMP is {row['TOT_EMP']}")
            expected_use = observed_use(prof, onet, by_occupation, aei)
            if prof.get("observed_use") != expected_use:
                problems.append(f"{where}.observed_use: {prof.get('observed_use')}, but the reference data gives "
                                f"{expected_use} (run scripts/derive_observed_use.py)")
            for t, task in enumerate(prof.get("tasks", [])):
                tw = f"{where}.tasks[{t}] ({task.get('id')})"
                statements = []
                for task_id in task.get("onet_task_ids", []):
                    if task_id not in onet:
                        problems.append(f"{tw}.onet_task_ids: {task_id} is not an O*NET task id")
                    elif onet[task_id][0][:7] != soc:
                        problems.append(f"{tw}.onet_task_ids: {task_id} belongs to {onet[task_id][0][:7]}, not {soc}")
                    else:
                        statements.append(onet[task_id][1])
                for source in task.get("sources", []):
                    if source in aei and not any(s in aei[source] for s in statements):
                        problems.append(f"{tw}.sources: cites {source}, but none of its O*NET tasks is in that release")
                if isinstance(task.get("ai_figure"), int):
                    expected = figure_range(task["ai_figure"], releases_observing(task, onet, aei))
                    if (task.get("ai_figure_low"), task.get("ai_figure_high")) != expected:
                        problems.append(f"{tw}.ai_figure_low/high: {task.get('ai_figure_low')}-{task.get('ai_figure_high')}, "
                                        f"but the range rule gives {expected[0]}-{expected[1]} "
                                        "(run scripts/derive_figure_ranges.py)")
    for p in problems:
        print(p)
    print(f"check_reference: {count} professions, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
