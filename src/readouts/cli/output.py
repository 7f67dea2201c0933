"""Output formats shared by the commands: JSON, JSON Lines, CSV and rich tables."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Any

from rich.console import Console
from rich.table import Table

from ..model import CodedArticle, Failure


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    csv = "csv"


def stdout_console() -> Console:
    return Console(soft_wrap=False, width=max(120, Console().width))


def stderr_console() -> Console:
    return Console(stderr=True, soft_wrap=True)


def report_failure(failure: Failure) -> None:
    """One line on stderr per failed input: which input, the error code and what to do."""
    where = failure.input or failure.article_id or "input"
    sys.stderr.write(f"readouts: error: {where}: [{failure.code}] {failure.message}\n")


def events_table(coded: CodedArticle) -> Table:
    title = coded.article.title or coded.article.id
    table = Table(title=f"{title} ({coded.article.published or 'no date'})", show_lines=True)
    for column in ("type", "mode", "actor", "recipient", "date", "evidence"):
        table.add_column(column, overflow="fold")
    for event in coded.events:
        flags = f" [{', '.join(event.aux)}]" if event.aux else ""
        table.add_row(
            event.type + flags,
            event.mode or "",
            "\n".join(_ref(r) for r in event.actor),
            "\n".join(_ref(r) for r in event.recipient),
            event.date.isoformat() if event.date else (event.date_text or ""),
            event.evidence[0].sentence_span.text.strip() if event.evidence else "",
        )
    return table


def _ref(ref: Any) -> str:
    parts = [ref.country or "?"]
    if ref.sectors:
        parts.append("+".join(ref.sectors))
    if ref.subnational:
        parts.append(ref.subnational)
    return f"{ref.name} ({', '.join(parts)})"


def write_json(items: Sequence[Any]) -> None:
    data = [i.model_dump(mode="json") if hasattr(i, "model_dump") else i for i in items]
    payload = data[0] if len(data) == 1 else data
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def write_jsonl(items: Iterable[Any]) -> None:
    for item in items:
        line = item.model_dump_json() if hasattr(item, "model_dump_json") else json.dumps(item)
        sys.stdout.write(line + "\n")


def rows_table(rows: list[dict[str, Any]], title: str | None = None) -> Table:
    table = Table(title=title)
    columns = list(rows[0].keys()) if rows else []
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
    return table


def write_rows(rows: list[dict[str, Any]], fmt: Format, title: str | None = None) -> None:
    if fmt is Format.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt is Format.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt is Format.csv:
        buffer = io.StringIO()
        if rows:
            writer = csv.DictWriter(buffer, fieldnames=list(rows[0].keys()))
            writer.writeheader()
            writer.writerows(rows)
        sys.stdout.write(buffer.getvalue())
    else:
        stdout_console().print(rows_table(rows, title))
