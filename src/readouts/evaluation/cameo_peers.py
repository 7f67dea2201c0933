"""CAMEO peer comparison (issue 4): our CAMEO output, PETRARCH-2 and UniversalPetrarch scored on
PETRARCH GSR (``gsr_records.jsonl``) by one scorer at two granularities.

A coded event is a tuple (code, source country, target country). ``root`` keeps the first two
digits of the CAMEO code, ``full`` the whole code. A country is the first three letters of a
Phoenix actor code, read with :data:`~readouts.evaluation.gold.CODE_FIXES`; ``---`` (no
country) is kept as ``---`` on both sides, so a gold ``---REB`` source needs a predicted source
without a country. Per record the predicted and gold tuples are sets; precision, recall and F1
are micro-averaged over all records. A record a system did not code (PETRARCH-2's ``noparse``
and ``crash`` statuses) has no predictions: its gold tuples count as missed.

Our events become tuples so (the one expansion applied to every system):

- events flagged negated or hypothetical are left out (CAMEO codes what happened or was said),
  and so are those flagged historical: an act reported as earlier background ("jailed over a
  year ago") is not the event a CAMEO record dates at the report;
- an event without a CAMEO code is left out;
- otherwise one tuple per (actor country, recipient country) pair, ``---`` for a side without
  a country or without participants;
- a visit (042, visitor to host) also gives its linked "host a visit" (043, host to visitor),
  as the CAMEO codebook pairs the two;
- an event with no recipient and several actor countries (a meeting nobody hosts: "X and Y
  met") gives every ordered pair of distinct actor countries, as CAMEO codes such meetings
  both ways (X->Y and Y->X).

The peers' events are already one source, one target and one code: one tuple each (their
one-participant and multi-participant shapes do not occur, so the expansion leaves them as
they are). UniversalPetrarch's ``predicted_events_dyadic`` is used (both sides present), as its
raw output includes one-sided events that its own configuration does not require to be dyadic.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import permutations
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..model import CodedArticle, Event
from .gold import CODE_FIXES, GoldArticle
from .scorer import PRF

Coding = tuple[str, str, str]  # (CAMEO code, source country, target country)
GRANULARITIES = ("root", "full")
NONE = "---"

# (system name, predictions file next to gsr_records.jsonl, field with its events)
PEERS = (
    ("PETRARCH-2", "petrarch2_pred_gsr.jsonl", "predicted_events"),
    ("UniversalPetrarch", "universalpetrarch_pred_gsr.jsonl", "predicted_events_dyadic"),
)
OURS = "readouts"


def country_of(code: str | None) -> str:
    """``USAGOV`` -> USA, ``JAPGOV`` -> JPN, ``---REB`` / None -> ``---``."""
    if not code:
        return NONE
    head = code.strip().upper()[:3]
    if not head or head == NONE:
        return NONE
    return CODE_FIXES.get(head, head)


def at(codings: set[Coding], granularity: str) -> set[Coding]:
    if granularity == "full":
        return codings
    return {(code[:2], s, t) for code, s, t in codings}


def _countries(refs: list[Any]) -> list[str]:
    return sorted({r.country or NONE for r in refs})


def event_codings(event: Event) -> set[Coding]:
    if event.cameo is None or {"negated", "hypothetical", "historical"} & set(event.aux):
        return set()
    actors, recipients = _countries(event.actor), _countries(event.recipient)
    known = [c for c in actors if c != NONE]
    if not event.recipient and len(known) > 1:
        return {(event.cameo, a, b) for a, b in permutations(known, 2)}
    out = {(event.cameo, a, r) for a in actors or [NONE] for r in recipients or [NONE]}
    if event.cameo == "042" and event.recipient:  # the visit's linked "host a visit"
        out |= {("043", r, a) for a in actors or [NONE] for r in recipients}
    return out


def our_codings(coded: CodedArticle | None) -> set[Coding] | None:
    if coded is None:
        return None
    out: set[Coding] = set()
    for event in coded.events:
        out |= event_codings(event)
    return out


def gold_codings(gold: GoldArticle) -> set[Coding]:
    return {
        (
            event.cameo or "",
            country_of(event.actor[0].name if event.actor else None),
            country_of(event.recipient[0].name if event.recipient else None),
        )
        for event in gold.events
        if event.cameo
    }


def peer_codings(events: list[dict[str, Any]]) -> set[Coding]:
    return {
        (str(e["cameo"]), country_of(e.get("source")), country_of(e.get("target")))
        for e in events
        if e.get("cameo")
    }


def load_peer(path: str | Path, events_field: str) -> dict[str, set[Coding] | None]:
    """Record id -> the peer's codings (None where its status is not ``ok``)."""
    out: dict[str, set[Coding] | None] = {}
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                status = str(record.get("status", "ok"))
                events = record.get(events_field)
                if events is None and status == "ok":
                    raise KeyError(events_field)
                out[str(record["id"])] = peer_codings(events or []) if status == "ok" else None
            except (ValueError, KeyError, TypeError) as exc:
                raise UsageError(f"{path}:{number}: not a peer prediction record ({exc})") from None
    return out


def find_peers(gold_path: str | Path) -> dict[str, dict[str, set[Coding] | None]]:
    """The peers' predictions found next to the gold file (missing files are left out)."""
    folder = Path(gold_path).parent
    found: dict[str, dict[str, set[Coding] | None]] = {}
    for name, filename, events_field in PEERS:
        path = folder / filename
        if path.exists():
            found[name] = load_peer(path, events_field)
    return found


@dataclass
class RecordResult:
    id: str
    gold: set[Coding]
    predicted: set[Coding] | None


@dataclass
class SystemScore:
    name: str
    scores: dict[str, PRF] = field(default_factory=lambda: {g: PRF() for g in GRANULARITIES})
    records: list[RecordResult] = field(default_factory=list)

    @property
    def coded(self) -> int:
        return sum(r.predicted is not None for r in self.records)

    def as_dict(self) -> dict[str, Any]:
        return {
            "system": self.name,
            "records": len(self.records),
            "records_coded": self.coded,
            **{g: prf.as_dict() for g, prf in self.scores.items()},
        }


def score_system(
    name: str, golds: list[GoldArticle], predictions: dict[str, set[Coding] | None]
) -> SystemScore:
    result = SystemScore(name)
    for gold in golds:
        truth = gold_codings(gold)
        predicted = predictions.get(gold.id)
        result.records.append(RecordResult(gold.id, truth, predicted))
        for granularity, prf in result.scores.items():
            want = at(truth, granularity)
            got = at(predicted or set(), granularity)
            prf.tp += len(want & got)
            prf.fp += len(got - want)
            prf.fn += len(want - got)
    return result


def compare(
    pairs: list[tuple[GoldArticle, CodedArticle | None]],
    peers: dict[str, dict[str, set[Coding] | None]],
) -> list[SystemScore]:
    """Our system first, then each peer, all on the same records with the same scorer."""
    golds = [gold for gold, _ in pairs]
    ours = {gold.id: our_codings(coded) for gold, coded in pairs}
    systems = [score_system(OURS, golds, ours)]
    systems += [score_system(name, golds, predictions) for name, predictions in peers.items()]
    return systems


__all__ = [
    "GRANULARITIES",
    "OURS",
    "PEERS",
    "Coding",
    "RecordResult",
    "SystemScore",
    "at",
    "compare",
    "country_of",
    "event_codings",
    "find_peers",
    "gold_codings",
    "load_peer",
    "our_codings",
    "peer_codings",
    "score_system",
]
