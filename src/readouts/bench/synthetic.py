"""A large synthetic store (for query latency): rows made directly in the store's flat
schema, deterministic for a seed, loaded through :meth:`Store.write_tables` like any batch."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from typing import Any

import pyarrow as pa

from ..model import EVENT_TYPES
from ..store.rows import TABLES, event_key

COUNTRIES = [
    "USA",
    "CHN",
    "RUS",
    "IND",
    "BRA",
    "DEU",
    "FRA",
    "GBR",
    "JPN",
    "KOR",
    "TUR",
    "IRN",
    "ISR",
    "PSE",
    "EGY",
    "SAU",
    "ZAF",
    "NGA",
    "KEN",
    "ETH",
    "UKR",
    "POL",
    "MEX",
    "ARG",
    "CAN",
    "AUS",
    "IDN",
    "VNM",
    "PHL",
    "PAK",
    "AFG",
    "IRQ",
    "SYR",
    "JOR",
    "QAT",
    "ARE",
    "ITA",
    "ESP",
    "NLD",
    "SWE",
    "NOR",
    "FIN",
    "CHL",
    "COL",
    "PER",
    "VEN",
]
SECTORS = ("GOV", "MIL", "PTY", "LEG", "BUS", "CVL", "MED", "EDU", "REB", "COP")
MODES: dict[str, tuple[str | None, ...]] = {
    "CONSULT": ("visit", "phone", "multilateral", None),
    "SANCTION": ("economic", None),
}
PLACES = ("Beijing", "Moscow", "Geneva", "New York", "Brussels", "Nairobi", "Jakarta", None)
UNITS = ("Shanghai", "Texas", "Bavaria", "Gujarat", "Sao Paulo", "Ontario", None, None, None)
WORDS = ("trade", "security", "energy", "climate", "sanctions", "aid", "talks", "visit", "health")
FIRST = ("Ana", "Li", "Ivan", "Omar", "Kenji", "Sofia", "Amara", "Lucas", "Priya", "Hanna")
LAST = ("Ivanova", "Chen", "Haddad", "Sato", "Keller", "Okello", "Novak", "Raman", "Silva")


def _columns(table: str) -> dict[str, list[Any]]:
    return {name: [] for name in TABLES[table].names}


def synthetic_tables(
    n_events: int, seed: int = 0, events_per_article: int = 5
) -> dict[str, pa.Table]:
    """Arrow tables for every store table, holding ``n_events`` events (two participants
    each); pairs of participants repeat, so some events fall into multi-article clusters."""
    rng = random.Random(seed)
    people = [
        (f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}", rng.choice(COUNTRIES), rng.choice(SECTORS))
        for i in range(5000)
    ]
    pairs = [tuple(rng.sample(people, 2)) for _ in range(max(1, n_events // 4))]
    n_articles = max(1, n_events // events_per_article)
    start = dt.date(2015, 1, 1)
    art, ev, par = _columns("articles"), _columns("events"), _columns("event_participants")
    for a in range(n_articles):
        aid = f"syn-{seed}-{a:08d}"
        published = start + dt.timedelta(days=rng.randrange(3650))
        text = f"Synthetic article {aid}."
        art["id"].append(aid)
        art["coder_key"].append("synthetic")
        art["origin"].append("synthetic")
        art["title"].append(f"Synthetic {a}")
        art["url"].append(f"https://example.org/{aid}")
        art["published"].append(published)
        art["source"].append("Synthetic Wire")
        art["language"].append("en")
        art["text_sha256"].append(hashlib.sha256(text.encode()).hexdigest())
        art["text"].append(text)
        art["n_words"].append(3)
        art["n_events"].append(events_per_article)
        art["n_relations"].append(0)
        art["topics"].append([])
        art["coding"].append("{}")
        for k in range(events_per_article):
            uid = f"{aid}#V{k + 1}"
            ekey = event_key(uid)
            etype = rng.choice(EVENT_TYPES)
            actor, recipient = rng.choice(pairs)
            day = published - dt.timedelta(days=rng.randrange(3))
            word = rng.choice(WORDS)
            values: dict[str, Any] = {
                "event_uid": uid,
                "event_key": ekey,
                "article_id": aid,
                "event_id": f"V{k + 1}",
                "cluster_key": hashlib.sha1(
                    f"{etype}|{actor[0]}|{recipient[0]}".encode()
                ).hexdigest()[:16],
                "type": etype,
                "mode": rng.choice(MODES.get(etype, (None,))),
                "aux": [],
                "cameo": "040",
                "cameo_name": "Consult",
                "quad_class": rng.randrange(1, 5),
                "intensity": 1.0,
                "goldstein": 1.0,
                "date": day,
                "day": day,
                "published": published,
                "location_name": rng.choice(PLACES),
                "contexts": [],
                "topics": [word],
                "confidence": 0.5,
                "rule": "synthetic",
                "actor_names": actor[0],
                "recipient_names": recipient[0],
                "trigger_text": "met",
                "evidence_text": f"{actor[0]} met {recipient[0]} to discuss {word} on day {k}.",
                "evidence": "[]",
            }
            for name, column in ev.items():
                column.append(values.get(name))
            for role, (name, country, sector) in (("actor", actor), ("recipient", recipient)):
                par["event_uid"].append(uid)
                par["event_key"].append(ekey)
                par["article_id"].append(aid)
                par["role"].append(role)
                par["position"].append(0)
                par["entity_id"].append("E1" if role == "actor" else "E2")
                par["name"].append(name)
                par["name_key"].append(name.casefold())
                par["country"].append(country)
                par["sectors"].append([sector])
                par["subnational"].append(rng.choice(UNITS))
    tables = {name: schema.empty_table() for name, schema in TABLES.items()}
    tables["articles"] = pa.Table.from_pydict(art, schema=TABLES["articles"])
    tables["events"] = pa.Table.from_pydict(ev, schema=TABLES["events"])
    tables["event_participants"] = pa.Table.from_pydict(par, schema=TABLES["event_participants"])
    return tables


__all__ = ["synthetic_tables"]
