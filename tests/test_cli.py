"""The command line, run as a user runs it (subprocess, real model)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SEED_GOLD, SEED_TEXT

pytestmark = pytest.mark.model


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "readouts", *args], input=stdin, capture_output=True, timeout=300
    )


def test_code_json_and_table() -> None:
    result = run("code", str(SEED_TEXT), "--published", "2023-04-27", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["article"]["published"] == "2023-04-27"
    assert any(e["type"] == "CONSULT" and e["mode"] == "visit" for e in data["events"])
    table = run("code", str(SEED_TEXT), "--published", "2023-04-27", "--format", "table")
    assert table.returncode == 0 and b"CONSULT" in table.stdout and b"Chen Jining" in table.stdout


def test_bad_inputs_fail_alone(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le ministre a rencontr\xe9 son homologue.".encode("latin-1"))
    lines = tmp_path / "batch.jsonl"
    lines.write_text(
        '{"id": "good-1", "text": "The Kenyan president met the Ugandan president in Nairobi."}\n'
        "{broken\n",
        encoding="utf-8",
    )
    result = run(
        "code", str(empty), str(binary), str(latin), str(lines), str(SEED_TEXT), "-f", "jsonl"
    )
    assert result.returncode == 1
    err = result.stderr.decode()
    assert f"{empty}: [empty]" in err
    assert f"{binary}: [binary]" in err
    assert f"{latin}: [invalid_encoding]" in err
    assert f"{lines}:2: [malformed_line]" in err
    ids = [json.loads(line)["article"]["id"] for line in result.stdout.decode().splitlines()]
    assert ids[0] == "good-1" and len(ids) == 2


def test_stdin_and_id() -> None:
    text = (
        b"Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday."
    )
    result = run("code", "-", "--id", "k1", "--published", "2023-05-03", stdin=text)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["article"]["id"] == "k1"
    consult = [e for e in data["events"] if e["type"] == "CONSULT"]
    assert consult and consult[0]["date"] == "2023-05-01"


def test_usage_errors_exit_2() -> None:
    result = run("code", str(SEED_TEXT), str(SEED_TEXT), "--id", "x")
    assert result.returncode == 2 and b"--id" in result.stderr


def test_eval_seed_prints_scores() -> None:
    result = run("eval", str(SEED_GOLD), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["overall"]["f1"] == 1.0 and data["relations"]["f1"] == 1.0
