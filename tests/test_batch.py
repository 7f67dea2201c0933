"""readouts batch on a real local Ray cluster (small model, two workers).

Acceptance (issue 7): a Ray job over a few hundred articles, good and bad, loaded into a store,
gives the store of a single-process ``readouts ingest`` of the same inputs: the same articles,
entities, events, clusters and failures. A reload adds nothing. A task whose worker dies is
retried without duplicating output, and a shard that kills every worker it meets becomes
failure rows while the job goes on.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from readouts.batch import BatchMismatchError, load_batch, read_manifest, run_batch
from readouts.errors import UsageError
from readouts.settings import Settings
from readouts.store import Store

from . import batchfaults
from .conftest import SHARED
from .test_ingest import FRENCH, KENYA, _contents

pytestmark = [pytest.mark.model, pytest.mark.slow]

CORPUS = SHARED / "corpora" / "state-dept-press-2021-2022.jsonl.gz"
ENV = {**os.environ, "READOUTS_MODEL": "sm", "RAY_USAGE_STATS_ENABLED": "0"}
TABLES = ("articles", "entities", "mentions", "events", "event_participants", "relations")

needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpora is not present")


def readouts(*args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readouts", *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=timeout,
    )


def _shortest(count: int) -> list[dict[str, Any]]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as source:
        records = [json.loads(line) for line in source]
    records.sort(key=lambda r: (len(r["text"]), r["id"]))
    return records[:count]


def _mixed_inputs(root: Path) -> list[str]:
    """Three hundred short press releases in two files, with bad lines and bad files."""
    records = _shortest(300)
    first = [json.dumps(r) for r in records[:170]]
    first[20:20] = ["{broken", json.dumps({"id": "no-text", "title": "t"})]
    first[60:60] = [json.dumps({"id": "fr", "text": FRENCH})]
    first[90:90] = [json.dumps({**records[3], "published": "the 45th of Smarch"})]
    first.append(json.dumps(records[10]))  # the same article again: skipped
    first.append(json.dumps({**records[11], "id": "copy-of-11"}))  # the same text: duplicate
    (root / "part1.jsonl").write_text("\n".join(first) + "\n", encoding="utf-8")
    second = [json.dumps(r) for r in records[170:]]
    second[5:5] = ['{"id": "latin", "text": "caf\\u00e9"', json.dumps({"id": 7, "text": KENYA})]
    second.append(json.dumps({**records[100], "title": "repeated id, another shard"}))
    (root / "part2.jsonl.gz").write_bytes(gzip.compress(("\n".join(second) + "\n").encode()))
    (root / "table.csv").write_text(f'id,text\nc1,"{KENYA}"\nc2,"short",extra\n', encoding="utf-8")
    broken = gzip.compress(("\n".join(json.dumps(r) for r in records[:5]) + "\n").encode())
    (root / "broken.jsonl.gz").write_bytes(broken[:-12])
    (root / "blob.jsonl").write_bytes(bytes(range(256)) * 4)
    return [
        str(root / "part1.jsonl"),
        str(root / "part*.gz"),
        str(root / "table.csv"),
        str(root / "broken.jsonl.gz"),
        str(root / "blob.jsonl"),
        str(root / "missing.jsonl"),
    ]


def _json(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    data: list[dict[str, Any]] = json.loads(result.stdout)
    return data[0]


@needs_corpus
def test_ray_job_loads_the_store_of_a_single_process_ingest(tmp_path: Path) -> None:
    inputs = _mixed_inputs(tmp_path)
    out = tmp_path / "out"
    run = readouts(
        "batch", "run", *inputs, "--out", str(out), "--workers", "2", "--shard-size", "40",
        "-f", "json",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    manifest = read_manifest(out)
    assert manifest.cluster["workers"] == 2 and manifest.cluster["address"] == "local"
    assert manifest.settings["model"] == "sm" and manifest.options["shard_size"] == 40
    assert manifest.coder is not None and manifest.coder.model.startswith("en_core_web_sm")
    assert len(manifest.shards) >= 8 and not any(s.error for s in manifest.shards)
    assert {w.worker for w in manifest.workers} and all(
        w.max_rss_mb > 100 for w in manifest.workers
    )
    for table in (*TABLES, "failures", "inputs"):
        files = sorted(p.name for p in (out / table).iterdir())
        assert files == [s.name + ".parquet" for s in manifest.shards]

    batch_db, ingest_db = str(tmp_path / "batch.duckdb"), str(tmp_path / "ingest.duckdb")
    loaded = readouts("batch", "load", str(out), "--db", batch_db, "-f", "json")
    assert loaded.returncode == 1, loaded.stderr  # some inputs failed, as with ingest
    single = readouts("ingest", *inputs[:1], str(tmp_path / "part2.jsonl.gz"), *inputs[2:],
                      "--db", ingest_db, "--processes", "2", "-f", "json")  # fmt: skip
    assert single.returncode == 1, single.stderr
    got, expected = _json(loaded), _json(single)
    for key in ("read", "stored", "unchanged", "duplicates", "failed", "failure_codes", "events"):
        assert got[key] == expected[key], key
    assert manifest.counts["read"] == expected["read"] > 310
    assert expected["stored"] > 280 and expected["duplicates"] >= 1 and expected["unchanged"] >= 2
    assert set(expected["failure_codes"]) >= {
        "malformed_line", "missing_text", "bad_date", "not_english", "unreadable", "binary",
    }  # fmt: skip
    assert _contents(batch_db) == _contents(ingest_db)

    again = readouts("batch", "load", str(out), "--db", batch_db, "-f", "json")
    counts = _json(again)
    assert (counts["stored"], counts["events"], counts["failed"]) == (0, 0, got["failed"])
    assert _contents(batch_db) == _contents(ingest_db)


def _small_corpus(root: Path) -> Path:
    path = root / "small.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _shortest(12)), encoding="utf-8")
    return path


@needs_corpus
def test_retried_task_replaces_its_files_and_a_poison_shard_becomes_failures(
    tmp_path: Path,
) -> None:
    import ray.cloudpickle

    ray.cloudpickle.register_pickle_by_value(batchfaults)
    corpus = _small_corpus(tmp_path)
    out = tmp_path / "out"
    manifest = run_batch(
        [str(corpus)], out, settings=Settings(model="sm"), workers=2, shard_size=4,
        actor=batchfaults.FaultyCoder,
    )  # fmt: skip
    assert batchfaults.attempts(out) == ["shard-00001", "shard-00002"]
    flaky, poison = manifest.shards[batchfaults.FLAKY], manifest.shards[batchfaults.POISON]
    assert flaky.error is None and flaky.rows["articles"] == 4
    assert poison.error is not None and poison.rows["articles"] == 0
    assert poison.rows["failures"] == 4
    assert pq.read_table(out / "articles" / "shard-00001.parquet").num_rows == 4
    assert manifest.counts["articles"] == 8 and manifest.counts["failures"] == 4

    with Store(tmp_path / "batch.duckdb") as store:
        summary = load_batch(out, store)
        assert (summary.stored, summary.failed) == (8, 4)
        assert summary.failure_codes == {"internal_error": 4}
        failure = store.failures()[0]
        assert "could not code shard-00002" in failure["message"]
        assert failure["input"].startswith(f"{corpus}:")

    # the files must agree with the manifest before anything is loaded
    events = out / "events" / "shard-00000.parquet"
    pq.write_table(pq.read_table(events).slice(1), events)
    with Store(tmp_path / "other.duckdb") as store, pytest.raises(BatchMismatchError):
        load_batch(out, store)
    (out / "manifest.json").unlink()
    with Store(tmp_path / "other.duckdb") as store, pytest.raises(UsageError):
        load_batch(out, store)


@needs_corpus
def test_a_shard_whose_coding_raises_becomes_failure_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from readouts.batch import plan, worker
    from readouts.inputs import ReadOptions

    def broken(*args: object) -> None:
        raise RuntimeError("a bug in one shard")

    corpus = _small_corpus(tmp_path)
    (shard,) = plan([str(corpus), str(tmp_path / "missing.jsonl")], ReadOptions(), 20)
    coder = worker.ShardCoder(Settings(model="sm"), ReadOptions(), str(tmp_path))
    monkeypatch.setattr(worker, "code_shard", broken)
    reply = coder({"index": [0], "shard": [shard.model_dump_json()]})
    result = worker.ShardResult.model_validate_json(reply["result"][0])
    assert result.error == "RuntimeError: a bug in one shard" and result.coder_key
    assert (result.read, result.rows["articles"], result.rows["failures"]) == (13, 0, 13)
    failures = pq.read_table(tmp_path / "failures" / "shard-00000.parquet").to_pylist()
    assert sorted({f["code"] for f in failures}) == ["internal_error", "unreadable"]
