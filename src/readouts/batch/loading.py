"""``readouts batch load``: the Parquet datasets of a batch job into the DuckDB store.

The files are first checked against the manifest (every shard's file of every table is there
with the rows the manifest counts). Then shard after shard, in input order, each in one
transaction, the rows are written as ``readouts ingest`` would have written them: an article
whose id or text came earlier in the job is skipped, one already stored by the same coder is
left alone, one stored by another coder version is replaced, and failures are recorded once.
So the store equals that of a single-process ingest of the same inputs, a reload adds
nothing, and a load stopped midway is completed by running it again.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..errors import ReadoutsError
from ..model import CoderInfo
from ..settings import Settings
from ..store import Store
from ..store.rows import ARTICLE_TABLES, TABLES
from .layout import INPUTS, SCHEMAS, read_shard_tables, row_count, shard_file
from .manifest import Manifest, ShardResult, read_manifest

_CODING_STAGES = ["code", "nlp"]


class BatchMismatchError(ReadoutsError):
    """The files of a batch job do not agree with its manifest."""

    code = "batch_mismatch"


@dataclass
class LoadSummary:
    run_id: str = ""
    shards: int = 0
    read: int = 0
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    replaced: int = 0
    failed: int = 0
    failures_new: int = 0
    events: int = 0
    seconds: float = 0.0
    failure_codes: Counter[str] = field(default_factory=Counter)


Progress = Callable[[LoadSummary], None]


def verify(folder: Path, manifest: Manifest) -> None:
    """Raise :class:`BatchMismatchError` unless every file holds the rows the manifest says."""
    problems: list[str] = []
    totals: Counter[str] = Counter()
    for shard in manifest.shards:
        totals["read"] += shard.read
        for table in SCHEMAS:
            expected = shard.rows.get(table)
            found = row_count(folder, table, shard.name)
            totals[table] += found or 0
            if found is None:
                problems.append(f"{table}/{shard.name}.parquet is missing")
            elif found != expected:
                problems.append(
                    f"{table}/{shard.name}.parquet holds {found} rows, the manifest says {expected}"
                )
        if not problems:
            stages = pq.read_table(shard_file(folder, "failures", shard.name), columns=["stage"])
            read_failures = int(pc.sum(pc.equal(stages["stage"], "read")).as_py() or 0)
            if shard.rows[INPUTS] + read_failures != shard.read:
                problems.append(
                    f"{shard.name}: {shard.rows[INPUTS]} articles and {read_failures} read "
                    f"failures, but {shard.read} inputs read"
                )
    for name, count in manifest.counts.items():
        if not problems and name in totals and totals[name] != count:
            problems.append(f"{name}: the shards hold {totals[name]}, the manifest says {count}")
    if problems:
        shown = "; ".join(problems[:5]) + (
            f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
        )
        raise BatchMismatchError(
            f"{folder} does not match its manifest: {shown} (run 'readouts batch run' again)"
        )


class _Seen:
    """Ids and texts met so far in the job, in input order (as ``ingest`` tracks them)."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.hashes: set[str] = set()

    def triage(self, inputs: pa.Table) -> tuple[list[str], int, int]:
        """The ids to write, and the counts of repeated ids and repeated texts."""
        keep: list[str] = []
        unchanged = duplicates = 0
        ids = inputs["id"].to_pylist()
        hashes = inputs["text_sha256"].to_pylist()
        for article_id, digest in zip(ids, hashes, strict=True):
            if article_id in self.ids:
                unchanged += 1
            elif digest in self.hashes:
                duplicates += 1
            else:
                keep.append(article_id)
            self.ids.add(article_id)
            self.hashes.add(digest)
        return keep, unchanged, duplicates


def _select(tables: dict[str, pa.Table], keep: list[str]) -> dict[str, pa.Table]:
    """The rows of the kept articles; failures of coding other articles are dropped (a single
    ingest would not have coded those articles at all)."""
    keep_set = pa.array(keep, pa.string())
    out: dict[str, pa.Table] = {}
    for name in ARTICLE_TABLES:
        table = tables[name]
        column = "id" if name == "articles" else "article_id"
        out[name] = table.filter(pc.is_in(table[column], value_set=keep_set))
    failures = tables["failures"]
    coding = pc.is_in(failures["stage"], value_set=pa.array(_CODING_STAGES))
    other = pc.invert(pc.fill_null(pc.is_in(failures["article_id"], value_set=keep_set), False))
    out["failures"] = failures.filter(pc.invert(pc.and_(coding, other)))
    return out


def _coder(manifest: Manifest) -> CoderInfo:
    if manifest.coder is not None:
        return manifest.coder
    model = str(manifest.settings.get("model", "unknown"))
    return CoderInfo(version=manifest.readouts_version, model=model, model_version="unknown")


def _load_shard(
    store: Store, folder: Path, shard: ShardResult, seen: _Seen, summary: LoadSummary
) -> None:
    tables = read_shard_tables(folder, shard.name)
    keep, unchanged, duplicates = seen.triage(tables[INPUTS])
    selected = _select(tables, keep)
    result = store.write_tables({name: selected[name] for name in TABLES}, run_id=summary.run_id)
    store.count_inputs(summary.run_id, shard.read, unchanged, duplicates)
    summary.shards += 1
    summary.read += shard.read
    summary.stored += result.stored
    summary.unchanged += unchanged + result.unchanged
    summary.duplicates += duplicates + result.duplicates
    summary.replaced += result.replaced
    summary.failures_new += result.failures_new
    summary.failed += result.failures_new + result.failures_known
    summary.events += result.events
    summary.failure_codes.update(selected["failures"]["code"].to_pylist())


def load_batch(
    folder: str | Path,
    store: Store,
    *,
    command: str | None = None,
    progress: Progress | None = None,
) -> LoadSummary:
    """Check the output of ``readouts batch run`` against its manifest and load it."""
    root = Path(folder)
    manifest = read_manifest(root)
    verify(root, manifest)
    started = time.perf_counter()
    summary = LoadSummary()
    summary.run_id = store.begin_run(
        _coder(manifest),
        settings=Settings.model_validate(manifest.settings),
        inputs=manifest.inputs,
        command=command,
    )
    seen = _Seen()
    status = "failed"
    try:
        for shard in manifest.shards:
            _load_shard(store, root, shard, seen, summary)
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
    return summary


__all__ = ["BatchMismatchError", "LoadSummary", "load_batch", "verify"]
