"""Request and response bodies of the HTTP API that are not the data model itself (the
API returns :class:`readouts.model.CodedArticle`, :class:`~readouts.model.Event` and
:class:`~readouts.model.Article` as they are)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..model import Article, Entity, Event

_META = 2000  # longest title, url, id or source accepted


class CodeRequest(BaseModel):
    """An article to code: its text and what is known about it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="the article text (plain text, UTF-8)")
    published: str | None = Field(
        default=None,
        max_length=40,
        description="publication date, YYYY-MM-DD",
        examples=["2023-04-27"],
    )
    title: str | None = Field(default=None, max_length=_META)
    url: str | None = Field(default=None, max_length=_META)
    id: str | None = Field(default=None, max_length=_META, description="the caller's article id")
    source: str | None = Field(default=None, max_length=_META, description="the publisher")


class EventRow(BaseModel):
    """One stored event (one mention of it in one article)."""

    event_uid: str = Field(description="<article id>#<event id>: GET /api/events/{event_uid}")
    day: dt.date | None = Field(description="event date, else publication date")
    type: str
    mode: str | None
    aux: list[str] | None
    actor: str | None = Field(description="actor names, '; ' between them")
    recipient: str | None
    location: str | None
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    topics: list[str] | None
    confidence: float | None
    cluster_id: str | None
    article_id: str
    evidence: str | None = Field(description="the sentence that states the event")


class ClusterRow(BaseModel):
    """One event cluster: the same event reported by one or more articles."""

    cluster_id: str
    day_start: dt.date | None
    day_end: dt.date | None
    type: str
    mode: str | None
    actor: str | None
    recipient: str | None
    location: str | None
    n_articles: int
    n_events: int
    first_event_uid: str


class EventsPage(BaseModel):
    total: int = Field(description="matching rows in all pages")
    limit: int
    offset: int
    rows: list[EventRow] | list[ClusterRow]


class EventDetail(BaseModel):
    """A stored event with its evidence, its participants' entities and its source article."""

    event_uid: str
    event: Event
    entities: list[Entity] = Field(description="the entities the event's actor and recipient name")
    article: Article
    cluster: dict[str, Any] | None = Field(description="the event cluster it belongs to")


class NetworkNode(BaseModel):
    id: str = Field(description="actor id: GET /api/actors/{id}")
    name: str
    country: str | None
    weight: int = Field(description="events on the edges shown")
    cooperation: int
    conflict: int


class NetworkEdge(BaseModel):
    source: str
    target: str
    source_name: str
    target_name: str
    source_country: str | None
    target_country: str | None
    weight: int = Field(description="events with this actor and this recipient")
    cooperation: int = Field(description="of them, cooperation (PLOVER quad classes 1, 2)")
    conflict: int = Field(description="of them, conflict (PLOVER quad classes 3, 4)")
    types: str | None
    first_day: dt.date | None
    last_day: dt.date | None


class Network(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class ServerInfo(BaseModel):
    version: str
    db: str
    read_only: bool
    token_required: bool = Field(description="writing (store=true) needs a bearer token")
    max_body: int = Field(description="largest request body accepted, in bytes")
    basemap: bool = Field(description="whether the offline country map was built (setup.sh)")


__all__ = [
    "ClusterRow",
    "CodeRequest",
    "EventDetail",
    "EventRow",
    "EventsPage",
    "Network",
    "NetworkEdge",
    "NetworkNode",
    "ServerInfo",
]
