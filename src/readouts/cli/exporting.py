"""``readouts export``: the store as CodedArticle JSONL, a flat event CSV/Parquet, or a
GDELT-style TSV."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError
from ..store.exports import ExportFormat
from .querying import (
    Actor,
    Country,
    DateFrom,
    DateTo,
    Mode,
    RoleOpt,
    Sector,
    Subnational,
    Text,
    TypeOpt,
    event_filters,
)
from .storage import DbOption, open_store

_BY_SUFFIX = {
    ".jsonl": ExportFormat.jsonl,
    ".csv": ExportFormat.csv,
    ".parquet": ExportFormat.parquet,
    ".tsv": ExportFormat.gdelt,
}


def export_command(
    output: Annotated[str, typer.Argument(help="Output file; '-' writes to standard output.")],
    format: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="jsonl (CodedArticle), csv or parquet (one row per event), gdelt (TSV, one "
            "row per event cluster). Default: by the file's extension.",
        ),
    ] = None,
    db: DbOption = None,
    actor: Actor = None,
    country: Country = None,
    sector: Sector = None,
    subnational: Subnational = None,
    role: RoleOpt = "any",
    type: TypeOpt = None,
    mode: Mode = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    text: Text = None,
) -> None:
    """Export stored articles or events (all, or those matching the filters)."""
    fmt = format or _BY_SUFFIX.get(Path(output).suffix.lower())
    if fmt is None:
        raise UsageError(
            "give --format jsonl, csv, parquet or gdelt (or a file with that extension)"
        )
    if fmt is ExportFormat.parquet and output == "-":
        raise UsageError("Parquet cannot go to standard output: give a file name")
    filters = event_filters(
        actor, country, sector, subnational, role, type, mode, date_from, date_to, text
    )
    with open_store(db) as store:
        rows = store.export(output, fmt, filters)
    if output != "-":
        sys.stderr.write(f"readouts: wrote {rows} rows ({fmt.value}) to {output}\n")


__all__ = ["export_command"]
