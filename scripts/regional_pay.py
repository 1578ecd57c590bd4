#!/usr/bin/python3
"""Writes data/tables/regional_pay.json: salary presets outside the US from each country's own
figures (method in docs/methodology.md, fields in docs/dataset.md).

  regional_pay.py [REFERENCE_DIR]

Reads the public reference data (default ../shared/reference, or /work/shared/reference) through regional_pay_figures.py and
the editorial mapping scripts/regional_pay_mapping.csv (US SOC 2018 -> GB SOC 2020 unit group,
Singapore SSOC 2020 code and German KldB 2010 occupation, with the reason where the choice is not
obvious), and Germany's Entgeltatlas from a fetched snapshot (regional_pay_figures.ENTGELTATLAS). The reference files
themselves are never copied. Prints what it wrote and the dataset's SOC codes that have no GB or
SG mapping yet (they get the group estimate). Exit 1 on a problem, 2 without reference data.
"""
import glob
import json
import os
import sys

import regional_pay_figures as figures

OUTPUT = os.path.join(figures.ROOT, "data", "tables", "regional_pay.json")

MINIMUM_PUBLISHERS = {
    "US": "U.S. Department of Labor", "GB": "UK Government (GOV.UK)", "DE": "Bundesministerium für Arbeit und Soziales",
    "FR": "Service-Public.fr", "CA": "Employment and Social Development Canada", "AU": "Fair Work Ombudsman",
    "JP": "Ministry of Health, Labour and Welfare", "BR": "Presidência da República (Planalto)",
    "IN": "Office of the Chief Labour Commissioner (Central)", "PH": "National Wages and Productivity Commission",
    "NG": "Premium Times (report of the National Minimum Wage (Amendment) Act 2024)",
}
# The reference has no official page for Nigeria's 2024 Act; this report of its signing gives the figure.
NG_ACT_URL = "https://www.premiumtimesng.com/news/headlines/718451-tinubu-signs-new-minimum-wage-bill-into-law.html"

SALARY_BASES = [
    {"source": "bls-oews-2024", "basis": "BLS OEWS May 2024, 25th-75th percentile"},
    {"source": "airisk-salary-india-2026", "basis": "airisk's own estimate for software developers in India (backend, frontend, full-stack, mobile, AI)"},
]

SOURCES = [
    {"id": "ons-ashe-2024", "kind": "published", "publisher": "Office for National Statistics",
     "title": "Annual Survey of Hours and Earnings 2024 (provisional), Table 14.7a: annual gross pay by SOC 2020 "
              "occupation, full-time employee jobs, percentiles",
     "url": "https://www.ons.gov.uk/employmentandlabourmarket/peopleinwork/earningsandworkinghours/datasets/occupation4digitsoc2010ashetable14",
     "date": "2024"},
    {"id": "mom-ows-2024", "kind": "published", "publisher": "Ministry of Manpower, Singapore",
     "title": "Occupational Wage Survey June 2024, Table 4: 25th percentile, median and 75th percentile of monthly "
              "gross wages of full-time resident employees by SSOC 2020 occupation",
     "url": "https://stats.mom.gov.sg/", "date": "2024"},
    {"id": "ilostat-earnings-isco08", "kind": "published", "publisher": "International Labour Organization (ILOSTAT)",
     "title": "Average monthly earnings of employees by sex and occupation (EAR_EMTA_SEX_OCU_CUR_NB), ISCO-08 "
              "major groups, local currency",
     "url": "https://ilostat.ilo.org/", "date": "2025"},
    {"id": "statcan-lfs-2025", "kind": "published", "publisher": "Statistics Canada",
     "title": "Table 14-10-0417-01: employee wages by occupation, annual (Labour Force Survey), 2025, NOC 2021 "
              "broad categories",
     "url": "https://www150.statcan.gc.ca/t1/tbl1/en/tv.action?pid=1410041701", "date": "2026"},
    {"id": "stpcd-2025", "kind": "published", "publisher": "Department for Education (England)",
     "title": "School teachers' pay and conditions document 2025: pay ranges for 2025/26",
     "url": "https://www.gov.uk/government/publications/school-teachers-pay-and-conditions", "date": "2025"},
    {"id": "nhs-afc-2025", "kind": "published", "publisher": "NHS Employers",
     "title": "Agenda for Change pay scales 2025/26 (England)",
     "url": "https://www.nhsemployers.org/articles/pay-scales-202526", "date": "2025-04-01"},
    {"id": "tvoed-p-2025", "kind": "published", "publisher": "TVöD (VKA), as tabulated by kommunalforum.de",
     "title": "TVöD P-Tabelle (Pflegedienst), municipal employers, valid 1 April 2025 to 30 April 2026",
     "url": "https://www.kommunalforum.de/tvoed_pflege_eg_p8.php", "date": "2025-04"},
    {"id": "ba-entgeltatlas-2023", "kind": "published", "publisher": "Statistik der Bundesagentur für Arbeit",
     "title": "Entgeltatlas: median, 25th and 75th percentile of gross monthly pay of full-time employees subject "
              "to social insurance by KldB 2010 occupation, Germany, 31 December 2023 (read from the public API by "
              "github.com/seneldoruk/entgeltatlas-scrape, February 2025)",
     "url": "https://web.arbeitsagentur.de/entgeltatlas/", "date": "2023-12-31"},
    {"id": "bls-isco-soc-crosswalk", "kind": "published", "publisher": "U.S. Bureau of Labor Statistics",
     "title": "ISCO-08 to 2010 SOC crosswalk, chained to SOC 2018 through O*NET's 2010 to 2018 SOC crosswalk",
     "url": "https://www.bls.gov/soc/ISCO_SOC_Crosswalk.xls", "date": "2015-06"},
]


def minimum_wage_sources(rows, used):
    sources = []
    for used_row in used:
        region = used_row["region"]
        row = next(r for r in rows if r["region"] == region and r["effective_from"] == used_row["effective"])
        sources.append({"id": used_row["source"], "kind": "published", "publisher": MINIMUM_PUBLISHERS[region],
                        "title": f"{used_row['name'][0].upper() + used_row['name'][1:]} from {row['effective_from']}: "
                                 f"{row['rate']} {row['currency']} per {row['unit']} ({row['scope']})",
                        "url": row["source_url"] or NG_ACT_URL, "date": row["effective_from"]})
    return sources


def dataset_socs():
    socs = {}
    for path in glob.glob(os.path.join(figures.ROOT, "data", "professions", "*.json")):
        with open(path, encoding="utf-8") as f:
            for profession in json.load(f).get("professions", []):
                socs.setdefault(profession.get("soc_code"), []).append(profession.get("slug"))
    return socs


def build(ref):
    """The whole table, plus the problems found on the way."""
    mapping = figures.read_mapping()
    oews = figures.read_oews(ref)
    isco_of = figures.isco_groups(oews, figures.read_isco_by_soc(ref), mapping)
    noc_of = {soc: figures.noc_group(soc) for soc in oews}
    us_isco = figures.us_group_stats(oews, isco_of)
    us_noc = figures.us_group_stats(oews, noc_of)
    ashe = figures.read_ashe(ref)
    groups = figures.ashe_groups(ashe, us_isco) + figures.ilostat_groups(ref, us_isco) + figures.statcan_groups(ref, us_noc)
    atlas = figures.read_entgeltatlas()
    occupations, problems = figures.occupation_rows(ref, mapping, ashe, atlas)
    minimums, minimum_problems, minimum_csv = figures.minimum_wage_rows(ref)
    problems += minimum_problems
    problems += [f"{soc}: the mapping names a SOC code BLS does not publish" for soc in mapping if soc not in oews]
    table = {
        "sources": SOURCES + minimum_wage_sources(minimum_csv, minimums),
        "salary_bases": SALARY_BASES,
        "minimum_wages": minimums,
        "pay_by_group": groups,
        "pay_by_occupation": occupations,
        "occupation_groups": [{"soc": soc, "isco08": isco_of[soc], "noc2021": noc_of[soc]}
                              for soc in sorted(oews) if isco_of[soc] and noc_of[soc]],
    }
    return table, problems


def write(table):
    # One row per line: the file stays readable and diffs stay small.
    lines = ["{"]
    keys = list(table)
    for k, key in enumerate(keys):
        lines.append(f'  "{key}": [')
        rows = table[key]
        for i, row in enumerate(rows):
            lines.append("    " + json.dumps(row, ensure_ascii=False) + ("," if i + 1 < len(rows) else ""))
        lines.append("  ]" + ("," if k + 1 < len(keys) else ""))
    lines.append("}")
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ref = sys.argv[1] if len(sys.argv) > 1 else figures.default_reference()
    if not os.path.isfile(os.path.join(ref, "regional", "gb_ashe_2024p_soc2020_annual_pay_percentiles.csv")):
        print(f"regional_pay: no reference data at {ref}")
        return 2
    if figures.read_entgeltatlas() is None:
        # Written without it, the table would lose Germany's occupation rows.
        print(f"regional_pay: no Entgeltatlas snapshot; `fetch github:{figures.ENTGELTATLAS['repository']}` brings it")
        return 2
    table, problems = build(ref)
    for problem in problems:
        print("regional_pay:", problem)
    if problems:
        return 1
    write(table)
    mapped = {(row["soc"], row["region"]) for row in table["pay_by_occupation"]}
    for soc, slugs in sorted(dataset_socs().items()):
        missing = [region for region in ("GB", "SG") if (soc, region) not in mapped]
        if missing:
            print(f"regional_pay: {soc} ({', '.join(slugs)}): no {' or '.join(missing)} figures, estimated")
    counts = {key: len(rows) for key, rows in table.items()}
    print(f"regional_pay: wrote {os.path.relpath(OUTPUT, figures.ROOT)}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
