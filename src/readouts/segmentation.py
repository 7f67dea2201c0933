"""Sentence starts at line breaks, set before the parser.

News text from feeds and press releases carries bylines and datelines on their own lines
("Antony J. Blinken, Secretary of State", "Berlin, Germany"). The statistical parser would
glue them to the next sentence and make the byline a subject; a line break always ends a
sentence here.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

COMPONENT = "readouts_line_breaks"


_ENDS = {".", "!", "?", ":", ";", "…", "...", '"', "”", "'", "’"}


@Language.component(COMPONENT)
def line_breaks(doc: Any) -> Any:
    """A line break starts a sentence; a parenthesis does not end one (the parser otherwise
    splits "… Republic of Korea (ROK) First Vice Foreign Minister Choi …" after "(ROK)").

    Only these few tokens get a preset boundary: presetting every token slows the parser.
    """
    depth = 0
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.text == "(":
            depth += 1
        elif previous.text == ")":
            depth = max(0, depth - 1)
        if ("\n" in previous.text and previous.is_space) or "\n" in previous.whitespace_:
            token.is_sent_start = True
            depth = 0
        elif depth > 0 or (previous.text == ")" and doc[token.i - 2].text not in _ENDS):
            token.is_sent_start = False
    return doc


def add_line_breaks(nlp: Any) -> None:
    """Add the component once, before the parser (or the sentencizer of a blank model)."""
    if COMPONENT in nlp.pipe_names:
        return
    for before in ("parser", "senter", "sentencizer"):
        if before in nlp.pipe_names:
            nlp.add_pipe(COMPONENT, before=before)
            return
    nlp.add_pipe(COMPONENT, first=True)
