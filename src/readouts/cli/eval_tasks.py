"""Printing the ``readouts eval --task actors`` and ``--task cameo`` results."""

from __future__ import annotations

from rich.markup import escape
from rich.table import Table

from ..evaluation.actor_countries import ActorScore
from ..evaluation.cameo_peers import GRANULARITIES, OURS, SystemScore, at
from .output import stdout_console


def print_actor_score(kind: str, gold: str, score: ActorScore, errors: bool) -> None:
    console = stdout_console()
    method = "entity at the gold span" if score.method == "span" else "some entity in the sentence"
    console.print(
        f"[bold]{escape(gold)}[/bold] ({kind}): actor country accuracy {score.accuracy:.3f} "
        f"({score.right}/{score.total}; {method}; {score.unscored} gold actors without a "
        f"country not scored; {score.failures} articles failed)"
    )
    if not errors:
        return
    table = Table(title="Misses")
    for column in ("article", "side", "gold text", "gold", "ours", "entity", "located"):
        table.add_column(column, overflow="fold")
    for item in score.errors():
        table.add_row(
            escape(item.article),
            item.side,
            escape(item.gold_text),
            item.gold,
            item.ours or "-",
            escape(item.entity or "-"),
            item.located,
        )
    console.print(table)
    frequent = Table(title="Most frequent misses (gold text, gold, ours)")
    for column in ("gold text", "gold", "ours", "n"):
        frequent.add_column(column)
    for (text, code, ours), count in score.frequent_errors():
        frequent.add_row(escape(text), code, ours, str(count))
    console.print(frequent)


def print_cameo(gold: str, systems: list[SystemScore], errors: bool) -> None:
    console = stdout_console()
    records = len(systems[0].records) if systems else 0
    table = Table(
        title=f"CAMEO on {escape(gold)}: {records} records, micro P/R/F1 over all of them",
        caption="root: (CAMEO root code, source country, target country); "
        "full: (full CAMEO code, source country, target country)",
    )
    table.add_column("system")
    table.add_column("coded", justify="right")
    for granularity in GRANULARITIES:
        for measure in ("P", "R", "F1"):
            table.add_column(f"{granularity} {measure}", justify="right")
    for system in systems:
        cells = [system.name, f"{system.coded}/{len(system.records)}"]
        for granularity in GRANULARITIES:
            prf = system.scores[granularity]
            cells += [f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}"]
        table.add_row(*cells)
    console.print(table)
    for system in systems:
        counts = ", ".join(f"{g}: tp {p.tp} fp {p.fp} fn {p.fn}" for g, p in system.scores.items())
        console.print(f"  {system.name}: {counts}")
    if not errors:
        return
    ours = next((s for s in systems if s.name == OURS), None)
    if ours is None:
        return
    console.print("[bold]readouts misses and extras (full code)[/bold]")
    for record in ours.records:
        got = at(record.predicted or set(), "full")
        missed, extra = record.gold - got, got - record.gold
        if not missed and not extra:
            continue
        console.print(f"[bold]{escape(record.id)}[/bold]")
        for coding in sorted(missed):
            console.print(f"  [red]missed[/red] {coding}")
        for coding in sorted(extra):
            console.print(f"  [yellow]extra[/yellow]  {coding}")
