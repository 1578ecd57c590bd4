#!/usr/bin/python3
"""Writes each profession's observed_use: for each Anthropic Economic Index release, how many of
its O*NET task statements people brought to Claude. Evidence shown beside the score, never part
of it (docs/methodology.md, "Observed use").

  derive_observed_use.py [REFERENCE_DIR]

A profession's O*NET tasks are all the statements of the O*NET occupations its tasks cite
(usually the SOC code's .00 occupation; a specialty such as 29-1141.03 where the tasks cite it).
A statement counts as observed when the release lists it (same text, case and outer spaces
ignored). scripts/check_reference.py recomputes the counts.
"""
import sys

import dataset_json
from reference_data import AEI_RELEASES, has_reference, load_aei_tasks, load_onet_statements, reference_dir


def occupation_statements(statements):
    """O*NET-SOC code -> its statements (lower-cased)."""
    by_occupation = {}
    for occupation, text in statements.values():
        by_occupation.setdefault(occupation, []).append(text)
    return by_occupation


def observed_use(prof, statements, by_occupation, releases):
    occupations = sorted({statements[i][0] for t in prof.get("tasks", []) for i in t.get("onet_task_ids", [])
                          if i in statements})
    texts = [text for occupation in occupations for text in by_occupation[occupation]]
    entries = []
    for source, (_, window_from, window_to) in AEI_RELEASES.items():
        entries.append({"source": source, "window_from": window_from, "window_to": window_to,
                        "onet_tasks": len(texts), "observed_tasks": sum(1 for t in texts if t in releases[source])})
    return entries


def main():
    ref = reference_dir(sys.argv)
    if not has_reference(ref):
        print(f"derive_observed_use: no reference data at {ref}")
        return 2
    statements, releases = load_onet_statements(ref), load_aei_tasks(ref)
    by_occupation = occupation_statements(statements)
    count = 0
    for path in dataset_json.category_paths():
        document = dataset_json.load(path)
        for prof in document.get("professions", []):
            entries = observed_use(prof, statements, by_occupation, releases)
            # Keep the evidence next to the tasks it is about.
            rebuilt = {}
            for key, value in prof.items():
                if key != "observed_use":
                    rebuilt[key] = value
                if key == "tasks":
                    rebuilt["observed_use"] = entries
            prof.clear()
            prof.update(rebuilt)
            count += 1
        dataset_json.save_category(path, document)
    print(f"derive_observed_use: {count} professions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
