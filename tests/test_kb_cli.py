"""``readouts kb add/list/import`` run as a user runs them (no language model needed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import FIXTURES

PHOENIX = FIXTURES / "phoenix"


Run = subprocess.CompletedProcess[str]


def kb(*args: str, cwd: Path, env: dict[str, str] | None = None) -> Run:
    return subprocess.run(
        [sys.executable, "-m", "readouts", "kb", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env={**os.environ, **(env or {})},
    )


def test_add_then_list(tmp_path: Path) -> None:
    added = kb(
        "add", "Goldberry", "--alias", "River-daughter", "--country", "NZL",
        "--sector", "GOV", "--title", "Lady", "--start", "2020-01-01", cwd=tmp_path,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "user:goldberry" in added.stdout and "added 1 actor, 1 alias, 1 role" in added.stdout
    assert (tmp_path / "readouts.duckdb").exists()  # the default file, in the working directory
    listed = kb("list", "river", "--format", "jsonl", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    [record] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert record["name"] == "Goldberry" and record["aliases"] == ["River-daughter"]
    assert record["roles"] == [
        {"country": "NZL", "sectors": ["GOV"], "title": "Lady", "start": "2020-01-01", "end": None}
    ]
    before = kb("list", "--on", "2019-06-01", "--format", "json", cwd=tmp_path)
    assert json.loads(before.stdout)[0]["roles"] == []  # the role starts later
    table = kb("list", cwd=tmp_path)
    assert table.returncode == 0 and "Goldberry" in table.stdout and "NZL GOV Lady" in table.stdout


def test_db_option_and_env(tmp_path: Path) -> None:
    assert kb("add", "Radagast", "--db", "brown.duckdb", cwd=tmp_path).returncode == 0
    assert (tmp_path / "brown.duckdb").exists()
    env = {"READOUTS_DB": str(tmp_path / "brown.duckdb")}
    listed = kb("list", "--format", "jsonl", cwd=tmp_path, env=env)
    assert [json.loads(x)["name"] for x in listed.stdout.splitlines()] == ["Radagast"]


def test_import_phoenix_reports_bad_lines_and_goes_on(tmp_path: Path) -> None:
    result = kb(
        "import", "phoenix", str(PHOENIX / "middle-earth.actors.txt"),
        str(PHOENIX / "real-snippet.actors.txt"), cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1  # some lines failed, the rest was imported
    errors = [line for line in result.stderr.splitlines() if line.startswith("readouts: error:")]
    assert len(errors) == 2 and all("middle-earth.actors.txt:" in e for e in errors)
    assert "990229" in result.stderr
    assert "2 lines skipped" in result.stdout
    listed = kb("list", "karzai", "--on", "2008-01-01", "--format", "json", cwd=tmp_path)
    [karzai] = json.loads(listed.stdout)
    assert karzai["roles"] == [
        {"country": "AFG", "sectors": ["GOV"], "title": None, "start": "2001-12-22", "end": None}
    ]


def test_import_clean_file_exits_0_and_again_adds_nothing(tmp_path: Path) -> None:
    snippet = str(PHOENIX / "real-snippet.actors.txt")
    first = kb("import", "phoenix", snippet, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    again = kb("import", "phoenix", snippet, cwd=tmp_path)
    assert again.returncode == 0 and "added 0 actors, 0 aliases, 0 roles" in again.stdout


def test_jsonl_export_import_round_trip(tmp_path: Path) -> None:
    kb("import", "phoenix", str(PHOENIX / "middle-earth.actors.txt"), cwd=tmp_path)
    exported = kb("list", "--limit", "0", "--format", "jsonl", cwd=tmp_path)
    dump = tmp_path / "dump.jsonl"
    dump.write_text(exported.stdout + "{broken\n" + '{"kind": "ORG"}\n', encoding="utf-8")
    result = kb("import", "jsonl", str(dump), "--db", "copy.duckdb", cwd=tmp_path)
    assert result.returncode == 1
    lines = len(exported.stdout.splitlines())
    assert f"dump.jsonl:{lines + 1}:" in result.stderr
    assert f"dump.jsonl:{lines + 2}:" in result.stderr
    copied = kb("list", "--limit", "0", "--format", "jsonl", "--db", "copy.duckdb", cwd=tmp_path)
    assert copied.stdout == exported.stdout


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    bad_country = kb("add", "Gollum", "--country", "MORDOR", cwd=tmp_path)
    assert bad_country.returncode == 2 and "ISO alpha-3" in bad_country.stderr
    bad_date = kb("add", "Gollum", "--country", "NZL", "--start", "yesterday", cwd=tmp_path)
    assert bad_date.returncode == 2 and "not a date" in bad_date.stderr
    bad_kind = kb("add", "Gollum", "--kind", "hobbit", cwd=tmp_path)
    assert bad_kind.returncode == 2
    bad_format = kb("import", "tabari", "x.txt", cwd=tmp_path)
    assert bad_format.returncode == 2
    assert kb("list", "--on", "soon", cwd=tmp_path).returncode == 2


def test_missing_database_exits_1(tmp_path: Path) -> None:
    result = kb("list", "--db", "none.duckdb", cwd=tmp_path)
    assert result.returncode == 1 and "does not exist" in result.stderr


def test_every_kb_command_has_help(tmp_path: Path) -> None:
    for command in ("add", "list", "import"):
        result = kb(command, "--help", cwd=tmp_path)
        assert result.returncode == 0 and "--db" in result.stdout


def test_readme_documents_the_kb_commands_and_eval_tasks() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for needle in (
        "readouts kb add",
        "readouts kb list",
        "readouts kb import phoenix",
        "kb import jsonl",
        "READOUTS_DB",
        "READOUTS_KB_DB",
        "--task actors",
        "--task cameo",
        "--kb-db",
    ):
        assert needle in readme, needle
