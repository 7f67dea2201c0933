"""Reading one shard with the readers of ``readouts ingest``, so a bad line or file becomes
the same Failure (code, input, message) as in a single-process ingest.

Parquet inputs (which ``ingest`` does not read) hold one article per row in the columns of a
JSON Lines record (``id, text, title, url, published, source``; ``--text-column`` names the
text column); a row's origin is ``path#row`` (1-based), as for the records of a JSON list.
"""

from __future__ import annotations

import datetime as dt
import gzip
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from ..errors import InputError, InputErrorCode
from ..inputs import Loaded, ReadOptions, article_from_record, failure_for, read_file
from ..inputs.compressed import is_gzip
from ..inputs.jsonl import read_jsonl_lines
from ..model import Failure
from .shards import Part, Shard

RECORD_FIELDS = ("id", "title", "url", "published", "source")


def read_shard(shard: Shard, options: ReadOptions) -> Iterator[Loaded | Failure]:
    """Every article of the shard, or its Failure, in input order."""
    for part in shard.parts:
        yield from read_part(part, options)


def read_part(part: Part, options: ReadOptions) -> Iterator[Loaded | Failure]:
    if part.kind == "failure":
        assert part.failure is not None
        yield part.failure
        return
    if part.kind == "file":
        yield from read_file(Path(part.path), options)
        return
    try:
        if part.kind == "lines":
            yield from _lines(part, options)
        else:
            yield from _rows(part, options)
    except InputError as error:
        yield failure_for(error, part.path, options.meta.id)
    except Exception as exc:  # the file changed or vanished since the job was planned
        unreadable = InputError(InputErrorCode.UNREADABLE, f"cannot read {part.path}: {exc}")
        yield failure_for(unreadable, part.path, options.meta.id)


def _lines(part: Part, options: ReadOptions) -> Iterator[Loaded | Failure]:
    path = Path(part.path)
    with gzip.open(path, "rb") if is_gzip(path) else path.open("rb") as stream:
        stream.seek(part.byte_offset)
        lines = itertools.islice(stream, part.count)
        yield from read_jsonl_lines(lines, part.path, options.meta, first_line=part.first)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _rows(part: Part, options: ReadOptions) -> Iterator[Loaded | Failure]:
    source = pq.ParquetFile(part.path)
    names = set(source.schema_arrow.names)
    text_column = options.text_column
    columns = [text_column, *(name for name in RECORD_FIELDS if name in names)]
    table = source.read_row_group(part.row_group, columns=columns)
    rows = table.slice(part.row_in_group, part.count).to_pylist()
    for number, row in enumerate(rows, start=part.first):
        where = f"{part.path}#{number}"
        record = {name: _plain(row.get(name)) for name in RECORD_FIELDS}
        record["text"] = row.get(text_column)
        try:
            article = article_from_record(record, options.meta)
        except InputError as error:
            record_id = record.get("id")
            yield failure_for(error, where, str(record_id) if record_id is not None else None)
            continue
        yield Loaded(article, where)


__all__ = ["RECORD_FIELDS", "read_part", "read_shard"]
