"""Transcripts of remarks at a meeting: speakers, their turns, and the announced meeting."""

from __future__ import annotations

import pytest

from readouts.events.transcripts import MEETING_TITLE, full_name, title_country
from readouts.knowledge.countries import Countries

TRANSCRIPT = """Ellis Rowantree, Secretary of State

Lisbon, Portugal

FOREIGN MINISTER QUILLFEATHER: Good morning. It is a pleasure to welcome my friend here.

SECRETARY ROWANTREE: Thank you. We are grateful to you for your hospitality.
"""
TITLE = (
    "Secretary Ellis Rowantree and Portuguese Foreign Minister Marta Quillfeather "
    "Before Their Meeting"
)


def test_meeting_titles() -> None:
    assert MEETING_TITLE.search("Secretary X and Minister Y Before Their Meeting")
    assert MEETING_TITLE.search("Secretary X and Minister Y after their bilateral meeting")
    assert not MEETING_TITLE.search("Secretary X's Call with Minister Y")


def test_title_gives_the_speakers_country_and_name() -> None:
    table = Countries()
    found = title_country(TITLE, "FOREIGN MINISTER QUILLFEATHER", table)
    assert found is not None and found[0] == "PRT"
    assert full_name(found[1], "FOREIGN MINISTER QUILLFEATHER") == "Marta Quillfeather"
    assert title_country(TITLE, "AMBASSADOR NOBODY", table) is None


@pytest.mark.model
def test_transcript_meeting_is_a_consult_between_the_speakers(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = pipeline.code(TRANSCRIPT, published="2022-03-02", title=TITLE)
    meeting = next(e for e in coded.events if e.rule.startswith("transcript"))
    names = {r.name: r.country for r in meeting.actor + meeting.recipient}
    assert names.get("Marta Quillfeather") == "PRT"
    assert meeting.date is not None and meeting.date.isoformat() == "2022-03-02"
    assert meeting.location is not None and meeting.location.country == "PRT"
    # the guest visits the host in Portugal
    assert [r.country for r in meeting.recipient] == ["PRT"]
    span = meeting.evidence[0].trigger
    assert coded.article.text[span.start : span.end] == span.text


@pytest.mark.model
def test_without_a_meeting_title_nothing_is_invented(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = pipeline.code(TRANSCRIPT, published="2022-03-02", title="Remarks to the Press")
    assert not any(e.rule.startswith("transcript") for e in coded.events)


@pytest.mark.model
def test_first_and_second_person_are_the_speakers(pipeline) -> None:  # type: ignore[no-untyped-def]
    coded = pipeline.code(TRANSCRIPT, published="2022-03-02", title=TITLE)
    thanks = next(e for e in coded.events if e.type == "SUPPORT")
    assert [a.name for a in thanks.actor] == ["Ellis Rowantree"]
    assert [r.name for r in thanks.recipient] == ["Marta Quillfeather"]
    assert "+speaker" in thanks.rule


@pytest.mark.model
def test_a_bare_thank_you_is_the_speakers_thanks(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = TRANSCRIPT.replace(
        "It is a pleasure to welcome my friend here.", "It is a pleasure. Thank you, Ellis."
    )
    coded = pipeline.code(text, published="2022-03-02", title=TITLE)
    thanks = {
        (e.actor[0].name, e.recipient[0].name)
        for e in coded.events
        if e.type == "SUPPORT" and e.actor and e.recipient
    }
    assert ("Marta Quillfeather", "Ellis Rowantree") in thanks
