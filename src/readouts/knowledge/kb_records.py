"""The exchange form of knowledge-base actors (``kb list --format jsonl`` writes it,
``kb import jsonl`` reads it) and the validation of user-given roles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from .actors import KBActor, Role, slug

KINDS = ("PERSON", "ORG", "GPE")


def actor_record(actor: KBActor) -> dict[str, Any]:
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "aliases": list(actor.aliases),
        "roles": [
            {
                "country": r.country,
                "sectors": list(r.sectors),
                "title": r.title,
                "start": r.start.isoformat() if r.start else None,
                "end": r.end.isoformat() if r.end else None,
            }
            for r in actor.roles
        ],
        "source": actor.source,
    }


def _day(value: Any, what: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{what} {value!r} is not a date (YYYY-MM-DD)") from None


def make_role(
    country: str | None,
    sectors: Iterable[str],
    title: str | None,
    start: Any,
    end: Any,
) -> Role:
    """A validated role: a known country code, three-letter sectors, start not after end."""
    from .countries import countries

    code = country.strip().upper() if country else None
    if code is not None and not (countries().is_code(code) or _is_iso3(code)):
        raise ValueError(f"country {country!r} is not an ISO alpha-3 code or IGO/NGO/MNC/IMG")
    clean = tuple(dict.fromkeys(s.strip().upper() for s in sectors if s.strip()))
    bad = [s for s in clean if len(s) != 3 or not s.isalpha()]
    if bad:
        raise ValueError(f"sector codes are three letters (GOV, MIL, PTY, …), not {bad}")
    first, last = _day(start, "start"), _day(end, "end")
    if first and last and last < first:
        raise ValueError(f"end {last} is before start {first}")
    return Role(code, clean, title or None, first, last)


def _is_iso3(code: str) -> bool:
    import pycountry

    return len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None


def actor_from_record(record: dict[str, Any], default_source: str = "user") -> KBActor:
    """Validate one exchange record; raises ValueError with what is wrong."""
    if not isinstance(record, dict):
        raise ValueError("a record is a JSON object")
    name = str(record.get("name") or "").strip()
    if not name:
        raise ValueError("the record has no name")
    kind = str(record.get("kind") or "PERSON").upper()
    if kind not in KINDS:
        raise ValueError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    aliases = record.get("aliases") or []
    roles_in = record.get("roles") or []
    if not isinstance(aliases, list) or not isinstance(roles_in, list):
        raise ValueError("aliases and roles are lists")
    roles = []
    for item in roles_in:
        if not isinstance(item, dict):
            raise ValueError("each role is an object")
        roles.append(
            make_role(
                item.get("country"),
                item.get("sectors") or [],
                item.get("title"),
                item.get("start"),
                item.get("end"),
            )
        )
    return KBActor(
        id=str(record.get("id") or f"user:{slug(name)}"),
        name=name,
        kind=kind,
        aliases=tuple(str(a).strip() for a in aliases if str(a).strip()),
        roles=roles,
        source=str(record.get("source") or default_source),
    )


__all__ = ["KINDS", "actor_from_record", "actor_record", "make_role"]
