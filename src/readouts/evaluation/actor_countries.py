"""Actor country accuracy (issue 3): does the actor we resolve for each gold actor have the gold
country?

Two methods, by what the gold gives:

- ``span`` (PLOVER GSR, ``plover_gsr_dev.jsonl``): each gold source and target has its words in
  the sentence. They are located (the exact text, else the gold's words in order with gaps
  between them, for gold texts such as "U.S. ... negotiators" or "West German"); the mention of
  an entity that overlaps them best (Dice coefficient over characters, the earlier mention on a
  tie) gives our entity, and its country is compared with the gold code. Where one mention
  stands for several entities ("U.S. and Russian negotiators" is one group per country), the
  entity whose country evidence lies inside the gold words is taken. No overlapping
  mention, or words not found, is a miss.
- ``sentence`` (PETRARCH GSR, ``gsr_records.jsonl``): the gold gives codes, not spans. For each
  gold event, its source is right when some entity of the sentence has the source country, and
  likewise its target. A side whose gold country is ``---`` (none) is not scored. This is
  lenient: it checks that the country is found, not that it is attached to the right words.

Gold codes are read as ISO alpha-3 with :data:`~readouts.evaluation.gold.CODE_FIXES`
(JAP -> JPN); IGO, NGO, MNC and IMG are compared as they are.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..model import CodedArticle
from .gold import GoldActor, GoldArticle


@dataclass(frozen=True)
class ActorItem:
    """One scored gold actor."""

    article: str
    side: str  # source or target
    gold_text: str
    gold: str
    ours: str | None  # our country (span) or the sentence's countries (sentence)
    entity: str | None  # our entity's id and name, where one was found
    located: str  # exact, words, missing (span) or sentence
    right: bool


@dataclass
class ActorScore:
    method: str
    items: list[ActorItem] = field(default_factory=list)
    unscored: int = 0  # gold actors without a country
    failures: int = 0  # articles the pipeline could not code

    @property
    def right(self) -> int:
        return sum(item.right for item in self.items)

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    def errors(self) -> list[ActorItem]:
        return [item for item in self.items if not item.right]

    def frequent_errors(self, top: int = 20) -> list[tuple[tuple[str, str, str], int]]:
        """(gold text, gold code, ours) of the misses, most frequent first."""
        counts = Counter((item.gold_text, item.gold, item.ours or "none") for item in self.errors())
        return counts.most_common(top)

    def as_dict(self) -> dict[str, Any]:
        located = Counter(item.located for item in self.items)
        return {
            "method": self.method,
            "right": self.right,
            "total": self.total,
            "accuracy": round(self.accuracy, 4),
            "unscored": self.unscored,
            "failures": self.failures,
            "located": dict(sorted(located.items())),
            "errors": [item.__dict__ for item in self.errors()],
        }


def _country(actor: GoldActor) -> str | None:
    return None if actor.country in (None, "", "---") else actor.country


# -- locating a gold text -----------------------------------------------------------------------

_WORD = re.compile(r"[^\s]+")


def locate(text: str, gold_text: str) -> tuple[list[tuple[int, int]], str]:
    """Character ranges of ``gold_text`` in ``text`` and how they were found."""
    gold_text = gold_text.strip()
    if not gold_text:
        return [], "missing"
    at = text.find(gold_text)
    if at != -1:
        return [(at, at + len(gold_text))], "exact"
    lowered = text.lower()
    ranges: list[tuple[int, int]] = []
    cursor = 0
    for word in _WORD.findall(gold_text):
        word = word.strip(".,;:!?\"'()[]") if not re.search(r"\w\.\w", word) else word
        if not word or not re.search(r"\w", word):
            continue  # "...", "..", punctuation
        match = re.compile(r"(?<!\w)" + re.escape(word.lower()) + r"(?!\w)").search(lowered, cursor)
        if match is None:
            continue  # a gold word the sentence does not have ("West German")
        ranges.append((match.start(), match.end()))
        cursor = match.end()
    return ranges, ("words" if ranges else "missing")


def _overlap(ranges: list[tuple[int, int]], start: int, end: int) -> int:
    return sum(max(0, min(e, end) - max(s, start)) for s, e in ranges)


def entity_at(coded: CodedArticle, ranges: list[tuple[int, int]]) -> tuple[str | None, str | None]:
    """(entity id, country) of the entity whose mention best overlaps the ranges."""
    size = sum(e - s for s, e in ranges)
    best: tuple[float, int, str] | None = None
    for mention in coded.mentions:
        if mention.entity is None:
            continue
        shared = _overlap(ranges, mention.start, mention.end)
        if not shared:
            continue
        dice = 2 * shared / (size + mention.end - mention.start)
        key = (dice, -mention.start, mention.entity)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        return None, None
    entity = coded.entity(best[2])
    mention_id = next(m.id for m in coded.mentions if m.entity == best[2] and -m.start == best[1])
    sharing = [e for e in coded.entities if mention_id in e.mentions and e.id != entity.id]
    for other in sharing:  # "U.S. and Russian negotiators": one mention, one entity per country
        if any(
            ev.field == "country"
            and ev.span is not None
            and _overlap(ranges, ev.span.start, ev.span.end)
            for ev in other.evidence
        ) and not any(
            ev.field == "country"
            and ev.span is not None
            and _overlap(ranges, ev.span.start, ev.span.end)
            for ev in entity.evidence
        ):
            entity = other
            break
    return f"{entity.id} {entity.name}", entity.country


# -- scoring ------------------------------------------------------------------------------------


def _span_items(score: ActorScore, gold: GoldArticle, coded: CodedArticle | None) -> None:
    for event in gold.events:
        for side, actors in (("source", event.actor), ("target", event.recipient)):
            for actor in actors:
                country = _country(actor)
                if country is None:
                    score.unscored += 1
                    continue
                text = actor.name or ""
                ranges: list[tuple[int, int]] = []
                entity: str | None = None
                ours: str | None = None
                how = "failed"
                if coded is not None:
                    ranges, how = locate(gold.text, text)
                    entity, ours = entity_at(coded, ranges) if ranges else (None, None)
                score.items.append(
                    ActorItem(gold.id, side, text, country, ours, entity, how, ours == country)
                )


def _sentence_items(score: ActorScore, gold: GoldArticle, coded: CodedArticle | None) -> None:
    found = sorted({e.country for e in coded.entities if e.country}) if coded else []
    for event in gold.events:
        for side, actors in (("source", event.actor), ("target", event.recipient)):
            for actor in actors:
                country = _country(actor)
                if country is None:
                    score.unscored += 1
                    continue
                right = country in found
                score.items.append(
                    ActorItem(
                        gold.id,
                        side,
                        actor.name or country,
                        country,
                        country if right else (",".join(found) or None),
                        None,
                        "sentence" if coded is not None else "failed",
                        right,
                    )
                )


def score_actor_countries(
    kind: str, pairs: list[tuple[GoldArticle, CodedArticle | None]]
) -> ActorScore:
    """Span method for PLOVER GSR and gold folders, sentence method for PETRARCH GSR."""
    method = "sentence" if kind == "petrarch" else "span"
    score = ActorScore(method)
    for gold, coded in pairs:
        if coded is None:
            score.failures += 1
        if method == "span":
            _span_items(score, gold, coded)
        else:
            _sentence_items(score, gold, coded)
    return score


__all__ = ["ActorItem", "ActorScore", "entity_at", "locate", "score_actor_countries"]
