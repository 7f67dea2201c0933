"""Query parameters shared by the event, actor, network and map endpoints: the same
filters as the CLI's ``readouts events``, validated here and passed to the store as
:class:`readouts.store.EventFilters` (parameterized SQL only)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import Query

from ...model import EVENT_TYPES
from ...store import EventFilters
from ..problems import ApiError

_WORDS = 200
_CODE = r"^[A-Za-z]{3}$"


def event_filters(
    actor: Annotated[
        str | None, Query(max_length=_WORDS, description="participant name contains this")
    ] = None,
    country: Annotated[
        str | None, Query(pattern=_CODE, description="participant country (ISO alpha-3, IGO…)")
    ] = None,
    sector: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{2,5}$", description="participant sector (GOV…)")
    ] = None,
    subnational: Annotated[
        str | None, Query(max_length=_WORDS, description="participant province or city")
    ] = None,
    role: Annotated[
        Literal["any", "actor", "recipient"],
        Query(description="the participant conditions apply to this side"),
    ] = "any",
    type: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{3,12}$", description="PLOVER event type")
    ] = None,
    mode: Annotated[
        str | None, Query(pattern=r"^[A-Za-z-]{1,40}$", description="PLOVER mode, e.g. visit")
    ] = None,
    date_from: Annotated[dt.date | None, Query(alias="from", description="first day")] = None,
    date_to: Annotated[dt.date | None, Query(alias="to", description="last day")] = None,
    text: Annotated[
        str | None, Query(max_length=_WORDS, description="evidence sentence contains this")
    ] = None,
    article: Annotated[str | None, Query(max_length=2000, description="article id")] = None,
    cluster: Annotated[str | None, Query(max_length=200, description="event cluster id")] = None,
) -> EventFilters:
    kind = type.upper() if type else None
    if kind and kind not in EVENT_TYPES:
        raise ApiError(
            422,
            "invalid_request",
            f"unknown event type {type!r}: use one of {', '.join(EVENT_TYPES)}",
            [{"field": "query.type", "message": "not a PLOVER event type", "type": "value_error"}],
        )
    if date_from and date_to and date_from > date_to:
        raise ApiError(422, "invalid_request", "'from' is after 'to'")
    return EventFilters(
        actor=actor or None,
        country=country,
        sector=sector,
        subnational=subnational or None,
        role=role,
        type=kind,  # type: ignore[arg-type]
        mode=mode,
        date_from=date_from,
        date_to=date_to,
        text=text or None,
        article_id=article or None,
        cluster_id=cluster or None,
    )


Limit = Annotated[int, Query(ge=1, le=1000, description="rows per page")]
Offset = Annotated[int, Query(ge=0, le=100_000_000, description="rows to skip")]

__all__ = ["Limit", "Offset", "event_filters"]
