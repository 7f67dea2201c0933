"""The ``--db`` option shared by the store commands, and opening the store for them."""

from __future__ import annotations

from typing import Annotated

import typer

from ..settings import Settings
from ..store import Store

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="DuckDB store file (default: readouts.duckdb here, or READOUTS_DB)."),
]


def db_path(db: str | None) -> str:
    return Settings.from_env(db=db).db


def open_store(db: str | None, *, read_only: bool = True) -> Store:
    return Store(db_path(db), read_only=read_only)


__all__ = ["DbOption", "db_path", "open_store"]
