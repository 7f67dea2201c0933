"""The offline base map: the shapefile and dBASE readers, the projection, the built file."""

from __future__ import annotations

import json
import struct

import pytest

from readouts.web.basemap import read_polygons, read_records, svg_path
from readouts.web.config import BASEMAP


def _polygon_file(rings: list[list[tuple[float, float]]]) -> bytes:
    points = [p for ring in rings for p in ring]
    parts, start = [], 0
    for ring in rings:
        parts.append(start)
        start += len(ring)
    content = struct.pack("<i4d2i", 5, 0, 0, 0, 0, len(rings), len(points))
    content += struct.pack(f"<{len(parts)}i", *parts)
    content += b"".join(struct.pack("<2d", x, y) for x, y in points)
    record = struct.pack(">ii", 1, len(content) // 2) + content
    return b"\0" * 100 + record


def _dbf(rows: list[dict[str, str]]) -> bytes:
    fields = [("name", 12), ("iso_a3", 3)]
    header_size = 32 + 32 * len(fields) + 1
    size = 1 + sum(n for _, n in fields)
    out = struct.pack("<B3BIHH20x", 3, 24, 1, 1, len(rows), header_size, size)
    for name, length in fields:
        out += name.encode().ljust(11, b"\0") + b"C" + b"\0" * 4 + bytes([length, 0]) + b"\0" * 14
    out += b"\r"
    for row in rows:
        out += b" " + b"".join(row[n].encode().ljust(length) for n, length in fields)
    return out


def test_readers_and_projection() -> None:
    square = [(-80.0, 23.0), (-74.0, 23.0), (-74.0, 20.0), (-80.0, 20.0), (-80.0, 23.0)]
    rings = next(read_polygons(_polygon_file([square])))
    assert rings == [square]
    assert list(read_records(_dbf([{"name": "Cuba", "iso_a3": "CUB"}]))) == [
        {"name": "Cuba", "iso_a3": "CUB"}
    ]
    assert svg_path(rings) == "M100 67 106 67 106 70 100 70 100 67Z"
    assert svg_path([[(0.0, 0.0), (0.01, 0.0), (0.0, 0.01)]]) == ""  # too small to draw


def test_built_base_map() -> None:
    if not BASEMAP.exists():
        pytest.skip("the base map is built by ./setup.sh")
    document = json.loads(BASEMAP.read_text(encoding="utf-8"))
    codes = {c["iso3"] for c in document["countries"]}
    assert {"CUB", "CHN", "USA", "FRA", "NOR"} <= codes and len(codes) > 150
    assert "Natural Earth" in document["source"]
