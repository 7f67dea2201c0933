"""The store's flat tables as Arrow schemas, and the flattening of coded articles into them.

:class:`Batch` holds the rows of several articles, column by column; it is what the worker
processes send back, what one store transaction writes, and what a Parquet folder holds for
:meth:`readouts.store.Store.load_parquet` (one file per table, these columns).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
from pydantic import TypeAdapter

from ..model import CodedArticle, CoderInfo, EntityRef, Event, Evidence, Failure

_S = pa.string()
_LIST = pa.list_(pa.string())
_DATE = pa.date32()
_F = pa.float64()
_I = pa.int32()

# Column names and types of each table (the DuckDB schema in migrations/ mirrors these; a
# test checks that they agree). ``run_id`` is filled in when a batch is written.
TABLES: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("id", _S),
            ("coder_key", _S),
            ("origin", _S),
            ("title", _S),
            ("url", _S),
            ("published", _DATE),
            ("source", _S),
            ("language", _S),
            ("text_sha256", _S),
            ("text", _S),
            ("n_words", _I),
            ("n_events", _I),
            ("n_relations", _I),
            ("topics", _LIST),
            ("coding", _S),
        ]
    ),
    "entities": pa.schema(
        [
            ("article_id", _S),
            ("entity_id", _S),
            ("name", _S),
            ("kind", _S),
            ("country", _S),
            ("sectors", _LIST),
            ("subnational", _S),
            ("titles", _LIST),
            ("affiliation", _S),
            ("head", _S),
            ("kb_id", _S),
            ("confidence", _F),
            ("n_mentions", _I),
            ("published", _DATE),
        ]
    ),
    "mentions": pa.schema(
        [
            ("article_id", _S),
            ("mention_id", _S),
            ("start_char", _I),
            ("end_char", _I),
            ("text", _S),
            ("label", _S),
            ("sentence", _I),
            ("source", _S),
            ("entity_id", _S),
        ]
    ),
    "events": pa.schema(
        [
            ("event_uid", _S),
            ("event_key", pa.int64()),
            ("article_id", _S),
            ("event_id", _S),
            ("cluster_key", _S),
            ("type", _S),
            ("mode", _S),
            ("aux", _LIST),
            ("cameo", _S),
            ("cameo_name", _S),
            ("quad_class", pa.int8()),
            ("intensity", _F),
            ("goldstein", _F),
            ("date", _DATE),
            ("date_text", _S),
            ("day", _DATE),
            ("published", _DATE),
            ("location_name", _S),
            ("location_country", _S),
            ("location_subnational", _S),
            ("lat", _F),
            ("lon", _F),
            ("geonameid", pa.int64()),
            ("contexts", _LIST),
            ("topics", _LIST),
            ("confidence", _F),
            ("rule", _S),
            ("actor_names", _S),
            ("recipient_names", _S),
            ("trigger_text", _S),
            ("evidence_text", _S),
            ("evidence", _S),
        ]
    ),
    "event_participants": pa.schema(
        [
            ("event_uid", _S),
            ("event_key", pa.int64()),
            ("article_id", _S),
            ("role", _S),
            ("position", pa.int16()),
            ("entity_id", _S),
            ("name", _S),
            ("name_key", _S),
            ("country", _S),
            ("sectors", _LIST),
            ("subnational", _S),
        ]
    ),
    "relations": pa.schema(
        [
            ("relation_uid", _S),
            ("article_id", _S),
            ("relation_id", _S),
            ("type", _S),
            ("a_entity_id", _S),
            ("a_name", _S),
            ("a_country", _S),
            ("a_subnational", _S),
            ("b_entity_id", _S),
            ("b_name", _S),
            ("b_country", _S),
            ("b_subnational", _S),
            ("confidence", _F),
            ("rule", _S),
            ("evidence_text", _S),
            ("published", _DATE),
        ]
    ),
    "failures": pa.schema(
        [
            ("failure_key", _S),
            ("article_id", _S),
            ("input", _S),
            ("stage", _S),
            ("code", _S),
            ("message", _S),
        ]
    ),
}
ARTICLE_TABLES = ("articles", "entities", "mentions", "events", "event_participants", "relations")
_WORD = re.compile(r"\S+")
_EVIDENCE = TypeAdapter(list[Evidence])
_SPACE = re.compile(r"\s+")


def coder_key(coder: CoderInfo) -> str:
    """The coder's identity: version, model and resource versions (16 hex digits)."""
    return hashlib.sha256(coder.model_dump_json().encode("utf-8")).hexdigest()[:16]


def failure_key(failure: Failure) -> str:
    """The identity of a failure: the same bad input fails the same way on every run."""
    raw = "\x1f".join([failure.input or "", failure.article_id or "", failure.stage, failure.code])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]


def event_key(event_uid: str) -> int:
    """A 63-bit integer for an event uid (joins on integers are much faster than on text)."""
    return int.from_bytes(hashlib.sha1(event_uid.encode("utf-8")).digest()[:8], "big") >> 1


def name_key(name: str) -> str:
    """A participant's name for matching across articles: casefolded, single spaces."""
    key = _SPACE.sub(" ", name).strip().casefold()
    return key.removeprefix("the ")


def _participant_keys(kb_ids: dict[str, str | None], refs: list[EntityRef]) -> list[str]:
    keys: list[str] = []
    for ref in refs:
        kb_id = kb_ids.get(ref.id)
        keys.append(f"kb:{kb_id}" if kb_id else f"{name_key(ref.name)}|{ref.country or ''}")
    return sorted(set(keys))


def cluster_key(
    coded: CodedArticle, event: Event, kb_ids: dict[str, str | None] | None = None
) -> str:
    """Events with this key and close dates are one event reported by several articles:
    same type and the same participants (direction-free for CONSULT)."""
    if kb_ids is None:
        kb_ids = {e.id: e.kb_id for e in coded.entities}
    actors = _participant_keys(kb_ids, event.actor)
    recipients = _participant_keys(kb_ids, event.recipient)
    if not actors and not recipients:  # nobody to match on: never merged across articles
        parts = [event.type, "article", coded.article.id, event.id]
    elif event.type == "CONSULT":
        parts = [event.type, *sorted(set(actors) | set(recipients))]
    else:
        parts = [event.type, "A", *actors, "R", *recipients]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


@dataclass
class Batch:
    """Rows of several coded articles and failures, column by column, in input order."""

    columns: dict[str, dict[str, list[Any]]] = field(
        default_factory=lambda: {
            name: {col: [] for col in schema.names} for name, schema in TABLES.items()
        }
    )
    words: int = 0

    def __len__(self) -> int:
        return len(self.columns["articles"]["id"])

    @property
    def article_ids(self) -> list[str]:
        return list(self.columns["articles"]["id"])

    @property
    def n_failures(self) -> int:
        return len(self.columns["failures"]["failure_key"])

    def _append(self, table: str, **values: Any) -> None:
        cols = self.columns[table]
        for name, column in cols.items():
            column.append(values.get(name))

    def add_failure(self, failure: Failure) -> None:
        self._append(
            "failures",
            failure_key=failure_key(failure),
            article_id=failure.article_id,
            input=failure.input,
            stage=failure.stage,
            code=failure.code,
            message=failure.message,
        )

    def add(self, coded: CodedArticle, origin: str | None, key: str) -> None:
        """Flatten one coded article into the rows of every table."""
        article = coded.article
        aid = article.id
        n_words = len(_WORD.findall(article.text))
        self.words += n_words
        self._append(
            "articles",
            id=aid,
            coder_key=key,
            origin=origin,
            title=article.title,
            url=article.url,
            published=article.published,
            source=article.source,
            language=article.language,
            text_sha256=article.text_sha256,
            text=article.text,
            n_words=n_words,
            n_events=len(coded.events),
            n_relations=len(coded.relations),
            topics=list(coded.topics),
            coding=coded.model_dump_json(exclude={"article"}),
        )
        mention_count = Counter(m.entity for m in coded.mentions if m.entity)
        for entity in coded.entities:
            self._append(
                "entities",
                article_id=aid,
                entity_id=entity.id,
                name=entity.name,
                kind=entity.kind,
                country=entity.country,
                sectors=list(entity.sectors),
                subnational=entity.subnational,
                titles=list(entity.titles),
                affiliation=entity.affiliation,
                head=entity.head,
                kb_id=entity.kb_id,
                confidence=entity.confidence,
                n_mentions=mention_count.get(entity.id, 0),
                published=article.published,
            )
        for mention in coded.mentions:
            self._append(
                "mentions",
                article_id=aid,
                mention_id=mention.id,
                start_char=mention.start,
                end_char=mention.end,
                text=mention.text,
                label=mention.label,
                sentence=mention.sentence,
                source=mention.source,
                entity_id=mention.entity,
            )
        kb_ids = {e.id: e.kb_id for e in coded.entities}
        for event in coded.events:
            self._add_event(coded, event, kb_ids)
        for relation in coded.relations:
            self._append(
                "relations",
                relation_uid=f"{aid}#{relation.id}",
                article_id=aid,
                relation_id=relation.id,
                type=relation.type,
                a_entity_id=relation.a.id,
                a_name=relation.a.name,
                a_country=relation.a.country,
                a_subnational=relation.a.subnational,
                b_entity_id=relation.b.id,
                b_name=relation.b.name,
                b_country=relation.b.country,
                b_subnational=relation.b.subnational,
                confidence=relation.confidence,
                rule=relation.rule,
                evidence_text=_evidence_text(relation.evidence),
                published=article.published,
            )

    def _add_event(self, coded: CodedArticle, event: Event, kb_ids: dict[str, str | None]) -> None:
        aid = coded.article.id
        uid = f"{aid}#{event.id}"
        ekey = event_key(uid)
        where = event.location
        self._append(
            "events",
            event_uid=uid,
            event_key=ekey,
            article_id=aid,
            event_id=event.id,
            cluster_key=cluster_key(coded, event, kb_ids),
            type=event.type,
            mode=event.mode,
            aux=list(event.aux),
            cameo=event.cameo,
            cameo_name=event.cameo_name,
            quad_class=event.quad_class,
            intensity=event.intensity,
            goldstein=event.goldstein,
            date=event.date,
            date_text=event.date_text,
            day=event.date or coded.article.published,
            published=coded.article.published,
            location_name=where.name if where else None,
            location_country=where.country if where else None,
            location_subnational=where.subnational if where else None,
            lat=where.lat if where else None,
            lon=where.lon if where else None,
            geonameid=where.geonameid if where else None,
            contexts=list(event.contexts),
            topics=list(event.topics),
            confidence=event.confidence,
            rule=event.rule,
            actor_names="; ".join(r.name for r in event.actor),
            recipient_names="; ".join(r.name for r in event.recipient),
            trigger_text=event.evidence[0].trigger.text if event.evidence else None,
            evidence_text=_evidence_text(event.evidence),
            evidence=_EVIDENCE.dump_json(event.evidence).decode("utf-8"),
        )
        for role, refs in (("actor", event.actor), ("recipient", event.recipient)):
            for position, ref in enumerate(refs):
                kb_id = kb_ids.get(ref.id)
                self._append(
                    "event_participants",
                    event_uid=uid,
                    event_key=ekey,
                    article_id=aid,
                    role=role,
                    position=position,
                    entity_id=ref.id,
                    name=ref.name,
                    name_key=f"kb:{kb_id}" if kb_id else name_key(ref.name),
                    country=ref.country,
                    sectors=list(ref.sectors),
                    subnational=ref.subnational,
                )

    def arrow(self, table: str) -> pa.Table:
        return pa.Table.from_pydict(self.columns[table], schema=TABLES[table])


def _evidence_text(evidence: list[Any]) -> str | None:
    if not evidence:
        return None
    return " ".join(evidence[0].sentence_span.text.split())


__all__ = [
    "ARTICLE_TABLES",
    "TABLES",
    "Batch",
    "cluster_key",
    "coder_key",
    "event_key",
    "failure_key",
    "name_key",
]
