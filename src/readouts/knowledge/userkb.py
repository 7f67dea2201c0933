"""The user's knowledge base: actors, aliases and dated roles kept in a DuckDB file, merged
with the packaged knowledge by :func:`load_kb`.

Tables (created if missing; this module touches no other tables of the file)::

    kb_actors  (id PRIMARY KEY, name, kind, source, added_at)
    kb_aliases (actor_id, alias, PRIMARY KEY (actor_id, alias))
    kb_roles   (role_key PRIMARY KEY, actor_id, country, sectors VARCHAR[], title,
                start_date, end_date, source)

Adding is idempotent: an actor already stored keeps its row, and only aliases and roles not yet
stored are added (``role_key`` is a digest of the role's fields), so importing the same
dictionary twice changes nothing.

The file is ``--db``, else ``$READOUTS_DB``, else ``readouts.duckdb`` in the working directory
(:func:`resolve_db`). The pipeline reads the file named by ``Settings.kb_db``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ResourceError, UsageError
from .actors import KBActor, KnowledgeBase, Role, packaged_actors
from .kb_records import KINDS

ENV_DB = "READOUTS_DB"
DEFAULT_DB = "readouts.duckdb"
TABLES = ("kb_actors", "kb_aliases", "kb_roles")

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS kb_actors (
        id VARCHAR PRIMARY KEY,
        name VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        added_at TIMESTAMP DEFAULT current_timestamp
    )""",
    """CREATE TABLE IF NOT EXISTS kb_aliases (
        actor_id VARCHAR NOT NULL,
        alias VARCHAR NOT NULL,
        PRIMARY KEY (actor_id, alias)
    )""",
    """CREATE TABLE IF NOT EXISTS kb_roles (
        role_key VARCHAR PRIMARY KEY,
        actor_id VARCHAR NOT NULL,
        country VARCHAR,
        sectors VARCHAR[] NOT NULL,
        title VARCHAR,
        start_date DATE,
        end_date DATE,
        source VARCHAR NOT NULL
    )""",
)


def resolve_db(path: str | Path | None = None) -> Path:
    """``path``, else ``$READOUTS_DB``, else ``readouts.duckdb`` in the working directory."""
    return Path(path or os.environ.get(ENV_DB) or DEFAULT_DB)


@dataclass
class Counts:
    """What one add or import changed."""

    actors: int = 0
    aliases: int = 0
    roles: int = 0

    def __str__(self) -> str:
        return (
            f"added {_plural(self.actors, 'actor')}, {_plural(self.aliases, 'alias')}, "
            f"{_plural(self.roles, 'role')}"
        )


def _plural(count: int, noun: str) -> str:
    if count == 1:
        return f"1 {noun}"
    return f"{count} {noun}es" if noun.endswith("s") else f"{count} {noun}s"


def role_key(actor_id: str, role: Role) -> str:
    parts = [
        actor_id,
        role.country or "",
        "|".join(role.sectors),
        role.title or "",
        role.start.isoformat() if role.start else "",
        role.end.isoformat() if role.end else "",
    ]
    return hashlib.sha1("\t".join(parts).encode("utf-8")).hexdigest()


def _connect(path: Path, read_only: bool) -> Any:
    import duckdb

    if read_only and not path.exists():
        raise ResourceError(
            f"[K001] knowledge base {path} does not exist: "
            "create it with `readouts kb add` or `readouts kb import`"
        )
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        raise ResourceError(f"[K002] cannot open knowledge base {path}: {exc}") from None


class UserKB:
    """The ``kb_`` tables of one DuckDB file. Use as a context manager."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = resolve_db(path)
        self.read_only = read_only
        self._con = _connect(self.path, read_only)
        if read_only:
            self._ready = self._has_tables()
        else:
            for statement in SCHEMA:
                self._con.execute(statement)
            self._ready = True

    def __enter__(self) -> UserKB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._con.close()

    def _has_tables(self) -> bool:
        rows = self._con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_name IN (?, ?, ?)",
            list(TABLES),
        ).fetchall()
        return len(rows) == len(TABLES)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self._con.execute("ROLLBACK")
            raise
        self._con.execute("COMMIT")

    # -- writing ---------------------------------------------------------------------------

    def add(self, actor: KBActor) -> Counts:
        return self.add_many([actor])

    def add_many(self, actors: Iterable[KBActor]) -> Counts:
        """Store actors with their aliases and roles in one transaction; returns what was new."""
        merged: dict[str, KBActor] = {}
        for actor in actors:
            if actor.kind not in KINDS:
                raise UsageError(f"actor {actor.id}: kind {actor.kind!r} is not one of {KINDS}")
            seen = merged.get(actor.id)
            if seen is None:
                merged[actor.id] = KBActor(
                    actor.id, actor.name, actor.kind, actor.aliases, list(actor.roles), actor.source
                )
                continue
            seen.aliases = tuple(dict.fromkeys((*seen.aliases, actor.name, *actor.aliases)))
            seen.roles.extend(actor.roles)
        values = list(merged.values())
        alias_rows = [(a.id, alias) for a in values for alias in a.aliases if alias != a.name]
        role_rows = [(role_key(a.id, r), a.id, r, a.source) for a in values for r in a.roles]
        counts = Counts()
        with self._transaction():
            counts.actors = self._insert(
                "kb_actors (id, name, kind, source)",
                [
                    [a.id for a in values],
                    [a.name for a in values],
                    [a.kind for a in values],
                    [a.source or "user" for a in values],
                ],
            )
            counts.aliases = self._insert(
                "kb_aliases (actor_id, alias)",
                [[r[0] for r in alias_rows], [r[1] for r in alias_rows]],
            )
            counts.roles = self._insert(
                "kb_roles (role_key, actor_id, country, sectors, title, start_date, end_date, "
                "source)",
                [
                    [r[0] for r in role_rows],
                    [r[1] for r in role_rows],
                    [r[2].country for r in role_rows],
                    [list(r[2].sectors) for r in role_rows],
                    [r[2].title for r in role_rows],
                    [r[2].start for r in role_rows],
                    [r[2].end for r in role_rows],
                    [r[3] or "user" for r in role_rows],
                ],
            )
        return counts

    def _insert(self, target: str, columns: list[list[Any]]) -> int:
        """Insert column lists in one statement (DuckDB's executemany is slow for many rows)."""
        if not columns or not columns[0]:
            return 0
        unnests = ", ".join(f"unnest(${i + 1})" for i in range(len(columns)))
        row = self._con.execute(
            f"INSERT OR IGNORE INTO {target} SELECT * FROM (SELECT {unnests})", columns
        ).fetchone()
        return int(row[0]) if row else 0

    # -- reading ---------------------------------------------------------------------------

    def __len__(self) -> int:
        if not self._ready:
            return 0
        row = self._con.execute("SELECT count(*) FROM kb_actors").fetchone()
        return int(row[0]) if row else 0

    def actors(
        self,
        query: str | None = None,
        *,
        kind: str | None = None,
        source: str | None = None,
        limit: int | None = None,
    ) -> list[KBActor]:
        """Stored actors, by id; ``query`` matches a part of the name or of an alias."""
        if not self._ready:
            return []
        where: list[str] = []
        params: list[Any] = []
        if query:
            where.append(
                "(lower(a.name) LIKE ? OR a.id IN "
                "(SELECT actor_id FROM kb_aliases WHERE lower(alias) LIKE ?))"
            )
            pattern = f"%{query.lower()}%"
            params += [pattern, pattern]
        if kind:
            where.append("a.kind = ?")
            params.append(kind)
        if source:
            where.append("a.source LIKE ?")
            params.append(f"{source}%")
        wanted = "SELECT a.id, a.name, a.kind, a.source FROM kb_actors a"
        if where:
            wanted += " WHERE " + " AND ".join(where)
        wanted += " ORDER BY a.id"
        if limit:
            wanted += f" LIMIT {int(limit)}"
        rows = self._con.execute(wanted, params).fetchall()
        actors = {r[0]: KBActor(r[0], r[1], r[2], (), [], r[3]) for r in rows}
        if not actors:
            return []
        with_wanted = f"WITH wanted AS ({wanted}) "
        for actor_id, alias in self._con.execute(
            with_wanted + "SELECT actor_id, alias FROM kb_aliases JOIN wanted ON actor_id = id "
            "ORDER BY actor_id, alias",
            params,
        ).fetchall():
            actors[actor_id].aliases = (*actors[actor_id].aliases, alias)
        for actor_id, country, sectors, title, start, end in self._con.execute(
            with_wanted + "SELECT actor_id, country, sectors, title, start_date, end_date "
            "FROM kb_roles JOIN wanted ON actor_id = id "
            "ORDER BY actor_id, start_date NULLS FIRST, end_date NULLS LAST",
            params,
        ).fetchall():
            actors[actor_id].roles.append(Role(country, tuple(sectors), title, start, end))
        return list(actors.values())


def load_user_actors(db_path: str | Path) -> list[KBActor]:
    """Every actor of the user's knowledge base (none if the file has no ``kb_`` tables)."""
    with UserKB(db_path, read_only=True) as kb:
        return kb.actors()


def merge_user(packaged: Iterable[KBActor], user: Iterable[KBActor]) -> KnowledgeBase:
    """Packaged actors, then the user's: on a shared id the user's name and roles replace the
    packaged ones (aliases are kept from both); on a shared name the user's actor is found first.
    """
    base = {a.id: a for a in packaged}
    mine: list[KBActor] = []
    for actor in user:
        old = base.pop(actor.id, None)
        if old is not None:
            aliases = tuple(dict.fromkeys((*actor.aliases, old.name, *old.aliases)))
            aliases = tuple(a for a in aliases if a != actor.name)
            roles = list(actor.roles or old.roles)
            actor = KBActor(actor.id, actor.name, actor.kind, aliases, roles, actor.source)
        mine.append(actor)
    return KnowledgeBase([*base.values(), *mine])


def load_kb(db_path: str | Path | None) -> KnowledgeBase:
    """The packaged knowledge base merged with the user's entries in ``db_path``.

    ``None`` gives the packaged knowledge alone (a fresh copy, not the shared cached one).
    """
    user = load_user_actors(db_path) if db_path is not None else []
    return merge_user(packaged_actors(), user)


__all__ = [
    "DEFAULT_DB",
    "ENV_DB",
    "Counts",
    "UserKB",
    "load_kb",
    "load_user_actors",
    "merge_user",
    "resolve_db",
    "role_key",
]
