"""The batch commands' help, documentation and usage errors (no Ray, no model)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from readouts.cli.app import app
from readouts.errors import UsageError

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["run", "load"])
def test_batch_commands_have_help_and_are_documented(name: str) -> None:
    result = CliRunner().invoke(app, ["batch", name, "--help"])
    assert result.exit_code == 0, result.output
    assert f"readouts batch {name}" in README


def test_out_folder_with_other_files_is_refused_before_ray_starts(tmp_path: Path) -> None:
    (tmp_path / "thesis.tex").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", "run", "x.jsonl", "--out", str(tmp_path)])
    assert isinstance(result.exception, UsageError)
    assert "holds other files (thesis.tex)" in str(result.exception)
    assert (tmp_path / "thesis.tex").exists()


def test_load_needs_a_manifest(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["batch", "load", str(tmp_path), "--db", str(tmp_path / "d")])
    assert isinstance(result.exception, UsageError)
    assert "no manifest.json" in str(result.exception)
