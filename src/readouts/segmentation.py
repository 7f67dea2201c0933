"""Sentence starts at line breaks, set before the parser.

News text from feeds and press releases carries bylines and datelines on their own lines
("Antony J. Blinken, Secretary of State", "Berlin, Germany"). The statistical parser would
glue them to the next sentence and make the byline a subject; a line break always ends a
sentence here.
"""

from __future__ import annotations

import re
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
    _cut_datelines(doc)
    depth = 0
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.text == "(":
            depth += 1
        elif previous.text == ")":
            depth = max(0, depth - 1)
        if _ends_line(previous):
            token.is_sent_start = True
            depth = 0
        elif _ABBREVIATION.fullmatch(previous.text) and _line_start(doc, previous.i):
            token.is_sent_start = False  # "U.S. Special Representative …" opening a paragraph
        elif depth > 0 or (previous.text == ")" and doc[token.i - 2].text not in _ENDS):
            token.is_sent_start = False
    return doc


_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")  # U.S., U.K., U.N.


def _ends_line(token: Any) -> bool:
    return "\n" in token.whitespace_ or ("\n" in token.text and token.is_space)


def _line_start(doc: Any, i: int) -> bool:
    return i == 0 or _ends_line(doc[i - 1])


_DASHES = {"-", "--", "—", "–", "---"}
_MONTHS = {
    m.lower()
    for m in "Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec January February March "
    "April June July August September October November December".split()
}
_DATELINE_WORDS = 14  # "SANTIAGO DE CUBA, Cuba, April 26 (Prensa Latina) -"


def _cut_datelines(doc: Any) -> None:
    """An inline dateline ("NEW DELHI, Feb 3 (Reuters) - India summoned …") is a sentence of
    its own: glued to the report, the city becomes the subject of its first verb."""
    starts = [0] + [t.i + 1 for t in doc[:-1] if _ends_line(t)]
    for start in starts:
        if start >= len(doc) or not doc[start].text[:1].isupper():
            continue
        for token in doc[start + 1 : start + _DATELINE_WORDS]:
            if "\n" in token.text or token.text in {".", "!", "?"}:
                break
            spaced = bool(doc[token.i - 1].whitespace_)  # not "co-chaired", "U.S.-UAE"
            if token.text in _DASHES and spaced and token.i + 1 < len(doc):
                head = doc[start : token.i]
                if any(t.text == ")" for t in head) or any(t.lower_ in _MONTHS for t in head):
                    doc[token.i + 1].is_sent_start = True
                break


def add_line_breaks(nlp: Any) -> None:
    """Add the component once, before the parser (or the sentencizer of a blank model)."""
    if COMPONENT in nlp.pipe_names:
        return
    for before in ("parser", "senter", "sentencizer"):
        if before in nlp.pipe_names:
            nlp.add_pipe(COMPONENT, before=before)
            return
    nlp.add_pipe(COMPONENT, first=True)
