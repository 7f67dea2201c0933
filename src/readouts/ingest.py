"""Ingest: read files and folders, code new articles on every core, store them in batches.

    read_paths ──▶ triage against the store (skip stored ids and texts) ──▶ CodingPool
               ──▶ Store.write_batch (one transaction per chunk) ──▶ IngestSummary

Every input ends as a stored article or a failure row. Running the same ingest again adds
nothing; after a crash it completes the store (each committed chunk stays, the rest is coded).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .inputs import Loaded, ReadOptions, read_paths
from .model import Failure
from .parallel import Chunk, CodingPool
from .settings import Settings
from .store import Store, WriteResult
from .store.rows import coder_key


@dataclass
class IngestSummary:
    """Counts of one ingest run; ``failed`` counts every failing input, new or known."""

    run_id: str = ""
    read: int = 0
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    replaced: int = 0
    failed: int = 0
    failures_new: int = 0
    events: int = 0
    words: int = 0
    seconds: float = 0.0
    write_seconds: float = 0.0  # time spent in store transactions
    failure_codes: Counter[str] = field(default_factory=Counter)

    @property
    def articles_per_second(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def add(self, result: WriteResult, codes: Iterable[str]) -> None:
        self.stored += result.stored
        self.unchanged += result.unchanged
        self.duplicates += result.duplicates
        self.replaced += result.replaced
        self.failures_new += result.failures_new
        self.failed += result.failures_new + result.failures_known
        self.events += result.events
        self.words += result.words
        self.failure_codes.update(codes)


Progress = Callable[[IngestSummary], None]


def _chunks(
    items: Iterable[Loaded | Failure], store: Store, key: str, size: int
) -> Iterator[Chunk]:
    """Group inputs into chunks of ``size`` articles still to code; articles already stored
    (same id and coder, or same text) and repeats within this run are not coded again."""
    seen_ids: set[str] = set()
    seen_hashes: set[str] = set()
    pending = Chunk()
    candidates: list[Loaded] = []

    def triage() -> None:
        if not candidates:
            return
        verdict = store.triage(
            [c.article.id for c in candidates], [c.article.text_sha256 for c in candidates], key
        )
        keep = set(verdict.keep)
        pending.unchanged += len(verdict.unchanged)
        pending.duplicates += len(verdict.duplicates)
        for loaded in candidates:
            if loaded.article.id in keep:
                keep.discard(loaded.article.id)
                pending.articles.append(loaded)
        candidates.clear()

    for item in items:
        pending.read += 1
        if isinstance(item, Failure):
            pending.failures.append(item)
        else:
            article = item.article
            if article.id in seen_ids:
                pending.unchanged += 1
            elif article.text_sha256 in seen_hashes:
                pending.duplicates += 1
            else:
                candidates.append(item)
            seen_ids.add(article.id)
            seen_hashes.add(article.text_sha256)
            if len(candidates) >= size:
                triage()
        if len(pending.articles) >= size or pending.read >= 8 * size:
            yield pending
            pending = Chunk()
    triage()
    if pending.read:
        yield pending


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    settings: Settings | None = None,
    options: ReadOptions | None = None,
    processes: int = 2,
    pool: CodingPool | None = None,
    progress: Progress | None = None,
    command: str | None = None,
) -> IngestSummary:
    """Read, code and store every article under ``paths``; return the counts.

    Pass a started ``pool`` to reuse workers (their model already loaded); otherwise one is
    started with ``processes`` workers (start it before opening a large store: workers fork).
    """
    settings = settings or Settings.from_env()
    options = options or ReadOptions()
    names = [str(p) for p in paths]
    own_pool = pool is None
    pool = pool or CodingPool(settings, processes)
    summary = IngestSummary()
    started = time.perf_counter()
    key = coder_key(pool.coder)
    summary.run_id = store.begin_run(pool.coder, settings=settings, inputs=names, command=command)
    status = "failed"
    try:
        items = read_paths(names, options)
        chunks = _chunks(items, store, key, settings.batch_size)
        for chunk, batch in pool.map(chunks):
            codes = batch.columns["failures"]["code"]
            writing = time.perf_counter()
            result = store.write_batch(batch, run_id=summary.run_id)
            summary.write_seconds += time.perf_counter() - writing
            store.count_inputs(summary.run_id, chunk.read, chunk.unchanged, chunk.duplicates)
            summary.read += chunk.read
            summary.unchanged += chunk.unchanged
            summary.duplicates += chunk.duplicates
            summary.add(result, codes)
            summary.seconds = time.perf_counter() - started
            if progress:
                progress(summary)
        status = "finished"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        summary.seconds = time.perf_counter() - started
        store.finish_run(summary.run_id, status)  # type: ignore[arg-type]
        if own_pool:
            pool.close()
    return summary


__all__ = ["IngestSummary", "Progress", "ingest"]
