"""Throughput of ``readouts batch run`` (Ray) against ``readouts ingest`` (one process, then
``--workers`` processes) on the same corpus and machine, in one run, and the peak memory of
each Ray worker.

    .venv/bin/python scripts/bench_batch.py [--corpus FILE] [--limit N] [--workers N] [--model md]

Each command runs as a user runs it (a fresh process, a fresh store and output folder). Wall
time counts everything (starting Ray or the worker pool, loading the model); the commands' own
times leave start-up out. The stores are compared at the end.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import duckdb

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "state-dept-press-2021-2022.jsonl.gz"


def _run(args: list[str], env: dict[str, str]) -> tuple[float, dict[str, Any]]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "readouts", *args], capture_output=True, text=True, env=env
    )
    wall = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"readouts {' '.join(args)} failed:\n{done.stderr}")
    data: list[dict[str, Any]] = json.loads(done.stdout)
    return wall, data[0]


def _counts(db: Path) -> tuple[int, ...]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return tuple(
            con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]
            for table in ("articles", "events", "failures")
        )
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="first N records only")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--model", default="md")
    parser.add_argument("--shard-size", type=int, default=50)
    args = parser.parse_args()
    env = {**os.environ, "READOUTS_MODEL": args.model, "RAY_USAGE_STATS_ENABLED": "0"}
    with tempfile.TemporaryDirectory(prefix="readouts-bench-batch-") as tmp:
        root = Path(tmp)
        corpus = args.corpus
        if args.limit:
            corpus = root / "corpus.jsonl"
            opener = gzip.open if args.corpus.suffix == ".gz" else open
            with opener(args.corpus, "rt", encoding="utf-8") as source:  # type: ignore[operator]
                lines = [line for _, line in zip(range(args.limit), source, strict=False)]
            corpus.write_text("".join(lines), encoding="utf-8")
        workers = str(args.workers)
        one_wall, one = _run(
            ["ingest", str(corpus), "--db", str(root / "one.duckdb"), "--processes", "1",
             "--quiet", "-f", "json"],
            env,
        )  # fmt: skip
        ingest_wall, ingest = _run(
            ["ingest", str(corpus), "--db", str(root / "ingest.duckdb"), "--processes", workers,
             "--quiet", "-f", "json"],
            env,
        )  # fmt: skip
        run_wall, run = _run(
            ["batch", "run", str(corpus), "--out", str(root / "out"), "--workers", workers,
             "--shard-size", str(args.shard_size), "--quiet", "-f", "json"],
            env,
        )  # fmt: skip
        load_wall, load = _run(
            ["batch", "load", str(root / "out"), "--db", str(root / "batch.duckdb"), "--quiet",
             "-f", "json"],
            env,
        )  # fmt: skip
        same = (
            _counts(root / "one.duckdb")
            == _counts(root / "ingest.duckdb")
            == _counts(root / "batch.duckdb")
        )
    articles = ingest["stored"]
    print(f"corpus {args.corpus.name}, {ingest['read']} records, model {args.model}, "
          f"{workers} workers, {os.cpu_count()} cores")  # fmt: skip
    print("| command | wall s | articles/s (wall) | own s | articles/s (own) |")
    print("|---|---|---|---|---|")
    print(f"| readouts ingest --processes 1 | {one_wall:.1f} | "
          f"{articles / one_wall:.2f} | {one['seconds']:.1f} | "
          f"{one['articles_per_second']:.2f} |")  # fmt: skip
    print(f"| readouts ingest --processes {workers} | {ingest_wall:.1f} | "
          f"{articles / ingest_wall:.2f} | {ingest['seconds']:.1f} | "
          f"{ingest['articles_per_second']:.2f} |")  # fmt: skip
    print(f"| readouts batch run --workers {workers} | {run_wall:.1f} | "
          f"{run['counts']['articles'] / run_wall:.2f} | {run['seconds']:.1f} | "
          f"{run['articles_per_second']:.2f} |")  # fmt: skip
    print(f"| readouts batch run + batch load | {run_wall + load_wall:.1f} | "
          f"{articles / (run_wall + load_wall):.2f} | {run['seconds'] + load['seconds']:.1f} | "
          f"{articles / (run['seconds'] + load['seconds']):.2f} |")  # fmt: skip
    print(f"Ray cluster start {run['start_seconds']:.1f} s; batch load {load_wall:.1f} s wall")
    for worker in run["workers"]:
        print(f"worker {worker['worker']}: {worker['shards']} shards, {worker['articles']} "
              f"articles, peak RSS {worker['max_rss_mb']:.0f} MiB")  # fmt: skip
    print(f"the three stores hold the same numbers of articles, events, failures: {same}")
    print(f"load average at the end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
