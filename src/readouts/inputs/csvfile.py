"""CSV (and TSV) input: one article per row, with a header naming the columns.

The text column is ``text`` unless the caller names another; ``id``, ``title``, ``url``,
``published`` and ``source`` columns are used when present.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator

from ..articles import decode
from ..errors import InputError, InputErrorCode
from ..model import Failure
from .records import ArticleMeta, Loaded, article_from_record, failure_for

_FIELDS = ("id", "title", "url", "published", "source")


def read_csv(
    data: bytes, origin: str, meta: ArticleMeta, *, text_column: str = "text", delimiter: str = ","
) -> Iterator[Loaded | Failure]:
    """Yield one result per data row; a bad row is a Failure, the others go on."""
    try:
        text = decode(data, max_bytes=max(meta.max_bytes, len(data)))
    except InputError as error:
        yield failure_for(error, origin)
        return
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = [name.strip().lower() for name in next(reader)]
    except (StopIteration, csv.Error) as exc:
        yield failure_for(
            InputError(InputErrorCode.MALFORMED_LINE, f"no CSV header: {exc}"), origin
        )
        return
    wanted = text_column.strip().lower()
    if wanted not in header:
        yield failure_for(
            InputError(
                InputErrorCode.MISSING_TEXT,
                f"no column {text_column!r} in the CSV header ({', '.join(header)}); "
                "name the text column with --text-column",
            ),
            origin,
        )
        return
    while True:
        where = f"{origin}:{reader.line_num + 1}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield failure_for(
                InputError(InputErrorCode.MALFORMED_LINE, f"CSV row cannot be read: {exc}"), where
            )
            return
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield failure_for(
                InputError(
                    InputErrorCode.MALFORMED_LINE,
                    f"row has {len(row)} fields, the header has {len(header)}",
                ),
                where,
            )
            continue
        cells = dict(zip(header, row, strict=True))
        record: dict[str, str | None] = {k: cells.get(k) or None for k in _FIELDS}
        record["text"] = cells[wanted]
        try:
            article = article_from_record(record, meta)
        except InputError as error:
            yield failure_for(error, where, record["id"])
            continue
        yield Loaded(article, where)


__all__ = ["read_csv"]
