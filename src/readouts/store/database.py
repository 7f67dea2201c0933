"""The DuckDB store: open (and migrate) a database file, write coded articles in
transactional batches, read them back.

    with Store("readouts.duckdb") as store:
        store.write(coded_articles, failures)
        page = store.query_events(EventFilters(country="CHN", type="CONSULT"))

Writing is idempotent: an article whose id is stored with the same coder is skipped, one
whose text is already stored under another id is a duplicate and skipped, one stored by
another coder version is replaced. Each batch is one transaction: a crash leaves the store
as it was after the last committed batch, and running the same ingest again completes it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Literal
from uuid import uuid4

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..errors import StoreError
from ..model import CodedArticle, CoderInfo, Event, Failure
from ..settings import Settings
from . import network, profiles, queries
from .clusters import Member, assign
from .exports import ExportFormat, export_events, export_jsonl
from .filters import EventFilters
from .migrate import migrate, pending
from .rows import ARTICLE_TABLES, TABLES, Batch, coder_key

DEFAULT_DB = "readouts.duckdb"
RunStatus = Literal["running", "finished", "interrupted", "failed"]


@dataclass
class WriteResult:
    """What one write did: articles stored, skipped as already stored or duplicate, replaced
    (coded by another coder version before), failures newly recorded or already known."""

    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    replaced: int = 0
    failures_new: int = 0
    failures_known: int = 0
    events: int = 0
    words: int = 0
    stored_ids: list[str] = field(default_factory=list)

    def add(self, other: WriteResult) -> None:
        for name in (
            "stored",
            "unchanged",
            "duplicates",
            "replaced",
            "failures_new",
            "failures_known",
            "events",
            "words",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.stored_ids.extend(other.stored_ids)


@dataclass(frozen=True)
class Triage:
    """Which incoming articles to store, and why the others are skipped."""

    new: list[str]
    replace: list[str]
    unchanged: list[str]
    duplicates: list[str]

    @property
    def keep(self) -> list[str]:
        return self.new + self.replace


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Store:
    """A readouts DuckDB database file (created and migrated on first use)."""

    def __init__(
        self, path: str | Path = DEFAULT_DB, *, read_only: bool = False, threads: int | None = None
    ) -> None:
        self.path = str(path)
        config: dict[str, Any] = {}
        if threads:
            config["threads"] = threads
        if read_only and not Path(self.path).exists():
            raise StoreError(f"no store at {self.path}: ingest articles first (readouts ingest)")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only, config=config)
        except duckdb.Error as exc:
            raise StoreError(
                f"cannot open the store {self.path}: {exc} (is another readouts process "
                "writing to it?)"
            ) from None
        if read_only:
            if pending(self.con):
                raise StoreError(
                    f"the store {self.path} needs a schema upgrade: open it once for writing "
                    "(readouts ingest) to migrate it"
                )
        else:
            migrate(self.con)

    # -- lifecycle --------------------------------------------------------------------------

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- runs -------------------------------------------------------------------------------

    def begin_run(
        self,
        coder: CoderInfo,
        *,
        settings: Settings | None = None,
        inputs: Iterable[str] = (),
        command: str | None = None,
    ) -> str:
        """Record a new run; runs left 'running' by a killed process become 'interrupted'."""
        run_id = f"run-{_now():%Y%m%dT%H%M%S}-{uuid4().hex[:8]}"
        self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
        self.con.execute(
            """INSERT INTO runs (run_id, started_at, status, command, coder_key, coder_version,
                   model, model_version, resources, settings, inputs)
               VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                run_id,
                _now(),
                command,
                coder_key(coder),
                coder.version,
                coder.model,
                coder.model_version,
                json.dumps(coder.resources),
                settings.model_dump_json() if settings else None,
                json.dumps(list(inputs)),
            ],
        )
        return run_id

    def finish_run(self, run_id: str, status: RunStatus = "finished") -> None:
        self.con.execute(
            "UPDATE runs SET status = ?, finished_at = ? WHERE run_id = ?",
            [status, _now(), run_id],
        )

    def count_inputs(self, run_id: str, read: int, unchanged: int = 0, duplicates: int = 0) -> None:
        """Count inputs a run read, and those it skipped before coding."""
        self.con.execute(
            "UPDATE runs SET n_read = n_read + ?, n_unchanged = n_unchanged + ?, "
            "n_duplicates = n_duplicates + ? WHERE run_id = ?",
            [read, unchanged, duplicates, run_id],
        )

    def runs(self) -> list[dict[str, Any]]:
        cursor = self.con.execute(
            "SELECT run_id, started_at, finished_at, status, model, coder_version, n_read, "
            "n_stored, n_unchanged, n_duplicates, n_failed FROM runs ORDER BY started_at"
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    # -- writing ----------------------------------------------------------------------------

    def triage(self, ids: list[str], hashes: list[str], key: str) -> Triage:
        """Sort incoming articles (ids with their text hashes) by what a write would do."""
        found = self.con.execute(
            "SELECT id, coder_key, text_sha256 FROM articles "
            "WHERE id IN (SELECT unnest(?)) OR text_sha256 IN (SELECT unnest(?))",
            [ids, hashes],
        ).fetchall()
        stored_coder = {row[0]: row[1] for row in found}
        stored_hash = {row[2]: row[0] for row in found}
        new: list[str] = []
        replace: list[str] = []
        unchanged: list[str] = []
        duplicates: list[str] = []
        seen_ids: set[str] = set()
        seen_hashes: set[str] = set()
        for article_id, digest in zip(ids, hashes, strict=True):
            if article_id in seen_ids:
                unchanged.append(article_id)
                continue
            if article_id in stored_coder:
                (replace if stored_coder[article_id] != key else unchanged).append(article_id)
            elif digest in seen_hashes or digest in stored_hash:
                duplicates.append(article_id)
            else:
                new.append(article_id)
            seen_ids.add(article_id)
            seen_hashes.add(digest)
        return Triage(new, replace, unchanged, duplicates)

    def write(
        self,
        coded: Iterable[CodedArticle],
        failures: Iterable[Failure] = (),
        *,
        run_id: str | None = None,
    ) -> WriteResult:
        """Store coded articles and failures in one transaction (an id given twice is
        stored once)."""
        batch = Batch()
        seen: set[str] = set()
        repeated = 0
        for item in coded:
            if item.article.id in seen:
                repeated += 1
                continue
            seen.add(item.article.id)
            batch.add(item, None, coder_key(item.coder))
        for failure in failures:
            batch.add_failure(failure)
        result = self.write_batch(batch, run_id=run_id)
        result.unchanged += repeated
        return result

    def write_batch(self, batch: Batch, *, run_id: str | None = None) -> WriteResult:
        """Store flattened rows (from a worker process) in one transaction."""
        result = self.write_tables({name: batch.arrow(name) for name in TABLES}, run_id=run_id)
        return result

    def load_parquet(self, folder: str | Path, *, run_id: str | None = None) -> WriteResult:
        """Load a folder of ``<table>.parquet`` files (or ``<table>/*.parquet`` folders) in the
        columns of :data:`readouts.store.rows.TABLES`, e.g. written by a batch job."""
        root = Path(folder)
        tables: dict[str, pa.Table] = {}
        for name, schema in TABLES.items():
            single, many = root / f"{name}.parquet", root / name
            if single.exists():
                table = pq.read_table(single)
            elif many.is_dir():
                table = pq.read_table(many)
            else:
                table = schema.empty_table()
            tables[name] = table.select(schema.names).cast(schema)
        return self.write_tables(tables, run_id=run_id)

    def write_tables(
        self, tables: dict[str, pa.Table], *, run_id: str | None = None
    ) -> WriteResult:
        """Store Arrow tables with the columns of ``TABLES`` in one transaction."""
        result = WriteResult()
        articles = tables["articles"]
        ids = articles["id"].to_pylist()
        keys = articles["coder_key"].to_pylist()
        if len(set(ids)) != len(ids):
            twice = sorted({i for i in ids if ids.count(i) > 1})[:5]
            raise StoreError(f"a batch holds the same article id more than once: {twice}")
        if len(set(keys)) > 1:
            raise StoreError("a batch holds articles of several coder versions: write them apart")
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            keep: list[str] = []
            replace: list[str] = []
            if ids:
                key = keys[0]
                triage = self.triage(ids, articles["text_sha256"].to_pylist(), key)
                keep, replace = triage.keep, triage.replace
                result.unchanged = len(triage.unchanged)
                result.duplicates = len(triage.duplicates)
            old_keys = self._remove(replace)
            keep_set = pa.array(keep, pa.string())
            new_keys: set[str] = set()
            for name in ARTICLE_TABLES:
                column = "id" if name == "articles" else "article_id"
                table = tables[name]
                if len(keep) != len(ids):
                    table = table.filter(pc.is_in(table[column], value_set=keep_set))
                if name == "articles":
                    table = table.append_column(
                        "run_id", pa.array([run_id] * len(table), pa.string())
                    )
                    result.words = int(pc.sum(table["n_words"]).as_py() or 0)
                if name == "events":
                    new_keys = set(table["cluster_key"].to_pylist())
                    result.events = len(table)
                self._insert(name, table)
            result.failures_new, result.failures_known = self._insert_failures(
                tables["failures"], run_id
            )
            result.stored = len(keep)
            result.replaced = len(replace)
            result.stored_ids = keep
            touched = sorted(new_keys | old_keys) if keep or old_keys else []
            if touched:
                self.recluster(touched)
            if run_id:
                con.execute(
                    """UPDATE runs SET n_stored = n_stored + ?, n_unchanged = n_unchanged + ?,
                         n_duplicates = n_duplicates + ?, n_failed = n_failed + ?
                       WHERE run_id = ?""",
                    [
                        result.stored,
                        result.unchanged,
                        result.duplicates,
                        result.failures_new + result.failures_known,
                        run_id,
                    ],
                )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return result

    def _insert(self, name: str, table: pa.Table) -> None:
        if not len(table):
            return
        view = f"_incoming_{name}"
        self.con.register(view, table)
        try:
            self.con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM {view}")
        finally:
            self.con.unregister(view)

    def _insert_failures(self, table: pa.Table, run_id: str | None) -> tuple[int, int]:
        if not len(table):
            return 0, 0
        keys = table["failure_key"].to_pylist()
        known = {
            row[0]
            for row in self.con.execute(
                "SELECT failure_key FROM failures WHERE failure_key IN (SELECT unnest(?))", [keys]
            ).fetchall()
        }
        fresh: list[int] = []
        seen: set[str] = set()
        for index, key in enumerate(keys):
            if key not in known and key not in seen:
                fresh.append(index)
            seen.add(key)
        rows = table.take(pa.array(fresh, pa.int64()))
        rows = rows.append_column("run_id", pa.array([run_id] * len(rows), pa.string()))
        self._insert("failures", rows)
        return len(fresh), len(keys) - len(fresh)

    def _remove(self, ids: list[str]) -> set[str]:
        """Delete articles (to be replaced) with all their rows; return their cluster keys."""
        if not ids:
            return set()
        old = {
            row[0]
            for row in self.con.execute(
                "SELECT DISTINCT cluster_key FROM events WHERE article_id IN (SELECT unnest(?))",
                [ids],
            ).fetchall()
        }
        for name in ARTICLE_TABLES:
            column = "id" if name == "articles" else "article_id"
            self.con.execute(f"DELETE FROM {name} WHERE {column} IN (SELECT unnest(?))", [ids])
        return old

    def recluster(self, keys: list[str] | None = None) -> int:
        """Recompute the event clusters of these cluster keys (all when ``None``)."""
        con = self.con
        select = (
            "SELECT event_uid, event_key, article_id, cluster_key, type, mode, day, location_name, "
            "actor_names, recipient_names FROM events"
        )
        if keys is None:
            rows = con.execute(select).fetchall()
        else:
            rows = con.execute(
                f"{select} WHERE cluster_key IN (SELECT unnest(?))", [keys]
            ).fetchall()
        clusters = assign([Member(*row) for row in rows])
        if keys is None:
            con.execute("DELETE FROM event_clusters")
        else:
            con.execute(
                "DELETE FROM event_clusters WHERE cluster_key IN (SELECT unnest(?))", [keys]
            )
        summary = pa.table(
            {
                "cluster_id": [c.cluster_id for c in clusters],
                "cluster_num": pa.array([c.cluster_num for c in clusters], pa.int64()),
                "cluster_key": [c.cluster_key for c in clusters],
                "type": [c.type for c in clusters],
                "mode": [c.mode for c in clusters],
                "day_start": pa.array([c.day_start for c in clusters], pa.date32()),
                "day_end": pa.array([c.day_end for c in clusters], pa.date32()),
                "n_events": pa.array([c.n_events for c in clusters], pa.int32()),
                "n_articles": pa.array([c.n_articles for c in clusters], pa.int32()),
                "first_event_uid": [c.first_event_uid for c in clusters],
                "actor_names": pa.array([c.actor_names for c in clusters], pa.string()),
                "recipient_names": pa.array([c.recipient_names for c in clusters], pa.string()),
                "location_name": pa.array([c.location_name for c in clusters], pa.string()),
            }
        )
        self._insert("event_clusters", summary)
        members = pa.table(
            {
                "event_key": pa.array([key for c in clusters for key in c.members], pa.int64()),
                "cluster_id": pa.array(
                    [c.cluster_id for c in clusters for _ in c.members], pa.string()
                ),
                "cluster_num": pa.array(
                    [c.cluster_num for c in clusters for _ in c.members], pa.int64()
                ),
            }
        )
        con.register("_cluster_members", members)
        try:
            con.execute(
                "UPDATE events SET cluster_id = m.cluster_id, cluster_num = m.cluster_num "
                "FROM _cluster_members m WHERE events.event_key = m.event_key"
            )
        finally:
            con.unregister("_cluster_members")
        return len(clusters)

    # -- reading ----------------------------------------------------------------------------

    def query_events(
        self,
        filters: EventFilters | None = None,
        *,
        clustered: bool = False,
        limit: int = 50,
        offset: int = 0,
        sort: str = "-day",
    ) -> queries.Page:
        """One page of matching events, newest first or by ``sort`` (per mention, or per
        cluster)."""
        return queries.events(
            self.con,
            filters or EventFilters(),
            clustered=clustered,
            limit=limit,
            offset=offset,
            sort=sort,
        )

    def event(self, event_uid: str) -> tuple[CodedArticle, Event] | None:
        """A stored event (``<article id>#<event id>``) with its article, or ``None``."""
        row = self.con.execute(
            "SELECT article_id, event_id FROM events WHERE event_uid = ?", [event_uid]
        ).fetchone()
        coded = self.article(row[0]) if row else None
        if coded is None or row is None:
            return None
        found = next((e for e in coded.events if e.id == row[1]), None)
        return (coded, found) if found else None

    def article(self, article_id: str) -> CodedArticle | None:
        """A stored CodedArticle, or ``None``."""
        return next(self.coded_articles([article_id]), None)

    def event_cluster(self, event_uid: str) -> dict[str, Any] | None:
        """The summary row of an event's cluster (the same event in several articles)."""
        cursor = self.con.execute(
            f"SELECT {queries.CLUSTER_COLUMNS} FROM event_clusters c "
            "JOIN events e ON e.cluster_id = c.cluster_id WHERE e.event_uid = ?",
            [event_uid],
        )
        names = [d[0] for d in cursor.description]
        row = cursor.fetchone()
        return dict(zip(names, row, strict=True)) if row else None

    def actor_list(
        self, filters: EventFilters | None = None, *, limit: int = 50, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Top actors with their ids (see :mod:`readouts.store.profiles`)."""
        return profiles.list_actors(self.con, filters or EventFilters(), limit=limit, offset=offset)

    def actor_profile(self, actor_id: str, *, limit: int = 500) -> dict[str, Any] | None:
        """Names, aliases, roles, counterparts and timeline of one actor id, or ``None``."""
        return profiles.profile(self.con, actor_id, limit=limit)

    def network(
        self, filters: EventFilters | None = None, *, max_edges: int = 200
    ) -> dict[str, list[dict[str, Any]]]:
        """Nodes and weighted edges of who engages whom in matching events."""
        return network.network(self.con, filters or EventFilters(), max_edges=max_edges)

    def locations(
        self, filters: EventFilters | None = None, *, limit: int = 2000
    ) -> dict[str, Any]:
        """Places (with coordinates) and place countries of matching events."""
        return network.locations(self.con, filters or EventFilters(), limit=limit)

    def actors(
        self, filters: EventFilters | None = None, *, limit: int = 25
    ) -> list[dict[str, Any]]:
        return queries.top_actors(self.con, filters or EventFilters(), limit=limit)

    def counterparts(
        self, actor: str, filters: EventFilters | None = None, *, limit: int = 25
    ) -> list[dict[str, Any]]:
        return queries.counterparts(self.con, actor, filters or EventFilters(), limit=limit)

    def roles(self, actor: str, *, limit: int = 100) -> list[dict[str, Any]]:
        return queries.roles(self.con, actor, limit=limit)

    def relations(self, **filters: Any) -> list[dict[str, Any]]:
        return queries.relations(self.con, **filters)

    def failures(self, *, code: str | None = None, limit: int = 1000) -> list[dict[str, Any]]:
        return queries.failures(self.con, code=code, limit=limit)

    def stats(self) -> dict[str, Any]:
        return queries.stats(self.con)

    def export(
        self, path: str | Path, fmt: ExportFormat | str, filters: EventFilters | None = None
    ) -> int:
        """Export to ``path`` ('-': standard output); return the number of rows written.

        ``jsonl``: CodedArticles (those with a matching event when filters are given);
        ``csv``/``parquet``: one row per event; ``gdelt``: one row per event cluster."""
        fmt = ExportFormat(fmt)
        if fmt is not ExportFormat.jsonl:
            return export_events(self.con, path, fmt, filters)
        ids = None
        if filters is not None and filters != EventFilters():
            where, params = filters.where("e")
            ids = [
                row[0]
                for row in self.con.execute(
                    f"SELECT DISTINCT e.article_id FROM events e WHERE {where}", params
                ).fetchall()
            ]
        return export_jsonl(self.coded_articles(ids), path)

    def coded_articles(self, ids: Iterable[str] | None = None) -> Iterator[CodedArticle]:
        """The stored CodedArticles (all, or these ids), in id order."""
        sql = (
            "SELECT id, title, url, published, source, language, text_sha256, text, coding "
            "FROM articles"
        )
        params: list[Any] = []
        if ids is not None:
            sql += " WHERE id IN (SELECT unnest(?))"
            params.append(list(ids))
        cursor = self.con.execute(sql + " ORDER BY id", params)
        while rows := cursor.fetchmany(256):
            for row in rows:
                article = dict(
                    zip(
                        (
                            "id",
                            "title",
                            "url",
                            "published",
                            "source",
                            "language",
                            "text_sha256",
                            "text",
                        ),
                        row[:8],
                        strict=True,
                    )
                )
                yield CodedArticle.model_validate({**json.loads(row[8]), "article": article})


__all__ = ["DEFAULT_DB", "Store", "Triage", "WriteResult"]
