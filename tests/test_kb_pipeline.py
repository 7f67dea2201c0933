"""The pipeline with the user's knowledge base (``Settings.kb_db`` / ``READOUTS_KB_DB``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from readouts import Settings
from readouts.knowledge.actors import KBActor, Role
from readouts.knowledge.userkb import UserKB
from readouts.pipeline import Pipeline

SENTENCE = "Tom Bombadil praised the Icelandic government on Monday."


def test_settings_read_kb_db_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUTS_KB_DB", "/data/kb.duckdb")
    assert Settings.from_env().kb_db == "/data/kb.duckdb"
    monkeypatch.delenv("READOUTS_KB_DB")
    assert Settings.from_env().kb_db is None


@pytest.mark.model
def test_user_entries_resolve_with_their_dates(tmp_path: Path) -> None:
    db = tmp_path / "kb.duckdb"
    role = Role("NZL", ("GOV",), "Master", dt.date(2020, 1, 1), dt.date(2021, 12, 31))
    with UserKB(db) as kb:
        kb.add(KBActor("user:tom-bombadil", "Tom Bombadil", "PERSON", ("Old Tom",), [role]))
    pipeline = Pipeline(Settings(model="md", kb_db=str(db)))
    assert pipeline.resources.kb.lookup("Old Tom")[0].id == "user:tom-bombadil"

    def tom(published: str) -> tuple[str | None, str | None]:
        coded = pipeline.code(SENTENCE, published=published)
        [entity] = [e for e in coded.entities if e.name == "Tom Bombadil"]
        return entity.country, entity.kb_id

    assert tom("2021-03-03") == ("NZL", "user:tom-bombadil")
    assert tom("2010-03-03")[0] is None  # the role is not valid then: no guess
    # the user's knowledge base gets the same tokenizer as the packaged one
    assert [t.text for t in pipeline.nlp("U.S.-Chile talks")] == ["U.S.", "-", "Chile", "talks"]
