"""Cross-article event clusters: the same event reported by several articles is one cluster
with one mention (event row) per report, as GDELT keeps one event and many mentions.

Events belong together when they have the same cluster key (type and participants, see
:func:`readouts.store.rows.cluster_key`), days within one day of the cluster's first day,
and the same place when both places are known. An event without a place joins the largest
place group of its window. The assignment depends only on the set of events, never on the
order they were stored in, so a resumed ingest ends with the clusters of a clean one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Member:
    """What clustering needs to know of one stored event."""

    event_uid: str
    event_key: int
    article_id: str
    cluster_key: str
    type: str
    mode: str | None
    day: dt.date | None
    location: str | None
    actor_names: str | None
    recipient_names: str | None


@dataclass(frozen=True)
class Cluster:
    cluster_id: str
    cluster_num: int
    cluster_key: str
    type: str
    mode: str | None
    day_start: dt.date | None
    day_end: dt.date | None
    n_events: int
    n_articles: int
    first_event_uid: str
    actor_names: str | None
    recipient_names: str | None
    location_name: str | None
    members: tuple[int, ...]  # event keys


def _order(member: Member) -> tuple[bool, dt.date, str]:
    return (member.day is None, member.day or dt.date.min, member.event_uid)


def _windows(members: list[Member]) -> list[list[Member]]:
    """Consecutive groups whose days lie within one day of the group's first day."""
    out: list[list[Member]] = []
    start: dt.date | None = None
    for member in sorted(members, key=_order):
        if member.day is None:
            out.append([member])  # no date: cannot be matched with confidence
            continue
        if start is None or (member.day - start).days > 1:
            out.append([])
            start = member.day
        out[-1].append(member)
    return out


def _by_place(window: list[Member]) -> list[list[Member]]:
    places: dict[str, list[Member]] = defaultdict(list)
    unplaced: list[Member] = []
    for member in window:
        if member.location:
            places[member.location.casefold()].append(member)
        else:
            unplaced.append(member)
    if len(places) <= 1:
        return [window]
    largest = max(sorted(places), key=lambda name: len(places[name]))
    places[largest].extend(unplaced)
    return [sorted(group, key=_order) for _, group in sorted(places.items())]


def _cluster(key: str, members: list[Member]) -> Cluster:
    first = members[0]
    days = [m.day for m in members if m.day is not None]
    location = next((m.location for m in members if m.location), None)
    digest = hashlib.sha1(f"{key}\x1f{first.event_uid}".encode()).hexdigest()[:16]
    return Cluster(
        cluster_id=f"C{digest}",
        cluster_num=int(digest, 16) >> 1,
        cluster_key=key,
        type=first.type,
        mode=first.mode,
        day_start=min(days) if days else None,
        day_end=max(days) if days else None,
        n_events=len(members),
        n_articles=len({m.article_id for m in members}),
        first_event_uid=first.event_uid,
        actor_names=first.actor_names,
        recipient_names=first.recipient_names,
        location_name=location,
        members=tuple(m.event_key for m in members),
    )


def assign(members: list[Member]) -> list[Cluster]:
    """Group events into clusters (deterministic for a given set of events)."""
    by_key: dict[str, list[Member]] = defaultdict(list)
    for member in members:
        by_key[member.cluster_key].append(member)
    clusters: list[Cluster] = []
    for key in sorted(by_key):
        for window in _windows(by_key[key]):
            for group in _by_place(window):
                clusters.append(_cluster(key, group))
    return clusters


__all__ = ["Cluster", "Member", "assign"]
