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
- data/tables/regional_pay.json: every GB survey figure equals ASHE 2024's full-time p25 / p75, every
  SG figure MOM 2024's gross p25 / p75 x 12, every DE survey figure the Entgeltatlas p25 / p75 x 12
  (or its estimate of a withheld p75; skipped, and said, without the fetched snapshot), every
  pay-scale figure a point of its published scale,
  every minimum wage its row of the reference (the latest in force, and verified where the reference
  says to verify), and the group ratios and SOC groups what scripts/regional_pay.py computes from
  the reference now (so a stale or hand-edited table fails).
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
import regional_pay
import regional_pay_figures as figures

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


def check_pay_row(row, ref_tables):
    """Problems with one pay_by_occupation row against the published figure it cites."""
    ashe, mom, teachers, bands, tvoed, atlas = ref_tables
    source, entry, experienced = row["source"], row["entry"], row["experienced"]
    if row.get("estimated") and source == "mom-ows-2024":
        if row["soc"] not in figures.SG_RELATIVE:
            return ["only a MOM row of regional_pay_figures.SG_RELATIVE is estimated"]
        return []  # the whole table is recomputed below, this row with it
    if row.get("estimated") and source != "ba-entgeltatlas-2023":
        return ["only an Entgeltatlas row withholding its 75th percentile, or a MOM row of SG_RELATIVE, is estimated"]
    if source == "ons-ashe-2024":
        code = row.get("figures_code") or row["code"]
        published = ashe.get(code)
        if row.get("figures_code") and (not row["code"].startswith(code) or
                                        (figures.number(ashe[row["code"]]["p25"]) and figures.number(ashe[row["code"]]["p75"]))):
            return [f"figures_code {code}: only the unit group's own minor group, and only where ONS suppresses the unit"]
        expected = (figures.number(published["p25"]), figures.number(published["p75"])) if published else None
        what = f"ASHE 2024 full-time p25 / p75 of SOC 2020 {code}"
    elif source == "mom-ows-2024":
        published = mom.get(row["code"])
        expected = (12 * float(published["gross_wage_p25"]), 12 * float(published["gross_wage_p75"])) if published else None
        what = f"MOM 2024 gross p25 / p75 x 12 of SSOC {row['code']}"
    elif source == "stpcd-2025":
        points = {float(r["rest_of_england_gbp"]) for r in teachers if r["school_year"] == "2025/26"}
        return [] if entry in points and experienced in points else [f"{entry} / {experienced} are not 2025/26 STPCD points"]
    elif source == "nhs-afc-2025":
        ok = any(float(b["entry_annual_gbp"]) == entry for b in bands) and any(float(b["top_annual_gbp"]) == experienced for b in bands)
        return [] if ok else [f"{entry} / {experienced} are not Agenda for Change band entry / top points"]
    elif source == "tvoed-p-2025":
        cells = {12 * float(v) for r in tvoed for k, v in r.items() if k.startswith("stufe_") and v}
        return [] if entry in cells and experienced in cells else [f"{entry} / {experienced} are not 12 x a TVoeD-P cell"]
    elif source == "ba-entgeltatlas-2023":
        _, q25, median, q75 = atlas.get(row["code"], ("", None, None, None))
        if row.get("estimated"):
            expected = (q25 * 12, int(figures.sig(median * median / q25 * 12, 3))) if q25 and median and not q75 else None
            what = f"the Entgeltatlas p25 x 12 and (median^2 / p25) x 12 of KldB 2010 {row['code']}, its p75 withheld"
        else:
            expected = (q25 * 12, q75 * 12) if q25 and q75 else None
            what = f"the Entgeltatlas p25 / p75 x 12 of KldB 2010 {row['code']}"
    else:
        return [f"source {source} is not one this check knows"]
    if expected is None or expected != (entry, experienced):
        return [f"{entry} / {experienced} but {what} is {expected}"]
    return []


def check_regional_pay(ref):
    rel = os.path.join("data", "tables", "regional_pay.json")
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        table = json.load(f)
    regional = os.path.join(ref, "regional")
    ref_tables = (figures.read_ashe(ref),
                  {r["ssoc2020_code"]: r for r in figures.read_csv(os.path.join(regional, "sg_mom_ows_2024_ssoc2020_monthly_wage_percentiles.csv"))},
                  figures.read_csv(os.path.join(regional, "gb_teacher_pay_england_2024_2026_stpcd.csv")),
                  figures.read_csv(os.path.join(regional, "gb_nhs_afc_pay_bands_england_2025_26.csv")),
                  [r for r in figures.read_csv(os.path.join(regional, "de_tvoed_p_nurse_pay_table_2025_2026.csv"))
                   if r["table"].startswith("TVoeD-P VKA")],
                  figures.read_entgeltatlas())
    problems = []
    if ref_tables[-1] is None:
        # The Entgeltatlas is a fetched snapshot beside the reference, not part of it.
        print(f"check_reference: the Entgeltatlas snapshot ({figures.ENTGELTATLAS['repository']}) is not on this "
              "machine, so Germany's occupation rows are not verified; `fetch github:"
              f"{figures.ENTGELTATLAS['repository']}` brings it")
        table["pay_by_occupation"] = [r for r in table["pay_by_occupation"] if r["source"] != "ba-entgeltatlas-2023"]
    for i, row in enumerate(table["pay_by_occupation"]):
        problems += [f"{rel}: $.pay_by_occupation[{i}] ({row['soc']} {row['region']}): {p}" for p in check_pay_row(row, ref_tables)]
    minimum_csv = figures.read_csv(os.path.join(regional, "statutory_minimum_wages_2024_2026.csv"))
    for i, row in enumerate(table["minimum_wages"]):
        where = f"{rel}: $.minimum_wages[{i}] ({row['region']})"
        published = [r for r in minimum_csv if r["region"] == row["region"] and r["rate"] and r["effective_from"] <= figures.AS_OF]
        latest = max(published, key=lambda r: r["effective_from"]) if published else None
        if latest is None or latest["effective_from"] != row["effective"] or float(latest["rate"]) != row["rate"]:
            problems.append(f"{where}: {row['rate']} from {row['effective']}, but the latest in force on {figures.AS_OF} is "
                            f"{latest and latest['rate']} from {latest and latest['effective_from']}")
        elif "verify" in latest["note"] and (row["region"], row["effective"]) not in figures.VERIFIED_MINIMUMS:
            problems.append(f"{where}: the reference marks this rate to verify, and nothing records that it was")
    # The computed parts: regenerate and compare, so the table can only change through the script.
    expected, build_problems = regional_pay.build(ref)
    problems += [f"{rel}: {p}" for p in build_problems]
    for key in ("pay_by_group", "occupation_groups", "pay_by_occupation", "minimum_wages", "salary_bases"):
        if table.get(key) != expected[key]:
            problems.append(f"{rel}: $.{key} differs from what scripts/regional_pay.py computes from the reference; rerun it")
    return problems


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
    described_socs = {code[:7] for code, _ in onet.values()}
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
            # O*NET codes the tasks may cite: the profession's own, or where O*NET describes no
            # tasks under it (a BLS aggregate, an "All Other" code), the ones it names instead.
            task_socs = {soc}
            onet_socs = prof.get("onet_soc_codes", [])
            if onet_socs:
                if soc in described_socs:
                    problems.append(f"{where}.onet_soc_codes: O*NET describes tasks under {soc} itself; cite those")
                for code in onet_socs:
                    if code not in described_socs:
                        problems.append(f"{where}.onet_soc_codes: O*NET describes no tasks under {code}")
                task_socs = set(onet_socs)
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
                    elif onet[task_id][0][:7] not in task_socs:
                        problems.append(f"{tw}.onet_task_ids: {task_id} belongs to {onet[task_id][0][:7]}, "
                                        f"not {' or '.join(sorted(task_socs))}")
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
    problems += check_regional_pay(ref)
    for p in problems:
        print(p)
    print(f"check_reference: {count} professions, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
