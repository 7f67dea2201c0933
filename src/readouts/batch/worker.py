"""Coding one shard: read it, code its new articles through the shared pipeline
(:func:`readouts.pipeline.build`), write its rows as Parquet files, report its counts.

:class:`ShardCoder` is the Ray Data actor: it builds the pipeline (loads the spaCy model) once
and codes shard after shard. Nothing here needs Ray: a test or a single process can call
:func:`code_shard` directly.
"""

from __future__ import annotations

import os
import platform
import resource
import sys
import time
from pathlib import Path
from typing import Any

import pyarrow as pa

from ..inputs import Loaded, ReadOptions
from ..model import CodedArticle, Failure
from ..pipeline import Pipeline, build
from ..settings import Settings
from ..store.rows import TABLES, Batch, coder_key
from .layout import INPUTS, INPUTS_SCHEMA, write_shard
from .manifest import ShardResult
from .reading import read_shard
from .shards import Shard


def worker_name() -> str:
    return f"{platform.node()}:{os.getpid()}"


def max_rss_mb() -> float:
    """Peak resident memory of this process in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


class _Reading:
    """The shard's inputs in order, and the articles to code: an id or a text met earlier in
    the shard is skipped, as ``readouts ingest`` skips repeats within a run."""

    def __init__(self) -> None:
        self.batch = Batch()
        self.inputs: dict[str, list[str]] = {"id": [], "text_sha256": [], "origin": []}
        self.to_code: list[Loaded] = []
        self.read = self.unchanged = self.duplicates = 0
        self._ids: set[str] = set()
        self._hashes: set[str] = set()

    def add(self, item: Loaded | Failure) -> None:
        self.read += 1
        if isinstance(item, Failure):
            self.batch.add_failure(item)
            return
        article = item.article
        self.inputs["id"].append(article.id)
        self.inputs["text_sha256"].append(article.text_sha256)
        self.inputs["origin"].append(item.origin)
        if article.id in self._ids:
            self.unchanged += 1
        elif article.text_sha256 in self._hashes:
            self.duplicates += 1
        else:
            self.to_code.append(item)
        self._ids.add(article.id)
        self._hashes.add(article.text_sha256)

    def tables(self) -> dict[str, pa.Table]:
        tables = {name: self.batch.arrow(name) for name in TABLES}
        tables[INPUTS] = pa.Table.from_pydict(self.inputs, schema=INPUTS_SCHEMA)
        return tables


def code_shard(shard: Shard, pipeline: Pipeline, options: ReadOptions, out: Path) -> ShardResult:
    """Code a shard and write its files (replacing those of an earlier attempt)."""
    started = time.perf_counter()
    reading = _Reading()
    for item in read_shard(shard, options):
        reading.add(item)
    key = coder_key(pipeline.coder)
    coded = pipeline.code_many(reading.to_code)
    for loaded, result in zip(reading.to_code, coded, strict=True):
        if isinstance(result, CodedArticle):
            reading.batch.add(result, loaded.origin, key)
        else:
            reading.batch.add_failure(result)
    rows = write_shard(out, shard.name, reading.tables())
    return ShardResult(
        index=shard.index,
        name=shard.name,
        read=reading.read,
        unchanged=reading.unchanged,
        duplicates=reading.duplicates,
        rows=rows,
        words=reading.batch.words,
        coder=pipeline.coder,
        coder_key=key,
        seconds=round(time.perf_counter() - started, 3),
        worker=worker_name(),
        max_rss_mb=round(max_rss_mb(), 1),
    )


def fail_shard(shard: Shard, options: ReadOptions, out: Path, reason: str) -> ShardResult:
    """Write a shard whose coding failed: each of its articles is a failure row (stage
    ``code``, code ``internal_error``), its read failures are kept. No model is needed."""
    started = time.perf_counter()
    reading = _Reading()
    for item in read_shard(shard, options):
        reading.add(item)
    for loaded in reading.to_code:
        reading.batch.add_failure(
            Failure(
                article_id=loaded.article.id,
                input=loaded.origin,
                stage="code",
                code="internal_error",
                message=f"the batch job could not code {shard.name}: {reason}",
            )
        )
    rows = write_shard(out, shard.name, reading.tables())
    return ShardResult(
        index=shard.index,
        name=shard.name,
        read=reading.read,
        unchanged=reading.unchanged,
        duplicates=reading.duplicates,
        rows=rows,
        seconds=round(time.perf_counter() - started, 3),
        worker=worker_name(),
        error=reason,
    )


class ShardCoder:
    """A Ray Data actor holding one pipeline: the spaCy model is loaded once per worker.

    Called with a batch of shards (``shard`` column: Shard JSON); returns one ShardResult JSON
    per shard. A shard whose coding raises is written as failure rows, and the job goes on.
    """

    def __init__(self, settings: Settings, options: ReadOptions, out: str) -> None:
        started = time.perf_counter()
        self.pipeline = build(settings.model_copy(update={"n_process": 1}))
        self.load_seconds = round(time.perf_counter() - started, 2)
        self.options = options
        self.out = Path(out)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        results: list[str] = []
        for text in batch["shard"]:
            shard = Shard.model_validate_json(str(text))
            try:
                result = code_shard(shard, self.pipeline, self.options, self.out)
            except Exception as exc:  # a bug or an I/O error on one shard: record, go on
                reason = f"{type(exc).__name__}: {exc}"
                result = fail_shard(shard, self.options, self.out, reason)
                result.coder = self.pipeline.coder
                result.coder_key = coder_key(self.pipeline.coder)
                result.max_rss_mb = round(max_rss_mb(), 1)
            result.load_seconds = self.load_seconds
            results.append(result.model_dump_json())
        return {"index": list(batch["index"]), "result": results}


__all__ = ["ShardCoder", "code_shard", "fail_shard", "max_rss_mb", "worker_name"]
