"""``readouts events``, ``actors``, ``relations`` and ``failures``: read the store."""

from __future__ import annotations

import datetime as dt
import sys
from typing import Annotated, Any

import typer

from ..errors import UsageError
from ..store import EventFilters
from .output import Format, write_rows
from .storage import DbOption, open_store

Actor = Annotated[str | None, typer.Option("--actor", help="Participant name contains this.")]
Country = Annotated[str | None, typer.Option(help="Participant country (ISO alpha-3).")]
Sector = Annotated[str | None, typer.Option(help="Participant sector (GOV, MIL, PTY, …).")]
Subnational = Annotated[str | None, typer.Option(help="Participant province or city.")]
RoleOpt = Annotated[
    str, typer.Option("--role", help="Participant conditions apply to: any, actor, recipient.")
]
TypeOpt = Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")]
Mode = Annotated[str | None, typer.Option(help="PLOVER mode, e.g. visit, phone.")]
DateFrom = Annotated[
    dt.datetime | None, typer.Option("--from", formats=["%Y-%m-%d"], help="First day.")
]
DateTo = Annotated[dt.datetime | None, typer.Option("--to", formats=["%Y-%m-%d"], help="Last day.")]
Text = Annotated[str | None, typer.Option("--text", help="Evidence sentence contains this.")]
Limit = Annotated[int, typer.Option(help="Rows to show.")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="table, json, jsonl or csv.")]


def event_filters(
    actor: str | None = None,
    country: str | None = None,
    sector: str | None = None,
    subnational: str | None = None,
    role: str = "any",
    type: str | None = None,
    mode: str | None = None,
    date_from: dt.datetime | None = None,
    date_to: dt.datetime | None = None,
    text: str | None = None,
    article: str | None = None,
    cluster: str | None = None,
) -> EventFilters:
    if role not in ("any", "actor", "recipient"):
        raise UsageError(f"--role is any, actor or recipient, not {role!r}")
    try:
        return EventFilters(
            actor=actor,
            country=country,
            sector=sector,
            subnational=subnational,
            role=role,  # type: ignore[arg-type]
            type=type.upper() if type else None,  # type: ignore[arg-type]
            mode=mode,
            date_from=date_from.date() if date_from else None,
            date_to=date_to.date() if date_to else None,
            text=text,
            article_id=article,
            cluster_id=cluster,
        )
    except ValueError as exc:
        raise UsageError(f"bad filter: {exc}") from None


def events_command(
    db: DbOption = None,
    actor: Actor = None,
    country: Country = None,
    sector: Sector = None,
    subnational: Subnational = None,
    role: RoleOpt = "any",
    type: TypeOpt = None,
    mode: Mode = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    text: Text = None,
    article: Annotated[str | None, typer.Option(help="Events of this article id.")] = None,
    cluster: Annotated[str | None, typer.Option(help="Mentions of this event cluster.")] = None,
    clustered: Annotated[
        bool,
        typer.Option(
            "--clustered/--mentions",
            help="One row per event cluster (same event in several articles), or per mention.",
        ),
    ] = False,
    limit: Limit = 50,
    offset: Annotated[int, typer.Option(help="Rows to skip (paging).")] = 0,
    format: FormatOpt = Format.table,
) -> None:
    """List stored events, newest first, with filters."""
    filters = event_filters(
        actor,
        country,
        sector,
        subnational,
        role,
        type,
        mode,
        date_from,
        date_to,
        text,
        article,
        cluster,
    )
    with open_store(db) as store:
        page = store.query_events(filters, clustered=clustered, limit=limit, offset=offset)
    shown = f"{offset + 1}-{offset + len(page.rows)}" if page.rows else "0"
    rows = page.rows
    if format is Format.table:
        rows = [_compact(row) for row in rows]
    write_rows(rows, format, title=f"events {shown} of {page.total}")


_TABLE_COLUMNS = (
    "day",
    "day_start",
    "type",
    "mode",
    "actor",
    "recipient",
    "location",
    "n_articles",
    "evidence",
    "cluster_id",
)


def _compact(row: dict[str, Any]) -> dict[str, Any]:
    """The columns a terminal table has room for; JSON and CSV keep every column."""
    out = {k: row[k] for k in _TABLE_COLUMNS if k in row}
    evidence = out.get("evidence")
    if isinstance(evidence, str) and len(evidence) > 90:
        out["evidence"] = evidence[:87] + "..."
    if row.get("aux"):
        out["type"] = f"{row['type']} [{', '.join(row['aux'])}]"
    return out


def actors_command(
    db: DbOption = None,
    actor: Actor = None,
    counterparts: Annotated[
        str | None, typer.Option(help="Who this actor (name contains) engages with.")
    ] = None,
    roles: Annotated[
        str | None, typer.Option(help="Titles the texts give this actor, over time.")
    ] = None,
    country: Country = None,
    sector: Sector = None,
    role: RoleOpt = "any",
    type: TypeOpt = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    limit: Limit = 25,
    format: FormatOpt = Format.table,
) -> None:
    """Top actors, an actor's counterparts, or an actor's roles over time."""
    if counterparts and roles:
        raise UsageError("give --counterparts or --roles, not both")
    filters = event_filters(actor, country, sector, None, role, type, None, date_from, date_to)
    with open_store(db) as store:
        if roles:
            rows = store.roles(roles, limit=limit)
            title = f"roles of {roles!r}"
        elif counterparts:
            rows = store.counterparts(counterparts, filters, limit=limit)
            title = f"counterparts of {counterparts!r}"
        else:
            rows = store.actors(filters, limit=limit)
            title = "top actors"
    write_rows(rows, format, title=title)


def relations_command(
    db: DbOption = None,
    type: Annotated[str | None, typer.Option("--type", help="SISTER_CITY or PARTNERSHIP.")] = None,
    name: Annotated[str | None, typer.Option(help="Either side's name contains this.")] = None,
    country: Country = None,
    limit: Limit = 100,
    format: FormatOpt = Format.table,
) -> None:
    """List standing ties stated in the texts (sister cities, partnerships)."""
    with open_store(db) as store:
        rows = store.relations(type=type, name=name, country=country, limit=limit)
    write_rows(rows, format, title="relations")


def failures_command(
    db: DbOption = None,
    code: Annotated[str | None, typer.Option(help="Only this error code, e.g. binary.")] = None,
    limit: Limit = 1000,
    format: FormatOpt = Format.table,
) -> None:
    """List the inputs that could not be coded, with the error code and the reason."""
    with open_store(db) as store:
        rows = store.failures(code=code, limit=limit)
        counts = store.stats()["failures_by_code"]
    write_rows(rows, format, title="failures")
    if format is Format.table and counts:
        summary = ", ".join(f"{c}: {n}" for c, n in counts.items())
        sys.stderr.write(f"readouts: {sum(counts.values())} failures ({summary})\n")


__all__ = [
    "actors_command",
    "event_filters",
    "events_command",
    "failures_command",
    "relations_command",
]
