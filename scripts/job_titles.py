#!/usr/bin/python3
"""Derives data/tables/job_titles.json: the titles job ads use, per SOC code.

  job_titles.py [REFERENCE_DIR] [--airisk PATH]

For every SOC 2018 code O*NET describes, `onet_titles` is O*NET's sample of reported job titles
of the code's main occupation (.00) from onet_occupations_2025.csv, each "Title (Other Name)"
giving both names. A detailed O*NET-SOC occupation (11-9199.09 Wind Energy Operations Managers) is
another job under the code: its titles go to `specialisations[].onet_titles` of the profession
that describes it (describing_profession), or nowhere. The editorial fields already in the file
are kept as they are: `primary`, `everyday_titles` (what most people doing the work call it), `ad_titles`
(titles as ads write them) and `specialisations[].titles`.

A title must lead to one SOC code (`airisk validate` checks it). Titles are compared as the
matcher reads them (`airisk normalise`, so "Charge Nurses" and "Charge Nurse" are one title), and
an O*NET title is left out when it would lead to two places:
- it reads as one word that titles of three or more other SOC codes end in ("Doctor"; "OR Tech",
  read as "Technician");
- O*NET lists it under several SOC codes ("Charge Nurse": registered and licensed practical nurses);
- a profession of another SOC code, or an editorial title of another SOC code, already claims it;
- it is a name of a profession of the SOC, or an editorial title of it (an alias stays: O*NET
  reports it as a title, and the public index lists it).
Needs the native build (build/native/airisk). Prints what it left out on stderr.
"""
import csv
import glob
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = os.path.join(ROOT, "data", "tables", "job_titles.json")
SOURCE = {
    "id": "onet-sample-titles",
    "kind": "published",
    "publisher": "O*NET program, U.S. Department of Labor",
    "title": "O*NET OnLine occupation list with each occupation's sample of reported job titles (O*NET-SOC 2019)",
    "url": "https://www.onetonline.org/find/all",
    "date": "2025-06-12",
}


def split_titles(text):
    """O*NET's comma-separated list; a comma inside brackets belongs to the title."""
    titles, depth, current = [], 0, ""
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            titles.append(current.strip())
            current = ""
        else:
            current += ch
    titles.append(current.strip())
    out = []
    for title in titles:
        match = re.fullmatch(r"(.*?)\s*\((.+)\)", title)
        out.extend([match.group(1), match.group(2)] if match else [title])
    return [t for t in out if re.search(r"[A-Za-z]", t)]


def usable_occupation_title(title):
    return "," not in title and "All Other" not in title and " Except " not in title


# Checked by hand where the rule below errs. Detailed occupations that are another job than the
# profession the rule finds: Security Managers are not Facilities Managers; Regulatory Affairs
# Managers (product approvals) are not Compliance Directors, though O*NET reports the title for both.
NOT_DESCRIBED = {"11-3013.01", "11-9199.01"}
# ... and detailed occupations a profession describes under another name or better than the one
# the rule finds: laboratory technologists of SOC 29-2011 are medical laboratory scientists; a
# clinical nurse specialist is a registered nurse with a graduate degree; molecular and cellular
# biologists are biologists (the rule finds the geneticist, a title O*NET reports for them).
DESCRIBED_BY = {"29-2011.01": "medical-laboratory-scientist", "29-2011.02": "medical-laboratory-scientist",
                "29-2011.04": "medical-laboratory-scientist", "29-1141.04": "registered-nurse",
                "19-1029.02": "biologist"}


def describing_profession(soc, code, title, reported, members, all_other, keys):
    """The profession of `soc` that describes the detailed O*NET occupation `code`, or None.

    A profession whose name or alias reads as the occupation's title or one of its reported
    titles describes it (11-9199.08 Loss Prevention Managers: the Loss Prevention Manager). The
    only profession of a code that is not an "All Other" also describes the code's detailed
    occupations of its kind, those whose title ends in the same word ("Critical Care Nurses",
    Registered Nurse), but not another job filed there ("Intelligence Analysts", Detective).
    """
    if code in NOT_DESCRIBED:
        return None
    said = {keys[title], *(keys[t] for t in reported)}
    for p in members:
        if DESCRIBED_BY.get(code) == p["slug"]:
            return p
    for p in members:
        if any(keys[name] in said for name in [p["name"], *p["aliases"]]):
            return p
    if len(members) == 1 and not all_other:
        last_word = lambda text: keys[text].split(" ")[-1] if keys[text] else None
        if last_word(title) == last_word(members[0]["name"]):
            return members[0]
    return None


def normalise(airisk, titles):
    result = subprocess.run([airisk, "normalise"], input="\n".join(titles) + "\n", capture_output=True,
                            text=True, check=True)
    keys = result.stdout.split("\n")[: len(titles)]
    return dict(zip(titles, keys))


def main():
    args = [a for a in sys.argv[1:]]
    airisk = os.path.join(ROOT, "build", "native", "airisk")
    if "--airisk" in args:
        airisk = args[args.index("--airisk") + 1]
        del args[args.index("--airisk"):args.index("--airisk") + 2]
    ref = args[0] if args else os.path.join(ROOT, "..", "shared", "reference")
    onet_csv = os.path.join(ref, "onet_occupations_2025.csv")
    if not os.path.isfile(onet_csv) or not os.access(airisk, os.X_OK):
        sys.exit(f"job_titles: needs {onet_csv} and {airisk} (cmake --build --preset native)")

    existing = {}
    if os.path.isfile(TABLE):
        for entry in json.load(open(TABLE, encoding="utf-8")).get("job_titles", []):
            existing[entry["soc"]] = entry

    # soc -> occupation name; soc -> O*NET-SOC occupations [(code, title, reported titles)]
    names, occupations = {}, {}
    for row in csv.DictReader(open(onet_csv, encoding="utf-8")):
        soc = row["onet_soc_code"][:7]
        if row["onet_soc_code"].endswith(".00") or soc not in names:
            names[soc] = row["title"]
        reported = [] if "sorry" in row["sample_titles"].lower() else split_titles(row["sample_titles"])  # a few rows hold a scraped error page
        occupations.setdefault(soc, []).append((row["onet_soc_code"], row["title"], reported))

    professions = []
    for path in sorted(glob.glob(os.path.join(ROOT, "data", "professions", "*.json"))):
        professions.extend(json.load(open(path, encoding="utf-8")).get("professions", []))

    slugs = {p["slug"] for p in professions}
    for soc, entry in existing.items():
        for slug in [entry.get("primary")] + [s["profession"] for s in entry.get("specialisations", [])]:
            if slug and slug not in slugs:
                print(f"job_titles: {soc} names {slug!r}, which is no profession (a typo?)", file=sys.stderr)

    everything = {t for occs in occupations.values() for _, title, reported in occs for t in [title, *reported]}
    for p in professions:
        everything.update([p["name"], *p["aliases"]])
    for entry in existing.values():
        everything.update(entry.get("ad_titles", []) + entry.get("everyday_titles", []))
        for s in entry.get("specialisations", []):
            everything.update(s.get("titles", []))
    keys = normalise(airisk, sorted(everything))

    # An O*NET code no profession has as its own, whose tasks a profession uses (onet_soc_codes:
    # the parts of a BLS aggregate), leads to that profession's BLS code, as in the core.
    own_socs = {p["soc_code"] for p in professions}
    lead, members = {}, {}  # soc -> the SOC its titles lead to; soc -> the professions they lead to
    for p in professions:
        members.setdefault(p["soc_code"], []).append(p)
    for p in professions:
        for code in p.get("onet_soc_codes", []):
            if code not in own_socs:
                lead[code] = p["soc_code"]
                members.setdefault(code, []).append(p)

    # Which titles of each SOC lead where: the whole code's (its .00 occupation), or one profession's.
    whole, special = {}, {}  # soc -> [titles]; soc -> {slug: [titles]}
    not_described = 0
    for soc, occs in occupations.items():
        whole[soc], special[soc] = [], {}
        all_other = "All Other" in names[soc]
        for code, title, reported in occs:
            if code.endswith(".00") and not all_other:
                whole[soc].extend(([title] if usable_occupation_title(title) else []) + reported)
                continue
            p = describing_profession(soc, code, title, reported, members.get(soc, []), all_other, keys)
            if p:
                special[soc].setdefault(p["slug"], []).extend(reported)
            elif members.get(soc) and reported:
                not_described += 1
                print(f"job_titles: {code} {title!r}: no profession of {soc} describes it; its titles lead nowhere",
                      file=sys.stderr)

    own = {}    # key -> SOCs whose professions are called that (by name)
    claims = {}  # key -> SOCs that claim it by a profession's name or alias, or an editorial title
    called = {}  # key -> slugs of the professions called that (name or alias)
    for p in professions:
        own.setdefault(keys[p["name"]], set()).add(p["soc_code"])
        for title in [p["name"], *p["aliases"]]:
            claims.setdefault(keys[title], set()).add(p["soc_code"])
            called.setdefault(keys[title], set()).add(p["slug"])
    editorial = {}  # key -> SOCs whose table entry lists it editorially
    for soc, entry in existing.items():
        for title in entry.get("everyday_titles", []) + entry.get("ad_titles", []) + [t for s in entry.get("specialisations", []) for t in s.get("titles", [])]:
            claims.setdefault(keys[title], set()).add(lead.get(soc, soc))
            editorial.setdefault(keys[title], set()).add(lead.get(soc, soc))
    onet_socs = {}
    for soc in occupations:
        for title in whole[soc] + [t for ts in special[soc].values() for t in ts]:
            onet_socs.setdefault(keys[title], set()).add(lead.get(soc, soc))

    # A title of one word names a kind of worker, not a job, when titles of three or more other codes
    # end in it: O*NET reports "Doctor" for naturopathic physicians and "OR Tech" (read "Tech") for
    # surgical technologists, and either would open that one profession for every bare "Doctor".
    head_socs = {}  # word -> SOCs with titles (O*NET's, names, aliases, editorial) ending in it
    for key, socs in list(onet_socs.items()) + list(claims.items()):
        if key:
            head_socs.setdefault(key.split()[-1], set()).update(socs)

    left_out = {"one word that titles of other codes end in": 0, "several SOC codes": 0, "another SOC's profession or editorial title": 0,
                "already a name or editorial title": 0, "already kept under another code of the same profession": 0,
                "a detailed O*NET occupation no profession describes": not_described,
                "another profession's name or alias": 0}
    kept_by_lead = {}  # Two O*NET codes that lead to one profession (25-2055, 25-2056 to 25-2052) list a title once.

    def keep(soc, titles, slug=None):
        """The titles that lead to one place only; `slug`: the profession they are given to."""
        kept = []
        leads_to = lead.get(soc, soc)
        for title in titles:
            key = keys[title]
            if not key:
                continue
            if " " not in key and len(head_socs.get(key, set()) - {leads_to}) >= 3:
                left_out["one word that titles of other codes end in"] += 1
                print(f"job_titles: {soc} {title!r}: one word, ending titles of {sorted(head_socs[key] - {leads_to})[:5]}...",
                      file=sys.stderr)
            elif len(onet_socs[key]) > 1:
                left_out["several SOC codes"] += 1
                print(f"job_titles: {soc} {title!r}: O*NET lists it under {sorted(onet_socs[key])}", file=sys.stderr)
            elif claims.get(key, {leads_to}) - {leads_to}:
                left_out["another SOC's profession or editorial title"] += 1
                print(f"job_titles: {soc} {title!r}: claimed by {sorted(claims[key] - {leads_to})}", file=sys.stderr)
            elif leads_to in own.get(key, set()) or leads_to in editorial.get(key, set()):
                left_out["already a name or editorial title"] += 1  # an alias stays: O*NET reports it as a title
            elif slug and called.get(key, {slug}) - {slug}:
                left_out["another profession's name or alias"] += 1  # it leads to that one already
            elif key in kept_by_lead.setdefault(leads_to, set()):
                left_out["already kept under another code of the same profession"] += 1
            else:
                kept_by_lead[leads_to].add(key)
                kept.append(title)
        return kept

    entries = []
    for soc in sorted(occupations):
        entry = {"soc": soc, "name": names[soc]}
        old = existing.get(soc, {})
        if "primary" in old:
            entry["primary"] = old["primary"]
        if old.get("everyday_titles"):
            entry["everyday_titles"] = old["everyday_titles"]
        entry["onet_titles"] = keep(soc, whole[soc])
        if old.get("ad_titles"):
            entry["ad_titles"] = old["ad_titles"]
        specialisations = {s["profession"]: {"profession": s["profession"], "titles": s["titles"]}
                           for s in old.get("specialisations", []) if s.get("titles")}
        for slug, titles in special[soc].items():
            kept = keep(soc, titles, slug)
            if kept:
                specialisations.setdefault(slug, {"profession": slug})["onet_titles"] = kept
        if specialisations:
            entry["specialisations"] = list(specialisations.values())
        entries.append(entry)
    for soc in sorted(set(existing) - set(occupations)):
        print(f"job_titles: {soc} is not in O*NET's list; its editorial fields are kept", file=sys.stderr)
        entries.append(existing[soc])
        entries.sort(key=lambda e: e["soc"])

    with open(TABLE, "w", encoding="utf-8") as out:
        out.write('{\n  "sources": [\n    ' + json.dumps(SOURCE, ensure_ascii=False) + '\n  ],\n  "job_titles": [\n')
        out.write(",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in entries))
        out.write("\n  ]\n}\n")
    total = sum(len(e.get("onet_titles", [])) + sum(len(s.get("onet_titles", [])) for s in e.get("specialisations", []))
                for e in entries)
    print(f"job_titles: {len(entries)} SOC codes, {total} O*NET titles kept; left out: {left_out}", file=sys.stderr)


if __name__ == "__main__":
    main()
