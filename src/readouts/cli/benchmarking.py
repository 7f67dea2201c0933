"""``readouts bench``: ingest throughput against spaCy alone, store writes, query latency."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from ..bench import BenchOptions, run_bench
from ..bench.runner import REAL_CORPUS
from .output import Format, write_rows


def _corpus_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for corpus in report["corpora"]:
        spacy, ingest = corpus["spacy"], corpus["ingest"]
        rows.append(
            {
                "corpus": corpus["corpus"],
                "articles": corpus["articles"],
                "words": corpus["words"],
                "spaCy alone art/s": spacy["articles_per_s"],
                "spaCy words/s": spacy["words_per_s"],
                "ingest art/s": ingest["articles_per_s"],
                "ingest words/s": ingest["words_per_s"],
                "ratio (wall)": corpus["ratio"],
                "ratio (CPU s)": corpus["cpu_ratio"],
                "peak MiB spaCy (main/worker)": f"{spacy['peak_mb']}/{spacy['peak_worker_mb']}",
                "peak MiB ingest (main/worker)": f"{ingest['peak_mb']}/{ingest['peak_worker_mb']}",
                "DuckDB writes art/s": ingest["store_articles_per_s"],
                "DuckDB writes events/s": ingest["store_events_per_s"],
            }
        )
    return rows


def bench_command(
    corpus: Annotated[
        str, typer.Option(help="Real corpus (JSONL or .jsonl.gz); '' to skip it.")
    ] = REAL_CORPUS,
    limit: Annotated[
        int | None, typer.Option(help="Use only the corpus's first N articles.")
    ] = None,
    generated: Annotated[
        int, typer.Option(help="Articles in the generated corpus (0: skip).")
    ] = 2000,
    events: Annotated[
        int, typer.Option(help="Events in the synthetic store for query latency (0: skip).")
    ] = 1_000_000,
    model: Annotated[str, typer.Option(help="spaCy model: md or sm.")] = "md",
    processes: Annotated[int, typer.Option(help="Processes for spaCy and for ingest.")] = 2,
    batch_size: Annotated[int, typer.Option(help="Texts per nlp.pipe batch.")] = 32,
    format: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
) -> None:
    """Measure: articles/s, words/s and peak memory of ingest vs spaCy alone on the same texts
    (ratio), DuckDB write throughput, and filtered query latency on a synthetic store."""
    options = BenchOptions(
        corpus=corpus or None,
        limit=limit,
        generated=generated,
        events=events,
        model=model,
        processes=processes,
        batch_size=batch_size,
    )

    def say(message: str) -> None:
        sys.stderr.write(f"readouts: bench: {message}\n")
        sys.stderr.flush()

    report = run_bench(options, say)
    if format is not Format.table:
        sys.stdout.write(json.dumps(report, indent=2, default=str) + "\n")
        return
    write_rows(_corpus_rows(report), format, title="ingest vs spaCy alone (same texts, same run)")
    query = report.get("query")
    if query:
        rows = [{"query": name, **values} for name, values in query["queries"].items()]
        title = (
            f"filtered event queries, {query['events']:,} events "
            f"(loaded at {query['load_events_per_s']:,} events/s), 50 rows per page"
        )
        write_rows(rows, format, title=title)


__all__ = ["bench_command"]
