"""A batch actor that fails on purpose, to test retries and bad shards on a real Ray pool.

Shard 1 kills its worker on the first attempt, after writing part of its files (a retry must
replace them, not add to them); shard 2 kills its worker on every attempt (the job must go on
and record its articles as failures)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pyarrow as pa

from readouts.batch.layout import write_table
from readouts.batch.shards import Shard
from readouts.batch.worker import ShardCoder
from readouts.store.rows import TABLES

FLAKY, POISON = 1, 2


class FaultyCoder(ShardCoder):
    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        for text in batch["shard"]:
            shard = Shard.model_validate_json(str(text))
            marker = self.out / f".attempted-{shard.name}"
            if shard.index == POISON or (shard.index == FLAKY and not marker.exists()):
                marker.touch()
                junk = pa.table({name: [None] * 3 for name in TABLES["articles"].names})
                write_table(self.out, "articles", shard.name, junk.cast(TABLES["articles"]))
                os._exit(1)
        return super().__call__(batch)


def attempts(out: Path) -> list[str]:
    return sorted(p.name.removeprefix(".attempted-") for p in out.glob(".attempted-*"))
