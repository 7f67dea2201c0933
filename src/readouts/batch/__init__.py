"""Scale-out on Ray (DESIGN.md section 5): the shared pipeline over sharded corpora, written
as Parquet datasets in the store's columns, loaded into the store with the results of a
single-process ``readouts ingest``.

    from readouts.batch import load_batch, run_batch

    manifest = run_batch(["corpus/*.jsonl.gz"], "out/", workers=8)   # on Ray
    with Store("readouts.duckdb") as store:
        load_batch("out/", store)

Modules: ``shards`` (planning), ``reading`` (a shard through the ingest readers), ``worker``
(coding a shard; the Ray actor), ``cluster`` (starting or joining Ray), ``job`` (the Ray Data
job), ``layout`` and ``manifest`` (the output folder), ``loading`` (into the store).
"""

from .job import run_batch
from .loading import BatchMismatchError, LoadSummary, load_batch, verify
from .manifest import Manifest, ShardResult, read_manifest
from .shards import DEFAULT_SHARD_SIZE, Part, Shard, plan

__all__ = [
    "DEFAULT_SHARD_SIZE",
    "BatchMismatchError",
    "LoadSummary",
    "Manifest",
    "Part",
    "Shard",
    "ShardResult",
    "load_batch",
    "plan",
    "read_manifest",
    "run_batch",
    "verify",
]
