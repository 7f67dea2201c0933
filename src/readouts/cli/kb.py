"""``readouts kb``: add, list and import the user's knowledge base (actors, aliases, dated roles).

Each command opens the DuckDB file (``--db``, else ``$READOUTS_DB``, else ``readouts.duckdb``),
calls one function of :mod:`readouts.knowledge.userkb` or :mod:`readouts.knowledge.phoenix`
and prints the result. The pipeline uses the entries when ``READOUTS_KB_DB`` names the file.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ..errors import UsageError
from ..knowledge.actors import KBActor, Role, slug
from ..knowledge.kb_records import KINDS, actor_from_record, actor_record, make_role
from ..knowledge.phoenix import Problem, read_phoenix
from ..knowledge.userkb import Counts, UserKB, resolve_db
from .output import Format, stdout_console

kb_app = typer.Typer(
    name="kb",
    help="The user's knowledge base: actors, aliases and roles with validity dates.",
    no_args_is_help=True,
)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="DuckDB file (default $READOUTS_DB, else readouts.duckdb here).",
        show_default=False,
    ),
]


class ImportFormat(StrEnum):
    phoenix = "phoenix"
    jsonl = "jsonl"


@kb_app.command("add")
def add_command(
    name: Annotated[str, typer.Argument(help="The actor's name, e.g. 'Chen Jining'.")],
    kind: Annotated[str, typer.Option(help="PERSON, ORG or GPE.")] = "PERSON",
    alias: Annotated[
        list[str] | None, typer.Option("--alias", help="Another name (repeatable).")
    ] = None,
    country: Annotated[
        str | None, typer.Option(help="ISO alpha-3 code or IGO/NGO/MNC/IMG of the role.")
    ] = None,
    sector: Annotated[
        list[str] | None, typer.Option("--sector", help="Sector code of the role (repeatable).")
    ] = None,
    title: Annotated[str | None, typer.Option(help="Title of the role, e.g. 'Premier'.")] = None,
    start: Annotated[str | None, typer.Option(help="First day of the role (YYYY-MM-DD).")] = None,
    end: Annotated[str | None, typer.Option(help="Last day of the role (YYYY-MM-DD).")] = None,
    id: Annotated[
        str | None,
        typer.Option("--id", help="Actor id (default user:<name>); a packaged id extends it."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Add an actor, or add aliases and a role to one already stored."""
    kind = kind.upper()
    if kind not in KINDS:
        raise UsageError(f"--kind must be one of {', '.join(KINDS)}, not {kind!r}")
    roles = []
    if any(v for v in (country, sector, title, start, end)):
        try:
            roles.append(make_role(country, sector or [], title, start, end))
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    actor = KBActor(
        id=id or f"user:{slug(name)}",
        name=name.strip(),
        kind=kind,
        aliases=tuple(a.strip() for a in alias or [] if a.strip()),
        roles=roles,
        source="user",
    )
    with UserKB(db) as kb:
        counts = kb.add(actor)
    typer.echo(f"{actor.id}: {counts} in {resolve_db(db)}")


@kb_app.command("list")
def list_command(
    query: Annotated[
        str | None, typer.Argument(help="Part of a name or alias (case-insensitive).")
    ] = None,
    kind: Annotated[str | None, typer.Option(help="Only PERSON, ORG or GPE.")] = None,
    source: Annotated[
        str | None, typer.Option(help="Only entries whose source starts so: user, phoenix.")
    ] = None,
    on: Annotated[
        str | None, typer.Option(help="Only the roles valid on this day (YYYY-MM-DD).")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many actors (0: all).")] = 100,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="table, json, jsonl or csv.")
    ] = Format.table,
    db: DbOption = None,
) -> None:
    """List stored actors with their aliases and dated roles."""
    day = _day(on)
    with UserKB(db, read_only=True) as kb:
        actors = kb.actors(query, kind=kind.upper() if kind else None, source=source, limit=limit)
    if day is not None:
        for actor in actors:
            actor.roles = [r for r in actor.roles if r.valid_on(day)]
    if format in (Format.json, Format.jsonl):
        records = [actor_record(a) for a in actors]
        if format is Format.json:
            sys.stdout.write(json.dumps(records, indent=2, ensure_ascii=False) + "\n")
        else:
            for record in records:
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    if format is Format.csv:
        import csv

        writer = csv.writer(sys.stdout)
        header = "id name kind aliases country sectors title start end source"
        writer.writerow(header.split())
        for actor in actors:
            rows: list[Role | None] = list(actor.roles) or [None]
            for role in rows:
                cells = [actor.id, actor.name, actor.kind, "|".join(actor.aliases)]
                writer.writerow([*cells, *_role_cells(role), actor.source])
        return
    table = Table(title=f"{len(actors)} actors in {resolve_db(db)}", show_lines=True)
    for column in ("id", "name", "kind", "aliases", "roles", "source"):
        table.add_column(column, overflow="fold")
    for actor in actors:
        aliases = list(actor.aliases)
        shown = ", ".join(aliases[:4]) + (f" (+{len(aliases) - 4})" if len(aliases) > 4 else "")
        table.add_row(
            actor.id,
            actor.name,
            actor.kind,
            shown,
            "\n".join(_role_text(r) for r in actor.roles),
            actor.source,
        )
    stdout_console().print(table)


@kb_app.command("import")
def import_command(
    format: Annotated[
        ImportFormat,
        typer.Argument(help="phoenix (TABARI actor dictionaries) or jsonl (kb list -f jsonl)."),
    ],
    paths: Annotated[list[str], typer.Argument(help="Files to import.")],
    db: DbOption = None,
) -> None:
    """Import actors: Phoenix actor dictionaries with dated codes, or JSON Lines records.

    Lines that cannot be read are reported with their line number and skipped; the rest is
    imported and the exit status is 1.
    """
    if format is ImportFormat.phoenix:
        result = read_phoenix(paths)
        actors, problems = result.actors, result.problems
        read = f"{result.entries} entries"
    else:
        actors, problems = _read_jsonl(paths)
        read = f"{len(actors)} records"
    with UserKB(db) as kb:
        counts: Counts = kb.add_many(actors)
        total = len(kb)
    for problem in problems:
        sys.stderr.write(f"readouts: error: {problem.file}:{problem.line}: {problem.message}\n")
    typer.echo(
        f"read {read} from {len(paths)} files ({len(problems)} lines skipped); "
        f"{counts}; {total} actors in {resolve_db(db)}"
    )
    if problems:
        raise typer.Exit(1)


def _read_jsonl(paths: list[str]) -> tuple[list[KBActor], list[Problem]]:
    actors: list[KBActor] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(path, 0, f"cannot read: {exc}"))
            continue
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                actors.append(actor_from_record(json.loads(line)))
            except (ValueError, TypeError) as exc:
                problems.append(Problem(path, number, str(exc)))
    return actors, problems


def _day(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--on {text!r} is not a date (YYYY-MM-DD)") from None


def _role_cells(role: Role | None) -> list[str]:
    if role is None:
        return ["", "", "", "", ""]
    return [
        role.country or "",
        "|".join(role.sectors),
        role.title or "",
        role.start.isoformat() if role.start else "",
        role.end.isoformat() if role.end else "",
    ]


def _role_text(role: Role) -> str:
    country, sectors, title, start, end = _role_cells(role)
    when = f"{start or '…'} to {end or '…'}" if start or end else "always"
    parts = [country or "---", sectors.replace("|", "+"), title, when]
    return " ".join(p for p in parts if p)


__all__ = ["kb_app"]
