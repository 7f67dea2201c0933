"""``readouts ingest``: code files and folders into the DuckDB store, with a progress bar."""

from __future__ import annotations

import os
import shlex
import sys
import time
from typing import Annotated

import typer
from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn

from ..ingest import IngestSummary, ingest
from ..inputs import ArticleMeta, InputKind, ReadOptions
from ..parallel import CodingPool
from ..settings import DEFAULT_MAX_BYTES, Settings
from ..store import Store
from .output import Format, stderr_console, write_rows
from .storage import DbOption, db_path


def _line(summary: IngestSummary) -> str:
    return (
        f"{summary.read} read, {summary.stored} stored, {summary.unchanged} already stored, "
        f"{summary.duplicates} duplicates, {summary.failed} failed "
        f"({summary.articles_per_second:.1f} articles/s)"
    )


class _Reporter:
    """A rich progress bar on a terminal; one line every few seconds otherwise (logs, CI)."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.live = not quiet and sys.stderr.isatty()
        self.progress: Progress | None = None
        self.task: TaskID | None = None
        self.last = 0.0

    def __enter__(self) -> _Reporter:
        if self.live:
            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("[bold]ingest[/]"),
                TextColumn("{task.fields[stored]} stored"),
                TextColumn("[red]{task.fields[failed]} failed[/]"),
                TextColumn("{task.fields[skipped]} skipped"),
                TextColumn("{task.fields[rate]:.1f} articles/s"),
                TimeElapsedColumn(),
                console=stderr_console(),
                transient=True,
            )
            self.progress.start()
            self.task = self.progress.add_task("ingest", stored=0, failed=0, skipped=0, rate=0.0)
        return self

    def __call__(self, summary: IngestSummary) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.update(
                self.task,
                stored=summary.stored,
                failed=summary.failed,
                skipped=summary.unchanged + summary.duplicates,
                rate=summary.articles_per_second,
            )
        elif not self.quiet and (time.monotonic() - self.last >= 5 or self.last == 0):
            self.last = time.monotonic()
            sys.stderr.write(f"readouts: ingest: committed: {_line(summary)}\n")
            sys.stderr.flush()

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()


def ingest_command(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files or folders (recursive): text, JSONL, JSON, CSV/TSV, HTML, RSS/Atom, "
            "and .gz of these."
        ),
    ],
    db: DbOption = None,
    input_format: Annotated[
        InputKind | None,
        typer.Option(
            "--input-format", help="Read every file as this format (default: by extension)."
        ),
    ] = None,
    text_column: Annotated[
        str, typer.Option(help="CSV/TSV column that holds the article text.")
    ] = "text",
    source: Annotated[
        str | None, typer.Option(help="Publisher for inputs that do not name one.")
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model: md (default) or sm.")] = None,
    processes: Annotated[
        int, typer.Option(help="Worker processes that code (default: every core).")
    ] = 0,
    batch_size: Annotated[
        int | None, typer.Option(help="Articles per worker batch and per transaction.")
    ] = None,
    max_bytes: Annotated[
        int, typer.Option(help="Largest article accepted, in bytes.")
    ] = DEFAULT_MAX_BYTES,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")] = False,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="Summary as table or json.")
    ] = Format.table,
) -> None:
    """Code articles into the store: new ones are coded, stored ones skipped, bad ones recorded."""
    settings = Settings.from_env(model=model, max_bytes=max_bytes, batch_size=batch_size, db=db)
    options = ReadOptions(
        meta=ArticleMeta(source=source, max_bytes=max_bytes),
        text_column=text_column,
        kind=input_format,
    )
    workers = processes or os.cpu_count() or 1
    store_path = db_path(db)
    command = shlex.join(["readouts", *sys.argv[1:]])
    with (
        CodingPool(settings, workers) as pool,
        Store(store_path) as store,
        _Reporter(quiet) as report,
    ):
        summary = ingest(
            inputs,
            store,
            settings=settings,
            options=options,
            pool=pool,
            progress=report,
            command=command,
        )
    rows = [
        {"": "inputs read", "count": summary.read},
        {"": "articles stored", "count": summary.stored},
        {"": "already stored (skipped)", "count": summary.unchanged},
        {"": "duplicate texts (skipped)", "count": summary.duplicates},
        {"": "replaced (new coder version)", "count": summary.replaced},
        {"": "failed", "count": summary.failed},
        *(
            {"": f"  failed: {code}", "count": n}
            for code, n in sorted(summary.failure_codes.items())
        ),
        {"": "events stored", "count": summary.events},
        {"": "seconds", "count": round(summary.seconds, 1)},
        {"": "articles/s", "count": round(summary.articles_per_second, 2)},
        {"": "words/s", "count": round(summary.words_per_second)},
    ]
    if format is Format.table:
        write_rows(rows, format, title=f"ingest into {store_path} ({summary.run_id})")
    else:
        data = {
            "run_id": summary.run_id,
            "db": store_path,
            "read": summary.read,
            "stored": summary.stored,
            "unchanged": summary.unchanged,
            "duplicates": summary.duplicates,
            "replaced": summary.replaced,
            "failed": summary.failed,
            "failure_codes": dict(sorted(summary.failure_codes.items())),
            "events": summary.events,
            "seconds": round(summary.seconds, 2),
            "articles_per_second": round(summary.articles_per_second, 2),
            "words_per_second": round(summary.words_per_second),
        }
        write_rows([data], format)
    if summary.failed:
        sys.stderr.write(
            f"readouts: {summary.failed} inputs failed: see 'readouts failures --db {store_path}'\n"
        )
        raise typer.Exit(code=1)
