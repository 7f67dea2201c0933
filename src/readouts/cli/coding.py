"""``readouts code``: code files, or standard input, and print CodedArticle JSON or a table."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import InputError, InputErrorCode, UsageError
from ..inputs import ArticleMeta, Loaded, failure_for, read_jsonl, read_text
from ..model import CodedArticle, Failure
from ..pipeline import build
from ..settings import DEFAULT_MAX_BYTES, Settings
from .explain import explain
from .output import Format, events_table, report_failure, stdout_console, write_json, write_jsonl


class InputFormat(StrEnum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"


def _read(path: str, fmt: InputFormat, meta: ArticleMeta) -> Iterator[Loaded | Failure]:
    origin = "<stdin>" if path == "-" else path
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        yield failure_for(
            InputError(InputErrorCode.UNREADABLE, f"cannot read {path}: {reason}"), origin
        )
        return
    kind = fmt
    if kind is InputFormat.auto:
        kind = InputFormat.jsonl if path.endswith((".jsonl", ".ndjson")) else InputFormat.text
    if kind is InputFormat.jsonl:
        yield from read_jsonl(data, origin, meta)
    else:
        yield read_text(data, origin, meta)


def code_command(
    inputs: Annotated[list[str], typer.Argument(help="Text or JSONL files; '-' reads stdin.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD); relative dates use it.")
    ] = None,
    title: Annotated[str | None, typer.Option(help="Article title.")] = None,
    url: Annotated[str | None, typer.Option(help="Article URL.")] = None,
    id: Annotated[str | None, typer.Option("--id", help="Article id (one input only).")] = None,
    source: Annotated[
        str | None, typer.Option(help="Publisher, e.g. 'U.S. Department of State'.")
    ] = None,
    input_format: Annotated[
        InputFormat, typer.Option("--input-format", help="text, jsonl, or auto (by extension).")
    ] = InputFormat.auto,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="json, jsonl or table.")
    ] = Format.json,
    model: Annotated[str | None, typer.Option(help="spaCy model: md (default) or sm.")] = None,
    max_bytes: Annotated[
        int, typer.Option(help="Largest article accepted, in bytes.")
    ] = DEFAULT_MAX_BYTES,
    explain_: Annotated[
        bool, typer.Option("--explain", help="Show why each event and actor was coded as it was.")
    ] = False,
) -> None:
    """Code articles into PLOVER events (CodedArticle JSON, JSON Lines or a table)."""
    if format is Format.csv:
        raise UsageError("readouts code prints json, jsonl or table; use 'readouts export' for CSV")
    if id is not None and len(inputs) > 1:
        raise UsageError("--id names one article: give a single input with it")
    meta = ArticleMeta(
        id=id, title=title, url=url, published=published, source=source, max_bytes=max_bytes
    )
    settings = Settings.from_env(model=model, max_bytes=max_bytes)
    pipeline = build(settings)
    items = (item for path in inputs for item in _read(path, input_format, meta))
    coded: list[CodedArticle] = []
    failed = 0
    console = stdout_console()
    for result in pipeline.code_many(items):
        if isinstance(result, Failure):
            failed += 1
            report_failure(result)
            continue
        if explain_:
            explain(result, console)
        elif format is Format.jsonl:
            write_jsonl([result])
        elif format is Format.table:
            console.print(events_table(result))
        else:
            coded.append(result)
    if format is Format.json and not explain_ and coded:
        write_json(coded)
    if failed:
        raise typer.Exit(code=1)
