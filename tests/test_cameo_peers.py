"""CAMEO peer comparison: tuple expansion, peer loading and the one scorer for all systems."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readouts.errors import UsageError
from readouts.evaluation.cameo_peers import (
    at,
    compare,
    country_of,
    event_codings,
    find_peers,
    gold_codings,
    load_peer,
    peer_codings,
)
from readouts.evaluation.gold import GoldActor, GoldArticle, GoldEvent
from readouts.model import Article, CodedArticle, CoderInfo, EntityRef, Event


def _event(
    cameo: str | None,
    actor: list[str | None],
    recipient: list[str | None],
    aux: tuple[str, ...] = (),
) -> Event:
    def refs(codes: list[str | None]) -> list[EntityRef]:
        return [EntityRef(id=f"E{i}", name=str(c), country=c) for i, c in enumerate(codes)]

    return Event(
        id="V1",
        type="CONSULT",
        cameo=cameo,
        aux=list(aux),  # type: ignore[arg-type]
        actor=refs(actor),
        recipient=refs(recipient),
        confidence=0.5,
        rule="t",
    )


def _coded(events: list[Event], id: str = "r1") -> CodedArticle:
    return CodedArticle(
        article=Article(id=id, text="x", text_sha256="0"),
        events=events,
        coder=CoderInfo(version="t", model="m", model_version="0"),
    )


def _gold(id: str, events: list[tuple[str, str, str]]) -> GoldArticle:
    return GoldArticle(
        id=id,
        text="x",
        events=[
            GoldEvent(
                type="CAMEO",
                cameo=code,
                actor=[GoldActor(name=source, country=source)],
                recipient=[GoldActor(name=target, country=target)],
            )
            for source, target, code in events
        ],
    )


def test_country_of_phoenix_codes() -> None:
    assert country_of("USAGOV") == "USA"
    assert country_of("JAPGOV") == "JPN"
    assert country_of("IGOUNOMIL") == "IGO"
    assert country_of("---REB") == "---" and country_of(None) == "---"


def test_event_expansion() -> None:
    assert event_codings(_event("040", ["USA"], ["CHN"])) == {("040", "USA", "CHN")}
    # a visit gives its linked "host a visit" the other way round
    assert event_codings(_event("042", ["USA"], ["CHN"])) == {
        ("042", "USA", "CHN"),
        ("043", "CHN", "USA"),
    }
    assert event_codings(_event("042", ["USA"], [])) == {("042", "USA", "---")}
    # coordinated actors and recipients: every pair
    assert event_codings(_event("111", ["USA", "GBR"], ["CHN"])) == {
        ("111", "USA", "CHN"),
        ("111", "GBR", "CHN"),
    }
    # a meeting nobody hosts: both directions, as CAMEO codes it
    assert event_codings(_event("040", ["BRA", "USA"], [])) == {
        ("040", "BRA", "USA"),
        ("040", "USA", "BRA"),
    }
    # one actor and no recipient, or an actor without a country: ---
    assert event_codings(_event("060", ["USA"], [])) == {("060", "USA", "---")}
    assert event_codings(_event("190", [None], ["SYR"])) == {("190", "---", "SYR")}
    # no CAMEO code, negated or hypothetical: nothing
    assert event_codings(_event(None, ["USA"], ["CHN"])) == set()
    assert event_codings(_event("042", ["USA"], ["CHN"], aux=("negated",))) == set()
    # background acts ("jailed a year ago") are not the reported event
    assert event_codings(_event("173", ["ISR"], ["PSE"], aux=("historical",))) == set()
    assert event_codings(_event("042", ["USA"], ["CHN"], aux=("future",))) != set()


def test_root_granularity() -> None:
    codings = {("0841", "ISR", "PSE"), ("084", "ISR", "PSE"), ("1123", "USA", "RUS")}
    assert at(codings, "root") == {("08", "ISR", "PSE"), ("11", "USA", "RUS")}
    assert at(codings, "full") == codings


def test_gold_and_peer_codings_read_the_same_way() -> None:
    gold = _gold("r1", [("USAGOV", "CHN", "042"), ("---REB", "SYR", "190")])
    assert gold_codings(gold) == {("042", "USA", "CHN"), ("190", "---", "SYR")}
    peer = [{"source": "USAGOV", "target": "CHN", "cameo": "042"}]
    assert peer_codings(peer) == {("042", "USA", "CHN")}


def test_one_scorer_for_all_systems() -> None:
    golds = [
        _gold("r1", [("USA", "CHN", "042"), ("BRA", "USA", "031")]),
        _gold("r2", [("ISR", "PSEGOV", "190")]),
    ]
    ours = [
        _coded([_event("043", ["USA"], ["CHN"]), _event("031", ["BRA"], ["USA"])], "r1"),
        _coded([_event("190", ["PSE"], ["ISR"])], "r2"),  # direction wrong
    ]
    peer = {"r1": {("042", "USA", "CHN")}, "r2": None}  # r2 not parsed
    [mine, other] = compare(list(zip(golds, ours, strict=True)), {"peer": peer})
    assert mine.name == "readouts" and other.name == "peer"
    root, full = mine.scores["root"], mine.scores["full"]
    assert (root.tp, root.fp, root.fn) == (2, 1, 1)
    assert (full.tp, full.fp, full.fn) == (1, 2, 2)
    assert full.precision == pytest.approx(1 / 3) and full.recall == pytest.approx(1 / 3)
    p = other.scores["full"]
    assert (p.tp, p.fp, p.fn) == (1, 0, 2)  # the record it did not parse counts as missed
    assert other.coded == 1 and mine.coded == 2


def test_failed_article_has_no_predictions() -> None:
    [mine] = compare([(_gold("r1", [("USA", "CHN", "042")]), None)], {})
    assert mine.scores["full"].fn == 1 and mine.coded == 0


def test_load_peer_statuses(tmp_path: Path) -> None:
    path = tmp_path / "petrarch2_pred_gsr.jsonl"
    event = {"source": "USA", "target": "CHN", "cameo": "042"}
    rows = [
        {"id": "a", "status": "ok", "predicted_events": [event]},
        {"id": "b", "status": "noparse", "predicted_events": []},
        {"id": "c", "status": "crash:KeyError", "predicted_events": []},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    peer = load_peer(path, "predicted_events")
    assert peer == {"a": {("042", "USA", "CHN")}, "b": None, "c": None}
    gold = tmp_path / "gsr_records.jsonl"
    gold.write_text("", encoding="utf-8")
    assert list(find_peers(gold)) == ["PETRARCH-2"]  # UniversalPetrarch's file is not there
    path.write_text('{"id": "a", "status": "ok"}\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"petrarch2_pred_gsr.jsonl:1"):
        load_peer(path, "predicted_events")
