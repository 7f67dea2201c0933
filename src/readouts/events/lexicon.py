"""Event triggers (data/event_lexicon.tsv): which words code which act, and where its
recipient is. A token gets the most specific trigger whose conditions it meets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import ResourceError
from ..knowledge.tables import read_table
from .codebook import codebook

_QUANTITIES = frozenset(
    "ton tons million millions billion amount series number batch shipment shipments worth "
    "package round wave dozen dozens hundreds thousands kind part parts portion all some "
    "most kg kilograms tonne tonnes dollar dollars euro euros pound pounds day days week "
    "weeks".split()
)
ACTOR_OBJECT = frozenset({"@"})  # the object must name people (a person or a group)
ANY_ACTOR_OBJECT = frozenset({"#"})  # the object must name any actor (also a state or body)
ROLES = frozenset(
    {
        "actor",
        "host",
        "visit",
        "joint",
        "speech",
        "intent",
        "request",
        "refuse",
        "threat",
        "concede",
        "attend",  # the subject takes part in a gathering held by a body or in a place
        "figurative",  # the row matches and codes nothing ("fight the pandemic")
    }
)


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str  # VERB NOUN ADJ
    particle: str | None
    prep: str | None
    objects: frozenset[str] | None
    complement: bool
    cameo: str
    type: str
    mode: str | None
    recipients: tuple[str, ...]
    role: str
    rule: str

    @property
    def specificity(self) -> int:
        return (
            (4 if self.objects else 0)
            + (2 if self.particle else 0)
            + (2 if self.prep else 0)
            + (3 if self.complement else 0)
        )


def parse_trigger(
    text: str,
) -> tuple[str, str, str | None, str | None, frozenset[str] | None, bool]:
    pos = "VERB"
    if text.startswith("n:"):
        pos, text = "NOUN", text[2:]
    elif text.startswith("a:"):
        pos, text = "ADJ", text[2:]
    particle = prep = None
    objects: frozenset[str] | None = None
    complement = False
    words = text.split()
    lemma = words[0]
    for word in words[1:]:
        if word == "~":
            complement = True
        elif word.startswith("/"):
            prep = word[1:]
        elif word.startswith(">"):
            objects = frozenset(word[1:].split("|"))
        else:
            particle = word
    return pos, lemma, particle, prep, objects, complement


class Lexicon:
    def __init__(self) -> None:
        book = codebook()
        self._by_key: dict[tuple[str, str], list[Trigger]] = {}
        for row in read_table(
            "event_lexicon.tsv", ("trigger", "cameo", "type", "mode", "recipient", "role")
        ):
            pos, lemma, particle, prep, objects, complement = parse_trigger(row["trigger"])
            code = book.code(row["cameo"])
            if code is None:
                raise ResourceError(
                    f"[R020] event_lexicon.tsv: unknown CAMEO code {row['cameo']!r}"
                )
            event_type = row["type"] or code.plover
            if not event_type:
                raise ResourceError(
                    f"[R021] event_lexicon.tsv: no PLOVER type for {row['trigger']!r}"
                )
            role = row["role"] or "actor"
            if role not in ROLES:
                raise ResourceError(f"[R022] event_lexicon.tsv: unknown role {role!r}")
            mode = row["mode"] or (code.mode if event_type == code.plover else None) or None
            if mode == "-":  # explicitly no mode
                mode = None
            if not book.is_mode(event_type, mode):
                raise ResourceError(f"[R023] event_lexicon.tsv: {event_type} has no mode {mode!r}")
            trigger = Trigger(
                lemma=lemma,
                pos=pos,
                particle=particle,
                prep=prep,
                objects=objects,
                complement=complement,
                cameo=row["cameo"],
                type=event_type,
                mode=mode,
                recipients=tuple(r for r in row["recipient"].split(",") if r),
                role=role,
                rule="lex:" + row["trigger"].replace(" ", "_"),
            )
            self._by_key.setdefault((pos, lemma), []).append(trigger)
        for triggers in self._by_key.values():
            triggers.sort(key=lambda t: -t.specificity)

    @staticmethod
    def synthetic(event_type: str, cameo: str, rule: str) -> Trigger:
        """A trigger made by a structural rule rather than a lexicon row."""
        return Trigger(
            lemma="",
            pos="VERB",
            particle=None,
            prep=None,
            objects=None,
            complement=False,
            cameo=cameo,
            type=event_type,
            mode=None,
            recipients=(),
            role="actor",
            rule=rule,
        )

    def candidates(self, pos: str, lemma: str) -> list[Trigger]:
        return self._by_key.get((pos, lemma), [])

    def match(
        self, token: Any, is_actor: Callable[[Any, str], bool] | None = None
    ) -> tuple[Trigger, Any] | None:
        """The most specific trigger for a token, with the object token it matched (or None).

        ``is_actor`` decides ``>@`` conditions (the object must be an actor: "released the
        prisoners" codes, "released the statement" does not); without it they fail. A
        ``figurative`` row ("fight >pandemic|corruption") matches to code nothing.
        """
        pos = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}.get(
            token.pos_
        )
        if pos is None:
            return None
        lemma = token.lemma_.lower()
        if pos == "NOUN":
            lemma = token.lower_ if self._by_key.get((pos, token.lower_)) else lemma
        elif not self._by_key.get((pos, lemma)):
            # the lemmatizer's slips ("staged" -> "stag"): try the regular base forms
            lemma = next(
                (base for base in verb_bases(token.lower_) if self._by_key.get((pos, base))),
                lemma,
            )
        for trigger in self.candidates(pos, lemma):
            found = _satisfies(trigger, token, is_actor)
            if found is not False:
                return None if trigger.role == "figurative" else (trigger, found)
        return None


def verb_bases(word: str) -> list[str]:
    """Regular base forms an inflected verb may have ("staged" -> stage, "stopped" -> stop,
    "carried" -> carry, "staging" -> stage, "stages" -> stage)."""
    bases: list[str] = []
    for suffix in ("ed", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            bases += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                bases.append(stem[:-1])
            if suffix == "ed" and stem.endswith("i"):
                bases.append(stem[:-1] + "y")
    if word.endswith("s") and len(word) > 3:
        bases += [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    return bases


def _marked(clause: Any, word: str) -> bool:
    """Whether a clause opens with this subordinating word ("for the US (to) support …")."""
    return any(g.dep_ == "mark" and g.lower_ == word for g in clause.children)


def _satisfies(trigger: Trigger, token: Any, is_actor: Callable[[Any, str], bool] | None) -> Any:
    children = list(token.children)
    if trigger.particle and not any(
        c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == trigger.particle for c in children
    ):
        return False
    preps = [  # "on Thursday" is a date, not the "fire on" of an attack
        c
        for c in children
        if c.dep_ in {"prep", "dative", "prt"}
        and not any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in c.children)
    ]
    if trigger.prep and trigger.objects:  # "used hostages as shields": "as" on the object
        preps += [g for c in children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep"]
    if (
        trigger.prep
        and not any(c.lower_ == trigger.prep for c in preps)
        and not any(  # "pushed for X to act": a for-clause
            c.dep_ == "advcl" and _marked(c, trigger.prep) for c in children
        )
    ):
        return False
    if trigger.complement and not complement_of(token):
        return False
    if trigger.objects in (ACTOR_OBJECT, ANY_ACTOR_OBJECT):
        kinds = "people" if trigger.objects == ACTOR_OBJECT else "any"
        objects = [c for c in children if c.dep_ in {"dobj", "nsubjpass"}]
        for child in objects + extra_objects(token):
            if is_actor is not None and is_actor(child, kinds):
                return None
        return False
    if trigger.objects:
        for child in children:
            if child.dep_ in {"dobj", "attr", "nsubjpass", "pobj", "oprd"} and _object_matches(
                child, trigger.objects
            ):
                return child
            if child.dep_ == "prep":  # "call for", "reaffirm commitment to": one level down
                continue
        if trigger.prep:  # "lemma /in >noun": "engaged the patrol in a firefight"
            for child in preps:
                if child.dep_ == "prep" and child.lower_ == trigger.prep:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and _object_matches(pobj, trigger.objects):
                            return pobj
        return False
    return None


def _object_matches(child: Any, objects: frozenset[str]) -> bool:
    """``noun`` matches the object's lemma; ``noun:x|y`` also needs an "of" object x or y
    ("the importance of the partnership")."""
    lemma, word = child.lemma_.lower(), child.lower_
    if lemma in objects or word in objects:
        return True
    if lemma in {"effort", "efforts", "process", "agreement", "accord"} and any(
        # "ended mediation efforts", "violated the ceasefire agreement"
        c.dep_ == "compound" and c.lemma_.lower() in objects
        for c in child.children
    ):
        return True
    if lemma in _QUANTITIES or word in _QUANTITIES:
        # "25,000 tons of food aid", "a series of bombs", "50 million euros in aid"
        for prep in child.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "in"}:
                for pobj in prep.children:
                    if pobj.dep_ == "pobj" and (
                        pobj.lemma_.lower() in objects or pobj.lower_ in objects
                    ):
                        return True
    for item in objects:
        if ":" not in item:
            continue
        noun, _, wanted = item.partition(":")
        if noun not in {lemma, word}:
            continue
        wanted_words = wanted.split("/")
        if any(g.dep_ in {"acl", "relcl"} and g.lower_ in wanted_words for g in child.children):
            return True  # "the importance of X and Y working together"
        for prep in child.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.lemma_.lower() in wanted.split("/"):
                        return True
                    if any(  # "the importance of the United States and Russia working"
                        g.dep_ in {"acl", "relcl"} and g.lower_ in wanted.split("/")
                        for g in pobj.children
                    ):
                        return True
    return False


_HOSTING = {"receive", "welcome", "host", "meet", "greet"}


def misparsed_verb(token: Any) -> bool:
    """A past-tense verb the parser made a modifier ("X on Saturday hosted Y": "hosted" as
    an adjective of "Y")."""
    return bool(token.dep_ == "amod" and token.tag_ == "VBD" and token.pos_ == "VERB")


def visiting_modifier(token: Any) -> bool:
    """ "received visiting Cuban Foreign Minister X", "held talks with visiting X": "visiting"
    describes the guest (parsed as a verb taking the guest as its object)."""
    if token.lower_ != "visiting":
        return False
    if token.dep_ == "pcomp" and token.head.lower_ in {"with", "for"}:
        return any(c.dep_ == "dobj" and c.ent_type_ not in {"GPE", "LOC"} for c in token.children)
    return bool(token.dep_ in {"xcomp", "advcl", "amod"} and token.head.lemma_.lower() in _HOSTING)


def extra_objects(token: Any) -> list[Any]:
    """Objects the parser put elsewhere: the guest of "received visiting X", the noun a
    misparsed verb modifies."""
    out = [
        g for c in token.children if visiting_modifier(c) for g in c.children if g.dep_ == "dobj"
    ]
    if misparsed_verb(token):
        out.append(token.head)
    for child in token.children:  # "allowed X to participate" parsed with X the subject of a
        if child.dep_ == "ccomp" and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in child.children
        ):
            out.extend(g for g in child.children if g.dep_ == "nsubj")  # to-clause: X is the object
    return out


def complement_of(token: Any) -> Any:
    """The to-infinitive or clausal complement of a verb ("agreed to meet" -> meet); the
    parser sometimes attaches it as an adverbial clause ("threatened today to impose …")."""
    for child in token.children:
        if child.dep_ in {"xcomp", "ccomp", "advcl"} and child.pos_ in {"VERB", "AUX"}:
            to_form = any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
            if to_form or child.dep_ == "xcomp":
                return child
    return None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()
