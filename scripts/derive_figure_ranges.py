#!/usr/bin/python3
"""Sets every task's ai_figure_low and ai_figure_high by the rule in docs/methodology.md
("The range of a figure"): the more the Anthropic Economic Index shows people bringing the
task's O*NET statements to an AI system, the narrower the range around the editorial figure.

  derive_figure_ranges.py [REFERENCE_DIR]

Run it after changing an ai_figure or a task's onet_task_ids; scripts/check_reference.py fails
when a range does not follow the rule.
"""
import sys

import dataset_json
from reference_data import has_reference, load_aei_tasks, load_onet_statements, reference_dir

# Half-width of the range, in points of the figure, by how many AEI releases observe the task.
HALF_WIDTH_BY_RELEASES = {2: 5, 1: 7, 0: 10}


def releases_observing(task, statements, releases):
    texts = [statements[i][1] for i in task.get("onet_task_ids", []) if i in statements]
    return sum(1 for tasks in releases.values() if any(t in tasks for t in texts))


def figure_range(figure, observed_in):
    half = HALF_WIDTH_BY_RELEASES[observed_in]
    return max(0, figure - half), min(100, figure + half)


def main():
    ref = reference_dir(sys.argv)
    if not has_reference(ref):
        print(f"derive_figure_ranges: no reference data at {ref}")
        return 2
    statements, releases = load_onet_statements(ref), load_aei_tasks(ref)
    changed = 0
    for path in dataset_json.category_paths():
        document = dataset_json.load(path)
        for prof in document.get("professions", []):
            for task in prof.get("tasks", []):
                low, high = figure_range(task["ai_figure"], releases_observing(task, statements, releases))
                if (task.get("ai_figure_low"), task.get("ai_figure_high")) != (low, high):
                    changed += 1
                # Keep the range next to the figure it belongs to.
                rebuilt = {}
                for key, value in task.items():
                    if key in ("ai_figure_low", "ai_figure_high"):
                        continue
                    rebuilt[key] = value
                    if key == "ai_figure":
                        rebuilt["ai_figure_low"], rebuilt["ai_figure_high"] = low, high
                task.clear()
                task.update(rebuilt)
        dataset_json.save_category(path, document)
    print(f"derive_figure_ranges: {changed} tasks given a new range")
    return 0


if __name__ == "__main__":
    sys.exit(main())
