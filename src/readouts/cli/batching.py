"""``readouts batch run`` (code sharded inputs on Ray into Parquet datasets) and
``readouts batch load`` (those datasets into the store)."""

from __future__ import annotations

import shlex
import sys
import time
from typing import Annotated

import typer

from ..batch import DEFAULT_SHARD_SIZE, LoadSummary, ShardResult, load_batch, run_batch
from ..inputs import ArticleMeta, InputKind, ReadOptions
from ..settings import DEFAULT_MAX_BYTES, Settings
from ..store import Store
from .output import Format, write_rows
from .storage import DbOption, db_path

batch_app = typer.Typer(
    name="batch",
    help="Code large corpora on a Ray cluster (batch run), then load the result (batch load).",
    no_args_is_help=True,
    add_completion=False,
)


class _RunReporter:
    """One line on stderr per finished shard, at most every few seconds."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.started = time.monotonic()
        self.last = 0.0
        self.articles = 0
        self.failures = 0

    def __call__(self, done: int, total: int, result: ShardResult) -> None:
        self.articles += result.rows.get("articles", 0)
        self.failures += result.rows.get("failures", 0)
        now = time.monotonic()
        if self.quiet or (now - self.last < 5 and done < total):
            return
        self.last = now
        rate = self.articles / (now - self.started)
        sys.stderr.write(
            f"readouts: batch: {done}/{total} shards, {self.articles} articles coded, "
            f"{self.failures} failures ({rate:.1f} articles/s)\n"
        )
        sys.stderr.flush()


@batch_app.command("run")
def run_command(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="JSONL (.jsonl, .jsonl.gz), Parquet or CSV files, folders or globs "
            "(quote globs); other formats that ingest reads are read one file per shard."
        ),
    ],
    out: Annotated[str, typer.Option("--out", "-o", help="Output folder (created).")],
    address: Annotated[
        str | None,
        typer.Option(
            help="Ray cluster to join: auto, host:6379 or ray://host:10001 "
            "(default: RAY_ADDRESS, else a local Ray instance on this machine)."
        ),
    ] = None,
    workers: Annotated[
        int, typer.Option(help="Coding workers, one CPU each (default: every CPU).")
    ] = 0,
    shard_size: Annotated[
        int, typer.Option(help="Articles (lines, rows) per shard.")
    ] = DEFAULT_SHARD_SIZE,
    input_format: Annotated[
        InputKind | None,
        typer.Option(
            "--input-format", help="Read every file as this format (default: by extension)."
        ),
    ] = None,
    text_column: Annotated[
        str, typer.Option(help="CSV/TSV/Parquet column that holds the article text.")
    ] = "text",
    source: Annotated[
        str | None, typer.Option(help="Publisher for inputs that do not name one.")
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model: md (default) or sm.")] = None,
    batch_size: Annotated[int | None, typer.Option(help="Texts per nlp.pipe batch.")] = None,
    max_bytes: Annotated[
        int, typer.Option(help="Largest article accepted, in bytes.")
    ] = DEFAULT_MAX_BYTES,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")] = False,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="Summary as table or json.")
    ] = Format.table,
) -> None:
    """Code files on a Ray cluster into Parquet datasets (articles, entities, events, …,
    failures) and a manifest under --out; load them with 'readouts batch load'."""
    settings = Settings.from_env(model=model, max_bytes=max_bytes, batch_size=batch_size)
    options = ReadOptions(
        meta=ArticleMeta(source=source, max_bytes=max_bytes),
        text_column=text_column,
        kind=input_format,
    )
    manifest = run_batch(
        inputs,
        out,
        settings=settings,
        options=options,
        address=address,
        workers=workers,
        shard_size=shard_size,
        progress=_RunReporter(quiet),
    )
    counts = manifest.counts
    failed_shards = [s.name for s in manifest.shards if s.error]
    if format is Format.table:
        rows = [
            {"": "input files", "value": manifest.input_files},
            {"": "shards", "value": len(manifest.shards)},
            {"": "inputs read", "value": counts.get("read", 0)},
            *({"": f"{name} rows", "value": n} for name, n in counts.items() if name != "read"),
            {"": "shards not coded (failure rows)", "value": len(failed_shards)},
            {"": "workers", "value": manifest.cluster["workers"]},
            {"": "seconds (cluster start apart)", "value": manifest.seconds},
            {"": "cluster start seconds", "value": manifest.start_seconds},
            {"": "articles/s", "value": manifest.articles_per_second},
            {
                "": "peak worker memory MiB",
                "value": max((w.max_rss_mb for w in manifest.workers), default=0.0),
            },
            {
                "": "worker start seconds (model load)",
                "value": max((w.load_seconds for w in manifest.workers), default=0.0),
            },
        ]
        write_rows(rows, format, title=f"batch run into {out} (coder {manifest.coder_key})")
    else:
        write_rows([manifest.model_dump(mode="json", exclude={"shards"})], format)
    if failed_shards:
        sys.stderr.write(
            f"readouts: {len(failed_shards)} shards could not be coded "
            f"({', '.join(failed_shards[:5])}): their articles are failure rows, "
            f"see {out}/manifest.json\n"
        )


def _load_line(summary: LoadSummary) -> str:
    return (
        f"{summary.shards} shards, {summary.read} read, {summary.stored} stored, "
        f"{summary.unchanged} already stored, {summary.duplicates} duplicates, "
        f"{summary.failed} failed"
    )


@batch_app.command("load")
def load_command(
    folder: Annotated[str, typer.Argument(help="The --out folder of 'readouts batch run'.")],
    db: DbOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress output.")] = False,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="Summary as table or json.")
    ] = Format.table,
) -> None:
    """Load the output of 'readouts batch run' into the store, checking it against its
    manifest; loading it again adds nothing."""
    store_path = db_path(db)
    command = shlex.join(["readouts", *sys.argv[1:]])
    last = [0.0]

    def progress(summary: LoadSummary) -> None:
        if not quiet and time.monotonic() - last[0] >= 5:
            last[0] = time.monotonic()
            sys.stderr.write(f"readouts: batch load: committed: {_load_line(summary)}\n")

    with Store(store_path) as store:
        summary = load_batch(folder, store, command=command, progress=progress)
    data = {
        "run_id": summary.run_id,
        "db": store_path,
        "shards": summary.shards,
        "read": summary.read,
        "stored": summary.stored,
        "unchanged": summary.unchanged,
        "duplicates": summary.duplicates,
        "replaced": summary.replaced,
        "failed": summary.failed,
        "failure_codes": dict(sorted(summary.failure_codes.items())),
        "events": summary.events,
        "seconds": round(summary.seconds, 2),
    }
    if format is Format.table:
        rows = [{"": k, "value": v} for k, v in data.items() if k not in {"run_id", "db"}]
        write_rows(rows, format, title=f"batch load into {store_path} ({summary.run_id})")
    else:
        write_rows([data], format)
    if summary.failed:
        sys.stderr.write(
            f"readouts: {summary.failed} inputs failed: see 'readouts failures --db {store_path}'\n"
        )
        raise typer.Exit(code=1)


__all__ = ["batch_app"]
