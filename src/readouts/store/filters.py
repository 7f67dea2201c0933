"""Filters on stored events, turned into parameterized SQL (never SQL from the caller).

The same :class:`EventFilters` serves the CLI, the HTTP API and exports. Participant
conditions (actor name, country, sector, subnational unit, role) hold for one participant
together: ``country="CHN", sector="GOV"`` means a Chinese government participant.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..model import EventType

Role = Literal["any", "actor", "recipient"]


class EventFilters(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    actor: str | None = Field(default=None, description="participant name contains this")
    country: str | None = Field(default=None, description="participant country (ISO alpha-3)")
    sector: str | None = Field(default=None, description="participant sector (GOV, MIL, …)")
    subnational: str | None = Field(default=None, description="participant subnational unit")
    role: Role = Field(default="any", description="participant conditions apply to this side")
    type: EventType | None = Field(default=None, description="PLOVER event type")
    mode: str | None = Field(default=None, description="PLOVER mode, e.g. visit, phone")
    date_from: dt.date | None = Field(default=None, description="first day (event date)")
    date_to: dt.date | None = Field(default=None, description="last day (event date)")
    text: str | None = Field(default=None, description="evidence sentence contains this")
    article_id: str | None = None
    cluster_id: str | None = None

    def participant_conditions(self) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if self.actor:
            sql, value = like("p.name", self.actor)
            where.append(sql)
            params.append(value)
        if self.country:
            where.append("p.country = ?")
            params.append(self.country.upper())
        if self.sector:
            where.append("list_contains(p.sectors, ?)")
            params.append(self.sector.upper())
        if self.subnational:
            sql, value = like("p.subnational", self.subnational)
            where.append(sql)
            params.append(value)
        if where and self.role != "any":
            where.append("p.role = ?")
            params.append(self.role)
        return where, params

    def where(self, alias: str = "e") -> tuple[str, list[Any]]:
        """A SQL condition on the events table (aliased ``alias``) and its parameters."""
        where: list[str] = []
        params: list[Any] = []
        for column, value in (
            ("type", self.type),
            ("mode", self.mode),
            ("article_id", self.article_id),
            ("cluster_id", self.cluster_id),
        ):
            if value:
                where.append(f"{alias}.{column} = ?")
                params.append(value)
        if self.date_from:
            where.append(f"{alias}.day >= ?")
            params.append(self.date_from)
        if self.date_to:
            where.append(f"{alias}.day <= ?")
            params.append(self.date_to)
        if self.text:
            sql, value = like(f"{alias}.evidence_text", self.text)
            where.append(sql)
            params.append(value)
        p_where, p_params = self.participant_conditions()
        if p_where:
            where.append(
                f"{alias}.event_key IN (SELECT p.event_key FROM event_participants p "
                f"WHERE {' AND '.join(p_where)})"
            )
            params.extend(p_params)
        return (" AND ".join(where) or "TRUE"), params


def like(column: str, value: str) -> tuple[str, str]:
    """A case-insensitive test that ``column`` contains ``value`` literally, and its parameter
    (``%`` and ``_`` in the value are not wildcards; ESCAPE only when needed: it is slower)."""
    if not any(ch in value for ch in "%_\\"):
        return f"{column} ILIKE ?", f"%{value}%"
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{column} ILIKE ? ESCAPE '\\'", f"%{escaped}%"


__all__ = ["EventFilters", "Role", "like"]
