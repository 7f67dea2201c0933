"""Coding chunks of articles in worker processes, each running the shared pipeline
(:func:`readouts.pipeline.build`), so that every core parses and codes.

Each worker returns the chunk flattened into store rows (:class:`readouts.store.rows.Batch`),
which is small to send back; results come back in submission order. Workers exit when the
parent process dies (a killed ingest leaves no orphans behind).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from .inputs import Loaded
from .model import CodedArticle, CoderInfo, Failure
from .pipeline import build
from .settings import Settings
from .store.rows import Batch, coder_key


@dataclass
class Chunk:
    """Articles to code, and failures met while reading them (written with them, in order)."""

    articles: list[Loaded] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    read: int = 0  # inputs read for this chunk, counting skipped and failed ones
    unchanged: int = 0  # already stored (same id and coder), not coded again
    duplicates: int = 0  # same text as a stored article, not coded again


_SETTINGS: Settings | None = None


def _watch_parent(parent: int) -> None:
    while True:
        if os.getppid() != parent:
            os._exit(1)
        time.sleep(0.5)


def _init_worker(settings: Settings, parent: int) -> None:
    global _SETTINGS
    _SETTINGS = settings
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _coder() -> CoderInfo:
    assert _SETTINGS is not None
    return build(_SETTINGS).coder


def code_chunk(settings: Settings, chunk: Chunk) -> Batch:
    """Code one chunk through the pipeline and flatten the results into store rows."""
    batch = Batch()
    for failure in chunk.failures:
        batch.add_failure(failure)
    if not chunk.articles:
        return batch  # nothing to code: no need for the language model here
    pipeline = build(settings)
    key = coder_key(pipeline.coder)
    origins = [loaded.origin for loaded in chunk.articles]
    for origin, result in zip(origins, pipeline.code_many(chunk.articles), strict=True):
        if isinstance(result, CodedArticle):
            batch.add(result, origin, key)
        else:
            batch.add_failure(result)
    return batch


def _code_in_worker(chunk: Chunk) -> Batch:
    assert _SETTINGS is not None
    return code_chunk(_SETTINGS, chunk)


def _crashed(chunk: Chunk, reason: str) -> Batch:
    batch = Batch()
    for failure in chunk.failures:
        batch.add_failure(failure)
    for loaded in chunk.articles:
        batch.add_failure(
            Failure(
                article_id=loaded.article.id,
                input=loaded.origin,
                stage="nlp",
                code="internal_error",
                message=f"the coding worker process died on this batch: {reason}",
            )
        )
    return batch


class CodingPool:
    """``processes`` workers (1: code in this process). Use as a context manager."""

    def __init__(self, settings: Settings, processes: int = 2) -> None:
        self.settings = settings.model_copy(update={"n_process": 1})
        self.processes = max(1, processes)
        self._executor: ProcessPoolExecutor | None = None
        if self.processes == 1:
            self.coder = build(self.settings).coder
        else:
            self._executor = self._start()
            self.coder = self._executor.submit(_coder).result()

    def _start(self) -> ProcessPoolExecutor:
        # fork: workers start at once (before the caller opens its database) and share the
        # parent's imported modules; each loads the language model once.
        executor = ProcessPoolExecutor(
            max_workers=self.processes,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_init_worker,
            initargs=(self.settings, os.getpid()),
        )
        # warm every worker up (model loaded) before timing or opening the store
        for ready in [executor.submit(_coder) for _ in range(self.processes)]:
            ready.result()
        return executor

    def map(self, chunks: Iterable[Chunk]) -> Iterator[tuple[Chunk, Batch]]:
        """Code chunks in order; at most two chunks per worker are in flight."""
        if self._executor is None:
            for chunk in chunks:
                yield chunk, code_chunk(self.settings, chunk)
            return
        window: deque[tuple[Chunk, Future[Batch]]] = deque()
        for chunk in chunks:
            window.append((chunk, self._submit(chunk)))
            if len(window) >= 2 * self.processes:
                yield self._result(window)
        while window:
            yield self._result(window)

    def _submit(self, chunk: Chunk) -> Future[Batch]:
        assert self._executor is not None
        if not chunk.articles:
            done: Future[Batch] = Future()
            done.set_result(code_chunk(self.settings, chunk))
            return done
        return self._executor.submit(_code_in_worker, chunk)

    def _result(self, window: deque[tuple[Chunk, Future[Batch]]]) -> tuple[Chunk, Batch]:
        chunk, future = window.popleft()
        try:
            return chunk, future.result()
        except BrokenProcessPool as exc:
            # a worker died (out of memory, a crash in a native library): restart the pool,
            # retry what was in flight once, and record this chunk's articles as failures
            # if it breaks the pool again
            self._restart()
            for index, (pending, _) in enumerate(window):
                window[index] = (pending, self._submit(pending))
            try:
                return chunk, self._submit(chunk).result()
            except BrokenProcessPool:
                self._restart()
                for index, (pending, _) in enumerate(window):
                    window[index] = (pending, self._submit(pending))
                return chunk, _crashed(chunk, str(exc) or "killed")

    def _restart(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._start()

    def worker_pids(self) -> list[int]:
        """Process ids of the workers (none when coding in this process)."""
        if self._executor is None:
            return []
        return [p.pid for p in self._executor._processes.values() if p.pid is not None]

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> CodingPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["Chunk", "CodingPool", "code_chunk"]
