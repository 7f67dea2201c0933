"""The offline base map of the Map page: country outlines as SVG paths, built once at setup
time (``./setup.sh``) from Natural Earth's 1:110m countries (public domain), as shipped in the
``naturalearth_lowres`` data set of the geopandas 0.14 wheel from PyPI. Nothing is fetched at
run time; the built file lives in the installed package (``static/basemap/countries.json``)
and is not part of the repository.

    python -m readouts.web.basemap build geopandas-0.14.4-py3-none-any.whl

Projection: equirectangular, x = longitude + 180, y = 90 - latitude (a 360 x 150 view from
90°N to 60°S; Antarctica is left out). The Map page places event coordinates the same way.
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

from .config import BASEMAP

SHAPES = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
SOURCE = (
    "Natural Earth 1:110m Admin 0 countries (public domain, naturalearthdata.com), from the "
    "naturalearth_lowres data set of the geopandas 0.14 wheel (BSD-3-Clause) on PyPI"
)
STEP = 0.2  # degrees: coordinates are rounded to this grid
# Natural Earth leaves some ISO codes empty (-99); readouts uses these (DESIGN.md section 3).
ISO_FIXES = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX", "Taiwan": "TWN"}


def read_polygons(shp: bytes) -> Iterator[list[list[tuple[float, float]]]]:
    """The rings of each record of an ESRI shapefile of polygons (shape type 5)."""
    offset = 100
    while offset + 8 <= len(shp):
        _, words = struct.unpack(">ii", shp[offset : offset + 8])
        content = shp[offset + 8 : offset + 8 + 2 * words]
        offset += 8 + 2 * words
        (shape_type,) = struct.unpack("<i", content[:4])
        if shape_type != 5:
            yield []
            continue
        n_parts, n_points = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", content[44 : 44 + 4 * n_parts]))
        start = 44 + 4 * n_parts
        flat = struct.unpack(f"<{2 * n_points}d", content[start : start + 16 * n_points])
        points = list(zip(flat[0::2], flat[1::2], strict=True))
        bounds = [*parts, n_points]
        yield [points[bounds[i] : bounds[i + 1]] for i in range(n_parts)]


def read_records(dbf: bytes, encoding: str = "utf-8") -> Iterator[dict[str, str]]:
    """The attribute rows of a dBASE file, as text."""
    count, header, size = struct.unpack("<IHH", dbf[4:12])
    fields: list[tuple[str, int]] = []
    position = 32
    while dbf[position] != 0x0D:
        name = dbf[position : position + 11].split(b"\0", 1)[0].decode("ascii")
        fields.append((name, dbf[position + 16]))
        position += 32
    for index in range(count):
        row = dbf[header + index * size : header + (index + 1) * size]
        values: dict[str, str] = {}
        cursor = 1
        for name, length in fields:
            values[name] = row[cursor : cursor + length].decode(encoding, "replace").strip()
            cursor += length
        yield values


def svg_path(rings: list[list[tuple[float, float]]]) -> str:
    """An SVG path of the rings, projected and rounded to :data:`STEP`."""
    out: list[str] = []
    for ring in rings:
        points: list[tuple[float, float]] = []
        for lon, lat in ring:
            point = (round((lon + 180) / STEP) * STEP, round((90 - lat) / STEP) * STEP)
            if not points or point != points[-1]:
                points.append(point)
        if len(set(points)) < 3:
            continue
        coords = " ".join(f"{round(x, 1):g} {round(y, 1):g}" for x, y in points)
        out.append(f"M{coords}Z")
    return "".join(out)


def build(wheel: Path, target: Path | None = None) -> Path:
    """Write the base map from the geopandas wheel; return the file written."""
    target = target or BASEMAP
    with zipfile.ZipFile(wheel) as archive:
        shp = archive.read(f"{SHAPES}.shp")
        dbf = archive.read(f"{SHAPES}.dbf")
    countries = []
    for rings, row in zip(read_polygons(shp), read_records(dbf), strict=True):
        name = row.get("name", "")
        iso3 = row.get("iso_a3", "")
        iso3 = ISO_FIXES.get(name, iso3) if iso3 in {"", "-99"} else iso3
        if iso3 == "ATA":
            continue
        path = svg_path(rings)
        if path:
            countries.append({"iso3": iso3 if iso3 != "-99" else None, "name": name, "d": path})
    countries.sort(key=lambda c: str(c["name"]))
    target.parent.mkdir(parents=True, exist_ok=True)
    document = {"source": SOURCE, "projection": "x=lon+180, y=90-lat", "countries": countries}
    target.write_text(json.dumps(document, separators=(",", ":")), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m readouts.web.basemap", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("build", help="build the base map from a geopandas 0.14 wheel")
    make.add_argument("wheel", type=Path)
    make.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    written = build(args.wheel, args.out)
    count = len(json.loads(written.read_text(encoding="utf-8"))["countries"])
    sys.stdout.write(f"base map: {count} countries -> {written}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["build", "read_polygons", "read_records", "svg_path"]
