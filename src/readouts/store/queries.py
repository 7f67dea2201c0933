"""Read queries on the store: events (per mention or clustered), actors, counterparts, roles,
relations, failures and counts. Every query is parameterized SQL; results are plain rows
(dicts) ready for a table, JSON or CSV."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .filters import EventFilters, like

EVENT_COLUMNS = (
    "e.event_uid, e.day, e.type, e.mode, e.aux, e.actor_names AS actor, "
    "e.recipient_names AS recipient, e.location_name AS location, e.cameo, e.quad_class, "
    "e.goldstein, e.topics, e.confidence, e.cluster_id, e.article_id, e.evidence_text AS evidence"
)
CLUSTER_COLUMNS = (
    "c.cluster_id, c.day_start, c.day_end, c.type, c.mode, c.actor_names AS actor, "
    "c.recipient_names AS recipient, c.location_name AS location, c.n_articles, c.n_events, "
    "c.first_event_uid"
)
# Columns a page of events may be sorted by (``-`` before the name: descending).
EVENT_SORTS = {
    "day": "e.day",
    "type": "e.type",
    "mode": "e.mode",
    "actor": "e.actor_names",
    "recipient": "e.recipient_names",
    "location": "e.location_name",
    "cameo": "e.cameo",
    "goldstein": "e.goldstein",
    "confidence": "e.confidence",
}
CLUSTER_SORTS = {
    "day": "c.day_start",
    "type": "c.type",
    "mode": "c.mode",
    "actor": "c.actor_names",
    "recipient": "c.recipient_names",
    "location": "c.location_name",
    "articles": "c.n_articles",
    "events": "c.n_events",
}


@dataclass(frozen=True)
class Page:
    """One page of results; ``total`` counts every matching row."""

    rows: list[dict[str, Any]]
    total: int
    limit: int
    offset: int


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def events(
    con: Any,
    filters: EventFilters,
    *,
    clustered: bool = False,
    limit: int = 50,
    offset: int = 0,
    sort: str = "-day",
) -> Page:
    """Matching events, newest first (or by ``sort``, a key of :data:`EVENT_SORTS` or
    :data:`CLUSTER_SORTS`, ``-`` first for descending): one row per mention, or per cluster.

    Two steps in one snapshot: pick the page's row ids and the total in one pass over the
    narrow columns, then read the wide columns of just those rows (fast on millions)."""
    where, params = filters.where("e")
    if clustered:
        table, alias, columns = "event_clusters", "c", CLUSTER_COLUMNS
        matching = (
            f"FROM event_clusters c SEMI JOIN (SELECT DISTINCT e.cluster_num FROM events e "
            f"WHERE {where}) m USING (cluster_num)"
        )
        order = f"{_order(sort, CLUSTER_SORTS)}, c.cluster_id"
    else:
        table, alias, columns = "events", "e", EVENT_COLUMNS
        matching = f"FROM events e WHERE {where}"
        order = f"{_order(sort, EVENT_SORTS)}, e.event_key"
    cursor = con.cursor()  # its own transaction: row ids stay valid between the two steps
    try:
        cursor.execute("BEGIN TRANSACTION")
        picked = cursor.execute(
            f"SELECT {alias}.rowid, count(*) OVER () {matching} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        if picked:
            total = int(picked[0][1])
            found = cursor.execute(
                f"SELECT {alias}.rowid AS _rowid, {columns} FROM {table} {alias} "
                f"WHERE {alias}.rowid IN (SELECT unnest(?))",
                [[row[0] for row in picked]],
            )
            by_rowid = {row.pop("_rowid"): row for row in _rows(found)}
            rows = [by_rowid[row[0]] for row in picked]
        else:
            total = int(cursor.execute(f"SELECT count(*) {matching}", params).fetchone()[0])
            rows = []
        cursor.execute("COMMIT")
    finally:
        cursor.close()
    return Page(rows, total, limit, offset)


def _order(sort: str, columns: dict[str, str]) -> str:
    name = sort.removeprefix("-")
    if name not in columns:
        raise ValueError(f"cannot sort by {sort!r}: use one of {', '.join(columns)}")
    return f"{columns[name]} {'DESC' if sort.startswith('-') else 'ASC'} NULLS LAST"


# an actor's id: its country (or "-") and its name key ("RUS:vladimir putin")
ACTOR_ID = "coalesce(p.country, '-') || ':' || p.name_key"


def top_actors(
    con: Any, filters: EventFilters, *, limit: int = 25, offset: int = 0
) -> list[dict[str, Any]]:
    """The actors that take part in the most matching events (clusters count once), each
    with its id (what the actor page and ``/api/actors/{id}`` take)."""
    where, params = filters.where("e")
    p_where, p_params = filters.participant_conditions()
    extra = (" AND " + " AND ".join(p_where)) if p_where else ""
    sql = f"""
        SELECT {ACTOR_ID} AS id,
               any_value(p.name ORDER BY length(p.name) DESC) AS name, p.country,
               any_value(array_to_string(p.sectors, '+')) AS sectors,
               any_value(p.subnational) AS subnational,
               count(DISTINCT e.event_key) AS events,
               count(DISTINCT e.cluster_num) AS clusters,
               count(DISTINCT e.article_id) AS articles,
               min(e.day) AS first_day, max(e.day) AS last_day
        FROM events e
        JOIN event_participants p ON p.event_key = e.event_key
        WHERE {where}{extra}
        GROUP BY p.name_key, p.country
        ORDER BY clusters DESC, events DESC, name, id
        LIMIT ? OFFSET ?
    """
    return _rows(con.execute(sql, [*params, *p_params, limit, offset]))


def counterparts(
    con: Any, actor: str, filters: EventFilters, *, limit: int = 25
) -> list[dict[str, Any]]:
    """Who the named actor engages with: the other side of its events (CONSULT: the others)."""
    scoped = filters.model_copy(update={"actor": actor})
    where, params = scoped.where("e")
    mine, pattern = like("p.name", actor)
    other, _ = like("o.name", actor)
    sql = f"""
        WITH mine AS (
            SELECT e.event_key, e.type, e.day, e.cluster_num, p.role
            FROM events e JOIN event_participants p ON p.event_key = e.event_key
            WHERE {where} AND {mine}
        )
        SELECT any_value(o.name ORDER BY length(o.name) DESC) AS counterpart, o.country,
               count(DISTINCT m.event_key) AS events,
               count(DISTINCT m.cluster_num) AS clusters,
               string_agg(DISTINCT m.type, ', ' ORDER BY m.type) AS types,
               min(m.day) AS first_day, max(m.day) AS last_day
        FROM mine m
        JOIN event_participants o ON o.event_key = m.event_key
        WHERE NOT {other}
          AND (o.role <> m.role OR m.type = 'CONSULT')
        GROUP BY o.name_key, o.country
        ORDER BY clusters DESC, events DESC, counterpart
        LIMIT ?
    """
    return _rows(con.execute(sql, [*params, pattern, pattern, limit]))


def roles(con: Any, actor: str, *, limit: int = 100) -> list[dict[str, Any]]:
    """The titles the text gives a named actor over time, with the first and last day seen."""
    named, pattern = like("name", actor)
    sql = f"""
        SELECT any_value(x.name ORDER BY length(x.name) DESC) AS name, x.country,
               any_value(x.title ORDER BY x.title) AS title,
               min(x.published) AS first_seen, max(x.published) AS last_seen,
               count(DISTINCT x.article_id) AS articles
        FROM (
            SELECT name, country, article_id, published, unnest(titles) AS title
            FROM entities WHERE {named}
        ) x
        GROUP BY lower(x.name), x.country, lower(x.title)
        ORDER BY first_seen NULLS LAST, title
        LIMIT ?
    """
    return _rows(con.execute(sql, [pattern, limit]))


def relations(
    con: Any,
    *,
    type: str | None = None,
    name: str | None = None,
    country: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Standing ties stated in the texts (SISTER_CITY, PARTNERSHIP)."""
    where: list[str] = []
    params: list[Any] = []
    if type:
        where.append("type = ?")
        params.append(type.upper())
    if name:
        a_sql, value = like("a_name", name)
        b_sql, _ = like("b_name", name)
        where.append(f"({a_sql} OR {b_sql})")
        params += [value, value]
    if country:
        where.append("(a_country = ? OR b_country = ?)")
        params += [country.upper()] * 2
    sql = f"""
        SELECT type, a_name AS a, a_country, a_subnational, b_name AS b, b_country,
               b_subnational, published, confidence, article_id, evidence_text AS evidence
        FROM relations WHERE {" AND ".join(where) or "TRUE"}
        ORDER BY published DESC NULLS LAST, relation_uid LIMIT ? OFFSET ?
    """
    return _rows(con.execute(sql, [*params, limit, offset]))


def failures(
    con: Any, *, code: str | None = None, limit: int = 1000, offset: int = 0
) -> list[dict[str, Any]]:
    """Inputs that could not be coded, with the error code and what to do."""
    where, params = ("code = ?", [code]) if code else ("TRUE", [])
    sql = f"""
        SELECT input, article_id, stage, code, message, run_id FROM failures
        WHERE {where} ORDER BY input NULLS LAST, failure_key LIMIT ? OFFSET ?
    """
    return _rows(con.execute(sql, [*params, limit, offset]))


def stats(con: Any) -> dict[str, Any]:
    """Row counts of every table, the date range and the runs."""
    out: dict[str, Any] = {}
    for table in (
        "articles",
        "entities",
        "mentions",
        "events",
        "event_participants",
        "event_clusters",
        "relations",
        "failures",
        "runs",
    ):
        out[table] = int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    first, last = con.execute("SELECT min(day), max(day) FROM events").fetchone()
    out["first_day"] = first.isoformat() if isinstance(first, dt.date) else None
    out["last_day"] = last.isoformat() if isinstance(last, dt.date) else None
    out["failures_by_code"] = dict(
        con.execute("SELECT code, count(*) FROM failures GROUP BY code ORDER BY code").fetchall()
    )
    return out


__all__ = [
    "CLUSTER_COLUMNS",
    "CLUSTER_SORTS",
    "EVENT_COLUMNS",
    "EVENT_SORTS",
    "Page",
    "counterparts",
    "events",
    "failures",
    "relations",
    "roles",
    "stats",
    "top_actors",
]
