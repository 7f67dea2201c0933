"""``readouts batch run``: code sharded inputs on a Ray cluster with Ray Data.

    plan shards ──▶ ray.data.from_items(shards) ──map_batches(ShardCoder, actor pool)──▶
    one set of Parquet files per shard ──▶ manifest.json

Each worker (an actor of the pool, one CPU) builds the shared pipeline once and codes whole
shards. A task whose worker dies is retried (its files are replaced, never duplicated); a
shard that still cannot be coded is written as failure rows by the driver, and the job goes
on. The manifest is written last, so a folder with a manifest holds a finished job.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import ReadoutsError, UsageError
from ..inputs import ReadOptions
from ..model import CoderInfo
from ..settings import Settings
from .cluster import Cluster, ray_cluster
from .layout import prepare
from .manifest import Manifest, ShardResult, WorkerStats, write_manifest
from .shards import DEFAULT_SHARD_SIZE, Shard, plan
from .worker import ShardCoder, fail_shard

TASK_RETRIES = 3  # attempts after the first when a worker dies (out of memory, a crash)
Progress = Callable[[int, int, ShardResult], None]


def _options_record(options: ReadOptions, shard_size: int) -> dict[str, Any]:
    return {
        "input_format": options.kind.value if options.kind else None,
        "text_column": options.text_column,
        "source": options.meta.source,
        "shard_size": shard_size,
    }


def _actor_args() -> dict[str, Any]:
    """Retry a task a few times when its worker dies (Ray Data's default is forever)."""
    return {"max_task_retries": TASK_RETRIES}


def _code_on_ray(
    shards: list[Shard],
    settings: Settings,
    options: ReadOptions,
    out: Path,
    workers: int,
    progress: Progress | None,
    actor: type[ShardCoder],
) -> dict[int, ShardResult]:
    import ray
    import ray.data

    context = ray.data.DataContext.get_current()
    context.max_errored_blocks = -1  # a shard whose task fails every retry is handled below
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    items = [{"index": s.index, "shard": s.model_dump_json()} for s in shards]
    dataset = ray.data.from_items(items, override_num_blocks=len(items))
    coded = dataset.map_batches(
        actor,
        fn_constructor_kwargs={"settings": settings, "options": options, "out": str(out)},
        batch_size=1,
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=1,
        ray_remote_args_fn=_actor_args,
    )
    results: dict[int, ShardResult] = {}
    for row in coded.iter_rows():
        result = ShardResult.model_validate_json(row["result"])
        results[result.index] = result
        if progress:
            progress(len(results), len(shards), result)
    return results


def _workers(results: Iterable[ShardResult]) -> list[WorkerStats]:
    stats: dict[str, WorkerStats] = {}
    for result in results:
        if result.coder is None:
            continue  # written by the driver, not by a worker
        entry = stats.setdefault(
            result.worker,
            WorkerStats(
                worker=result.worker,
                shards=0,
                articles=0,
                max_rss_mb=0.0,
                load_seconds=result.load_seconds,
            ),
        )
        entry.shards += 1
        entry.articles += result.rows.get("articles", 0)
        entry.max_rss_mb = max(entry.max_rss_mb, result.max_rss_mb)
    return sorted(stats.values(), key=lambda w: w.worker)


def _coder(results: list[ShardResult]) -> tuple[CoderInfo | None, str | None]:
    keys = {r.coder_key for r in results if r.coder_key}
    if len(keys) > 1:
        raise ReadoutsError(
            f"the workers ran {len(keys)} different coder versions ({', '.join(sorted(keys))}): "
            "install the same readouts, spaCy model and resources on every node",
            code="coder_mismatch",
        )
    coded = next((r for r in results if r.coder is not None), None)
    return (coded.coder, coded.coder_key) if coded else (None, None)


def run_batch(
    inputs: list[str],
    out: str | Path,
    *,
    settings: Settings | None = None,
    options: ReadOptions | None = None,
    address: str | None = None,
    workers: int = 0,
    shard_size: int = DEFAULT_SHARD_SIZE,
    progress: Progress | None = None,
    actor: type[ShardCoder] = ShardCoder,
) -> Manifest:
    """Code ``inputs`` (files, folders, globs) on Ray into Parquet datasets under ``out``.

    ``workers``: actors in the pool (default: every CPU of the cluster); ``actor``: the actor
    class that codes shards (a subclass can wrap :class:`ShardCoder`)."""
    settings = (settings or Settings.from_env()).model_copy(update={"n_process": 1})
    options = options or ReadOptions()
    if shard_size < 1:
        raise UsageError("--shard-size must be at least 1")
    folder = Path(out)
    prepare(folder)
    started = time.perf_counter()
    shards = plan(inputs, options, shard_size)
    if not shards:
        raise UsageError(f"no input files found in {', '.join(inputs)}")
    with ray_cluster(address, workers) as cluster:
        pool = _pool_size(workers, cluster, len(shards))
        results = _code_on_ray(shards, settings, options, folder, pool, progress, actor)
        for shard in shards:
            if shard.index not in results:  # its task failed on every attempt
                reason = f"its worker failed {TASK_RETRIES + 1} times (out of memory or a crash)"
                results[shard.index] = fail_shard(shard, options, folder, reason)
                if progress:
                    progress(len(results), len(shards), results[shard.index])
        ordered = [results[s.index] for s in shards]
        seconds = time.perf_counter() - started - cluster.start_seconds
    coder, key = _coder(ordered)
    counts: Counter[str] = Counter()
    for result in ordered:
        counts["read"] += result.read
        counts.update(result.rows)
    manifest = Manifest(
        readouts_version=__version__,
        created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        inputs=list(inputs),
        input_files=len({part.path for shard in shards for part in shard.parts}),
        settings=settings.model_dump(mode="json"),
        options=_options_record(options, shard_size),
        coder=coder,
        coder_key=key,
        cluster={**cluster.describe(), "workers": pool},
        counts=dict(counts),
        seconds=round(seconds, 2),
        start_seconds=cluster.start_seconds,
        articles_per_second=round(counts["articles"] / seconds, 2) if seconds else 0.0,
        workers=_workers(ordered),
        shards=ordered,
    )
    write_manifest(folder, manifest)
    return manifest


def _pool_size(workers: int, cluster: Cluster, shards: int) -> int:
    if workers and cluster.address != "local" and workers > cluster.cpus:
        raise UsageError(
            f"--workers {workers} is more than the {cluster.cpus} CPUs of the Ray cluster "
            f"at {cluster.address}: each worker takes one CPU"
        )
    return max(1, min(workers or cluster.cpus, shards))


__all__ = ["TASK_RETRIES", "Progress", "run_batch"]
