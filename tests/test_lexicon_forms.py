"""Regular base forms tried when the lemmatizer gets a verb wrong."""

from __future__ import annotations

import pytest

from readouts.events.lexicon import verb_bases


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("staged", "stage"),
        ("stopped", "stop"),
        ("carried", "carry"),
        ("staging", "stage"),
        ("walked", "walk"),
        ("stages", "stage"),
        ("marches", "march"),
    ],
)
def test_base_forms(word: str, base: str) -> None:
    assert base in verb_bases(word)


def test_short_words_have_no_guesses() -> None:
    assert verb_bases("red") == [] and verb_bases("is") == []
