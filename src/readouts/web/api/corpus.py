"""Views of the whole store: GET /api/relations, /api/network, /api/locations, /api/stats,
and GET /api/info (what this server allows)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from ... import __version__
from ...store import EventFilters
from ..config import BASEMAP
from ..problems import ErrorBody
from ..runtime import Runtime, runtime
from ..schemas import Network, ServerInfo
from .params import Limit, Offset, event_filters

router = APIRouter(prefix="/api", tags=["corpus"])
Filters = Annotated[EventFilters, Depends(event_filters)]


@router.get("/relations", responses={422: {"model": ErrorBody}})
def list_relations(
    type: Annotated[Literal["SISTER_CITY", "PARTNERSHIP"] | None, Query()] = None,
    name: Annotated[str | None, Query(max_length=200, description="either side")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
    rt: Runtime = Depends(runtime),
) -> list[dict[str, Any]]:
    """Standing ties the texts state (sister cities, partnerships), newest first."""
    with rt.store() as store:
        return store.relations(type=type, name=name, country=country, limit=limit, offset=offset)


@router.get("/network", response_model=Network, responses={422: {"model": ErrorBody}})
def get_network(
    filters: Filters,
    max_edges: Annotated[int, Query(ge=1, le=2000, description="heaviest edges kept")] = 200,
    rt: Runtime = Depends(runtime),
) -> Network:
    """Who engages whom in the matching events: actors as nodes, actor → recipient edges
    weighted by events and split into cooperation and conflict."""
    with rt.store() as store:
        return Network.model_validate(store.network(filters, max_edges=max_edges))


@router.get("/locations", responses={422: {"model": ErrorBody}})
def get_locations(
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=20_000)] = 2000,
    rt: Runtime = Depends(runtime),
) -> dict[str, Any]:
    """Where the matching events happened: places with coordinates (events, cooperation,
    conflict, types), events per place country, and how many events have no coordinates."""
    with rt.store() as store:
        return store.locations(filters, limit=limit)


@router.get("/stats")
def get_stats(rt: Runtime = Depends(runtime)) -> dict[str, Any]:
    """Row counts of the store's tables, the first and last event day, failures by code."""
    with rt.store() as store:
        return store.stats()


@router.get("/info", response_model=ServerInfo)
def get_info(rt: Runtime = Depends(runtime)) -> ServerInfo:
    """What this server is and allows (the pages ask it whether writing needs a token)."""
    config = rt.config
    return ServerInfo(
        version=__version__,
        db=config.db,
        read_only=config.read_only,
        token_required=bool(config.token),
        max_body=config.body_limit,
        basemap=BASEMAP.exists(),
    )


__all__ = ["router"]
