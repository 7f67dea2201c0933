"""Derive ``src/readouts/data/cameo.tsv`` from the CAMEO codebook and the CAMEO->PLOVER table.

Usage: python scripts/build_cameo.py ../shared/eval/cameo_codebook/cameo-codes.csv \
           ../shared/eval/plover_gsr/CAMEO2PLOVER-2021.txt

Only codes, names and Goldstein weights are taken from the codebook (MIT, andybega/icews);
its description/usage/example text (CC BY-NC-SA) is not copied. PLOVER type, mode and context
come from CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, CC BY-SA 4.0). CAMEO 01x (statements)
have no PLOVER type; 02x (appeals) map to REQUEST, as PLOVER folds appeals into REQUEST.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "readouts" / "data" / "cameo.tsv"
APPEAL_MODES = {
    "020": "", "021": "assist", "0211": "assist", "0212": "assist", "0213": "assist",
    "0214": "assist", "022": "assist", "023": "assist", "0231": "assist", "0232": "assist",
    "0233": "assist", "0234": "assist", "024": "change", "0241": "change", "0242": "change",
    "0243": "change", "0244": "change", "025": "yield", "0251": "yield", "0252": "yield",
    "0253": "yield", "0254": "yield", "0255": "yield", "0256": "yield", "026": "meet",
    "027": "meet", "028": "meet",
}


def quad(code: str) -> int:
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def main(codebook: str, mapping: str) -> None:
    plover: dict[str, tuple[str, str, str]] = {}
    for line in Path(mapping).read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?", line)
        if not match:
            continue
        code, typ = match.group(1), match.group(2)
        mode = (match.group(3) or "").strip()
        context = (match.group(4) or "").strip().replace(";", "|").replace(" ", "")
        if mode == "pro_autocracy":
            mode, context = "", "pro_autocracy|" + context
        plover.setdefault(code, (typ, mode, context))
    rows = []
    with open(codebook, encoding="utf-8", errors="replace", newline="") as handle:
        for rec in csv.DictReader(handle):
            code = rec["code"].strip()
            typ, mode, context = plover.get(code, ("", "", ""))
            if not typ and code.startswith("02"):
                typ, mode = "REQUEST", APPEAL_MODES.get(code, "")
            if not typ and len(code) > 2 and not code.startswith("01"):
                parent = plover.get(code[:3]) or plover.get(code[:2])
                if parent:
                    typ, mode, context = parent
            name = rec["name"].strip().replace("\t", " ")
            rows.append((code, name, rec["goldstein"].strip(), str(quad(code)), typ, mode, context))
    with OUT.open("w", encoding="utf-8") as out:
        out.write(
            "# CAMEO codes with Goldstein weights and PLOVER 2021 type/mode/contexts.\n"
            "# Built by scripts/build_cameo.py. Codes, names, Goldstein: CAMEO codebook via\n"
            "# andybega/icews data-raw/cameo-codes.csv (MIT). PLOVER columns: CAMEO2PLOVER-2021.txt,\n"
            "# openeventdata/PLOVER (CC BY-SA 4.0, Open Event Data Alliance).\n"
            "code\tname\tgoldstein\tquad\tplover\tmode\tcontexts\n"
        )
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
