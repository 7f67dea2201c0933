"""Runs the benchmark phases, each in a fresh process, and puts the numbers together."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ReadoutsError
from .generated import generate, write_jsonl

REAL_CORPUS = "../shared/corpora/state-dept-press-2021-2022.jsonl.gz"


@dataclass(frozen=True)
class BenchOptions:
    corpus: str | None = REAL_CORPUS
    limit: int | None = None
    generated: int = 2000
    events: int = 1_000_000
    model: str = "md"
    processes: int = 2
    batch_size: int = 32
    repeat: int = 5


def _phase(name: str, args: dict[str, Any]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "readouts.bench.phases", name, json.dumps(args)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise ReadoutsError(f"bench phase {name} failed: {done.stderr.strip()[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _subset(path: Path, limit: int, folder: Path) -> Path:
    """The first ``limit`` records of a JSONL (or .jsonl.gz) file."""
    opener = gzip.open if path.suffix == ".gz" else open
    out = folder / f"first-{limit}.jsonl"
    with opener(path, "rt", encoding="utf-8") as source, out.open("w", encoding="utf-8") as sink:
        for number, line in enumerate(source):
            if number >= limit:
                break
            sink.write(line)
    return out


def _corpus(
    label: str, path: Path, options: BenchOptions, say: Callable[[str], None]
) -> dict[str, Any]:
    args = {
        "path": str(path),
        "model": options.model,
        "processes": options.processes,
        "batch_size": options.batch_size,
    }
    say(f"{label}: spaCy alone ({options.model}, {options.processes} processes)")
    spacy = _phase("spacy", args)
    say(f"{label}: readouts ingest into DuckDB")
    ingest = _phase("ingest", args)
    spacy_rate = spacy["articles"] / spacy["seconds"]
    ingest_rate = ingest["articles"] / ingest["seconds"]
    return {
        "corpus": label,
        "articles": spacy["articles"],
        "words": spacy["words"],
        "spacy": {
            **spacy,
            "articles_per_s": round(spacy_rate, 2),
            "words_per_s": round(spacy["words"] / spacy["seconds"]),
        },
        "ingest": {
            **ingest,
            "articles_per_s": round(ingest_rate, 2),
            "words_per_s": round(ingest["words"] / ingest["seconds"]),
            "store_articles_per_s": round(ingest["articles"] / max(ingest["write_seconds"], 1e-9)),
            "store_events_per_s": round(ingest["events"] / max(ingest["write_seconds"], 1e-9)),
        },
        "ratio": round(ingest_rate / spacy_rate, 3),
        # articles per CPU second: the same ratio, robust to other load on the machine
        "cpu_ratio": round(
            (ingest["articles"] / ingest["cpu_seconds"])
            / (spacy["articles"] / spacy["cpu_seconds"]),
            3,
        ),
    }


def run_bench(options: BenchOptions, say: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    """Every phase of the benchmark; returns the measurements (see ``readouts bench --help``)."""
    report: dict[str, Any] = {"options": options.__dict__, "corpora": []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if options.corpus:
            real = Path(options.corpus)
            if not real.exists():
                raise ReadoutsError(f"no corpus at {real}: give --corpus PATH or --corpus ''")
            if options.limit:
                real = _subset(real, options.limit, folder)
            report["corpora"].append(
                _corpus(f"real: {Path(options.corpus).name}", real, options, say)
            )
        if options.generated:
            path = write_jsonl(generate(options.generated), folder / "generated.jsonl")
            report["corpora"].append(
                _corpus(f"generated: {options.generated} articles", path, options, say)
            )
        if options.events:
            say(f"query latency on a synthetic store of {options.events:,} events")
            query = _phase("query", {"events": options.events, "repeat": options.repeat})
            query["load_events_per_s"] = round(query["events"] / query["load_seconds"])
            report["query"] = query
    return report


__all__ = ["REAL_CORPUS", "BenchOptions", "run_bench"]
