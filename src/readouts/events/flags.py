"""Auxiliary flags of a trigger's clause: future, negated, hypothetical, historical."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..dates import is_past_year

Token = Any

_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_FUTURE_GOVERNORS = {
    "plan",
    "intend",
    "expect",
    "prepare",
    "schedule",
    "set",
    "slate",
    "due",
    "poise",
    "hope",
    "aim",
    "seek",
    "want",
    "wish",
    "look",
}
# courtesies a speaker performs by saying he "would like to" perform them
_COURTESIES = frozenset(
    "extend congratulate thank express convey offer welcome commend recognize acknowledge "
    "send".split()
)
_HYPOTHETICAL_MARKS = {"if", "unless", "whether"}
_HYPOTHETICAL_AUX = {"could", "might", "may"}
_HISTORICAL_WORDS = {"previously", "earlier", "formerly", "once", "ago", "originally"}
_TIME_UNITS = {"day", "week", "month", "year", "decade"}


def clause_tokens(token: Token) -> list[Token]:
    """The trigger and the function words of its own clause (aux, neg, mark, advmod)."""
    return [
        c
        for c in token.children
        if c.dep_ in {"aux", "auxpass", "neg", "mark", "advmod", "npadvmod"}
    ]


def _governors(token: Token) -> list[Token]:
    out = []
    node = token
    while node.dep_ in {"xcomp", "conj"} and node.head.i != node.i:
        node = node.head
        out.append(node)
    return out


def is_negated(token: Token) -> bool:
    nodes = [token, *_governors(token)]
    if token.pos_ in {"ADJ", "NOUN"} and token.head.i != token.i:
        nodes.append(token.head)
    for node in nodes:
        for child in node.children:
            if child.dep_ == "neg" or child.lower_ in {"never", "not", "n't"}:
                return True
            if child.dep_ in {"nsubj", "nsubjpass"} and any(
                c.dep_ == "preconj" and c.lower_ == "neither" for c in child.children
            ):
                return True  # "Neither the United States nor its allies seek …"
    # "failed to reach an agreement", "were unable to agree": the act did not happen
    return any(node.lemma_.lower() in _FAILING for node in nodes[1:])


_FAILING = {"fail", "unable"}


_PLANNED = {"planned", "scheduled", "upcoming", "forthcoming", "proposed", "expected", "coming"}


def is_future(token: Token) -> bool:
    if token.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in _PLANNED for c in token.children
    ):
        return True  # "Pashinyan's planned meeting with Michel"
    nodes = [token, *_governors(token)]
    if token.pos_ in {"ADJ", "NOUN"} and token.head.i != token.i:
        nodes.append(token.head)
    for node in nodes:
        for child in node.children:
            if child.dep_ in {"aux", "auxpass"} and child.lower_ in _FUTURE_AUX:
                return True
            if (
                child.dep_ == "aux"
                and child.lower_ == "would"
                and not _in_conditional(node)
                and not (
                    node is not token
                    and node.lemma_.lower() in {"like", "love"}
                    and token.lemma_.lower() in _COURTESIES
                )
            ):  # but "I would like to extend my congratulations" extends them now
                return True
        if node is not token and node.lemma_.lower() in _FUTURE_GOVERNORS:
            return True
        if node.lower_ == "going" and any(c.lower_ == "to" for c in token.children):
            return True
        if _looked_forward_to(node):
            return True
    return False


def _looked_forward_to(node: Token) -> bool:
    """ "look forward to working with X": cooperation to come."""
    prep = node.head
    if node.dep_ != "pcomp" or prep.lower_ != "to" or prep.head.i == prep.i:
        return False
    verb = prep.head
    return verb.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in verb.children)


def _in_conditional(token: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(g.lower_ in _HYPOTHETICAL_MARKS for g in c.children)
        for c in token.children
    )


def is_hypothetical(token: Token) -> bool:
    node = token
    for _ in range(4):
        for child in node.children:
            if child.dep_ == "mark" and child.lower_ in _HYPOTHETICAL_MARKS:
                return True
            if child.dep_ == "aux" and child.lower_ in _HYPOTHETICAL_AUX:
                return True
        if _in_conditional(node) and any(c.lower_ == "would" for c in node.children):
            return True
        if node.dep_ in {"xcomp", "conj", "ccomp"} and node.head.i != node.i:
            node = node.head
            continue
        break
    return False


def is_perfect(token: Token) -> bool:
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) and verb.tag_ == "VBN"


def _measured_after(clause: Token) -> bool:
    """ "(came) two weeks after rebels kidnapped X": a clause dated a span before the main act."""
    children = list(clause.children)
    return any(c.dep_ == "mark" and c.lower_ == "after" for c in children) and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_UNITS for c in children
    )


def is_historical(token: Token, published: dt.date | None, date: dt.date | None) -> bool:
    """Reported earlier acts: perfect aspect, a past year, "previously", a date well before."""
    if date is not None and published is not None and (published - date).days > 31:
        return True
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    if _measured_after(verb):
        return True
    for child in verb.children:
        if child.lower_ in _HISTORICAL_WORDS and not (child.lower_ == "earlier" and date):
            return True  # but "earlier on Monday", "earlier today" date the act itself
        if child.dep_ == "prep" and child.lower_ in {"in", "since"}:
            for pobj in child.children:
                if is_past_year(pobj.text, published):
                    return True
    # The pluperfect reports an act before the story's time; the present perfect of news
    # ("has agreed") is recent and stays unflagged.
    if not (
        is_perfect(token) and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    ):
        return False
    # "the army said it had killed 50 fighters": the backshift of reported speech, not an
    # earlier act (the report is the news)
    return not (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in _REPORTING
        and verb.head.tag_ == "VBD"
        and date is None
    )


_REPORTING = {"say", "announce", "report", "confirm", "state", "tell"}
