"""A small store for the web tests (fictional actors, one hostile article) and a coder that
validates input like the real pipeline but needs no language model."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from readouts.articles import make_article
from readouts.model import Article, CodedArticle, Entity, EntityRef, Event, Evidence, Location, Span
from readouts.store import Store

from .storefixtures import coded

EVIL = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
EVIL_TEXT = f"The envoy {EVIL} met Denethor in Minas Tirith to praise the alliance."


def gondor_articles() -> list[CodedArticle]:
    """Three articles: visits, praise and an accusation among Arnor, Gondor and Rohan."""
    first = coded(
        "a1",
        "Aragorn visited Denethor in Minas Tirith.",
        "2023-04-01",
        [("CONSULT", "E1", "E2", "Minas Tirith"), ("SUPPORT", "E1", "E2", None)],
        relations=True,
    )
    placed = first.events[0].model_copy(
        update={"location": Location(name="Minas Tirith", country="GDR", lat=44.5, lon=18.25)}
    )
    first = first.model_copy(update={"events": [placed, first.events[1]]})
    second = coded(
        "a2",
        "Theoden accused Denethor of neglect.",
        "2023-05-02",
        [("ACCUSE", "E3", "E2", None)],
    )
    third = coded(
        "a3", "Aragorn thanked Theoden.", "2023-06-03", [("SUPPORT", "E1", "E3", "Edoras")]
    )
    for item in (second, third):
        for event in item.events:
            event.quad_class = 3 if event.type == "ACCUSE" else 1
    return [first, second, third]


def evil_article() -> CodedArticle:
    """An article whose text and actor name carry markup that must never run."""
    envoy = Entity(id="E1", name=f"Envoy {EVIL}", kind="PERSON", country="ARN", sectors=["GOV"])
    host = Entity(id="E2", name="Denethor", kind="PERSON", country="GDR", sectors=["GOV"])
    start = EVIL_TEXT.index("met")
    sentence = Span(start=0, end=len(EVIL_TEXT), text=EVIL_TEXT)
    event = Event(
        id="V1",
        type="CONSULT",
        mode="visit",
        actor=[EntityRef.of(envoy)],
        recipient=[EntityRef.of(host)],
        date=dt.date(2023, 7, 1),
        confidence=0.7,
        quad_class=1,
        rule="test",
        evidence=[
            Evidence(
                sentence=0,
                sentence_span=sentence,
                trigger=Span(start=start, end=start + 3, text="met"),
            )
        ],
    )
    base = gondor_articles()[0]
    return base.model_copy(
        update={
            "article": Article(
                id="evil",
                text=EVIL_TEXT,
                title=f"Title {EVIL}",
                published=dt.date(2023, 7, 1),
                source="Mordor Gazette",
                url="javascript:alert(1)",
                text_sha256=Article.digest(EVIL_TEXT),
            ),
            "entities": [envoy, host],
            "events": [event],
            "relations": [],
        }
    )


def make_store(path: Path, extra: list[CodedArticle] | None = None) -> Path:
    with Store(path) as store:
        store.write([*gondor_articles(), evil_article()])
        for item in extra or []:  # another coder version: its own batch
            store.write([item])
    return path


class FakeCoder:
    """Validates like the pipeline (real input errors), then returns a fixed coding."""

    def __init__(self) -> None:
        self.calls = 0

    def code(
        self,
        text: str | Article,
        *,
        id: str | None = None,
        title: str | None = None,
        url: str | None = None,
        published: str | dt.date | None = None,
        source: str | None = None,
    ) -> CodedArticle:
        self.calls += 1
        article = (
            text
            if isinstance(text, Article)
            else make_article(
                text,
                id=id,
                title=title,
                url=url,
                published=published,
                source=source,
                check_language=True,
            )
        )
        template = gondor_articles()[2]
        return template.model_copy(update={"article": article})
