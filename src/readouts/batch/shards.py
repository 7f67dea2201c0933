"""Planning a batch job: the inputs named on the command line become numbered shards.

A shard is a list of parts, each a slice of one input file, in input order:

- ``lines``: a range of lines of a JSON Lines file (plain or ``.gz``), found by one pass over
  the file, so each worker reads only its own lines;
- ``rows``: a range of rows of a Parquet file (one row group, or a slice of one);
- ``file``: a whole file read by its ``readouts ingest`` reader (CSV/TSV, JSON, text, HTML,
  feeds, and JSON Lines files that are binary or cannot be decompressed);
- ``failure``: an input that cannot be read at all (no such file), with its Failure.

Shards are numbered in input order; loading them in that order gives the store what a
single ``readouts ingest`` of the same inputs gives.
"""

from __future__ import annotations

import glob
import gzip
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

import pyarrow.parquet as pq
from pydantic import BaseModel, ConfigDict

from ..errors import InputError, InputErrorCode
from ..inputs import InputKind, ReadOptions, discover, failure_for
from ..inputs.compressed import inner_name, is_gzip
from ..model import Failure

DEFAULT_SHARD_SIZE = 250
PartKind = Literal["lines", "rows", "file", "failure"]
_JSONL_SUFFIXES = frozenset([".jsonl", ".ndjson", ".jsonlines"])


class Part(BaseModel):
    """A slice of one input file: ``count`` lines or rows from ``first`` (1-based)."""

    model_config = ConfigDict(frozen=True)

    kind: PartKind
    path: str
    first: int = 1
    count: int = 0
    byte_offset: int = 0  # lines: where the first line starts (in the decompressed stream)
    row_group: int = 0  # rows: the row group that holds them
    row_in_group: int = 0  # rows: index of the first row within the row group
    failure: Failure | None = None


class Shard(BaseModel):
    """The unit of work of one task: parts coded together and written as one set of files."""

    model_config = ConfigDict(frozen=True)

    index: int
    parts: list[Part]
    size: int  # records it holds (estimated for whole files)

    @property
    def name(self) -> str:
        return f"shard-{self.index:05d}"


def expand(inputs: Iterable[str]) -> Iterator[str]:
    """Globs (``*``, ``?``, ``[…]``, ``**``) expanded in sorted order; other names, and globs
    that match nothing (they fail as missing files), as given."""
    for given in inputs:
        matches = sorted(glob.glob(given, recursive=True)) if glob.has_magic(given) else []
        yield from matches or [given]


def _kind(path: Path, options: ReadOptions) -> str:
    if options.kind is not None:
        return "jsonl" if options.kind is InputKind.jsonl else "file"
    suffix = Path(inner_name(path)).suffix.lower()
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    if suffix == ".parquet" and not is_gzip(path):
        return "parquet"
    return "file"


def _jsonl_parts(path: Path, size: int) -> list[Part]:
    """Line ranges of ``size`` lines; one whole-file part when the file cannot be split (a
    binary file fails once as a whole; a broken gzip fails where the reader stops)."""
    parts: list[Part] = []
    origin = str(path)
    try:
        with gzip.open(path, "rb") if is_gzip(path) else path.open("rb") as stream:
            first, start, count, offset = 1, 0, 0, 0
            for number, line in enumerate(stream, start=1):
                if number == 1 and b"\x00" in line[:8192]:
                    return [Part(kind="file", path=origin)]
                if count == size:
                    parts.append(
                        Part(kind="lines", path=origin, first=first, count=count, byte_offset=start)
                    )
                    first, start, count = number, offset, 0
                count += 1
                offset += len(line)
            if count:
                parts.append(
                    Part(kind="lines", path=origin, first=first, count=count, byte_offset=start)
                )
    except (OSError, EOFError, zlib.error):
        return [Part(kind="file", path=origin)]
    return parts or [Part(kind="file", path=origin)]  # empty: the reader says so


def _parquet_parts(path: Path, size: int, text_column: str) -> list[Part]:
    """Row ranges of at most ``size`` rows within each row group."""
    origin = str(path)
    try:
        source = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several types for a file that is not Parquet
        error = InputError(
            InputErrorCode.UNREADABLE, f"{path} is not a readable Parquet file: {exc}"
        )
        return [Part(kind="failure", path=origin, failure=failure_for(error, origin))]
    names = source.schema_arrow.names
    if text_column not in names:
        error = InputError(
            InputErrorCode.MISSING_TEXT,
            f"no column {text_column!r} in the Parquet schema ({', '.join(names)}); "
            "name the text column with --text-column",
        )
        return [Part(kind="failure", path=origin, failure=failure_for(error, origin))]
    metadata = source.metadata
    parts: list[Part] = []
    first = 1
    for group in range(metadata.num_row_groups):
        rows = metadata.row_group(group).num_rows
        for start in range(0, rows, size):
            count = min(size, rows - start)
            parts.append(
                Part(
                    kind="rows",
                    path=origin,
                    first=first,
                    count=count,
                    row_group=group,
                    row_in_group=start,
                )
            )
            first += count
    return parts


def _parts(inputs: Iterable[str], options: ReadOptions, size: int) -> Iterator[Part]:
    for found in discover(expand(inputs)):
        if isinstance(found, Failure):
            yield Part(kind="failure", path=found.input or "", failure=found)
            continue
        kind = _kind(found, options)
        if kind == "jsonl":
            yield from _jsonl_parts(found, size)
        elif kind == "parquet":
            yield from _parquet_parts(found, size, options.text_column)
        else:
            yield Part(kind="file", path=str(found))


def _weight(part: Part, size: int) -> int:
    if part.kind in ("lines", "rows"):
        return part.count
    if part.kind == "failure":
        return 1
    suffix = Path(inner_name(Path(part.path))).suffix.lower()
    # a CSV, JSON or feed file may hold many articles: give it a shard of its own
    return size if suffix in {".csv", ".tsv", ".json", ".rss", ".atom", ".xml"} else 1


def plan(
    inputs: Iterable[str], options: ReadOptions, size: int = DEFAULT_SHARD_SIZE
) -> list[Shard]:
    """Shards of about ``size`` records each, in input order."""
    shards: list[Shard] = []
    parts: list[Part] = []
    weight = 0
    for part in _parts(inputs, options, size):
        part_weight = _weight(part, size)
        if parts and weight + part_weight > size:
            shards.append(Shard(index=len(shards), parts=parts, size=weight))
            parts, weight = [], 0
        parts.append(part)
        weight += part_weight
    if parts:
        shards.append(Shard(index=len(shards), parts=parts, size=weight))
    return shards


__all__ = ["DEFAULT_SHARD_SIZE", "Part", "Shard", "expand", "plan"]
