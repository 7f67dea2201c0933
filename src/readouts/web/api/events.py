"""GET /api/events (a page of stored events, filtered and sorted), GET /api/events.csv (the
flat event table of the export), GET /api/events/{event_uid} (one event with its evidence
and source article)."""

from __future__ import annotations

import os
import tempfile
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from ...store import EventFilters
from ...store.queries import CLUSTER_SORTS, EVENT_SORTS
from ..problems import ApiError, ErrorBody
from ..runtime import Runtime, runtime
from ..schemas import ClusterRow, EventDetail, EventRow, EventsPage
from .params import Limit, Offset, event_filters

router = APIRouter(prefix="/api", tags=["events"])
ERRORS: dict[int | str, dict[str, object]] = {code: {"model": ErrorBody} for code in (404, 422)}
Filters = Annotated[EventFilters, Depends(event_filters)]


@router.get("/events", response_model=EventsPage, responses=ERRORS)
def list_events(
    filters: Filters,
    limit: Limit = 50,
    offset: Offset = 0,
    sort: Annotated[
        str,
        Query(
            pattern=r"^-?[a-z_]{1,20}$",
            description=f"sort column, '-' first for descending: {', '.join(EVENT_SORTS)} "
            f"(clustered: {', '.join(CLUSTER_SORTS)})",
        ),
    ] = "-day",
    clustered: Annotated[
        bool, Query(description="one row per event cluster instead of per mention")
    ] = False,
    rt: Runtime = Depends(runtime),
) -> EventsPage:
    """Stored events matching the filters (the same as ``readouts events``), newest first."""
    allowed = CLUSTER_SORTS if clustered else EVENT_SORTS
    if sort.removeprefix("-") not in allowed:
        raise ApiError(
            422, "invalid_request", f"cannot sort by {sort!r}: use one of {', '.join(allowed)}"
        )
    with rt.store() as store:
        page = store.query_events(
            filters, clustered=clustered, limit=limit, offset=offset, sort=sort
        )
    rows: list[EventRow] | list[ClusterRow] = (
        [ClusterRow.model_validate(r) for r in page.rows]
        if clustered
        else [EventRow.model_validate(r) for r in page.rows]
    )
    return EventsPage(total=page.total, limit=page.limit, offset=page.offset, rows=rows)


@router.get(
    "/events.csv",
    response_class=FileResponse,
    responses={200: {"content": {"text/csv": {}}}, 422: {"model": ErrorBody}},
)
def events_csv(filters: Filters, rt: Runtime = Depends(runtime)) -> FileResponse:
    """Every matching event as CSV: the columns of ``readouts export events.csv``."""
    handle, path = tempfile.mkstemp(prefix="readouts-", suffix=".csv")
    os.close(handle)
    try:
        with rt.store() as store:
            store.export(path, "csv", filters)
    except BaseException:
        os.unlink(path)
        raise
    return FileResponse(
        path,
        media_type="text/csv; charset=utf-8",
        filename="events.csv",
        background=BackgroundTask(os.unlink, path),
    )


@router.get("/events/{event_uid:path}", response_model=EventDetail, responses=ERRORS)
def get_event(event_uid: str, rt: Runtime = Depends(runtime)) -> EventDetail:
    """One stored event (id ``<article id>#<event id>``, with ``#`` written ``%23``): the
    event with its evidence spans, the entities it names, its source article and cluster."""
    with rt.store() as store:
        found = store.event(event_uid)
        if found is None:
            raise ApiError(404, "not_found", f"no stored event {event_uid!r}")
        coded, event = found
        cluster = store.event_cluster(event_uid)
    named = {ref.id for ref in [*event.actor, *event.recipient]}
    return EventDetail(
        event_uid=event_uid,
        event=event,
        entities=[e for e in coded.entities if e.id in named],
        article=coded.article,
        cluster=cluster,
    )


__all__ = ["router"]
