"""JSON Lines input: one record per line with id, text, title, url, published, source."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator

from ..articles import decode
from ..errors import InputError, InputErrorCode
from ..model import Failure
from .records import ArticleMeta, Loaded, article_from_record, failure_for


def read_jsonl(data: bytes, origin: str, meta: ArticleMeta) -> Iterator[Loaded | Failure]:
    """Yield one result per non-blank line; a bad line is a Failure, the others go on."""
    if not data.strip():
        yield failure_for(InputError(InputErrorCode.EMPTY, "input is empty (no records)"), origin)
        return
    yield from read_jsonl_lines(io.BytesIO(data), origin, meta)


def read_jsonl_lines(
    lines: Iterable[bytes], origin: str, meta: ArticleMeta, *, first_line: int = 1
) -> Iterator[Loaded | Failure]:
    """Stream the lines of a JSON Lines file (plain or decompressed): memory stays flat.

    ``first_line`` numbers the first of ``lines`` when they are a slice of a file (a shard of
    a batch job), so origins and messages name the same lines as a reading of the whole file.
    """
    records = 0
    for number, raw in enumerate(lines, start=first_line):
        if number == 1:
            if b"\x00" in raw[:8192]:
                yield failure_for(
                    InputError(InputErrorCode.BINARY, "input looks binary (NUL bytes), not JSON"),
                    origin,
                )
                return
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        records += 1
        where = f"{origin}:{number}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield failure_for(
                InputError(
                    InputErrorCode.INVALID_ENCODING,
                    f"line {number} is not valid UTF-8: byte 0x{raw[exc.start]:02x} "
                    f"at column {exc.start + 1}",
                ),
                where,
            )
            continue
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
    if records == 0 and first_line == 1:  # a whole file with no record is an input too
        yield failure_for(InputError(InputErrorCode.EMPTY, "input is empty (no records)"), origin)


def read_json(data: bytes, origin: str, meta: ArticleMeta) -> Iterator[Loaded | Failure]:
    """A ``.json`` file: one record (an object) or a list of records."""
    try:
        text = decode(data, max_bytes=max(meta.max_bytes, len(data)))
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                InputErrorCode.MALFORMED_LINE,
                f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
            ) from None
        if not isinstance(value, dict | list):
            raise InputError(
                InputErrorCode.MALFORMED_LINE,
                f"a JSON {type(value).__name__}: expected an object or a list of objects",
            )
    except InputError as error:
        yield failure_for(error, origin)
        return
    records = [value] if isinstance(value, dict) else value
    for number, record in enumerate(records, start=1):
        where = origin if isinstance(value, dict) else f"{origin}#{number}"
        if not isinstance(record, dict):
            yield failure_for(
                InputError(
                    InputErrorCode.MALFORMED_LINE,
                    f"record {number} is a JSON {type(record).__name__}, not an object",
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
