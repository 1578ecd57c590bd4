"""The public reference data the dataset is derived from (../shared/reference on the team's
machines; never copied into the repository), read the same way by every derive_* script and by
check_reference.py."""
import csv
import os

import regional_pay_figures

# Anthropic Economic Index releases: source id -> (task share file, data window as YYYY-MM).
# Windows from the releases' descriptions: the Claude 3.7 Sonnet period of February-March 2025,
# and 5-12 February 2026.
AEI_RELEASES = {
    "aei-2025-03": ("anthropic_economic_index_2025_03_27_task_pct.csv", "2025-02", "2025-03"),
    "aei-2026-03": ("anthropic_economic_index_2026_03_24_task_pct.csv", "2026-02", "2026-02"),
}
NOT_TASKS = {"none", "not_classified"}  # rows of conversations matched to no task


def reference_dir(argv):
    """The argument, else the first of shared/reference beside the checkout or /work/shared/reference
    (the list the regional pay scripts use) that exists."""
    return argv[1] if len(argv) > 1 else regional_pay_figures.default_reference()


def has_reference(ref):
    return os.path.isfile(os.path.join(ref, "onet_task_statements.csv"))


def load_onet_statements(ref):
    """O*NET task id -> (O*NET-SOC code such as 15-1252.00, lower-cased statement)."""
    statements = {}
    with open(os.path.join(ref, "onet_task_statements.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            statements[row["task_id"]] = (row["onet_soc_code"], row["task"].strip().lower())
    return statements


def load_aei_tasks(ref):
    """source id -> set of lower-cased O*NET statements the release maps conversations to."""
    releases = {}
    for source, (name, _, _) in AEI_RELEASES.items():
        with open(os.path.join(ref, name), encoding="utf-8") as f:
            releases[source] = {r["task_name"].strip().lower() for r in csv.DictReader(f)} - NOT_TASKS
    return releases
