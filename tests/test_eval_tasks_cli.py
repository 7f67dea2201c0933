"""``readouts eval --task actors|cameo`` run as a user runs it (real model)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SHARED

pytestmark = pytest.mark.model
GSR = SHARED / "eval" / "petrarch2" / "derived" / "gsr_records.jsonl"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "readouts", "eval", *args],
        capture_output=True,
        text=True,
        timeout=600,
    )


def _plover_records(path: Path) -> None:
    records = [
        {
            "id": "k1",
            "text": "Kenyan President William Ruto met Ugandan officials in Nairobi on Monday.",
            "source": [{"text": "Kenyan President William Ruto", "code": "KEN"}],
            # a deliberately wrong gold code: the scorer must count it as a miss
            "target": [{"text": "Ugandan officials", "code": "TZA"}],
            "plover_event_2021_from_cameo": "CONSULT",
        },
        {
            "id": "k2",
            "text": "Japanese troops arrived in Dili.",
            "source": [{"text": "Japanese troops", "code": "JAP"}],
            "target": [],
            "plover_event_2021_from_cameo": "MOBILIZE",
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")


def test_actor_task_scores_and_lists_misses(tmp_path: Path) -> None:
    gold = tmp_path / "plover_mini.jsonl"
    _plover_records(gold)
    result = run(str(gold), "--task", "actors", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["method"], data["right"], data["total"]) == ("span", 2, 3)
    [miss] = data["errors"]
    assert (miss["gold_text"], miss["gold"]) == ("Ugandan officials", "TZA")
    assert miss["ours"] != "TZA" and miss["entity"]
    table = run(str(gold), "--task", "actors", "--errors")
    assert table.returncode == 0 and "0.667" in table.stdout and "Ugandan officials" in table.stdout


@pytest.mark.skipif(not GSR.exists(), reason="no shared PETRARCH GSR records")
def test_cameo_task_prints_three_systems() -> None:
    result = run(str(GSR), "--task", "cameo", "--format", "json")
    assert result.returncode == 0, result.stderr
    systems = json.loads(result.stdout)["systems"]
    assert [s["system"] for s in systems] == ["readouts", "PETRARCH-2", "UniversalPetrarch"]
    assert all(s["records"] == 78 for s in systems)
    assert systems[1]["records_coded"] == 54  # PETRARCH-2 parsed 54 of the 78
    assert all(0 <= s[g]["f1"] <= 1 for s in systems for g in ("root", "full"))
    table = run(str(GSR), "--task", "cameo")
    assert "root F1" in table.stdout and "UniversalPetrarch" in table.stdout


def test_cameo_task_needs_petrarch_records(tmp_path: Path) -> None:
    gold = tmp_path / "plover_mini.jsonl"
    _plover_records(gold)
    result = run(str(gold), "--task", "cameo")
    assert result.returncode == 2 and "gsr_records" in result.stderr
