"""Store queries behind the web pages: actor ids and profiles, network, locations, sorting,
event and article lookup (fictional actors, no language model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readouts.store import EventFilters, Store
from readouts.store.profiles import actor_id, parse_actor_id

from .webfixtures import make_store


@pytest.fixture()
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Store(make_store(tmp_path / "web.duckdb")) as opened:
        yield opened


def test_actor_ids_round_trip() -> None:
    assert actor_id("chen jining", "CHN") == "CHN:chen jining"
    assert parse_actor_id("CHN:chen jining") == ("chen jining", "CHN")
    assert parse_actor_id("-:kb:org:un") == ("kb:org:un", None)
    assert parse_actor_id("nocolon") is None
    assert parse_actor_id(":x") is None


def test_actor_list_has_ids(store: Store) -> None:
    rows = store.actor_list()
    ids = {row["id"] for row in rows}
    assert {"ARN:aragorn elessar", "GDR:denethor", "ROH:theoden"} <= ids
    assert store.actor_list(EventFilters(country="ROH"))[0]["id"] == "ROH:theoden"


def test_actor_profile(store: Store) -> None:
    found = store.actor_profile("ARN:aragorn elessar")
    assert found is not None
    assert found["name"] == "Aragorn Elessar"
    assert found["country"] == "ARN"
    assert [role["title"] for role in found["roles"]] == ["King"]
    assert str(found["roles"][0]["first_seen"]) == "2023-04-01"
    counterparts = {c["id"]: c for c in found["counterparts"]}
    assert counterparts["GDR:denethor"]["events"] == 2
    assert counterparts["ROH:theoden"]["cooperation"] == 1
    days = [str(t["day"]) for t in found["timeline"]]
    assert days == sorted(days) and len(days) == 3
    assert store.actor_profile("ARN:nobody") is None
    assert store.actor_profile("garbage") is None


def test_network_edges_split_cooperation_and_conflict(store: Store) -> None:
    net = store.network()
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    accuse = edges[("ROH:theoden", "GDR:denethor")]
    assert accuse["conflict"] == 1 and accuse["cooperation"] == 0
    assert edges[("ARN:aragorn elessar", "GDR:denethor")]["weight"] == 2
    nodes = {n["id"]: n for n in net["nodes"]}
    assert nodes["GDR:denethor"]["weight"] == 4  # two from Aragorn, the accusation, the envoy
    dated = store.network(EventFilters(date_from="2023-05-01", date_to="2023-05-31"))  # type: ignore[arg-type]
    assert [(e["source"], e["target"]) for e in dated["edges"]] == [("ROH:theoden", "GDR:denethor")]


def test_locations(store: Store) -> None:
    found = store.locations()
    assert found["places"][0]["name"] == "Minas Tirith"
    assert found["places"][0]["lat"] == pytest.approx(44.5)
    assert found["countries"] == {"GDR": 1}
    assert found["unplaced"] == 4


def test_sorted_event_pages(store: Store) -> None:
    by_actor = store.query_events(sort="actor").rows
    assert [r["actor"] for r in by_actor] == sorted(r["actor"] for r in by_actor)
    oldest = store.query_events(sort="day").rows[0]
    assert str(oldest["day"]) == "2023-04-01"
    with pytest.raises(ValueError, match="cannot sort"):
        store.query_events(sort="rowid; DROP TABLE events")
    clusters = store.query_events(clustered=True, sort="-articles").rows
    assert clusters


def test_event_and_article_lookup(store: Store) -> None:
    found = store.event("a1#V1")
    assert found is not None
    coded, event = found
    assert coded.article.id == "a1" and event.type == "CONSULT"
    assert store.event("a1#V9") is None and store.event("nope") is None
    cluster = store.event_cluster("a1#V1")
    assert cluster is not None and cluster["n_articles"] == 1
    assert store.article("a2") is not None and store.article("zz") is None
