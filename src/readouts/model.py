"""The one data model of readouts (DESIGN.md section 2).

Every stage exchanges these objects; every interface (CLI, store, HTTP API, web UI, batch
runner) reads and writes them. Offsets are character offsets into ``Article.text``; ``end`` is
exclusive, so ``text[start:end] == span.text``.

The JSON form of :class:`CodedArticle` is the public output format, documented in
``docs/output-format.md``; its JSON Schema ships as ``readouts/schema/coded-article.schema.json``
and is generated from these classes (``python -m readouts.schema``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EventType = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
EVENT_TYPES: tuple[EventType, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
AuxFlag = Literal["future", "negated", "historical", "hypothetical"]
EntityKind = Literal["PERSON", "ORG", "GROUP", "GPE", "LOC"]
RelationType = Literal["SISTER_CITY", "PARTNERSHIP"]
FailureStage = Literal["read", "validate", "nlp", "code", "store"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Article(_Model):
    """One input document. ``id`` is the caller's id or ``sha256:`` + 16 hex digits of the text."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source: str | None = None
    language: str = "en"
    text_sha256: str

    @staticmethod
    def digest(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Mention(_Model):
    """A span that may denote an actor, a place or a date, and the entity it was resolved to."""

    id: str
    start: int
    end: int
    text: str
    label: str
    sentence: int
    source: str = Field(description="what found it: ner, ruler, title, pronoun, nominal, coref")
    entity: str | None = None


class FieldEvidence(_Model):
    """Why one field of an entity has its value: the rule and the words that justified it."""

    field: str
    value: str
    rule: str
    span: Span | None = None


class Entity(_Model):
    """One real-world actor of the article after coreference."""

    id: str
    name: str
    kind: EntityKind
    country: str | None = None
    sectors: list[str] = Field(default_factory=list)
    subnational: str | None = None
    titles: list[str] = Field(default_factory=list)
    affiliation: str | None = Field(default=None, description="entity id, e.g. a person's party")
    head: str | None = Field(default=None, description="entity id of the group's leader")
    kb_id: str | None = None
    mentions: list[str] = Field(default_factory=list, description="mention ids")
    confidence: float = Field(ge=0.0, le=1.0, default=0.5)
    evidence: list[FieldEvidence] = Field(default_factory=list)


class EntityRef(_Model):
    """An entity as an event or relation refers to it: the row reads on its own."""

    id: str
    name: str
    country: str | None = None
    sectors: list[str] = Field(default_factory=list)
    subnational: str | None = None

    @classmethod
    def of(cls, entity: Entity) -> EntityRef:
        return cls(
            id=entity.id,
            name=entity.name,
            country=entity.country,
            sectors=list(entity.sectors),
            subnational=entity.subnational,
        )


class Location(_Model):
    name: str
    country: str | None = None
    subnational: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    rule: str = ""
    span: Span | None = None


class Evidence(_Model):
    """Where the text states an event or relation."""

    sentence: int
    sentence_span: Span
    trigger: Span
    actor: list[Span] = Field(default_factory=list)
    recipient: list[Span] = Field(default_factory=list)


class Event(_Model):
    id: str
    type: EventType
    mode: str | None = None
    aux: list[AuxFlag] = Field(default_factory=list)
    cameo: str | None = None
    cameo_name: str | None = None
    quad_class: int | None = Field(default=None, ge=0, le=4)
    intensity: float | None = None
    goldstein: float | None = None
    actor: list[EntityRef] = Field(default_factory=list)
    recipient: list[EntityRef] = Field(default_factory=list)
    date: dt.date | None = None
    date_text: str | None = None
    date_span: Span | None = None
    location: Location | None = None
    contexts: list[str] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    rule: str
    evidence: list[Evidence] = Field(default_factory=list)


class Relation(_Model):
    """A standing tie the text states (our extension of PLOVER)."""

    id: str
    type: RelationType
    a: EntityRef
    b: EntityRef
    confidence: float = Field(ge=0.0, le=1.0)
    rule: str
    evidence: list[Evidence] = Field(default_factory=list)


class CoderInfo(_Model):
    name: str = "readouts"
    version: str
    model: str
    model_version: str
    resources: dict[str, str] = Field(default_factory=dict)


class CodedArticle(_Model):
    """The unit every interface passes around, and the public JSON output format."""

    article: Article
    entities: list[Entity] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    coder: CoderInfo

    def entity(self, entity_id: str) -> Entity:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)


class Failure(_Model):
    """An input that could not be coded: stored and reported, never dropped."""

    article_id: str | None = None
    input: str | None = Field(default=None, description="file, file:line or other origin")
    stage: FailureStage
    code: str
    message: str


__all__ = [
    "EVENT_TYPES",
    "Article",
    "AuxFlag",
    "CodedArticle",
    "CoderInfo",
    "Entity",
    "EntityKind",
    "EntityRef",
    "Event",
    "EventType",
    "Evidence",
    "Failure",
    "FailureStage",
    "FieldEvidence",
    "Location",
    "Mention",
    "Relation",
    "RelationType",
    "Span",
]
