"""Derive ``src/readouts/data/phoenix_actors.jsonl.gz`` from the Phoenix actor dictionaries (MIT).

Usage: python scripts/build_phoenix_kb.py ../shared/eval/petrarch2/dictionaries

People and organizations with their dated roles, read by :mod:`readouts.knowledge.phoenix`
(the same reader as ``readouts kb import phoenix``). Country entries and their place aliases are
left out: the country table and the gazetteer own places. The packaged knowledge base loads
this file first, so the curated people.tsv and organizations.tsv win on a shared name.
Source: openeventdata/petrarch2, commit 676801cd, Phoenix.{Countries,International,MilNonState}
.actors.txt; MIT License, Copyright (c) 2014 Open Event Data Alliance.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from readouts.knowledge.kb_records import actor_record
from readouts.knowledge.phoenix import read_phoenix

OUT = Path(__file__).resolve().parents[1] / "src" / "readouts" / "data" / "phoenix_actors.jsonl.gz"
FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")


def main(folder: str) -> None:
    result = read_phoenix([Path(folder) / name for name in FILES])
    kept = 0
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        for actor in result.actors:
            if actor.kind == "GPE" or not any(r.country for r in actor.roles):
                continue
            record = actor_record(actor)
            record["source"] = "phoenix"
            out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
            kept += 1
    print(f"wrote {kept} of {len(result.actors)} actors to {OUT} ({len(result.problems)} problems)")


if __name__ == "__main__":
    main(sys.argv[1])
