"""``readouts code --explain``: why each actor and event was coded as it was."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..model import CodedArticle


def explain(coded: CodedArticle, console: Console) -> None:
    console.rule(f"[bold]{coded.article.title or coded.article.id}")
    actors = Table(title="Actors: each field with the rule and the words that justified it")
    for column in ("id", "name", "kind", "country", "sectors", "subnational", "why"):
        actors.add_column(column, overflow="fold")
    for entity in coded.entities:
        why = "\n".join(
            f"{ev.field}={ev.value} by {ev.rule}" + (f' ("{ev.span.text}")' if ev.span else "")
            for ev in entity.evidence
        )
        actors.add_row(
            entity.id,
            entity.name,
            entity.kind,
            entity.country or "?",
            "+".join(entity.sectors),
            entity.subnational or "",
            why or "no evidence (unknown)",
        )
    console.print(actors)
    events = Table(title="Events: rule, trigger, arguments and confidence", show_lines=True)
    for column in ("id", "event", "rule", "why"):
        events.add_column(column, overflow="fold")
    for event in coded.events:
        lines = []
        for ev in event.evidence:
            lines.append(f'sentence {ev.sentence}: trigger "{ev.trigger.text}"')
            if ev.actor:
                lines.append("  actor words: " + ", ".join(f'"{s.text}"' for s in ev.actor))
            if ev.recipient:
                lines.append("  recipient words: " + ", ".join(f'"{s.text}"' for s in ev.recipient))
        if event.date_text:
            lines.append(f'date "{event.date_text}" -> {event.date}')
        elif event.date:
            lines.append(f"date {event.date} (narrative or publication date)")
        if event.location:
            lines.append(f"location {event.location.name} by {event.location.rule}")
        actor = ", ".join(f"{a.name} ({a.country or '?'})" for a in event.actor)
        recipient = ", ".join(f"{r.name} ({r.country or '?'})" for r in event.recipient)
        label = f"{event.type}{'/' + event.mode if event.mode else ''} {event.cameo or ''}"
        if event.aux:
            label += f" [{', '.join(event.aux)}]"
        events.add_row(
            event.id,
            f"{label}\n{actor} -> {recipient or '-'}",
            f"{event.rule}\nconfidence {event.confidence}",
            "\n".join(lines),
        )
    console.print(events)
    for relation in coded.relations:
        console.print(
            f"{relation.id} {relation.type}: {relation.a.name} <-> {relation.b.name} "
            f'by {relation.rule} ("{relation.evidence[0].sentence_span.text.strip()}")'
        )
