"""GET /api/actors (top actors with their ids) and GET /api/actors/{actor_id} (names and
aliases, roles with dates, counterparts, timeline). An actor id is ``<country>:<name key>``,
e.g. ``CHN:chen jining`` (see :mod:`readouts.store.profiles`)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ...store import EventFilters
from ..problems import ApiError, ErrorBody
from ..runtime import Runtime, runtime
from .params import Limit, Offset, event_filters

router = APIRouter(prefix="/api", tags=["actors"])


@router.get("/actors", responses={422: {"model": ErrorBody}})
def list_actors(
    filters: Annotated[EventFilters, Depends(event_filters)],
    limit: Limit = 50,
    offset: Offset = 0,
    rt: Runtime = Depends(runtime),
) -> list[dict[str, Any]]:
    """Actors that take part in the most matching events (clusters count once): id, name,
    country, sectors, subnational unit, events, clusters, articles, first and last day."""
    with rt.store() as store:
        return store.actor_list(filters, limit=limit, offset=offset)


@router.get("/actors/{actor_id:path}", responses={404: {"model": ErrorBody}})
def get_actor(
    actor_id: str,
    limit: Annotated[int, Query(ge=1, le=5000, description="timeline events")] = 500,
    rt: Runtime = Depends(runtime),
) -> dict[str, Any]:
    """One actor: names it is given, aliases (mentions), roles (titles with first and last
    day seen), counterparts (with cooperation and conflict counts) and its events over time."""
    with rt.store() as store:
        found = store.actor_profile(actor_id, limit=limit)
    if found is None:
        raise ApiError(404, "not_found", f"no actor {actor_id!r} in the store")
    return found


__all__ = ["router"]
