"""One benchmark phase, run in its own process so that its time and peak memory are its own:

    python -m readouts.bench.phases spacy|ingest|query '<json arguments>'

prints one JSON object with the measurements.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ..inputs import Loaded, ReadOptions, read_paths
from ..settings import Settings


def _peak_mb() -> dict[str, float]:
    """Peak resident memory of this process and of its largest finished child, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_mb": round(own, 1), "peak_worker_mb": round(child, 1)}


def _cpu_self() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _cpu_children() -> float:
    """CPU seconds of the children this process has waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cpu_of(pids: list[int]) -> float:
    """CPU seconds used so far by running processes (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def _texts(path: str) -> list[str]:
    return [
        item.article.text for item in read_paths([path], ReadOptions()) if isinstance(item, Loaded)
    ]


def spacy_alone(args: dict[str, Any]) -> dict[str, Any]:
    """The spaCy model alone (no readouts component) parsing the same texts, same cores."""
    from .. import nlp as nlp_loader

    texts = _texts(args["path"])
    nlp = nlp_loader.load(args["model"])
    cpu = _cpu_self() + _cpu_children()
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=args["batch_size"], n_process=args["processes"]):
        pass
    seconds = time.perf_counter() - started
    cpu = _cpu_self() + _cpu_children() - cpu  # spaCy's workers have been joined by now
    words = sum(len(t.split()) for t in texts)
    return {
        "articles": len(texts),
        "words": words,
        "seconds": seconds,
        "cpu_seconds": cpu,
        **_peak_mb(),
    }


def ingest(args: dict[str, Any]) -> dict[str, Any]:
    """readouts ingest of the file into a fresh store, end to end (read, code, store)."""
    from ..ingest import ingest as run_ingest
    from ..parallel import CodingPool
    from ..store import Store

    settings = Settings(model=args["model"], batch_size=args["batch_size"])
    starting = time.perf_counter()
    with CodingPool(settings, args["processes"]) as pool:
        startup = time.perf_counter() - starting
        workers = pool.worker_pids()
        cpu = _cpu_self() + _cpu_of(workers)  # after the workers loaded the model
        with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.duckdb") as store:
            summary = run_ingest([args["path"]], store, settings=settings, pool=pool)
            size = (Path(folder) / "bench.duckdb").stat().st_size
        cpu = _cpu_self() + _cpu_of(workers) - cpu
    return {
        "articles": summary.stored,
        "words": summary.words,
        "events": summary.events,
        "failed": summary.failed,
        "seconds": summary.seconds,
        "cpu_seconds": cpu,
        "startup_seconds": startup,
        "write_seconds": summary.write_seconds,
        "db_mb": round(size / 2**20, 1),
        **_peak_mb(),
    }


QUERIES: dict[str, dict[str, Any]] = {
    "type": {"type": "CONSULT"},
    "country": {"country": "CHN"},
    "country+type+year": {
        "country": "CHN",
        "type": "CONSULT",
        "date_from": "2019-01-01",
        "date_to": "2019-12-31",
    },
    "actor name": {"actor": "Ivanova 12"},
    "sector as recipient": {"sector": "MIL", "role": "recipient"},
    "subnational+country": {"subnational": "Bavaria", "country": "DEU"},
    "mode+dates": {"mode": "visit", "date_from": "2020-01-01", "date_to": "2020-06-30"},
    "evidence text": {"text": "energy on day 3"},
}


def query(args: dict[str, Any]) -> dict[str, Any]:
    """Load a synthetic store of ``events`` events; time filtered event queries on it."""
    from ..store import EventFilters, Store
    from .synthetic import synthetic_tables

    n_events = int(args["events"])
    started = time.perf_counter()
    tables = synthetic_tables(n_events)
    generate = time.perf_counter() - started
    out: dict[str, Any] = {"events": n_events, "generate_seconds": generate, "queries": {}}
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "q.duckdb") as store:
        started = time.perf_counter()
        store.write_tables(tables)
        out["load_seconds"] = time.perf_counter() - started
        del tables
        for name, values in QUERIES.items():
            filters = EventFilters.model_validate(values)
            for clustered in (False, True):
                times = []
                total = 0
                for _ in range(args.get("repeat", 5)):
                    started = time.perf_counter()
                    total = store.query_events(filters, clustered=clustered, limit=50).total
                    times.append(time.perf_counter() - started)
                key = f"{name} ({'clusters' if clustered else 'mentions'})"
                out["queries"][key] = {
                    "matches": total,
                    "median_ms": round(statistics.median(times) * 1000, 1),
                    "max_ms": round(max(times) * 1000, 1),
                }
        out.update(_peak_mb())
    return out


PHASES = {"spacy": spacy_alone, "ingest": ingest, "query": query}


def main() -> None:
    phase, raw = sys.argv[1], sys.argv[2]
    result = PHASES[phase](json.loads(raw))
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
