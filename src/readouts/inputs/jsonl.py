"""JSON Lines input: one record per line with id, text, title, url, published, source."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..articles import decode
from ..errors import InputError, InputErrorCode
from ..model import Failure
from .records import ArticleMeta, Loaded, article_from_record, failure_for


def read_jsonl(data: bytes, origin: str, meta: ArticleMeta) -> Iterator[Loaded | Failure]:
    """Yield one result per non-blank line; a bad line is a Failure, the others go on."""
    try:
        text = decode(data, max_bytes=max(meta.max_bytes, len(data)))
    except InputError as error:
        yield failure_for(error, origin)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield failure_for(
                InputError(
                    InputErrorCode.MALFORMED_LINE,
                    f"line {number} is not valid JSON: {exc.msg} at column {exc.colno}",
                ),
                where,
            )
            continue
        if not isinstance(record, dict):
            yield failure_for(
                InputError(
                    InputErrorCode.MALFORMED_LINE,
                    f"line {number} is a JSON {type(record).__name__}, not an object",
                ),
                where,
            )
            continue
        record_id = record.get("id")
        try:
            article = article_from_record(record, meta)
        except InputError as error:
            yield failure_for(error, where, str(record_id) if record_id is not None else None)
            continue
        yield Loaded(article, where)
