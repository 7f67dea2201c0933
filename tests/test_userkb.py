"""The user's knowledge base in DuckDB: round trips, idempotence, merging with packaged data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from readouts.errors import ResourceError
from readouts.knowledge.actors import KBActor, Role
from readouts.knowledge.kb_records import actor_from_record, actor_record, make_role
from readouts.knowledge.phoenix import read_phoenix
from readouts.knowledge.userkb import UserKB, load_kb, resolve_db

from .conftest import FIXTURES

D = dt.date


def _bombadil() -> KBActor:
    return KBActor(
        "user:tom-bombadil",
        "Tom Bombadil",
        "PERSON",
        aliases=("Iarwain Ben-adar", "Old Tom"),
        roles=[
            Role("NZL", ("GOV",), "Master", D(2019, 1, 1), D(2021, 12, 31)),
            Role("ISL", ("ELI",), None, D(2022, 1, 1), None),
        ],
        source="user",
    )


def test_add_and_list_round_trip(tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    with UserKB(db) as kb:
        counts = kb.add(_bombadil())
        assert (counts.actors, counts.aliases, counts.roles) == (1, 2, 2)
    with UserKB(db, read_only=True) as kb:
        [tom] = kb.actors()
        assert len(kb) == 1
    assert tom.name == "Tom Bombadil" and set(tom.aliases) == {"Iarwain Ben-adar", "Old Tom"}
    assert tom.roles == _bombadil().roles
    assert tom.country_at(D(2020, 6, 1)) == "NZL" and tom.country_at(D(2023, 6, 1)) == "ISL"
    assert tom.country_at(D(2010, 6, 1)) is None


def test_adding_again_changes_nothing_and_new_roles_extend(tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    with UserKB(db) as kb:
        kb.add(_bombadil())
        again = kb.add(_bombadil())
        assert (again.actors, again.aliases, again.roles) == (0, 0, 0)
        more = KBActor("user:tom-bombadil", "Tom Bombadil", "PERSON", ("Tom",), [])
        more.roles.append(Role("NZL", ("LEG",), None, D(2015, 1, 1), D(2018, 12, 31)))
        counts = kb.add(more)
        assert (counts.actors, counts.aliases, counts.roles) == (0, 1, 1)
        [tom] = kb.actors()
    assert len(tom.roles) == 3 and tom.sectors_at(D(2016, 1, 1)) == ["LEG"]


def test_query_kind_source_and_limit(tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    with UserKB(db) as kb:
        kb.add(_bombadil())
        kb.add_many(read_phoenix([FIXTURES / "phoenix" / "middle-earth.actors.txt"]).actors)
        assert [a.name for a in kb.actors("old tom")] == ["Tom Bombadil"]  # by alias
        assert [a.name for a in kb.actors("strider")] == ["Aragorn"]
        assert {a.kind for a in kb.actors(kind="GPE")} == {"GPE"}
        assert all(a.source.startswith("phoenix") for a in kb.actors(source="phoenix"))
        assert len(kb.actors(limit=2)) == 2


def test_only_kb_tables_are_created(tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    with UserKB(db) as kb:
        kb.add(_bombadil())
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    tables = {row[0] for row in rows}
    con.close()
    assert tables == {"kb_actors", "kb_aliases", "kb_roles"}


def test_a_store_file_without_kb_tables_reads_as_empty(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE articles (id VARCHAR)")
    con.close()
    with UserKB(db, read_only=True) as kb:
        assert kb.actors() == [] and len(kb) == 0
    assert len(load_kb(db)) == len(load_kb(None))


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match=r"K001.*does not exist"):
        load_kb(tmp_path / "nope.duckdb")


def test_phoenix_import_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    actors = read_phoenix([FIXTURES / "phoenix" / "real-snippet.actors.txt"]).actors
    with UserKB(db) as kb:
        first = kb.add_many(actors)
        second = kb.add_many(actors)
    assert first.actors == 2 and first.roles > 0
    assert (second.actors, second.aliases, second.roles) == (0, 0, 0)
    karzai = load_kb(db).lookup("Karzai")[0]
    assert karzai.id == "phoenix:hamid-karzai"  # the user's entry comes before the packaged one
    assert karzai.sectors_at(D(2008, 1, 1)) == ["GOV"]


def test_load_kb_merges_and_user_wins(tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    packaged = load_kb(None)
    cpc = packaged.lookup("CPC")[0]
    with UserKB(db) as kb:
        kb.add(_bombadil())
        # the same id as a packaged actor: the user's roles replace its roles
        kb.add(KBActor(cpc.id, cpc.name, "ORG", ("Chinese Communists",), [Role("HKG", ("PTY",))]))
        # another actor with a packaged name: found first
        kb.add(KBActor("user:pcc", "PCC", "ORG", (), [Role("PER", ("PTY",))]))
    merged = load_kb(db)
    assert len(merged) == len(packaged) + 2
    assert merged.lookup("Old Tom")[0].id == "user:tom-bombadil"
    mine = merged.lookup("Chinese Communists")[0]
    assert mine.id == cpc.id and mine.country_at(None) == "HKG"
    assert "CPC" in mine.aliases  # packaged aliases kept
    assert merged.lookup("PCC")[0].id == "user:pcc"
    assert load_kb(None).lookup("CPC")[0].country_at(None) == "CHN"  # packaged data untouched


def test_records_round_trip_and_validation() -> None:
    record = actor_record(_bombadil())
    assert actor_from_record(record).roles == _bombadil().roles
    assert actor_from_record({"name": "Goldberry"}).id == "user:goldberry"
    for bad, message in (
        ({"kind": "PERSON"}, "no name"),
        ({"name": "X", "kind": "ELF"}, "kind"),
        ({"name": "X", "roles": [{"country": "GON"}]}, "country"),
        ({"name": "X", "roles": [{"sectors": ["GOVT"]}]}, "three letters"),
        ({"name": "X", "roles": [{"start": "2020-13-01"}]}, "not a date"),
        ({"name": "X", "roles": [{"start": "2020-01-02", "end": "2020-01-01"}]}, "before"),
    ):
        with pytest.raises(ValueError, match=message):
            actor_from_record(bad)


def test_make_role_accepts_pseudo_codes_and_normalizes() -> None:
    role = make_role("igo", ["gov", " mil "], None, "2020-01-01", None)
    assert role == Role("IGO", ("GOV", "MIL"), None, D(2020, 1, 1), None)


def test_db_path_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUTS_DB", "/tmp/elsewhere.duckdb")
    assert resolve_db(None) == Path("/tmp/elsewhere.duckdb")
    assert resolve_db("mine.duckdb") == Path("mine.duckdb")
    monkeypatch.delenv("READOUTS_DB")
    assert resolve_db(None) == Path("readouts.duckdb")
