"""Known actors with aliases and dated roles: packaged organizations and people, and the
user's own knowledge base entries (see :mod:`readouts.knowledge.userkb`).

Roles are dated: :meth:`KBActor.roles_at` keeps only the roles valid on the article's date, so
a minister of 2010 is not a minister in 2023 unless a role says so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .countries import norm
from .tables import data_path, read_table, split


@dataclass(frozen=True)
class Role:
    country: str | None
    sectors: tuple[str, ...]
    title: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        if self.start is not None and day < self.start:
            return False
        return not (self.end is not None and day > self.end)


@dataclass
class KBActor:
    id: str
    name: str
    kind: str  # PERSON or ORG
    aliases: tuple[str, ...] = ()
    roles: list[Role] = field(default_factory=list)
    source: str = ""

    def roles_at(self, day: dt.date | None) -> list[Role]:
        valid = [r for r in self.roles if r.valid_on(day)]
        if valid or day is not None:
            return valid
        return self.roles[-1:]  # no date: the latest role is the best guess

    def country_at(self, day: dt.date | None) -> str | None:
        roles = self.roles_at(day)
        countries = {r.country for r in roles if r.country}
        if len(countries) == 1:
            return countries.pop()
        # An organization's country does not depend on the date.
        if self.kind == "ORG" and self.roles and self.roles[0].country:
            return self.roles[0].country
        return None

    def sectors_at(self, day: dt.date | None) -> list[str]:
        out: list[str] = []
        for role in self.roles_at(day) or (self.roles if self.kind == "ORG" else []):
            for sector in role.sectors:
                if sector not in out:
                    out.append(sector)
        return out


def parse_day(text: str) -> dt.date | None:
    text = text.strip()
    return dt.date.fromisoformat(text) if text else None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", norm(text)).strip("-")


class KnowledgeBase:
    """Name and alias index over known actors; later additions (the user's) win ties."""

    def __init__(self, actors: Iterable[KBActor] = ()) -> None:
        self.actors: dict[str, KBActor] = {}
        self._index: dict[str, list[str]] = {}
        self._surnames: dict[str, list[str]] | None = None
        for actor in actors:
            self.add(actor)

    def add(self, actor: KBActor) -> None:
        self._surnames = None
        existing = self.actors.get(actor.id)
        if existing is not None:
            existing.roles.extend(actor.roles)
            existing.aliases = tuple(dict.fromkeys((*existing.aliases, *actor.aliases)))
            actor = existing
        else:
            self.actors[actor.id] = actor
        for name in (actor.name, *actor.aliases):
            ids = self._index.setdefault(norm(name), [])
            if actor.id in ids:
                ids.remove(actor.id)
            ids.insert(0, actor.id)

    def lookup(self, name: str) -> list[KBActor]:
        return [self.actors[i] for i in self._index.get(norm(name), [])]

    def by_surname(self, surname: str) -> list[KBActor]:
        """People whose name ends with this word ("Mugabe" -> Robert Mugabe)."""
        if self._surnames is None:
            self._surnames = {}
            for actor in self.actors.values():
                if actor.kind != "PERSON":
                    continue
                for name in (actor.name, *actor.aliases):
                    words = norm(name).split()
                    if len(words) >= 2:
                        ids = self._surnames.setdefault(words[-1], [])
                        if actor.id not in ids:
                            ids.append(actor.id)
        return [self.actors[i] for i in self._surnames.get(norm(surname), [])]

    def names(self, kind: str | None = None) -> Iterable[tuple[str, KBActor]]:
        for actor in self.actors.values():
            if kind is None or actor.kind == kind:
                for name in (actor.name, *actor.aliases):
                    yield name, actor

    def __len__(self) -> int:
        return len(self.actors)


def phoenix_actors() -> list[KBActor]:
    """People and organizations derived from the Phoenix dictionaries (data file built by
    scripts/build_phoenix_kb.py; MIT, Open Event Data Alliance). Their roles end about 2014."""
    import gzip
    import json

    out: list[KBActor] = []
    path = data_path("phoenix_actors.jsonl.gz")
    if not path.exists():
        return out
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            roles = [
                Role(
                    r["country"],
                    tuple(r["sectors"]),
                    r.get("title"),
                    parse_day(r["start"] or ""),
                    parse_day(r["end"] or ""),
                )
                for r in record["roles"]
            ]
            out.append(
                KBActor(
                    record["id"],
                    record["name"],
                    record["kind"],
                    tuple(record["aliases"]),
                    roles,
                    "phoenix",
                )
            )
    return out


def packaged_actors() -> list[KBActor]:
    """Phoenix first, then the curated tables: on a shared name the curated actor wins."""
    actors: dict[str, KBActor] = {a.id: a for a in phoenix_actors()}
    for row in read_table("organizations.tsv", ("name", "aliases", "country", "sectors")):
        actor_id = "org:" + slug(row["name"])
        actors[actor_id] = KBActor(
            id=actor_id,
            name=row["name"],
            kind="ORG",
            aliases=tuple(split(row["aliases"])),
            roles=[Role(row["country"] or None, tuple(split(row["sectors"])))],
            source="organizations.tsv",
        )
    for row in read_table("people.tsv", ("name", "aliases", "country", "sectors", "title")):
        actor_id = "person:" + slug(row["name"])
        role = Role(
            row["country"] or None,
            tuple(split(row["sectors"])),
            row["title"] or None,
            parse_day(row["start"]),
            parse_day(row["end"]),
        )
        if actor_id in actors:
            actor = actors[actor_id]
            actor.roles.append(role)
            actor.aliases = tuple(dict.fromkeys((*actor.aliases, *split(row["aliases"]))))
        else:
            actors[actor_id] = KBActor(
                actor_id, row["name"], "PERSON", tuple(split(row["aliases"])), [role], "people.tsv"
            )
    return list(actors.values())


@lru_cache(maxsize=1)
def packaged_kb() -> KnowledgeBase:
    return KnowledgeBase(packaged_actors())
