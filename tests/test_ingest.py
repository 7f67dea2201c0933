"""readouts ingest as a user runs it (subprocess, small model): mixed good and bad inputs
give exact counts, a rerun adds nothing, and a kill -9 mid-run followed by a rerun ends
with the store of a clean run."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import duckdb
import pytest

from .conftest import SHARED

pytestmark = pytest.mark.model

CORPUS = SHARED / "corpora" / "state-dept-press-2021-2022.jsonl.gz"
ENV = {**os.environ, "READOUTS_MODEL": "sm"}
KENYA = (
    "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday. "
    "The two leaders discussed trade, security and the oil pipeline, and agreed to meet again."
)
FRENCH = (
    "Le ministre des affaires étrangères a rencontré son homologue à Paris pour discuter de la "
    "coopération économique entre les deux pays, des questions de sécurité dans la région et "
    "des échanges culturels que les deux gouvernements veulent développer dans les années à venir."
)


def readouts(*args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readouts", *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=timeout,
    )


def mixed_folder(root: Path) -> Path:
    folder = root / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / "good1.txt").write_text(KENYA, encoding="utf-8")
    (folder / "sub" / "good2.txt").write_text(
        "Secretary Blinken spoke with Japanese Foreign Minister Hayashi on Tuesday about Ukraine.",
        encoding="utf-8",
    )
    (folder / "dup.txt").write_text(KENYA, encoding="utf-8")
    records = [
        {"id": "j1", "text": "Chinese Premier Li Qiang visited Germany and met Olaf Scholz."},
        {"id": "j2", "text": "India and Brazil signed an agreement on renewable energy."},
    ]
    (folder / "batch.jsonl").write_text(
        "\n".join(
            [
                json.dumps(records[0]),
                "{broken",
                json.dumps({"id": "j3"}),
                json.dumps(records[1]),
                json.dumps({"id": "j4", "text": KENYA}),  # good1.txt's text, another id
            ]
        ),
        encoding="utf-8",
    )
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 8)
    (folder / "latin.txt").write_bytes(
        "Le ministre a rencontr\xe9 son homologue.".encode("latin-1")
    )
    (folder / "french.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "page.html").write_text(
        "<html><head><title>Talks</title></head><body><article><h1>Talks in Cairo</h1>"
        "<p>Egyptian Foreign Minister Sameh Shoukry met his Jordanian counterpart in Cairo on "
        "Sunday to discuss the situation in Gaza.</p><p>Both ministers called for an immediate "
        "ceasefire and more humanitarian aid.</p></article></body></html>",
        encoding="utf-8",
    )
    (folder / "script.html").write_text("<html><body><script>x()</script></body></html>")
    (folder / "table.csv").write_text(
        'id,text\nc1,"Turkish President Erdogan hosted the Swedish prime minister in Ankara."\n',
        encoding="utf-8",
    )
    (folder / "feed.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>A</title><guid>f1</guid><pubDate>Mon, 01 May 2023 10:00:00 +0000</pubDate>"
        "<description>&lt;p&gt;The Kenyan foreign minister visited Ethiopia.&lt;/p&gt;"
        "</description></item>"
        "<item><title>B</title><guid>f2</guid><description>&lt;p&gt;Canada imposed sanctions on "
        "Russian officials.&lt;/p&gt;</description></item></channel></rss>",
        encoding="utf-8",
    )
    (folder / "notes.txt.gz").write_bytes(
        gzip.compress(b"The Australian prime minister called the New Zealand prime minister.")
    )
    (folder / "report.pdf").write_bytes(b"%PDF-1.4 not really")
    return folder


def summary(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    data: list[dict[str, Any]] = json.loads(result.stdout)
    return data[0]


def test_mixed_folder_exact_counts_failures_and_rerun(tmp_path: Path) -> None:
    folder = mixed_folder(tmp_path)
    db = str(tmp_path / "mixed.duckdb")
    first = readouts("ingest", str(folder), "--db", db, "-f", "json")
    assert first.returncode == 1, first.stderr
    counts = summary(first)
    # sorted order: batch.jsonl's j4 is stored; dup.txt has its text (a duplicate); good1.txt
    # has the text id of dup.txt (already seen in this run)
    assert (counts["read"], counts["stored"], counts["failed"]) == (19, 9, 8)
    assert (counts["duplicates"], counts["unchanged"]) == (1, 1)
    assert counts["failure_codes"] == {
        "binary": 1,
        "empty": 1,
        "invalid_encoding": 1,
        "malformed_line": 1,
        "missing_text": 1,
        "not_english": 1,
        "unreadable_html": 1,
        "unsupported_format": 1,
    }
    listed = readouts("failures", "--db", db, "-f", "json")
    assert listed.returncode == 0, listed.stderr
    failures = {Path(f["input"].split(":")[0]).name: f["code"] for f in json.loads(listed.stdout)}
    assert failures["blob.bin"] == "binary" and failures["report.pdf"] == "unsupported_format"
    assert failures["batch.jsonl"] in {"malformed_line", "missing_text"}

    again = summary(readouts("ingest", str(folder), "--db", db, "-f", "json"))
    assert (again["stored"], again["unchanged"], again["duplicates"]) == (0, 10, 1)
    assert again["failed"] == 8 and again["events"] == 0
    con = duckdb.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (9,)
    assert con.execute("SELECT count(*) FROM failures").fetchone() == (8,)
    runs = con.execute("SELECT status, n_read, n_stored FROM runs ORDER BY started_at").fetchall()
    assert runs == [("finished", 19, 9), ("finished", 19, 0)]


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpora is not present")
def test_query_and_export_commands(tmp_path: Path) -> None:
    subset = tmp_path / "first.jsonl"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as source:
        subset.write_text("".join(next(source) for _ in range(25)), encoding="utf-8")
    db = str(tmp_path / "q.duckdb")
    rss = SHARED / "corpora" / "rss-samples"
    done = readouts("ingest", str(subset), str(rss), "--db", db, "-f", "json")
    assert done.returncode == 0, done.stderr
    counts = summary(done)
    assert counts["read"] == 45 and counts["stored"] + counts["duplicates"] == 45
    events = readouts("events", "--db", db, "--country", "USA", "--limit", "5", "-f", "json")
    rows = json.loads(events.stdout)
    assert events.returncode == 0 and 0 < len(rows) <= 5 and "evidence" in rows[0]
    clustered = readouts("events", "--db", db, "--clustered", "-f", "csv")
    assert clustered.stdout.startswith("cluster_id,day_start")
    table = readouts("events", "--db", db, "--type", "CONSULT", "--limit", "3")
    assert table.returncode == 0 and "CONSULT" in table.stdout
    actors = json.loads(readouts("actors", "--db", db, "-f", "json").stdout)
    assert actors and actors[0]["events"] >= actors[-1]["events"]
    partners = readouts("actors", "--db", db, "--counterparts", "Blinken", "-f", "json")
    assert partners.returncode == 0 and json.loads(partners.stdout)
    assert readouts("relations", "--db", db, "-f", "json").returncode == 0
    for name in ("out.csv", "out.parquet", "out.tsv", "out.jsonl"):
        exported = readouts("export", str(tmp_path / name), "--db", db)
        assert exported.returncode == 0, exported.stderr
        assert (tmp_path / name).stat().st_size > 0
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == counts["stored"]
    bad = readouts("events", "--db", db, "--role", "sideways")
    assert bad.returncode == 2


def _shortest_articles(path: Path, count: int) -> Path:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as source:
        records = [json.loads(line) for line in source]
    records.sort(key=lambda r: (len(r["text"]), r["id"]))
    path.write_text("".join(json.dumps(r) + "\n" for r in records[:count]), encoding="utf-8")
    return path


def _contents(db: str) -> dict[str, list[tuple[Any, ...]]]:
    con = duckdb.connect(db, read_only=True)
    out = {}
    for table in (
        "articles",
        "entities",
        "mentions",
        "events",
        "event_participants",
        "relations",
        "failures",
        "event_clusters",
    ):
        columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] != "run_id"]
        out[table] = con.execute(
            f"SELECT {', '.join(columns)} FROM {table} ORDER BY ALL"
        ).fetchall()
    con.close()
    return out


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpora is not present")
def test_kill_9_mid_run_then_rerun_equals_a_clean_run(tmp_path: Path) -> None:
    corpus = _shortest_articles(tmp_path / "short.jsonl", 160)
    (tmp_path / "bad.txt").write_bytes(b"")  # a failure row must survive the crash too
    inputs = [str(corpus), str(tmp_path / "bad.txt")]
    crashed, clean = str(tmp_path / "crashed.duckdb"), str(tmp_path / "clean.duckdb")
    args = ["ingest", *inputs, "--batch-size", "8", "--processes", "2"]

    process = subprocess.Popen(
        [sys.executable, "-m", "readouts", *args, "--db", crashed],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    assert process.stderr is not None
    deadline = time.monotonic() + 300
    for line in process.stderr:  # the first committed chunk, then kill the whole ingest
        if "committed" in line or time.monotonic() > deadline:
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    time.sleep(1.5)  # the workers notice their parent is gone and exit

    con = duckdb.connect(crashed, read_only=True)
    partial = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    status = con.execute("SELECT status FROM runs").fetchall()
    con.close()
    assert 0 < partial < 160 and status == [("running",)]

    resumed = readouts(*args, "--db", crashed, "-f", "json")
    assert resumed.returncode == 1, resumed.stderr  # the empty file fails again
    counts = summary(resumed)
    assert counts["unchanged"] == partial and counts["stored"] == 160 - partial
    single = readouts(*args, "--db", clean, "-f", "json")
    assert summary(single)["stored"] == 160

    assert _contents(crashed) == _contents(clean)
    con = duckdb.connect(crashed, read_only=True)
    runs = con.execute("SELECT status FROM runs ORDER BY started_at").fetchall()
    assert runs == [("interrupted",), ("finished",)]
