"""Hand-made coded articles for store tests (fictional actors, no language model)."""

from __future__ import annotations

import datetime as dt

from readouts.model import (
    Article,
    CodedArticle,
    CoderInfo,
    Entity,
    EntityRef,
    Event,
    Evidence,
    Location,
    Relation,
    Span,
)

CODER = CoderInfo(version="test", model="none", model_version="0")


def entity(
    eid: str, name: str, country: str, sectors: tuple[str, ...] = ("GOV",), **kw: object
) -> Entity:
    return Entity(id=eid, name=name, kind="PERSON", country=country, sectors=list(sectors), **kw)  # type: ignore[arg-type]


def coded(
    article_id: str,
    text: str,
    published: str,
    events: list[tuple[str, str, str, str | None]],
    *,
    coder: CoderInfo = CODER,
    relations: bool = False,
) -> CodedArticle:
    """An article whose events are (type, actor entity id, recipient entity id, place)."""
    people = {
        "E1": entity("E1", "Aragorn Elessar", "ARN", titles=["King"]),
        "E2": entity("E2", "Denethor", "GDR", ("GOV", "MIL"), subnational="Minas Tirith"),
        "E3": entity("E3", "Theoden", "ROH", titles=["King", "Lord of the Mark"]),
    }
    sentence = Span(start=0, end=len(text), text=text)
    made = []
    for number, (etype, actor, recipient, place) in enumerate(events, start=1):
        made.append(
            Event(
                id=f"V{number}",
                type=etype,  # type: ignore[arg-type]
                mode="visit" if etype == "CONSULT" else None,
                actor=[EntityRef.of(people[actor])],
                recipient=[EntityRef.of(people[recipient])],
                date=dt.date.fromisoformat(published),
                location=Location(name=place) if place else None,
                confidence=0.8,
                rule="test",
                cameo="042",
                quad_class=1,
                topics=["trade"],
                evidence=[
                    Evidence(
                        sentence=0,
                        sentence_span=sentence,
                        trigger=Span(start=0, end=1, text=text[0]),
                    )
                ],
            )
        )
    ties = []
    if relations:
        ties.append(
            Relation(
                id="R1",
                type="SISTER_CITY",
                a=EntityRef.of(people["E1"]),
                b=EntityRef.of(people["E2"]),
                confidence=0.9,
                rule="test",
            )
        )
    return CodedArticle(
        article=Article(
            id=article_id,
            text=text,
            published=dt.date.fromisoformat(published),
            source="Palantir Wire",
            url=f"https://example.org/{article_id}",
            title=f"Title {article_id}",
            text_sha256=Article.digest(text),
        ),
        entities=list(people.values()),
        events=made,
        relations=ties,
        coder=coder,
    )
