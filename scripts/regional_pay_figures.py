#!/usr/bin/python3
"""The figures behind data/tables/regional_pay.json, computed from the public reference data
(../shared/reference on the team's machines; never copied into the repository) and the editorial
mapping in scripts/regional_pay_mapping.csv. scripts/regional_pay.py writes them;
scripts/check_reference.py recomputes them to verify the committed table.
"""
import csv
import json
import math
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAPPING = os.path.join(ROOT, "scripts", "regional_pay_mapping.csv")
AS_OF = "2026-04-13"  # the dataset's exchange-rate day: minimum wages in force on it
TOP_CODED_ANNUAL = 239200
FULL_TIME_HOURS = 2080  # BLS's hours in a year; also turns StatCan's hourly means into yearly ones
Z75 = 0.6744897501960817  # standard normal 75th percentile
# Where the team keeps the reference data: beside the repository, or (from a worktree) at /work.
REFERENCE_DIRS = [os.path.join(ROOT, "..", "shared", "reference"), "/work/shared/reference"]

# How a full-time year is counted for each region's minimum (units of the rate's unit per year).
FULL_TIME = {
    "US": (2080, "40 hours a week"), "GB": (1950, "37.5 hours a week"), "DE": (2080, "40 hours a week"),
    "FR": (1820, "35 hours a week"), "CA": (2080, "40 hours a week"), "AU": (1976, "38 hours a week"),
    "JP": (2080, "40 hours a week"), "BR": (12, "12 months"), "NG": (12, "12 months"),
    "IN": (312, "26 days a month"), "PH": (312, "26 days a month"),
}
MINIMUM_NAMES = {
    "US": "federal minimum wage", "GB": "National Living Wage", "DE": "statutory minimum wage (Mindestlohn)",
    "FR": "SMIC", "CA": "federal minimum wage", "AU": "national minimum wage",
    "JP": "average of the prefectures' minimum wages", "BR": "national minimum wage (salário mínimo)",
    "IN": "national floor wage (advisory)", "PH": "Metro Manila minimum wage", "NG": "national minimum wage",
}
# Rows the reference marks "verify before use", and where their figure was confirmed.
VERIFIED_MINIMUMS = {
    ("FR", "2026-01-01"): "https://www.juritravail.com/Actualite/smic-augmentation-du-montant-du-smic-brut-net/Id/376857",
    ("BR", "2026-01-01"): "https://opopular.com.br/economia/decreto-de-lula-fixa-salario-minimo-em-r-1-621-em-2026-1.3353652",
}

ILOSTAT_REGIONS = ["BR", "DE", "FR", "IN", "NG", "PH"]
ISCO_LABELS = {
    "0": "armed forces", "1": "managers", "2": "professionals", "3": "technicians and associate professionals",
    "4": "clerical support workers", "5": "service and sales workers", "6": "skilled agricultural workers",
    "7": "craft and related trades workers", "8": "plant and machine operators and assemblers",
    "9": "elementary occupations",
}
# ASHE's SOC 2020 groups nearest each ISCO-08 major group, for GB's estimate of unmapped codes.
GB_GROUPS_FOR_ISCO = {"1": ["1"], "2": ["2"], "3": ["3"], "4": ["4"], "5": ["6", "7"], "6": ["51"],
                      "7": ["52", "53", "54"], "8": ["8"], "9": ["9"]}
# SOC 2018 prefix -> NOC 2021 broad category; the longest matching prefix wins.
NOC_BY_SOC_PREFIX = {
    "11": "0", "13": "1", "15": "2", "17": "2", "19-1": "2", "19-2": "2", "19-3": "4", "19-303": "3",
    "19-40": "2", "19-406": "4", "21": "4", "23": "4", "25": "4", "25-4": "5", "27": "5", "27-1021": "2",
    "27-3031": "1", "29": "3", "31": "3", "33": "4", "33-9032": "6", "33-9093": "6", "33-9092": "5",
    "35": "6", "37": "6", "37-3": "8", "39": "6", "39-9011": "4", "39-903": "5", "41": "6", "41-3031": "1",
    "43": "1", "45": "8", "47": "7", "47-5": "8", "49": "7", "51": "9", "51-30": "6", "51-6011": "6",
    "53": "7", "53-2031": "6", "53-7065": "6", "55": "4",
}
# Public pay scales that govern a job (they win over the survey for these codes).
STPCD_SOCS = {"25-2021", "25-2031", "25-2058"}       # teachers in England's maintained schools
AFC_BANDS = {"29-1141": ("Band 5", "Band 6"), "29-1123": ("Band 5", "Band 6"), "29-1031": ("Band 5", "Band 6"),
             "29-2034": ("Band 5", "Band 6"), "29-2043": ("Band 5", "Band 6"), "29-1171": ("Band 7", "Band 8a")}
TVOED_NURSE = ("29-1141", ("P 7", "stufe_2_eur"), ("P 8", "stufe_6_eur"))
# Singapore codes whose MOM spread holds more than the job, so their 75th percentile says little of
# it: SOC -> (the SOC of a neighbouring job MOM measures well, why). Such a row is estimated as the
# neighbour's MOM p25 / p75 times the US ratio of the two jobs' p25 / p75 (BLS OEWS), and says so.
SG_RELATIVE = {
    "15-1253": ("15-1252", "MOM's ICT quality assurance specialists (SSOC 25151) run from S$4,797 to S$14,424 a month "
                           "(25th-75th), a spread that holds quality managers as well as testers and puts its 75th "
                           "above software developers'"),
}
# Germany's occupational pay: the Bundesagentur für Arbeit's Entgeltatlas, as its public API returned
# it to a scrape committed on GitHub (the reference has no German occupational figures). Every
# occupation of KldB 2010 at 5 digits, Germany, all ages, sexes and industries: median, 25th and
# 75th percentile of gross monthly pay of full-time employees subject to social insurance (civil
# servants and the self-employed are not in it), on 31 December of the reference year. The file
# does not name the year; its contribution ceiling (7,100 EUR, 2023's for the eastern states) and
# the scrape's date (February 2025) make it 2023. Codes below zero are the BA's: pay above the
# ceiling (-2) or too few cases (-1, -100), not published.
ENTGELTATLAS = {
    "repository": "seneldoruk/entgeltatlas-scrape",
    "commit": "9e120f8fb44ac626ec6151bcff47a2d29535116e",
    "path": "scrape/scripts/out/results_raw.json",
    "sha256": "f91bbda1634f67a177344ea936dab0e03fb6636e93364e8521a1211050146384",
}
# Occupations most of whose workers are civil servants (Beamte), whom the Entgeltatlas leaves out:
# its figures are the employees', and the card says so.
KLDB_EMPLOYEES_ONLY = {
    "84114": "teachers", "84124": "teachers", "84134": "teachers", "84214": "teachers", "84194": "school heads",
}
# Where `fetch github:seneldoruk/entgeltatlas-scrape` leaves the snapshot (a bare git directory).
ENTGELTATLAS_DIRS = [os.path.join(ROOT, "..", ".mirror", "seneldoruk+entgeltatlas-scrape", "repo"),
                     "/work/.mirror/seneldoruk+entgeltatlas-scrape/repo"]



def default_reference():
    return next((d for d in REFERENCE_DIRS if os.path.isdir(d)), REFERENCE_DIRS[0])


def read_csv(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def whole(text):
    """A published figure in whole currency units, as an int so the JSON reads 19509, not 19509.0."""
    value = float(text)
    if value != int(value):
        raise ValueError(f"{text} is not a whole amount")
    return int(value)


def plain(value):
    return int(value) if float(value).is_integer() else value


def sig(value, digits=4):
    return float(f"{value:.{digits}g}")


# ---------------------------------------------------------------------------- reference readers

def oews_annual(row, key):
    value = row["A_" + key]
    if value == "#":
        return TOP_CODED_ANNUAL
    if value == "*":
        hourly = number(row["H_" + key])
        return hourly * FULL_TIME_HOURS if hourly else None
    return number(value)


def read_oews(ref):
    """Detailed SOC codes -> {emp, mean, p25, median, p75}, as BLS publishes them (annual USD)."""
    occupations = {}
    for row in read_csv(os.path.join(ref, "bls_oews_national_2024.csv")):
        if row["O_GROUP"] != "detailed":
            continue
        occupations[row["OCC_CODE"]] = {
            "emp": number(row["TOT_EMP"]) or 0, "mean": oews_annual(row, "MEAN"), "p25": oews_annual(row, "PCT25"),
            "median": oews_annual(row, "MEDIAN"), "p75": oews_annual(row, "PCT75"),
        }
    return occupations


def read_isco_by_soc(ref):
    """SOC 2018 code -> ISCO-08 codes, through SOC 2010 (BLS crosswalk, then O*NET's)."""
    regional = os.path.join(ref, "regional")
    isco_by_soc2010 = {}
    for row in read_csv(os.path.join(regional, "crosswalk_bls_isco08_to_soc2010.csv")):
        isco_by_soc2010.setdefault(row["soc2010_code"].strip(), set()).add(row["isco08_code"].strip())
    isco = {}
    for row in read_csv(os.path.join(regional, "crosswalk_onet_soc2010_to_soc2018.csv")):
        isco.setdefault(row["soc2018_code"], set()).update(isco_by_soc2010.get(row["onet_soc2010_code"][:7], ()))
    return isco


def read_mapping():
    return {row["soc"]: row for row in read_csv(MAPPING)}


def major_group(isco_codes):
    """The ISCO-08 major group most of a SOC code's ISCO codes fall in (ties: the lower digit)."""
    counts = {}
    for code in isco_codes:
        counts[code[0]] = counts.get(code[0], 0) + 1
    return min(counts, key=lambda group: (-counts[group], group)) if counts else None


def isco_groups(oews, isco_by_soc, mapping):
    groups = {}
    for soc in oews:
        override = mapping.get(soc, {}).get("isco08_group", "")
        groups[soc] = override or major_group(isco_by_soc.get(soc, ()))
    # A code the crosswalks do not reach takes the group most codes of its SOC broad group have.
    for soc, group in groups.items():
        if group is None:
            siblings = [g for s, g in groups.items() if s[:6] == soc[:6] and g] or \
                       [g for s, g in groups.items() if s[:4] == soc[:4] and g]
            groups[soc] = max(sorted(set(siblings)), key=siblings.count) if siblings else None
    return groups


def noc_group(soc):
    best = max((prefix for prefix in NOC_BY_SOC_PREFIX if soc.startswith(prefix)), key=len, default=None)
    return NOC_BY_SOC_PREFIX[best] if best else None


# ---------------------------------------------------------------------------- US pay by group

def mixture_quantile(components, q):
    """Quantile q of a weighted mixture of log-normals, each given by (weight, median, p25, p75)."""
    parts = []
    for weight, median, p25, p75 in components:
        sigma = max(math.log(p75 / p25) / (2 * Z75), 1e-6)
        parts.append((weight, math.log(median), sigma))
    total = sum(w for w, _, _ in parts)

    def cdf(log_x):
        return sum(w * 0.5 * (1 + math.erf((log_x - mu) / (s * math.sqrt(2)))) for w, mu, s in parts) / total

    low, high = min(mu for _, mu, _ in parts) - 5, max(mu for _, mu, _ in parts) + 5
    for _ in range(100):
        mid = (low + high) / 2
        low, high = (mid, high) if cdf(mid) < q else (low, mid)
    return math.exp((low + high) / 2)


def us_group_stats(oews, group_of):
    """Per group: employment-weighted mean of annual pay, and the pooled p25 / median / p75."""
    members = {}
    for soc, occupation in oews.items():
        group = group_of.get(soc)
        if group is None or not occupation["emp"] or occupation["mean"] is None:
            continue
        members.setdefault(group, []).append(occupation)
    stats = {}
    for group, occupations in members.items():
        emp = sum(o["emp"] for o in occupations)
        mean = sum(o["emp"] * o["mean"] for o in occupations) / emp
        components = [(o["emp"], o["median"], o["p25"], o["p75"]) for o in occupations
                      if o["median"] and o["p25"] and o["p75"] and o["p75"] > o["p25"]]
        stats[group] = {"mean": mean, "p25": mixture_quantile(components, 0.25),
                        "median": mixture_quantile(components, 0.5), "p75": mixture_quantile(components, 0.75)}
    return stats


# ---------------------------------------------------------------------------- groups per region

def ilostat_groups(ref, us_isco):
    rows = read_csv(os.path.join(ref, "regional", "ilostat_mean_monthly_earnings_isco08_major_group_lcu.csv"))
    result = []
    for region in ILOSTAT_REGIONS:
        own = [r for r in rows if r["region"] == region]
        year = max(r["year"] for r in own)
        for row in own:
            group = row["isco08_major_group"]
            if row["year"] != year or group not in ISCO_LABELS or group not in us_isco:
                continue
            yearly = float(row["mean_monthly_earnings_lcu"]) * 12
            result.append({
                "region": region, "system": "isco08", "group": group,
                "local_per_us_dollar": sig(yearly / us_isco[group]["mean"]), "spread": 1,
                "basis": f"Estimated from ILOSTAT {year} mean earnings of {ISCO_LABELS[group]} "
                         f"(ISCO-08 group {group}) and US pay (BLS)",
                "source": "ilostat-earnings-isco08",
            })
    return result


def lognormal_sigma(mean, median):
    return math.sqrt(2 * math.log(mean / median)) if mean > median else None


def statcan_groups(ref, us_noc):
    result = []
    for row in read_csv(os.path.join(ref, "regional", "ca_statcan_lfs_2025_noc2021_broad_category_wages.csv")):
        group = row["noc2021_broad_category"]
        if group not in us_noc:
            continue
        mean, median = float(row["mean_hourly_cad"]), float(row["median_hourly_cad"])
        us = us_noc[group]
        # Mean over median measures a log-normal's spread the same way on both sides.
        ca_sigma, us_sigma = lognormal_sigma(mean, median), lognormal_sigma(us["mean"], us["median"])
        spread = sig(ca_sigma / us_sigma, 3) if ca_sigma and us_sigma else 1
        result.append({
            "region": "CA", "system": "noc2021", "group": group,
            "local_per_us_dollar": sig(mean * FULL_TIME_HOURS / us["mean"]), "spread": spread,
            "basis": f"Estimated from Statistics Canada LFS {row['year']} wages in "
                     f"{row['label'][0].lower() + row['label'][1:]} (NOC 2021 category {group}) and US pay (BLS)",
            "source": "statcan-lfs-2025",
        })
    return result


def read_ashe(ref):
    rows = read_csv(os.path.join(ref, "regional", "gb_ashe_2024p_soc2020_annual_pay_percentiles.csv"))
    return {r["soc2020_code"]: r for r in rows if r["population"] == "full_time_employee_jobs" and r["soc2020_code"]}


def ashe_groups(ashe, us_isco):
    result = []
    for group, codes in GB_GROUPS_FOR_ISCO.items():
        rows = [ashe[c] for c in codes]
        if group not in us_isco or any(number(r["mean"]) is None for r in rows):
            continue
        jobs = [float(r["jobs_thousand"]) for r in rows]
        mean = sum(j * float(r["mean"]) for j, r in zip(jobs, rows)) / sum(jobs)
        if len(rows) == 1:
            p25, p75 = float(rows[0]["p25"]), float(rows[0]["p75"])
        else:
            parts = [(j, float(r["median"]), float(r["p25"]), float(r["p75"])) for j, r in zip(jobs, rows)]
            p25, p75 = mixture_quantile(parts, 0.25), mixture_quantile(parts, 0.75)
        us = us_isco[group]
        names = " and ".join(f"{c} {ashe[c]['description'].lower()}" for c in codes)
        result.append({
            "region": "GB", "system": "isco08", "group": group,
            "local_per_us_dollar": sig(mean / us["mean"]),
            "spread": sig(math.log(p75 / p25) / math.log(us["p75"] / us["p25"]), 3),
            "basis": f"Estimated from ONS ASHE 2024 full-time pay of SOC 2020 group {names} "
                     f"(nearest ISCO-08 group {group}) and US pay (BLS)",
            "source": "ons-ashe-2024",
        })
    return result


# ---------------------------------------------------------------------------- occupations per region

def ashe_figures(ashe, code, fallback):
    """The unit group's p25 / p75, or its minor group's where ONS suppresses the unit's (unless barred)."""
    levels = [code] + ([code[:3]] if fallback != "none" else [])
    for level in levels:
        row = ashe.get(level)
        if row and number(row["p25"]) and number(row["p75"]):
            return level, row
    return None, None


def gb_survey_row(soc, code, fallback, ashe):
    level, row = ashe_figures(ashe, code, fallback)
    if row is None:
        return None
    where = f"SOC 2020 {code} {row['description'].lower()}" if level == code else \
        f"SOC 2020 group {level} {row['description'].lower()}, as {code} is not published"
    entry = {"soc": soc, "region": "GB", "code": code}
    if level != code:
        entry["figures_code"] = level
    entry.update({"entry": whole(row["p25"]), "experienced": whole(row["p75"]),
                  "basis": f"ONS ASHE 2024, 25th-75th percentile, full-time ({where})", "source": "ons-ashe-2024"})
    return entry


def gb_scale_row(soc, code, ashe, teachers, nhs_bands):
    title = ashe[code]["description"] if code in ashe else ""
    base = {"soc": soc, "region": "GB", "code": code}
    if soc in STPCD_SOCS:
        scale = {r["point"]: r["rest_of_england_gbp"] for r in teachers if r["school_year"] == "2025/26"}
        return {**base, "entry": whole(scale["M1"]), "experienced": whole(scale["U3"]),
                "basis": f"England teachers' pay 2025/26 (STPCD), main scale M1 to upper scale U3, outside London "
                         f"(SOC 2020 {code} {title.lower()})", "source": "stpcd-2025"}
    if soc in AFC_BANDS:
        low, high = AFC_BANDS[soc]
        return {**base, "entry": whole(nhs_bands[low]["entry_annual_gbp"]),
                "experienced": whole(nhs_bands[high]["top_annual_gbp"]),
                "basis": f"NHS Agenda for Change 2025/26 (England), {low} entry to {high} top "
                         f"(SOC 2020 {code} {title.lower()})", "source": "nhs-afc-2025"}
    return None


def sg_relative_row(soc, ssoc, mom, mapping, oews):
    """A Singapore row estimated from a neighbouring job's MOM figures (SG_RELATIVE)."""
    neighbour_soc, why = SG_RELATIVE[soc]
    neighbour = mapping[neighbour_soc]["ssoc2020"]
    r, us, us_neighbour = mom[neighbour], oews[soc], oews[neighbour_soc]
    return {"soc": soc, "region": "SG", "code": ssoc,
            "entry": round(12 * float(r["gross_wage_p25"]) * us["p25"] / us_neighbour["p25"]),
            "experienced": round(12 * float(r["gross_wage_p75"]) * us["p75"] / us_neighbour["p75"]), "estimated": True,
            "basis": f"{why}; estimated as MOM Occupational Wage Survey 2024's {r['occupation'].lower()}s (SSOC 2020 "
                     f"{neighbour}), 25th-75th percentile of gross monthly wages × 12, full-time residents, without the "
                     f"13th month, times the US ratio of the two jobs' 25th and 75th percentiles (BLS OEWS May 2024, "
                     f"SOC {soc} to {neighbour_soc})",
            "source": "mom-ows-2024"}


def occupation_rows(ref, mapping, ashe, atlas):
    regional = os.path.join(ref, "regional")
    teachers = read_csv(os.path.join(regional, "gb_teacher_pay_england_2024_2026_stpcd.csv"))
    nhs_bands = {r["band"]: r for r in read_csv(os.path.join(regional, "gb_nhs_afc_pay_bands_england_2025_26.csv"))}
    mom = {r["ssoc2020_code"]: r for r in read_csv(os.path.join(regional, "sg_mom_ows_2024_ssoc2020_monthly_wage_percentiles.csv"))}
    tvoed = {r["grade"]: r for r in read_csv(os.path.join(regional, "de_tvoed_p_nurse_pay_table_2025_2026.csv"))
             if r["table"].startswith("TVoeD-P VKA")}
    oews = read_oews(ref)
    rows, problems = [], []
    for soc, m in sorted(mapping.items()):
        code = m["gb_soc2020"]
        if code:
            if code not in ashe:
                problems.append(f"{soc}: GB SOC 2020 {code} is not in ASHE")
            else:
                row = gb_scale_row(soc, code, ashe, teachers, nhs_bands) or gb_survey_row(soc, code, m["gb_fallback"], ashe)
                if row:
                    rows.append(row)
        ssoc = m["ssoc2020"]
        if ssoc:
            if ssoc not in mom:
                problems.append(f"{soc}: SSOC 2020 {ssoc} is not in MOM's table")
            elif soc in SG_RELATIVE:
                rows.append(sg_relative_row(soc, ssoc, mom, mapping, oews))
            else:
                r = mom[ssoc]
                rows.append({"soc": soc, "region": "SG", "code": ssoc,
                             "entry": whole(r["gross_wage_p25"]) * 12, "experienced": whole(r["gross_wage_p75"]) * 12,
                             "basis": f"MOM Occupational Wage Survey 2024, 25th-75th percentile of gross monthly wages "
                                      f"× 12, full-time residents, without the 13th month (SSOC 2020 {ssoc} {r['occupation']})",
                             "source": "mom-ows-2024"})
        kldb = m.get("de_kldb2010", "")
        if kldb and atlas is not None and soc != TVOED_NURSE[0]:
            if kldb not in atlas:
                problems.append(f"{soc}: KldB 2010 {kldb} is not in the Entgeltatlas")
            else:
                row = de_survey_row(soc, kldb, atlas)
                if row:
                    rows.append(row)
        if soc == TVOED_NURSE[0]:
            (low_grade, low_step), (high_grade, high_step) = TVOED_NURSE[1], TVOED_NURSE[2]
            rows.append({"soc": soc, "region": "DE",
                         "entry": whole(tvoed[low_grade][low_step]) * 12, "experienced": whole(tvoed[high_grade][high_step]) * 12,
                         "basis": "TVöD-P pay table for municipal hospitals from April 2025, P7 step 2 to P8 step 6, "
                                  "monthly × 12, without the annual bonus", "source": "tvoed-p-2025"})
    return rows, problems


def read_entgeltatlas():
    """KldB 2010 code -> (name, q25, median, q75), monthly EUR, None where the BA publishes no figure;
    None without the snapshot. Raises if the snapshot's file is not the one recorded."""
    import hashlib
    import subprocess
    where = next((d for d in ENTGELTATLAS_DIRS if os.path.isdir(d)), None)
    if where is None:
        return None
    blob = subprocess.run(["git", "--git-dir", where, "show", f"{ENTGELTATLAS['commit']}:{ENTGELTATLAS['path']}"],
                          check=True, capture_output=True).stdout
    if hashlib.sha256(blob).hexdigest() != ENTGELTATLAS["sha256"]:
        raise ValueError(f"{where}: {ENTGELTATLAS['path']} is not the file recorded in ENTGELTATLAS")
    published = lambda v: v if isinstance(v, (int, float)) and v > 0 else None
    atlas = {}
    for code, entry in json.loads(blob).items():
        figures = entry.get("0") or {}
        atlas[code] = (entry.get("occupation_name", ""), published(figures.get("entgeltQ25")),
                       published(figures.get("entgelt")), published(figures.get("entgeltQ75")))
    return atlas


def de_survey_row(soc, code, atlas):
    """Germany's figures for a SOC code mapped to a KldB code. Where the 75th percentile is above the
    contribution ceiling (not published), it is estimated as the median squared over the 25th (a
    log-normal's symmetry) and the row says so; without a median there is no row."""
    name, q25, median, q75 = atlas.get(code, ("", None, None, None))
    if q25 is None or median is None:
        return None
    row = {"soc": soc, "region": "DE", "code": code}
    where = f"KldB 2010 {code} {name}"
    if q75 is not None:
        row.update({"entry": q25 * 12, "experienced": q75 * 12,
                    "basis": f"Bundesagentur für Arbeit Entgeltatlas 2023, 25th-75th percentile of gross monthly pay × 12, "
                             f"full-time employees ({where})"})
    else:
        row.update({"entry": q25 * 12, "experienced": int(sig(median * median / q25 * 12, 3)), "estimated": True,
                    "basis": f"Bundesagentur für Arbeit Entgeltatlas 2023, gross monthly pay × 12 of full-time employees "
                             f"({where}): the 25th percentile, and a 75th estimated from the median, as the BA does not "
                             f"publish pay above the contribution ceiling"})
    if code in KLDB_EMPLOYEES_ONLY:
        who = KLDB_EMPLOYEES_ONLY[code]
        row["basis"] += (f"; these are employed {who}: most {who} in Germany are civil servants, paid on a scale "
                         f"of the same order, and not in the Entgeltatlas")
    row["source"] = "ba-entgeltatlas-2023"
    return row


# ---------------------------------------------------------------------------- minimum wages

def minimum_wage_rows(ref):
    rows = read_csv(os.path.join(ref, "regional", "statutory_minimum_wages_2024_2026.csv"))
    result, problems = [], []
    for region, (units_per_year, full_time) in FULL_TIME.items():
        in_force = [r for r in rows if r["region"] == region and r["rate"] and r["effective_from"] <= AS_OF]
        if not in_force:
            problems.append(f"{region}: no minimum wage in force on {AS_OF}")
            continue
        row = max(in_force, key=lambda r: r["effective_from"])
        if "verify" in row["note"] and (region, row["effective_from"]) not in VERIFIED_MINIMUMS:
            problems.append(f"{region}: the {row['effective_from']} minimum is marked to verify")
        result.append({"region": region, "name": MINIMUM_NAMES[region], "rate": plain(number(row["rate"])), "unit": row["unit"],
                       "units_per_year": units_per_year, "full_time": full_time, "effective": row["effective_from"],
                       "source": f"minimum-wage-{region.lower()}"})
    return result, problems, rows
