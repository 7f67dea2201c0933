"""Every command has --help and is documented in the README."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from readouts.cli.app import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = [c.name for c in app.registered_commands if c.name]


def test_every_store_command_is_registered() -> None:
    assert {"ingest", "events", "actors", "relations", "failures", "export", "bench"} <= set(
        COMMANDS
    )


@pytest.mark.parametrize("name", COMMANDS)
def test_help_and_readme(name: str) -> None:
    result = CliRunner().invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert f"readouts {name}" in README, f"README does not document 'readouts {name}'"
