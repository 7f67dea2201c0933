"""Golden end-to-end test: the canonical example codes as DESIGN.md section 1 says."""

import datetime as dt

import pytest

pytestmark = pytest.mark.model


def _one(coded, kind):  # type: ignore[no-untyped-def]
    found = [e for e in coded.events if e.type == kind]
    assert found, f"no {kind} event"
    return found


def test_hosted_visit(seed_coded) -> None:  # type: ignore[no-untyped-def]
    (consult,) = _one(seed_coded, "CONSULT")
    assert consult.mode == "visit"
    assert consult.date == dt.date(2023, 4, 26) and consult.date_text == "Wednesday"
    actors = {a.name: a for a in consult.actor}
    assert "Roberto Morales Ojeda" in actors
    assert all(a.country == "CUB" and "PTY" in a.sectors for a in consult.actor)
    (host,) = consult.recipient
    assert host.name == "Chen Jining" and host.country == "CHN"
    assert set(host.sectors) == {"GOV", "PTY"} and host.subnational == "Shanghai"
    assert len(consult.evidence) == 2  # "met with" and "welcomed" are one act
    assert consult.location is not None and consult.location.name == "Shanghai"


def test_support_and_agree_events(seed_coded) -> None:  # type: ignore[no-untyped-def]
    supports = {(e.actor[0].country, e.recipient[0].name) for e in _one(seed_coded, "SUPPORT")}
    assert ("CUB", "Shanghai") in supports and ("CUB", "Communist Party of China") in supports
    agrees = {
        (
            tuple(sorted({a.country for a in e.actor})),
            tuple(sorted({r.country for r in e.recipient})),
        )
        for e in _one(seed_coded, "AGREE")
    }
    assert (("CHN",), ("CUB",)) in agrees and (("CUB",), ("CHN",)) in agrees
    assert "historical" not in {flag for e in seed_coded.events for flag in e.aux}


def test_evidence_spans_point_into_the_text(seed_coded) -> None:  # type: ignore[no-untyped-def]
    text = seed_coded.article.text
    for event in seed_coded.events:
        assert event.rule and 0 < event.confidence <= 1
        for ev in event.evidence:
            for span in [ev.sentence_span, ev.trigger, *ev.actor, *ev.recipient]:
                assert text[span.start : span.end] == span.text


def test_relations(seed_coded) -> None:  # type: ignore[no-untyped-def]
    kinds = {(r.type, r.a.name, r.b.subnational or r.b.name) for r in seed_coded.relations}
    assert ("SISTER_CITY", "Shanghai", "Santiago de Cuba") in kinds
    assert ("PARTNERSHIP", "Shanghai", "La Habana") in kinds


def test_seed_entities(seed_coded) -> None:  # type: ignore[no-untyped-def]
    by_name = {e.name: e for e in seed_coded.entities}
    chen = by_name["Chen Jining"]
    assert (
        chen.country == "CHN"
        and chen.subnational == "Shanghai"
        and "Party Secretary" in chen.titles
    )
    morales = by_name["Roberto Morales Ojeda"]
    assert morales.country == "CUB" and morales.sectors == ["PTY"]
    assert by_name["Communist Party of Cuba"].country == "CUB"
    assert by_name["Xi Jinping"].country == "CHN"
    assert by_name["Diaz-Canel"].country == "CUB"
    mentions = {m.id: m for m in seed_coded.mentions}
    he_first = next(m for m in seed_coded.mentions if m.text == "He" and m.sentence == 2)
    assert he_first.entity == chen.id
    he_last = [m for m in mentions.values() if m.text == "He"][-1]
    assert he_last.entity == morales.id
