"""Named, recorded, transactional schema migrations for the store.

Each migration is a SQL file ``migrations/NNNN_name.sql`` in this package. Applying one runs
its SQL and records its name and checksum in ``schema_migrations`` in the same transaction,
so a crash leaves the store either before or after it. Tables the migrations do not know
(the user knowledge base's ``kb_*`` tables, for example) are left alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..errors import StoreError

_LEDGER = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    name       VARCHAR PRIMARY KEY,
    checksum   VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
)
"""


@dataclass(frozen=True)
class Migration:
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode("utf-8")).hexdigest()[:16]


def migrations() -> list[Migration]:
    """The packaged migrations in the order they apply."""
    folder = resources.files("readouts.store").joinpath("migrations")
    found = [
        Migration(entry.name.removesuffix(".sql"), entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".sql")
    ]
    return sorted(found, key=lambda m: m.name)


def applied(con: Any) -> dict[str, str]:
    """Name -> checksum of the migrations recorded in this store."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()[0]
    if not exists:
        return {}
    return dict(con.execute("SELECT name, checksum FROM schema_migrations").fetchall())


def pending(con: Any) -> list[Migration]:
    known = migrations()
    done = applied(con)
    unknown = sorted(set(done) - {m.name for m in known})
    if unknown:
        raise StoreError(
            f"the store was migrated by a newer readouts (unknown migrations: "
            f"{', '.join(unknown)}): upgrade readouts to use it"
        )
    return [m for m in known if m.name not in done]


def migrate(con: Any) -> list[str]:
    """Apply the pending migrations, each in its own transaction; return their names."""
    con.execute(_LEDGER)
    names: list[str] = []
    for migration in pending(con):
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(migration.sql)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [migration.name, migration.checksum, dt.datetime.now(dt.UTC).replace(tzinfo=None)],
            )
            con.execute("COMMIT")
        except Exception as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"migration {migration.name} failed: {exc}") from exc
        names.append(migration.name)
    return names


__all__ = ["Migration", "applied", "migrate", "migrations", "pending"]
