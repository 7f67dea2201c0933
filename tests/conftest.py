"""Shared fixtures. Tests that need the real spaCy model are marked ``model``."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_TEXT = SHARED / "seed" / "readout-shanghai-cuba.txt"
SEED_GOLD = SHARED / "seed" / "expected.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    from readouts import Settings
    from readouts.pipeline import build

    return build(Settings(model="md"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED_TEXT.exists():
        pytest.skip("../shared/seed is not present")
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_coded(pipeline, seed_text):  # type: ignore[no-untyped-def]
    return pipeline.code(seed_text, published="2023-04-27", source="Shanghai Daily", id="seed")
