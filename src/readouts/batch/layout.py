"""The output folder of a batch job: one Parquet dataset per store table, one file per shard,
and the manifest.

    DIR/manifest.json                      written last: the job finished
    DIR/articles/shard-00000.parquet       the columns of readouts.store.TABLES["articles"]
    DIR/entities/…  mentions/…  events/…  event_participants/…  relations/…  failures/…
    DIR/inputs/shard-00000.parquet         every article read (id, text hash, origin), in order

File names depend only on the shard number, and each file is written to a hidden temporary
name and renamed: a retried task replaces its shard's files, it never adds a second copy.
DuckDB, pandas or Spark read a dataset as ``DIR/events/*.parquet``.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import UsageError
from ..store.rows import TABLES

MANIFEST = "manifest.json"
INPUTS = "inputs"
INPUTS_SCHEMA = pa.schema(
    [("id", pa.string()), ("text_sha256", pa.string()), ("origin", pa.string())]
)
SCHEMAS: dict[str, pa.Schema] = {**TABLES, INPUTS: INPUTS_SCHEMA}


def shard_file(out: Path, table: str, shard_name: str) -> Path:
    return out / table / f"{shard_name}.parquet"


def write_table(out: Path, name: str, shard_name: str, table: pa.Table) -> None:
    """Write one shard's rows of one table, atomically (temporary file, then rename)."""
    final = shard_file(out, name, shard_name)
    final.parent.mkdir(parents=True, exist_ok=True)
    temporary = final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}.tmp")
    pq.write_table(table, temporary, compression="zstd")
    os.replace(temporary, final)


def write_shard(out: Path, shard_name: str, tables: dict[str, pa.Table]) -> dict[str, int]:
    """Write every table of one shard (empty ones too); return the row count of each."""
    rows: dict[str, int] = {}
    for name in SCHEMAS:
        table = tables[name]
        write_table(out, name, shard_name, table)
        rows[name] = len(table)
    return rows


def read_shard_tables(out: Path, shard_name: str) -> dict[str, pa.Table]:
    return {
        name: pq.read_table(shard_file(out, name, shard_name), schema=schema)
        for name, schema in SCHEMAS.items()
    }


def row_count(out: Path, table: str, shard_name: str) -> int | None:
    """Rows in a shard's file from its footer (``None`` when the file is missing)."""
    path = shard_file(out, table, shard_name)
    if not path.exists():
        return None
    return int(pq.ParquetFile(path).metadata.num_rows)


def prepare(out: Path) -> None:
    """Make ``out`` ready for a job: create it, or clear the output of an earlier job there.

    A folder that holds anything else is refused rather than cleared."""
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} is a file: name a folder for the batch output")
    out.mkdir(parents=True, exist_ok=True)
    ours = {MANIFEST, *SCHEMAS}
    foreign = sorted(p.name for p in out.iterdir() if p.name not in ours and p.name[0] != ".")
    if foreign:
        raise UsageError(
            f"--out {out} holds other files ({', '.join(foreign[:3])}): name an empty folder "
            "or the folder of an earlier batch job (its output is replaced)"
        )
    (out / MANIFEST).unlink(missing_ok=True)
    for name in SCHEMAS:
        folder = out / name
        if folder.is_dir():
            for path in folder.iterdir():
                if path.name.endswith(".parquet") or path.name.endswith(".tmp"):
                    path.unlink()


__all__ = [
    "INPUTS",
    "INPUTS_SCHEMA",
    "MANIFEST",
    "SCHEMAS",
    "prepare",
    "read_shard_tables",
    "row_count",
    "shard_file",
    "write_shard",
    "write_table",
]
