"""Actors across the store: a stable id for each, a list of them, and one actor's profile
(names and aliases, roles with dates, counterparts, a timeline of events).

An actor is a participant identity: its ``name_key`` (casefolded name, or ``kb:<id>`` when the
knowledge base resolved it) and its country. Its id is ``<country>:<name_key>`` (``-`` for no
country), e.g. ``CHN:chen jining``: readable, exact, and the same in every article.
Every query is parameterized SQL.
"""

from __future__ import annotations

from typing import Any

from .filters import EventFilters
from .queries import _rows, top_actors

NO_COUNTRY = "-"


def actor_id(name_key: str, country: str | None) -> str:
    """The id of the actor with this participant name key and country."""
    return f"{country or NO_COUNTRY}:{name_key}"


def parse_actor_id(value: str) -> tuple[str, str | None] | None:
    """``(name_key, country)`` of an actor id, or ``None`` when it is not one."""
    country, sep, key = value.partition(":")
    if not sep or not key or not country:
        return None
    return key, (None if country == NO_COUNTRY else country.upper())


# SQL for "participant p is this actor" (name key, then country; NULL country matches NULL).
_IS_ACTOR = "p.name_key = ? AND p.country IS NOT DISTINCT FROM ?"


def list_actors(
    con: Any, filters: EventFilters, *, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """The actors that take part in the most matching events, each with its id."""
    return top_actors(con, filters, limit=limit, offset=offset)


def profile(con: Any, actor: str, *, limit: int = 500) -> dict[str, Any] | None:
    """Everything the store says about one actor, or ``None`` when no event names it."""
    parsed = parse_actor_id(actor)
    if parsed is None:
        return None
    key, country = parsed
    names = _rows(
        con.execute(
            f"""SELECT p.name, count(DISTINCT p.event_key) AS events,
                       count(DISTINCT p.article_id) AS articles
                FROM event_participants p WHERE {_IS_ACTOR}
                GROUP BY p.name ORDER BY events DESC, p.name""",
            [key, country],
        )
    )
    if not names:
        return None
    identity = con.execute(
        f"""SELECT mode(array_to_string(p.sectors, '+')), mode(p.subnational),
                   count(DISTINCT p.event_key), count(DISTINCT p.article_id)
            FROM event_participants p WHERE {_IS_ACTOR}""",
        [key, country],
    ).fetchone()
    entities = f"""
        SELECT DISTINCT p.article_id, p.entity_id FROM event_participants p WHERE {_IS_ACTOR}
    """
    kinds = [
        row[0]
        for row in con.execute(
            f"""SELECT n.kind FROM entities n JOIN ({entities}) x
                  ON x.article_id = n.article_id AND x.entity_id = n.entity_id
                GROUP BY n.kind ORDER BY count(*) DESC""",
            [key, country],
        ).fetchall()
    ]
    roles = _rows(
        con.execute(
            f"""SELECT any_value(t.title ORDER BY t.title) AS title,
                       min(t.published) AS first_seen, max(t.published) AS last_seen,
                       count(DISTINCT t.article_id) AS articles
                FROM (SELECT n.article_id, n.published, unnest(n.titles) AS title
                      FROM entities n JOIN ({entities}) x
                        ON x.article_id = n.article_id AND x.entity_id = n.entity_id) t
                GROUP BY lower(t.title)
                ORDER BY first_seen NULLS LAST, title""",
            [key, country],
        )
    )
    aliases = _rows(
        con.execute(
            f"""SELECT m.text AS alias, count(*) AS mentions
                FROM mentions m JOIN ({entities}) x
                  ON x.article_id = m.article_id AND x.entity_id = m.entity_id
                WHERE m.source <> 'pronoun'
                GROUP BY m.text ORDER BY mentions DESC, m.text LIMIT 50""",
            [key, country],
        )
    )
    return {
        "id": actor_id(key, country),
        "name": max((row["name"] for row in names), key=len),
        "country": country,
        "kinds": kinds,
        "sectors": identity[0].split("+") if identity[0] else [],
        "subnational": identity[1],
        "events": int(identity[2]),
        "articles": int(identity[3]),
        "names": names,
        "aliases": aliases,
        "roles": roles,
        "counterparts": counterparts(con, key, country),
        "timeline": timeline(con, key, country, limit=limit),
    }


def counterparts(
    con: Any, key: str, country: str | None, *, limit: int = 50
) -> list[dict[str, Any]]:
    """Who this actor engages with: the other side of its events (CONSULT: the others)."""
    sql = f"""
        WITH mine AS (
            SELECT p.event_key, p.role, e.type, e.day, e.cluster_id, e.quad_class
            FROM event_participants p JOIN events e ON e.event_key = p.event_key
            WHERE {_IS_ACTOR}
        )
        SELECT coalesce(o.country, '-') || ':' || o.name_key AS id,
               any_value(o.name ORDER BY length(o.name) DESC) AS name, o.country,
               count(DISTINCT m.event_key) AS events,
               count(DISTINCT m.event_key) FILTER (WHERE m.quad_class IN (1, 2)) AS cooperation,
               count(DISTINCT m.event_key) FILTER (WHERE m.quad_class IN (3, 4)) AS conflict,
               string_agg(DISTINCT m.type, ', ' ORDER BY m.type) AS types,
               min(m.day) AS first_day, max(m.day) AS last_day
        FROM mine m
        JOIN event_participants o ON o.event_key = m.event_key
        WHERE NOT (o.name_key = ? AND o.country IS NOT DISTINCT FROM ?)
          AND (o.role <> m.role OR m.type = 'CONSULT')
        GROUP BY o.name_key, o.country
        ORDER BY events DESC, name, id
        LIMIT ?
    """
    return _rows(con.execute(sql, [key, country, key, country, limit]))


def timeline(con: Any, key: str, country: str | None, *, limit: int = 500) -> list[dict[str, Any]]:
    """The actor's events, oldest first: its side, the type, the others, the evidence."""
    sql = f"""
        SELECT e.event_uid, e.day, p.role, e.type, e.mode, e.aux, e.quad_class,
               e.actor_names AS actor, e.recipient_names AS recipient,
               e.location_name AS location, e.article_id, e.evidence_text AS evidence
        FROM event_participants p JOIN events e ON e.event_key = p.event_key
        WHERE {_IS_ACTOR}
        ORDER BY e.day NULLS LAST, e.event_uid
        LIMIT ?
    """
    return _rows(con.execute(sql, [key, country, limit]))


__all__ = [
    "actor_id",
    "counterparts",
    "list_actors",
    "parse_actor_id",
    "profile",
    "timeline",
]
