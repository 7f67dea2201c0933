"""The DuckDB store: migrations, idempotent writes, clusters, queries, exports (no model)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from readouts.errors import StoreError
from readouts.model import CoderInfo, Failure
from readouts.store import TABLES, EventFilters, Store
from readouts.store.exports import FLAT_COLUMNS, GDELT_COLUMNS
from readouts.store.migrate import migrations

from .storefixtures import coded


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "t.duckdb")


def _articles() -> list:  # type: ignore[type-arg]
    return [
        coded(
            "a1",
            "Aragorn visited Denethor in Minas Tirith.",
            "2023-03-01",
            [("CONSULT", "E1", "E2", "Minas Tirith"), ("SUPPORT", "E3", "E1", None)],
        ),
        coded(
            "a2",
            "Aragorn met Denethor, the steward, in the city.",
            "2023-03-02",
            [("CONSULT", "E2", "E1", None)],
            relations=True,
        ),
        coded(
            "a3",
            "Aragorn went to see Denethor at Osgiliath.",
            "2023-03-02",
            [("CONSULT", "E1", "E2", "Osgiliath")],
        ),
        coded(
            "a4",
            "A week later Aragorn met Denethor again.",
            "2023-03-09",
            [("CONSULT", "E1", "E2", None), ("ACCUSE", "E3", "E2", None)],
        ),
    ]


def test_migrations_are_named_recorded_and_tolerate_other_tables(tmp_path: Path) -> None:
    path = tmp_path / "m.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    names = [
        r[0] for r in con.execute("SELECT name FROM schema_migrations ORDER BY name").fetchall()
    ]
    assert names == [m.name for m in migrations()] and names[0] == "0001_initial"
    con.execute("CREATE TABLE kb_actors (id VARCHAR)")
    con.close()
    Store(path).close()  # reopening applies nothing and leaves kb_ tables alone
    con = duckdb.connect(str(path))
    assert con.execute("SELECT count(*) FROM kb_actors").fetchone() == (0,)
    con.execute("INSERT INTO schema_migrations VALUES ('9999_future', 'x', now())")
    con.close()
    with pytest.raises(StoreError, match="newer readouts"):
        Store(path)


def test_arrow_schema_matches_the_database(store: Store) -> None:
    for table, schema in TABLES.items():
        columns = [r[0] for r in store.con.execute(f"DESCRIBE {table}").fetchall()]
        assert set(schema.names) <= set(columns), table
        assert set(columns) - set(schema.names) <= {"run_id", "cluster_id", "cluster_num"}, table


def test_write_is_idempotent_by_id_and_text(store: Store) -> None:
    first = store.write(_articles())
    assert first.stored == 4 and first.events == 6
    again = store.write(_articles())
    assert again.stored == 0 and again.unchanged == 4
    same_text = coded("other-id", _articles()[0].article.text, "2023-03-01", [])
    dup = store.write([same_text])
    assert dup.stored == 0 and dup.duplicates == 1
    stats = store.stats()
    assert stats["articles"] == 4 and stats["events"] == 6 and stats["relations"] == 1


def test_new_coder_version_replaces_the_coding(store: Store) -> None:
    store.write(_articles())
    newer = CoderInfo(version="test-2", model="none", model_version="0")
    article = coded(
        "a1", _articles()[0].article.text, "2023-03-01", [("AGREE", "E1", "E3", None)], coder=newer
    )
    result = store.write([article])
    assert result.stored == 1 and result.replaced == 1
    rows = store.con.execute("SELECT type FROM events WHERE article_id = 'a1'").fetchall()
    assert rows == [("AGREE",)]


def test_failures_are_recorded_once(store: Store) -> None:
    bad = Failure(input="x.txt", stage="read", code="binary", message="input looks binary")
    assert store.write([], [bad, bad]).failures_new == 1
    assert store.write([], [bad]).failures_new == 0
    assert [f["code"] for f in store.failures()] == ["binary"]


def test_clusters_group_reports_of_one_event(store: Store) -> None:
    store.write(_articles())
    page = store.query_events(EventFilters(type="CONSULT"), clustered=True)
    by_articles = sorted((r["n_articles"], r["location"] or "") for r in page.rows)
    # a1 (Minas Tirith) and a2 (no place, direction swapped) are one visit; a3 is at another
    # place; a4 is a week later
    assert by_articles == [(1, ""), (1, "Osgiliath"), (2, "Minas Tirith")]
    assert store.query_events(EventFilters(type="CONSULT")).total == 4


def test_clusters_do_not_depend_on_write_order(tmp_path: Path) -> None:
    one, two = Store(tmp_path / "1.duckdb"), Store(tmp_path / "2.duckdb")
    one.write(_articles())
    for article in reversed(_articles()):
        two.write([article])
    sql = "SELECT event_uid, cluster_id FROM events ORDER BY event_uid"
    assert one.con.execute(sql).fetchall() == two.con.execute(sql).fetchall()
    sql = "SELECT * FROM event_clusters ORDER BY cluster_id"
    assert one.con.execute(sql).fetchall() == two.con.execute(sql).fetchall()


def test_event_filters(store: Store) -> None:
    store.write(_articles())

    def total(**kw: object) -> int:
        return store.query_events(EventFilters.model_validate(kw)).total

    assert total() == 6
    assert total(country="GDR") == 5
    assert total(country="gdr", role="recipient") == 4
    assert total(sector="MIL", role="actor") == 1
    assert total(actor="aragorn") == 5
    assert total(subnational="minas") == 5
    assert total(type="ACCUSE") == 1
    assert total(mode="visit") == 4
    assert total(date_from="2023-03-02", date_to="2023-03-02") == 2
    assert total(text="osgiliath") == 1
    assert total(text="50%_off'; DROP TABLE events; --") == 0
    assert store.stats()["events"] == 6
    page = store.query_events(EventFilters(), limit=2, offset=2)
    assert page.total == 6 and len(page.rows) == 2
    newest = store.query_events(EventFilters(), limit=1).rows[0]
    assert newest["day"].isoformat() == "2023-03-09"


def test_actors_counterparts_roles_relations(store: Store) -> None:
    store.write(_articles())
    top = store.actors()
    assert top[0]["name"] == "Aragorn Elessar" and top[0]["events"] == 5
    partners = store.counterparts("Denethor")
    assert {p["counterpart"] for p in partners} == {"Aragorn Elessar", "Theoden"}
    roles = store.roles("Theoden")
    assert {r["title"] for r in roles} == {"King", "Lord of the Mark"}
    ties = store.relations(type="sister_city")
    assert len(ties) == 1 and ties[0]["a"] == "Aragorn Elessar"


def test_exports(store: Store, tmp_path: Path) -> None:
    articles = _articles()
    store.write(articles)
    assert store.export(tmp_path / "e.csv", "csv") == 6
    with (tmp_path / "e.csv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0]) == [name for name, _ in FLAT_COLUMNS]
    visit = next(r for r in rows if r["event_id"] == "a1#V1")
    assert visit["actor_name"] == "Aragorn Elessar" and visit["recipient_sectors"] == "GOV+MIL"
    assert visit["placename"] == "Minas Tirith" and visit["cluster_articles"] == "2"
    assert store.export(tmp_path / "e.parquet", "parquet", EventFilters(type="CONSULT")) == 4
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 4
    clusters = store.export(tmp_path / "g.tsv", "gdelt")
    lines = (tmp_path / "g.tsv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == clusters == 5
    assert all(len(line.split("\t")) == len(GDELT_COLUMNS) for line in lines)
    assert store.export(tmp_path / "a.jsonl", "jsonl") == 4
    back = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text().splitlines()]
    assert back[0] == json.loads(articles[0].model_dump_json())


def test_load_parquet_round_trip(store: Store, tmp_path: Path) -> None:
    from readouts.store import Batch
    from readouts.store.rows import coder_key

    batch = Batch()
    for article in _articles():
        batch.add(article, "origin", coder_key(article.coder))
    folder = tmp_path / "parquet"
    folder.mkdir()
    for name in TABLES:
        pq.write_table(batch.arrow(name), folder / f"{name}.parquet")
    result = store.load_parquet(folder)
    assert result.stored == 4 and store.load_parquet(folder).stored == 0
    reference = Store(tmp_path / "ref.duckdb")
    reference.write(_articles())
    sql = "SELECT event_uid, cluster_id, type FROM events ORDER BY event_uid"
    assert store.con.execute(sql).fetchall() == reference.con.execute(sql).fetchall()


def test_read_only_store_must_exist(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="ingest articles first"):
        Store(tmp_path / "missing.duckdb", read_only=True)
