"""``readouts eval``: code a gold set and print precision, recall and F1 (``--task primary``),
actor country accuracy (``--task actors``) or the CAMEO peer comparison (``--task cameo``)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.table import Table

from ..errors import UsageError
from ..evaluation.actor_countries import score_actor_countries
from ..evaluation.cameo_peers import compare, find_peers
from ..evaluation.runner import evaluate
from ..evaluation.scorer import Score
from ..pipeline import build
from ..settings import Settings
from .eval_tasks import print_actor_score, print_cameo
from .output import Format, stdout_console


class Task(StrEnum):
    primary = "primary"
    actors = "actors"
    cameo = "cameo"


def eval_command(
    gold: Annotated[
        str,
        typer.Argument(
            help="Gold folder (<id>.json files), one gold .json, plover_gsr_dev.jsonl or "
            "gsr_records.jsonl."
        ),
    ],
    texts: Annotated[
        str | None, typer.Option(help="JSONL with id and text for the gold articles.")
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model: md (default) or sm.")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
    errors: Annotated[
        bool,
        typer.Option("--errors", help="List the misses (events, actors or CAMEO tuples)."),
    ] = False,
    task: Annotated[
        Task,
        typer.Option(
            help="primary: PLOVER events (DESIGN.md 7); actors: actor country accuracy; "
            "cameo: CAMEO codes beside PETRARCH-2 and UniversalPetrarch (gsr_records.jsonl)."
        ),
    ] = Task.primary,
    kb_db: Annotated[
        str | None,
        typer.Option("--kb-db", help="DuckDB file whose kb_ entries extend the knowledge base."),
    ] = None,
) -> None:
    """Score the coder against gold codings (primary metric of DESIGN.md section 7)."""
    pipeline = build(Settings.from_env(model=model, kb_db=kb_db))
    kind, score, pairs = evaluate(gold, pipeline, texts)
    if task is Task.actors:
        actor_score = score_actor_countries(kind, pairs)
        if format is Format.json:
            data = {"dataset": kind, "gold": gold, "task": "actors", **actor_score.as_dict()}
            sys.stdout.write(json.dumps(data, indent=2) + "\n")
        else:
            print_actor_score(kind, gold, actor_score, errors)
        return
    if task is Task.cameo:
        if kind != "petrarch":
            raise UsageError("--task cameo needs PETRARCH GSR records (gsr_records.jsonl)")
        systems = compare(pairs, find_peers(gold))
        if format is Format.json:
            rows = [s.as_dict() for s in systems]
            data = {"dataset": kind, "gold": gold, "task": "cameo", "systems": rows}
            sys.stdout.write(json.dumps(data, indent=2) + "\n")
        else:
            print_cameo(gold, systems, errors)
        return
    if format is Format.json:
        sys.stdout.write(
            json.dumps({"dataset": kind, "gold": gold, **score.as_dict()}, indent=2) + "\n"
        )
        return
    print_score(kind, gold, score, errors)


def print_score(kind: str, gold: str, score: Score, errors: bool) -> None:
    console = stdout_console()
    o = score.overall
    console.print(
        f"[bold]{gold}[/bold] ({kind}, {len(score.articles)} articles, {score.failures} failed): "
        f"P {o.precision:.3f}  R {o.recall:.3f}  F1 {o.f1:.3f}  (tp {o.tp}, fp {o.fp}, fn {o.fn})"
    )
    table = Table(title="Per type (primary metric)")
    for column in ("type", "tp", "fp", "fn", "P", "R", "F1"):
        table.add_column(column, justify="right" if column != "type" else "left")
    for event_type, prf in sorted(score.by_type.items()):
        table.add_row(
            event_type,
            str(prf.tp),
            str(prf.fp),
            str(prf.fn),
            f"{prf.precision:.3f}",
            f"{prf.recall:.3f}",
            f"{prf.f1:.3f}",
        )
    console.print(table)
    acc = Table(title="Secondary (over matched events)")
    acc.add_column("measure")
    acc.add_column("accuracy", justify="right")
    acc.add_column("n", justify="right")
    for name, value in (
        ("mode", score.mode),
        ("CONSULT mode", score.consult_mode),
        ("date", score.date),
        ("actor name", score.actor_name),
        ("sector", score.sector),
        ("subnational", score.subnational),
    ):
        acc.add_row(name, f"{value.value:.3f}", str(value.total))
    r = score.relations
    acc.add_row("relations F1", f"{r.f1:.3f}", f"tp {r.tp} fp {r.fp} fn {r.fn}")
    console.print(acc)
    if errors:
        for article in score.articles:
            if article.false_positives or article.false_negatives:
                console.print(f"[bold]{article.id}[/bold]")
                for key in article.false_negatives:
                    console.print(f"  [red]missed[/red] {key}")
                for key in article.false_positives:
                    console.print(f"  [yellow]extra[/yellow]  {key}")
