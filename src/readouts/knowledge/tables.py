"""Reading the packaged TSV data files, with validation and a fingerprint per file."""

from __future__ import annotations

import hashlib
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ResourceError

DATA_PACKAGE = "readouts.data"


def data_path(name: str) -> Path:
    return Path(str(resources.files(DATA_PACKAGE).joinpath(name)))


@cache
def read_table(name: str, required: tuple[str, ...] = ()) -> tuple[dict[str, str], ...]:
    """Rows of a packaged TSV file (``#`` lines are comments, the first other line the header)."""
    path = data_path(name)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ResourceError(f"[R010] cannot read data file {name}: {exc}") from None
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            missing = [col for col in required if col not in header]
            if missing:
                raise ResourceError(f"[R011] data file {name} lacks columns {missing}")
            continue
        if len(cells) > len(header):
            raise ResourceError(
                f"[R012] data file {name} line {number}: "
                f"{len(cells)} cells, header has {len(header)}"
            )
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, (c.strip() for c in cells), strict=True)))
    if header is None:
        raise ResourceError(f"[R013] data file {name} has no header line")
    return tuple(rows)


def split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


@lru_cache(maxsize=1)
def resource_versions() -> dict[str, str]:
    """Short content hashes of every packaged data file, recorded with each coded article."""
    root = resources.files(DATA_PACKAGE)
    versions: dict[str, str] = {}
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".tsv", ".json", ".yaml")):
            versions[entry.name] = hashlib.sha256(entry.read_bytes()).hexdigest()[:12]
    return versions
