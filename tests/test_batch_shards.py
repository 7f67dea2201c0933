"""Planning and reading batch shards (no model, no Ray): a sharded reading of any inputs gives
exactly the articles and failures of ``readouts ingest``'s reading, in the same order."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from readouts.batch import plan
from readouts.batch.reading import read_shard
from readouts.batch.shards import expand
from readouts.inputs import Loaded, ReadOptions, read_paths
from readouts.model import Failure

TEXTS = [
    "The foreign minister of Gondor met the ambassador of Rohan in the capital on Monday.",
    "The king of Arnor visited the port and spoke with the harbour master about the trade.",
    "Officials of the two kingdoms agreed to meet again in the spring to discuss the border.",
    "The council of the city welcomed the delegation and praised the work of the envoys.",
    "The steward of Gondor thanked the riders of Rohan for their aid during the long siege.",
    "The ministers signed an agreement on the new road that links the two capitals.",
]


def _line(index: int, **extra: object) -> str:
    return json.dumps({"id": f"a{index}", "text": TEXTS[index % len(TEXTS)], **extra})


def _inputs(root: Path) -> list[str]:
    plain = root / "a.jsonl"
    plain.write_bytes(
        "\n".join(
            [
                _line(0, published="2022-03-01"),
                "",
                "{broken",
                json.dumps({"id": "no-text"}),
                _line(1),
                _line(2, published="not a date"),
                _line(0),  # the same id again
            ]
        ).encode("utf-8")
        + b"\n"
        + b'{"id": "latin", "text": "caf\xe9"}\n'
        + _line(3).encode("utf-8")
    )
    packed = root / "b.jsonl.gz"
    packed.write_bytes(gzip.compress("".join(_line(i) + "\n" for i in range(4, 9)).encode()))
    broken = root / "c.jsonl.gz"
    broken.write_bytes(gzip.compress("".join(_line(i) + "\n" for i in range(9, 40)).encode())[:-30])
    (root / "d.jsonl").write_bytes(b"\x00\x01binary" * 50)
    (root / "e.csv").write_text(
        f'id,text\nc1,"{TEXTS[4]}"\nc2,"{TEXTS[5]}",extra\nc3,"{TEXTS[1]}"\n', encoding="utf-8"
    )
    (root / "f.txt").write_text(TEXTS[3], encoding="utf-8")
    (root / "g.jsonl").write_text("", encoding="utf-8")
    return [
        str(root / "a.jsonl"),
        str(root / "*.gz"),
        str(root / "d.jsonl"),
        str(root / "e.csv"),
        str(root / "f.txt"),
        str(root / "g.jsonl"),
        str(root / "missing.jsonl"),
    ]


def _sharded(inputs: list[str], size: int) -> list[Loaded | Failure]:
    options = ReadOptions()
    return [item for shard in plan(inputs, options, size) for item in read_shard(shard, options)]


@pytest.mark.parametrize("size", [1, 2, 3, 250])
def test_sharded_reading_equals_ingest_reading(tmp_path: Path, size: int) -> None:
    inputs = _inputs(tmp_path)
    expected = list(read_paths(expand(inputs), ReadOptions()))
    assert _sharded(inputs, size) == expected
    codes = {item.code for item in expected if isinstance(item, Failure)}
    assert {"malformed_line", "missing_text", "bad_date", "invalid_encoding", "unreadable"} <= codes
    assert "binary" in codes


def test_jsonl_is_split_into_line_ranges(tmp_path: Path) -> None:
    corpus = tmp_path / "big.jsonl"
    corpus.write_text("".join(_line(i) + "\n" for i in range(10)), encoding="utf-8")
    shards = plan([str(corpus)], ReadOptions(), 4)
    assert [(s.index, s.size) for s in shards] == [(0, 4), (1, 4), (2, 2)]
    part = shards[1].parts[0]
    assert (part.kind, part.first, part.count) == ("lines", 5, 4)
    first = next(read_shard(shards[1], ReadOptions()))
    assert isinstance(first, Loaded) and first.origin == f"{corpus}:5"
    assert first.article.id == "a4"


def test_small_files_share_a_shard_and_globs_expand_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.txt"):
        (tmp_path / name).write_text(TEXTS[0], encoding="utf-8")
    assert list(expand([str(tmp_path / "*.txt")])) == [
        str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")
    ]
    assert list(expand([str(tmp_path / "*.none")])) == [str(tmp_path / "*.none")]
    shards = plan([str(tmp_path)], ReadOptions(), 2)
    assert [len(s.parts) for s in shards] == [2, 1]


def test_parquet_rows_become_articles_or_failures(tmp_path: Path) -> None:
    path = tmp_path / "corpus.parquet"
    table = pa.table(
        {
            "id": ["p1", "p2", "p3", "p4", "p5"],
            "body": [TEXTS[0], None, TEXTS[1], "   ", TEXTS[2]],
            "published": pa.array([None, None, 19000, None, 19001], pa.date32()),
            "source": ["Minas Tirith Herald"] * 5,
        }
    )
    pq.write_table(table, path, row_group_size=3)
    options = ReadOptions(text_column="body")
    shards = plan([str(path)], options, 2)
    assert [(p.row_group, p.row_in_group, p.count) for s in shards for p in s.parts] == [
        (0, 0, 2),
        (0, 2, 1),
        (1, 0, 2),
    ]
    items = [item for shard in shards for item in read_shard(shard, options)]
    assert [type(i).__name__ for i in items] == ["Loaded", "Failure", "Loaded", "Failure", "Loaded"]
    third = items[2]
    assert isinstance(third, Loaded) and third.origin == f"{path}#3"
    assert (
        str(third.article.published) == "2022-01-08"
        and third.article.source == "Minas Tirith Herald"
    )
    assert isinstance(items[1], Failure) and (items[1].code, items[1].article_id) == (
        "missing_text",
        "p2",
    )
    assert isinstance(items[3], Failure) and items[3].code == "empty"

    nameless = plan([str(path)], ReadOptions(), 2)
    (failure,) = [i for s in nameless for i in read_shard(s, ReadOptions())]
    assert isinstance(failure, Failure) and failure.code == "missing_text"
    assert "--text-column" in failure.message
    fake = tmp_path / "fake.parquet"
    fake.write_bytes(b"not parquet at all")
    (broken,) = [i for s in plan([str(fake)], options) for i in read_shard(s, options)]
    assert isinstance(broken, Failure) and broken.code == "unreadable"
