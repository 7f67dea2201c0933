"""Who engages whom, and where: the weighted actor network and the event locations of the
events that match a filter. Every query is parameterized SQL.

An edge joins an actor to a recipient of the same event (for CONSULT without a host, every
pair of participants); its weight counts events, split into cooperation (PLOVER quad classes
1 and 2) and conflict (3 and 4).
"""

from __future__ import annotations

from typing import Any

from .filters import EventFilters
from .queries import _rows


def network(
    con: Any, filters: EventFilters, *, max_edges: int = 200
) -> dict[str, list[dict[str, Any]]]:
    """Nodes and weighted edges among the participants of matching events."""
    where, params = filters.where("e")
    # Each (actor, recipient) pair occurs once per event, so plain counts are event counts.
    sql = f"""
        WITH ev AS (
            SELECT e.event_key, e.type, e.quad_class, e.day FROM events e WHERE {where}
        ),
        p AS (
            SELECT p.event_key, p.role, p.position, p.name_key, p.country, p.name
            FROM event_participants p SEMI JOIN ev ON ev.event_key = p.event_key
        ),
        pairs AS (
            SELECT a.name_key AS a_key, a.country AS a_country, a.name AS a_name,
                   b.name_key AS b_key, b.country AS b_country, b.name AS b_name,
                   ev.type, ev.quad_class, ev.day
            FROM ev
            JOIN p a ON a.event_key = ev.event_key
            JOIN p b ON b.event_key = ev.event_key
            WHERE ((a.role = 'actor' AND b.role = 'recipient')
                   OR (ev.type = 'CONSULT' AND a.role = 'actor' AND b.role = 'actor'
                       AND a.position < b.position))
              AND (a.name_key <> b.name_key OR a.country IS DISTINCT FROM b.country)
        ),
        edges AS (
            SELECT a_key, a_country, b_key, b_country,
                   arg_max(a_name, length(a_name)) AS source_name,
                   arg_max(b_name, length(b_name)) AS target_name,
                   count(*) AS weight,
                   count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
                   count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
                   string_agg(DISTINCT type, ', ' ORDER BY type) AS types,
                   min(day) AS first_day, max(day) AS last_day
            FROM pairs
            GROUP BY a_key, a_country, b_key, b_country
            ORDER BY weight DESC, a_key, b_key
            LIMIT ?
        )
        SELECT coalesce(a_country, '-') || ':' || a_key AS source,
               coalesce(b_country, '-') || ':' || b_key AS target,
               source_name, target_name, a_country AS source_country,
               b_country AS target_country, weight, cooperation, conflict, types,
               first_day, last_day
        FROM edges
        ORDER BY weight DESC, source, target
    """
    edges = _rows(con.execute(sql, [*params, max_edges]))
    nodes: dict[str, dict[str, Any]] = {}
    for edge in edges:
        for side in ("source", "target"):
            node = nodes.setdefault(
                edge[side],
                {
                    "id": edge[side],
                    "name": edge[f"{side}_name"],
                    "country": edge[f"{side}_country"],
                    "weight": 0,
                    "cooperation": 0,
                    "conflict": 0,
                },
            )
            node["weight"] += edge["weight"]
            node["cooperation"] += edge["cooperation"]
            node["conflict"] += edge["conflict"]
    ordered = sorted(nodes.values(), key=lambda n: (-n["weight"], n["id"]))
    return {"nodes": ordered, "edges": edges}


def locations(con: Any, filters: EventFilters, *, limit: int = 2000) -> dict[str, Any]:
    """Places of matching events with coordinates (count and types per place), and the
    number of matching events per place country (with or without coordinates)."""
    where, params = filters.where("e")
    places = _rows(
        con.execute(
            f"""SELECT any_value(e.location_name) AS name, e.location_country AS country,
                       round(e.lat, 3) AS lat, round(e.lon, 3) AS lon,
                       count(*) AS events,
                       count(*) FILTER (WHERE e.quad_class IN (1, 2)) AS cooperation,
                       count(*) FILTER (WHERE e.quad_class IN (3, 4)) AS conflict,
                       string_agg(DISTINCT e.type, ', ' ORDER BY e.type) AS types,
                       min(e.day) AS first_day, max(e.day) AS last_day
                FROM events e
                WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL
                GROUP BY e.location_country, round(e.lat, 3), round(e.lon, 3)
                ORDER BY events DESC, name
                LIMIT ?""",
            [*params, limit],
        )
    )
    countries = dict(
        con.execute(
            f"""SELECT e.location_country, count(*) FROM events e
                WHERE {where} AND e.location_country IS NOT NULL
                GROUP BY e.location_country ORDER BY count(*) DESC""",
            params,
        ).fetchall()
    )
    unplaced = int(
        con.execute(
            f"SELECT count(*) FROM events e WHERE {where} AND e.lat IS NULL", params
        ).fetchone()[0]
    )
    return {"places": places, "countries": countries, "unplaced": unplaced}


__all__ = ["locations", "network"]
