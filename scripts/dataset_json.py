"""Reads and writes the dataset's JSON files in the repository's layout, so scripts that derive
fields (figure ranges, time shares, observed use) change only the values they mean to change.

Tables (data/tables/*.json) are plain two-space JSON. Category files (data/professions/*.json)
keep one profession field per line and one task, threat, phase, skill or salary per line.
"""
import glob
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _inline(value):
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _block(items, indent):
    """A list of objects, one per line."""
    if not items:
        return "[]"
    pad = " " * indent
    return "[\n" + ",\n".join(pad + "  " + _inline(item) for item in items) + "\n" + pad + "]"


def _profession(prof, indent):
    pad = " " * indent
    lines = []
    for key, value in prof.items():
        text = _block(value, indent + 2) if isinstance(value, list) and value and isinstance(value[0], dict) else _inline(value)
        lines.append(f'{pad}  "{key}": {text}')
    return pad + "{\n" + ",\n".join(lines) + "\n" + pad + "}"


def dumps_category(document):
    parts = []
    for key, value in document.items():
        if key == "professions":
            body = ",\n".join(_profession(p, 4) for p in value)
            parts.append(f'  "professions": [\n{body}\n  ]')
        elif isinstance(value, list):
            parts.append(f'  "{key}": {_block(value, 2)}')
        else:
            parts.append(f'  "{key}": {_inline(value)}')
    return "{\n" + ",\n".join(parts) + "\n}\n"


def dumps_table(document):
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def category_paths():
    return sorted(glob.glob(os.path.join(ROOT, "data", "professions", "*.json")))


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def save_category(path, document):
    with open(path, "w", encoding="utf-8") as f:
        f.write(dumps_category(document))


def save_table(path, document):
    with open(path, "w", encoding="utf-8") as f:
        f.write(dumps_table(document))
