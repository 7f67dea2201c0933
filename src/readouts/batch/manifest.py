"""The manifest of a batch job: inputs, settings, coder version, and the counts of every shard,
so that ``readouts batch load`` can check the datasets before it loads them."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from ..errors import UsageError
from ..model import CoderInfo
from .layout import MANIFEST

FORMAT = "readouts-batch/1"


class ShardResult(BaseModel):
    """What one task did with one shard."""

    index: int
    name: str
    read: int = Field(description="inputs read: articles and failures")
    unchanged: int = Field(default=0, description="articles whose id came earlier in the shard")
    duplicates: int = Field(default=0, description="articles whose text came earlier in the shard")
    rows: dict[str, int] = Field(default_factory=dict, description="rows written per table")
    words: int = 0
    coder: CoderInfo | None = None
    coder_key: str | None = None
    seconds: float = 0.0
    worker: str = Field(default="", description="host:pid of the worker that coded it")
    load_seconds: float = Field(
        default=0.0, description="the worker's start: building the pipeline"
    )
    max_rss_mb: float = Field(default=0.0, description="the worker's peak resident memory so far")
    error: str | None = Field(
        default=None, description="why the shard was not coded (its articles are failure rows)"
    )


class WorkerStats(BaseModel):
    worker: str
    shards: int
    articles: int
    max_rss_mb: float = Field(description="peak resident memory (MiB)")
    load_seconds: float = Field(description="building the pipeline (loading the model)")


class Manifest(BaseModel):
    format: str = FORMAT
    readouts_version: str
    created_at: str
    inputs: list[str]
    input_files: int = Field(description="files (or missing paths) the inputs named")
    settings: dict[str, Any]
    options: dict[str, Any]
    coder: CoderInfo | None
    coder_key: str | None
    cluster: dict[str, Any]
    counts: dict[str, int] = Field(description="inputs read, and rows per table")
    seconds: float = Field(description="planning, coding and writing (cluster start excluded)")
    start_seconds: float = Field(description="starting or joining the Ray cluster")
    articles_per_second: float
    workers: list[WorkerStats]
    shards: list[ShardResult]


def write_manifest(out: Path, manifest: Manifest) -> None:
    path = out / MANIFEST
    temporary = path.with_name(f".{MANIFEST}.tmp")
    temporary.write_text(manifest.model_dump_json(indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, path)


def read_manifest(out: Path) -> Manifest:
    path = out / MANIFEST
    if not path.is_file():
        raise UsageError(
            f"no {MANIFEST} in {out}: not the output of a finished 'readouts batch run' "
            "(run it, or run it again if it was stopped)"
        )
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise UsageError(
            f"{path} is in format {data.get('format')!r}; this readouts reads {FORMAT}"
        )
    return Manifest.model_validate(data)


__all__ = ["FORMAT", "Manifest", "ShardResult", "WorkerStats", "read_manifest", "write_manifest"]
