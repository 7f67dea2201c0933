"""The primary metric of DESIGN.md section 7 and the secondary accuracies.

Primary: per article, the set of (type, sorted actor countries, sorted recipient countries);
micro precision/recall/F1 over the corpus. CONSULT is compared direction-free (all
participants' countries in one set). Optional gold events count neither way: predicting one
is not a false positive, missing one is not a false negative. An unknown country is ``---``.

Secondary, over matched events: mode accuracy, date accuracy, actor name, sector and
subnational accuracy (each gold participant is matched to a predicted participant of the same
country by name similarity); relation precision/recall/F1 by type and the two sides' names.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from ..model import CodedArticle, EntityRef, Event
from .gold import GoldActor, GoldArticle, GoldEvent

Key = tuple[str, tuple[str, ...], tuple[str, ...]]


def _countries(actors: list[Any]) -> tuple[str, ...]:
    return tuple(sorted({(a.country or "---") for a in actors}))


def event_key(event_type: str, actor: list[Any], recipient: list[Any]) -> Key:
    if event_type == "CONSULT":
        return (event_type, _countries(list(actor) + list(recipient)), ())
    return (event_type, _countries(actor), _countries(recipient))


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"right": self.right, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass
class ArticleResult:
    id: str
    true_positives: list[Key] = field(default_factory=list)
    false_positives: list[Key] = field(default_factory=list)
    false_negatives: list[Key] = field(default_factory=list)


@dataclass
class Score:
    overall: PRF = field(default_factory=PRF)
    by_type: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    mode: Accuracy = field(default_factory=Accuracy)
    consult_mode: Accuracy = field(default_factory=Accuracy)
    date: Accuracy = field(default_factory=Accuracy)
    actor_name: Accuracy = field(default_factory=Accuracy)
    sector: Accuracy = field(default_factory=Accuracy)
    subnational: Accuracy = field(default_factory=Accuracy)
    relations: PRF = field(default_factory=PRF)
    articles: list[ArticleResult] = field(default_factory=list)
    failures: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.as_dict(),
            "by_type": {k: v.as_dict() for k, v in sorted(self.by_type.items())},
            "mode_accuracy": self.mode.as_dict(),
            "consult_mode_accuracy": self.consult_mode.as_dict(),
            "date_accuracy": self.date.as_dict(),
            "actor_name_accuracy": self.actor_name.as_dict(),
            "sector_accuracy": self.sector.as_dict(),
            "subnational_accuracy": self.subnational.as_dict(),
            "relations": self.relations.as_dict(),
            "articles": len(self.articles),
            "failures": self.failures,
        }


def _same_name(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return fuzz.token_set_ratio(a.lower(), b.lower()) >= 70


def _match_participant(gold: GoldActor, predicted: list[EntityRef]) -> EntityRef | None:
    same_country = [p for p in predicted if (p.country or None) == gold.country]
    for pool in (same_country, predicted):
        named = [p for p in pool if _same_name(gold.name, p.name)]
        if named:
            return named[0]
    return same_country[0] if same_country else None


def _secondary(score: Score, gold: GoldEvent, pred: Event) -> None:
    if gold.mode is not None or pred.mode is not None:
        score.mode.add((gold.mode or None) == (pred.mode or None))
    if gold.type == "CONSULT":
        score.consult_mode.add((gold.mode or None) == (pred.mode or None))
    score.date.add((gold.date or None) == (pred.date.isoformat() if pred.date else None))
    participants = list(pred.actor) + list(pred.recipient)
    for actor in list(gold.actor) + list(gold.recipient):
        found = _match_participant(actor, participants)
        if actor.name:
            score.actor_name.add(found is not None and _same_name(actor.name, found.name))
        if actor.sector:
            score.sector.add(found is not None and set(actor.sector) <= set(found.sectors))
        if actor.subnational:
            score.subnational.add(
                found is not None and _same_name(actor.subnational, found.subnational)
            )


def _relation_keys(items: list[Any]) -> list[tuple[str, frozenset[str | None]]]:
    return [(r.type, frozenset({r.a.country, r.b.country})) for r in items]


def _relations(score: Score, gold: GoldArticle, coded: CodedArticle) -> None:
    unmatched = list(coded.relations)
    for rel in gold.relations:
        hit = None
        for pred in unmatched:
            if pred.type != rel.type:
                continue
            names = [(pred.a.name, pred.a.subnational), (pred.b.name, pred.b.subnational)]
            ok_a = any(_same_name(rel.a.name, n) or _same_name(rel.a.name, s) for n, s in names)
            ok_b = any(_same_name(rel.b.name, n) or _same_name(rel.b.name, s) for n, s in names)
            if ok_a and ok_b:
                hit = pred
                break
        if hit is not None:
            unmatched.remove(hit)
            score.relations.tp += 1
        else:
            score.relations.fn += 1
    score.relations.fp += len(unmatched)


def score_article(score: Score, gold: GoldArticle, coded: CodedArticle) -> ArticleResult:
    required: dict[Key, GoldEvent] = {}
    optional: dict[Key, GoldEvent] = {}
    for event in gold.events:
        key = event_key(event.type, event.actor, event.recipient)
        (optional if event.optional else required).setdefault(key, event)
    optional = {k: v for k, v in optional.items() if k not in required}
    predicted: dict[Key, Event] = {}
    for pred in coded.events:
        predicted.setdefault(event_key(pred.type, pred.actor, pred.recipient), pred)
    result = ArticleResult(id=gold.id)
    for key, pred in predicted.items():
        if key in required:
            score.overall.tp += 1
            score.by_type[key[0]].tp += 1
            result.true_positives.append(key)
            _secondary(score, required[key], pred)
        elif key not in optional:
            score.overall.fp += 1
            score.by_type[key[0]].fp += 1
            result.false_positives.append(key)
    for key in required:
        if key not in predicted:
            score.overall.fn += 1
            score.by_type[key[0]].fn += 1
            result.false_negatives.append(key)
    if gold.scored_relations:
        _relations(score, gold, coded)
    score.articles.append(result)
    return result


def score_corpus(pairs: list[tuple[GoldArticle, CodedArticle | None]]) -> Score:
    score = Score()
    for gold, coded in pairs:
        if coded is None:
            score.failures += 1
            empty_keys = Counter(
                event_key(e.type, e.actor, e.recipient) for e in gold.events if not e.optional
            )
            score.overall.fn += len(empty_keys)
            for key in empty_keys:
                score.by_type[key[0]].fn += 1
            score.articles.append(ArticleResult(id=gold.id, false_negatives=list(empty_keys)))
            continue
        score_article(score, gold, coded)
    return score
