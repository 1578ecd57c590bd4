#!/usr/bin/python3
"""What the engine's WASM is made of: bytes per part, from a build linked with --profiling-funcs.

  wasm_size_profile.py ENGINE.wasm [--json]

Reads the code section (each function's body size) and the name section (each function's name),
and sums the bodies by the part their names belong to (Dear ImGui, nlohmann::json, our core, our
app, the C++ standard library, Emscripten's libc); the data section (the embedded dataset and
fonts) is its own line. Raw bytes, before gzip: the parts' shares, not the download.
"""
import json
import re
import sys

PARTS = [
    ("nlohmann::json", re.compile(r"nlohmann")),
    ("airisk core", re.compile(r"airisk::core")),
    ("airisk app (card sections, mirror, share image)", re.compile(r"airisk::app")),
    # main() holds what link-time optimisation inlined into it: the platform's set-up, and the app's.
    ("airisk web platform (with what LTO inlined into main)", re.compile(r"airisk|ImGui_ImplOpenGL3|__original_main|^main$")),
    ("Dear ImGui", re.compile(r"ImGui|Im[A-Z]\w*::|stb|^Im[A-Z]")),
    ("C++ standard library", re.compile(r"^std::|std::__2|__cxa|__cxxabiv1|operator new|operator delete")),
]


def leb(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def read_name(data, pos):
    length, pos = leb(data, pos)
    return data[pos:pos + length].decode("utf-8", "replace"), pos + length


def profile(path):
    data = open(path, "rb").read()
    assert data[:4] == b"\0asm", f"{path} is not a WASM module"
    pos = 8
    imported_functions = 0
    bodies = []
    names = {}
    sections = {}
    while pos < len(data):
        section_id = data[pos]
        size, body = leb(data, pos + 1)
        end = body + size
        if section_id == 2:  # imports: function imports come first in the index space
            count, p = leb(data, body)
            for _ in range(count):
                _, p = read_name(data, p)
                _, p = read_name(data, p)
                kind = data[p]
                p += 1
                if kind == 0:
                    _, p = leb(data, p)
                    imported_functions += 1
                elif kind == 1:
                    p += 1
                    flags, p = leb(data, p)
                    _, p = leb(data, p)
                    if flags & 1:
                        _, p = leb(data, p)
                elif kind == 2:
                    flags, p = leb(data, p)
                    _, p = leb(data, p)
                    if flags & 1:
                        _, p = leb(data, p)
                elif kind == 3:
                    p += 2
        elif section_id == 10:
            count, p = leb(data, body)
            for _ in range(count):
                length, q = leb(data, p)
                bodies.append(q + length - p)
                p = q + length
        elif section_id == 0:
            name, p = read_name(data, body)
            if name == "name":
                while p < end:
                    sub, q = data[p], p + 1
                    sub_size, q = leb(data, q)
                    if sub == 1:
                        count, r = leb(data, q)
                        for _ in range(count):
                            index, r = leb(data, r)
                            fname, r = read_name(data, r)
                            names[index] = fname
                    p = q + sub_size
            else:
                sections[f"custom section '{name}'"] = size
        sections.setdefault(section_id, 0)
        sections[section_id] = sections.get(section_id, 0) + size if section_id != 0 else sections[section_id]
        pos = end
    parts = {}
    for i, size in enumerate(bodies):
        name = names.get(i + imported_functions, "")
        part = next((label for label, rule in PARTS if rule.search(name)), "C library and Emscripten runtime" if name else "unnamed")
        parts[part] = parts.get(part, 0) + size
    return {
        "code_bytes_by_part": dict(sorted(parts.items(), key=lambda kv: -kv[1])),
        "data_bytes": sections.get(11, 0),
        "code_bytes": sections.get(10, 0),
        "file_bytes": len(data),
    }


if __name__ == "__main__":
    result = profile(sys.argv[1])
    if "--json" in sys.argv:
        print(json.dumps(result))
    else:
        for part, size in result["code_bytes_by_part"].items():
            print(f"{part:50s} {size / 1024:8.1f} KB")
        print(f"{'data (embedded dataset, fonts, tables)':50s} {result['data_bytes'] / 1024:8.1f} KB")
