"""Transcripts of remarks: who speaks, and the meeting a transcript's title announces.

Government sites publish the remarks two officials make before or after they meet, titled
"Secretary X and Foreign Minister Y Before Their Meeting". The text is a header (names,
place, room) and speaker turns ("SECRETARY BLINKEN: Good morning …", "FOREIGN MINISTER
COLONNA: Merci …"). The meeting itself is never narrated, so the sentence coder cannot find
it: this module reads the speaker labels, resolves each to an entity of the article (by
surname), and, when the title says the text was given at a meeting, makes one CONSULT
candidate for the speakers of different countries. The evidence is the speaker labels; the
place is the header's place line ("Washington, D.C.", "Berlin, Germany") when there is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..actors import ActorAnalysis
from ..actors.coref import SPEAKER_LABEL
from ..knowledge.countries import Countries
from ..model import Article, FieldEvidence
from ..nlp import text_of
from .extract import Candidate
from .lexicon import Lexicon

Token = Any

# "Before Their Meeting", "After Their Bilateral Meeting", "At the Meeting", "At a Signing"
MEETING_TITLE = re.compile(
    r"\b(before|after|at|following|during)\s+(their|the|a|our|his|her)\s+"
    r"(bilateral\s+|trilateral\s+|joint\s+)?(meeting|talks|signing|dinner|lunch)\b",
    re.IGNORECASE,
)
_LABEL = SPEAKER_LABEL  # "SECRETARY BLINKEN:", "MR PRICE:"
_NOT_SPEAKERS = {"QUESTION", "MODERATOR", "PARTICIPANT", "STAFF", "OPERATOR", "INTERPRETER"}
_SUFFIXES = {"JR", "JR.", "SR", "SR.", "II", "III", "IV"}


@dataclass
class Speaker:
    entity: str  # entity id
    start: int  # token span of the label's surname
    end: int
    label: str


def speakers(doc: Any, actors: ActorAnalysis) -> list[Speaker]:
    """Each distinct speaker of a transcript, in order of first turn, with the entity the
    label names. Labels naming nobody of the article ("QUESTION", "MODERATOR") are skipped."""
    text = text_of(doc)
    full: dict[str, list[str]] = {}  # surname -> people named in full ("Gabi Ashkenazi")
    bare: dict[str, list[str]] = {}  # surname -> people named by it alone (the label itself)
    for entity in actors.entities:
        if entity.kind != "PERSON" or not entity.name:
            continue
        words = [w.strip(",").upper() for w in entity.name.split()]
        words = [w for w in words if w and w not in _SUFFIXES]
        if words:
            (full if len(words) >= 2 else bare).setdefault(words[-1], []).append(entity.id)
    out: list[Speaker] = []
    seen: set[str] = set()
    for match in _LABEL.finditer(text):
        label = match.group("label").strip()
        words = [w for w in label.replace("’", "'").split() if w.upper() not in _SUFFIXES]
        if not words or words[0] in _NOT_SPEAKERS or label in _NOT_SPEAKERS:
            continue
        surname = words[-1].strip(".,")
        lo = match.start("label") + label.rfind(words[-1].split("'")[0])
        span = doc.char_span(lo, lo + len(words[-1]), alignment_mode="expand")
        if span is None:
            continue
        found = full.get(surname.upper()) or bare.get(surname.upper(), [])
        if not found:  # the label is the only mention: NER made it an ORG, or missed it
            at = [
                e
                for e in actors.entities_at(span.start)
                if actors.entity(e).kind in {"ORG", "PERSON"}
            ]
            if at:
                actors.entity(at[0]).kind = "PERSON"
            else:
                sentence = sum(1 for s in doc.sents if s.start <= span.start) - 1
                at = [
                    actors.add_speaker(
                        surname.title(), span.start_char, span.end_char, span.text, sentence
                    )
                ]
            bare[surname.upper()] = found = at
        if len(found) != 1 or found[0] in seen:
            continue
        seen.add(found[0])
        out.append(Speaker(found[0], span.start, span.end, label))
    return out


_FIRST_PERSON = {"i", "we", "me", "us", "my", "our", "myself", "ourselves"}
_SECOND_PERSON = {"you", "your"}


def turns(doc: Any, found: list[Speaker]) -> list[tuple[int, int, str]]:
    """Token ranges of the speaker turns: from a label to the next label of anyone."""
    text = text_of(doc)
    starts: list[tuple[int, str | None]] = []
    by_start = {s.start: s.entity for s in found}
    for match in _LABEL.finditer(text):
        span = doc.char_span(match.start("label"), match.end(), alignment_mode="expand")
        if span is None:
            continue
        owner = next((e for i, e in by_start.items() if span.start <= i < span.end), None)
        starts.append((span.end, owner))
    out: list[tuple[int, int, str]] = []
    for number, (start, owner) in enumerate(starts):
        end = starts[number + 1][0] if number + 1 < len(starts) else len(doc)
        if owner is not None:
            out.append((start, end, owner))
    return out


def attribute_turns(
    doc: Any, actors: ActorAnalysis, candidates: list[Candidate]
) -> list[Candidate]:
    """In a transcript, "I" and "we" are the speaker of the turn, and "you" the other
    speaker when two people talk: "we're just grateful to be a partner" is the guest's."""
    found = speakers(doc, actors)
    if not found:
        return candidates
    ranges = turns(doc, found)
    principals = list(dict.fromkeys(s.entity for s in found))

    def owner(token: Token) -> str | None:
        return next((who for lo, hi, who in ranges if lo <= token.i < hi), None)

    for cand in candidates:
        speaker = owner(cand.token)
        if speaker is None:
            continue
        other = [p for p in principals if p != speaker]
        changed = False
        for tokens, ids in (
            (cand.actor_tokens, cand.actor),
            (cand.recipient_tokens, cand.recipient),
        ):
            for token in tokens:
                if token.lower_ in _FIRST_PERSON:
                    meant = [speaker]
                elif token.lower_ in _SECOND_PERSON and len(other) == 1:
                    meant = other
                else:
                    continue
                stale = set(actors.entities_at(token.i))
                ids[:] = list(dict.fromkeys([*(i for i in ids if i not in stale), *meant]))
                changed = True
        subject, objects = _arguments(cand.token)
        if not cand.actor and subject is not None and subject.lower_ in _FIRST_PERSON:
            cand.actor, cand.actor_tokens, changed = [speaker], [subject], True
        elif not cand.actor and subject is None and _imperative(cand.token):
            # "Thank you, Mr. President.": the speaker thanks
            cand.actor, cand.actor_tokens, changed = [speaker], [cand.token], True
        if not cand.recipient and len(other) == 1:
            for obj in objects:
                if obj.lower_ in _SECOND_PERSON and other[0] not in cand.actor:
                    cand.recipient, cand.recipient_tokens, changed = list(other), [obj], True
                    break
        if changed:
            cand.rule += "+speaker"
    return candidates


def _imperative(token: Token) -> bool:
    """A verb in the base form heading its own sentence, with no subject ("Thank you")."""
    return bool(
        token.pos_ == "VERB"
        and token.tag_ in {"VB", "VBP"}
        and token.dep_ == "ROOT"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in token.children)
    )


def _arguments(trigger: Token) -> tuple[Token | None, list[Token]]:
    """The subject and the objects of a trigger word that the entity search could not
    resolve (pronouns without an antecedent): "I thank you", "we are grateful to you"."""
    verb = trigger.head if trigger.dep_ in {"acomp", "dobj", "attr"} else trigger
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "dative"}]
    for holder in (trigger, verb):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in {"to", "with", "for"}:
                objects += [c for c in prep.children if c.dep_ == "pobj"]
    return subject, objects


def meeting_candidates(
    doc: Any,
    article: Article,
    actors: ActorAnalysis,
    lexicon: Lexicon,
    countries_table: Countries | None = None,
) -> list[Candidate]:
    """The meeting a transcript's title announces, between speakers of different countries.
    A speaker the text names only in the label ("FOREIGN MINISTER ASHKENAZI") takes the
    country the title gives beside that surname ("… and Israeli Foreign Minister Gabi
    Ashkenazi Before Their Meeting")."""
    if not article.title or not MEETING_TITLE.search(article.title):
        return []
    found = speakers(doc, actors)
    countries: dict[str, str] = {}
    for speaker in found:
        entity = actors.entity(speaker.entity)
        named_by_label = len(entity.name.split()) == 1
        if (not entity.country or named_by_label) and countries_table is not None:
            # a bare surname may have matched someone else in the knowledge base ("MUBARAK"):
            # the title's description of this speaker wins
            described = title_country(article.title, speaker.label, countries_table)
            if described is not None:
                entity.country = described[0]
                entity.evidence = [e for e in entity.evidence if e.field != "country"]
                if named_by_label:
                    entity.name = full_name(described[1], speaker.label) or entity.name
                entity.evidence.append(
                    FieldEvidence(field="country", value=described[0], rule=f"title:{described[1]}")
                )
        if entity.country:
            countries.setdefault(speaker.entity, entity.country)
    if len(set(countries.values())) < 2:
        return []
    turns = [s for s in found if s.entity in countries]
    trigger_token = doc[turns[1].start]
    cand = Candidate(
        trigger=lexicon.synthetic("CONSULT", "040", "transcript:meeting-title"),
        token=trigger_token,
        trigger_span=(turns[1].start, turns[1].end),
        type="CONSULT",
        mode=None,
        cameo="040",
        actor=[s.entity for s in turns],
        actor_tokens=[doc[s.start] for s in turns],
        joint=True,
        rule="transcript:meeting-title",
        confidence=0.7,
        places=_header_places(doc, turns[0].start),
    )
    return [cand]


def title_country(title: str, label: str, table: Countries) -> tuple[str, str] | None:
    """The country a title gives a speaker: the part of the title naming the label's surname
    ("Israeli Foreign Minister Gabi Ashkenazi"), read for a demonym or country name. Returns
    the country and the title words that gave it."""
    surname = label.split()[-1].strip(".,").lower()
    head = MEETING_TITLE.split(title)[0]
    for part in re.split(r",|\band\b|\bwith\b|\bAnd\b|\bWith\b", head):
        words = part.split()
        if surname not in {w.strip(".,").lower() for w in words}:
            continue
        for size in (4, 3, 2, 1):  # "Democratic Republic of Congo" before "Congo"
            for lo in range(len(words) - size + 1):
                text = " ".join(words[lo : lo + size]).strip(".,")
                found = table.by_demonym(text) or table.by_name(text)
                if found:
                    return found, part.strip()
    return None


_TITLE_WORDS = frozenset(
    "minister president secretary general prime foreign deputy vice king queen prince "
    "princess crown sheikh dr. dr mr. mr ms. ms mrs. ambassador chancellor affairs cabinet "
    "commissioner high alternate defense defence external state emir sultan premier "
    "chairman chair director envoy special of for the and".split()
)


def full_name(part: str, label: str) -> str | None:
    """The name the title gives a speaker: the capitalized words before the label's surname
    that are not office words ("Danish Foreign Minister Jeppe Kofod" -> "Jeppe Kofod")."""
    surname = label.split()[-1].strip(".,").lower()
    words = part.split()
    at = next((i for i, w in enumerate(words) if w.strip(".,").lower() == surname), None)
    if at is None:
        return None
    lo = at
    while lo > 0 and at - lo < 3:
        word = words[lo - 1]
        if word.lower() in _TITLE_WORDS or not word[:1].isupper() or "/" in word:
            break
        lo -= 1
    end = at + 1
    while end < len(words) and words[end].strip(",").upper() in _SUFFIXES | {"II", "III"}:
        end += 1
    name = " ".join(words[lo:end]).strip(",")
    return name if lo < at else None


def _header_places(doc: Any, first_turn: int) -> list[Token]:
    """The place line of a transcript's header: a line before the first turn that is only a
    place name ("Washington, D.C.", "Berlin, Germany")."""
    places: list[Token] = []
    for sent in doc[:first_turn].sents:
        words = [t for t in sent if not t.is_space and not t.is_punct]
        if not words or len(words) > 6:
            continue
        if all(t.ent_type_ in {"GPE", "LOC"} for t in words):
            places.append(words[0])
    return places[:1]


__all__ = [
    "MEETING_TITLE",
    "Speaker",
    "attribute_turns",
    "meeting_candidates",
    "speakers",
    "title_country",
    "turns",
]
