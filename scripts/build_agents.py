"""Derive ``src/readouts/data/agents.tsv`` from the Phoenix agents dictionary (MIT).

Usage: python scripts/build_agents.py ../shared/eval/petrarch2/dictionaries/Phoenix.agents.txt

Each agent noun phrase becomes one row: the lowercase phrase (singular and the plural forms
the dictionary gives) and its sector codes split into three-letter PLOVER/Phoenix codes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "readouts" / "data" / "agents.tsv"
HEADER = """# readouts agent nouns -> sectors. Derived by scripts/build_agents.py from Phoenix.agents.txt
# (openeventdata/petrarch2, commit 676801cd; MIT License, Copyright (c) 2014 Open Event Data
# Alliance). Columns: phrase (lowercase), sectors (|).
phrase\tsectors
"""
LINE = re.compile(r"^(?P<phrase>[^\[#{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[~(?P<code>[A-Z]+)\]")


def _expand(phrase: str, subs: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!([A-Z]+)!", phrase)
    if not match:
        return [phrase]
    out: list[str] = []
    for value in subs.get(match.group(1), []):
        out.extend(_expand(phrase.replace(match.group(0), value, 1), subs))
    return out


def _plural(word: str) -> str:
    if word.endswith("MAN"):
        return word[:-3] + "MEN"
    if word.endswith(("S", "X", "CH", "SH")):
        return word + "ES"
    if word.endswith("Y") and word[-2:-1] not in "AEIOU":
        return word[:-1] + "IES"
    return word + "S"


def main(path: str) -> None:
    subs: dict[str, list[str]] = {}
    rows: dict[str, set[str]] = {}
    for raw in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line:
            continue
        sub = re.match(r"^!([A-Z]+)!\s*=\s*(.+)$", line)
        if sub:
            subs[sub.group(1)] = [v.strip() for v in sub.group(2).split(",")]
            continue
        match = LINE.match(line)
        if not match:
            continue
        code = match.group("code")
        sectors = {code[i : i + 3] for i in range(0, len(code) - len(code) % 3, 3)}
        base = match.group("phrase").strip().rstrip("_")
        forms = _expand(base, subs)
        plural = match.group("plural")
        extra = [p.strip().rstrip("_") for p in plural.split(",")] if plural else []
        for form in forms:
            words = form.split("_")
            candidates = [form]
            if plural is not None and not extra:
                candidates.append("_".join([*words[:-1], _plural(words[-1])]))
            candidates.extend(e for e in extra if e)
            for cand in candidates:
                key = cand.replace("_", " ").strip().lower()
                if key and not key.startswith(("a ", "the ")):
                    rows.setdefault(key, set()).update(sectors)
    with OUT.open("w", encoding="utf-8") as out:
        out.write(HEADER)
        for key in sorted(rows):
            out.write(f"{key}\t{'|'.join(sorted(rows[key]))}\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
