"""Who did it and to whom: subjects and objects of a trigger in the dependency parse, mapped
to entities through the actor analysis.

Handles the constructions of the genre: active and passive clauses ("X was received by Y"),
coordination ("X and Y signed"), control ("X agreed to meet Y": X meets), conjoined verbs
("Chen welcomed … and introduced …"), relative clauses ("officials who met …"), adjectival
predicates ("X is willing to …") and nouns ("Blinken's visit to India", "U.S. sanctions on
Iran"). A noun that is not itself an actor is searched for the actors it names ("condemned the
attack by Russian forces" -> Russian forces).
"""

from __future__ import annotations

from typing import Any

from ..actors import ActorAnalysis
from ..nlp import hyphen_neighbours
from .lexicon import extra_objects, misparsed_verb, visiting_modifier

Token = Any

SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}
_LIGHT_VERBS = {
    "have",
    "hold",
    "conduct",
    "make",
    "pay",
    "take",
    "impose",
    "announce",
    "launch",
    "express",
    "extend",
    "reaffirm",
    "reiterate",
    "voice",
    "raise",
    "give",
    "offer",
    "provide",
    "issue",
    "lead",
    "continue",
    "begin",
    "start",
    "resume",
    "sign",
    "level",
    "welcome",
    "underscore",
    "emphasize",
    "stress",
    "highlight",
    "affirm",
    "note",
}
_QUANTITY = {
    "thousand",
    "thousands",
    "hundred",
    "hundreds",
    "dozen",
    "dozens",
    "million",
    "millions",
    "group",
    "number",
    "member",
    "members",
    "some",
    "many",
    "score",
    "scores",
    "majority",
    "contingent",
    "deployment",
    "detachment",
    "battalion",
    "convoy",
    "team",
    "patch",
    "batch",
    "part",
    "third",
    "half",
    "delegation",
    "band",
    "crowd",
    "handful",
    "several",
    "most",
    "all",
    "few",
    "unit",
    "units",
}
_DOCUMENTS = {
    "declaration",
    "statement",
    "report",
    "resolution",
    "letter",
    "communique",
    "communiqué",
    "appeal",
    "message",
}
# nouns naming someone by a relation to another: the possessor is that other
_RELATIONAL = frozenset("ally allies proxy proxies client clients".split())
# verbs that voice a feeling about something ("expressed sorrow for …", "offered condolences
# over …"): what the feeling is about is not the speaker's act
_FEELING_VERBS = {"express", "voice", "convey", "offer", "extend"}
_ENDING_VERBS = {"end", "stop", "halt", "prevent", "avert", "avoid", "resolve", "settle", "deter"}
# nouns measuring an act's course: "two days of talks", "a round of consultations"
SPANS = {"day", "days", "hour", "hours", "week", "weeks", "round", "rounds", "series"}
_CLAIMING_VERBS = {"claim", "take", "accept", "admit", "acknowledge"}  # … responsibility for
# verbs whose object is what the subject answers, resists or works against, never the
# subject's own act: "respond to authoritarian threats", "undermined its commitments"
_COUNTERING_VERBS = {
    "undermine",
    "violate",
    "breach",
    "abandon",
    "flout",
    "disregard",
    "ignore",
    "respond",
    "react",
    "counter",
    "combat",
    "confront",
    "tackle",
    "deter",
    "resist",
    "withstand",
    "repel",
    "thwart",
    "foil",
    "address",
    "mitigate",
}
_SEARCH_PREPS = {
    "of",
    "by",
    "from",
    "against",
    "on",
    "with",
    "to",
    "in",
    "for",
    "between",
    "across",
}


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("X and Y" -> [X, Y])."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(conjuncts(child))
    return out


_FINITE = {"VBD", "VBZ", "VBP"}
_SPEECH_ACTS = frozenset(
    "urge call ask demand appeal stress emphasize reiterate welcome condemn express warn vow "
    "pledge thank praise reject invite encourage".split()
)


def stray_conjunct(token: Token) -> Token | None:
    """The finite verb a finite conjunct really coordinates with when the parser hung it on
    an infinitive ("said X is willing to strengthen ties and invited Y": "invited" goes with
    "said", not with "strengthen")."""
    if token.dep_ != "conj" or token.tag_ not in _FINITE:
        return None
    head = token.head
    if (
        head.lemma_ == "be"
        and head.dep_ == "ccomp"
        and token.lemma_.lower() in _SPEECH_ACTS
        and head.head.pos_ == "VERB"
    ):  # "said the bill was incompatible with EU values and urged X": "urged" goes with "said"
        return head.head  # type: ignore[no-any-return]
    if head.tag_ != "VB":
        return None
    node = token.head
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.tag_ == token.tag_ and node.pos_ == "VERB":
            return node  # type: ignore[no-any-return]
    return None


def subjects(token: Token) -> tuple[list[Token], bool]:
    """Subject tokens of a verb or predicate, and whether the clause is passive."""
    node = token
    climbed_xcomp = False
    if (
        token.dep_ == "xcomp"
        and any(c.dep_ == "auxpass" for c in token.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
    ):  # "thousands continue to be detained (by X)": the head's subject is the patient
        agents = [
            g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
        ]
        return [t for a in agents for t in conjuncts(a)], True
    for _ in range(6):
        found = [c for c in node.children if c.dep_ in {"nsubj", "csubj"}] or [
            g  # "Vietnam is committed to …" parsed with the subject on the auxiliary
            for c in node.children
            if c.dep_ in {"aux", "auxpass"}
            for g in c.children
            if g.dep_ == "nsubj"
        ]
        passive = [c for c in node.children if c.dep_ == "nsubjpass"]
        agents = [
            g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
        ]
        if agents and node.tag_ == "VBN" and not found:  # "was co-chaired by X and Y"
            return [t for a in agents for t in conjuncts(a)], True
        if passive and node is not token and climbed_xcomp:
            # "Biden is scheduled / was invited to visit X": the passive's patient acts
            return [t for p in passive for t in conjuncts(p)], False
        if passive:
            agents = [
                g
                for c in node.children
                if c.dep_ == "agent"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            return [t for a in agents for t in conjuncts(a)], True
        titled = [  # "Under Secretary Nuland (and the team) will meet": "Under" is a title
            g
            for c in node.children
            if c.dep_ == "prep"
            and c.text == "Under"
            and c.i < node.i
            and c.i + 1 < len(c.doc)
            and c.doc[c.i + 1].lower_ == "secretary"
            for g in c.children
            if g.dep_ == "pobj" and (not found or g.i < found[0].i)
        ]
        found = titled + found
        if found:
            out = [t for s in found for t in conjuncts(s)]
            out = [  # "President Macron and Chancellor Scholz" with "Macron" a modifier
                m
                for s in found
                for m in s.children
                if m.dep_ in {"nmod", "compound"}
                and m.pos_ == "PROPN"
                and any(c.dep_ == "cc" for c in m.children)
            ] + out
            head = node.head
            if (
                node.dep_ == "conj"
                and head.dep_ == "ROOT"
                and head.pos_ not in {"VERB", "AUX"}
                and head.is_title  # the tagger may call the name ADV
                and head.i < found[0].i
                and any(c.dep_ == "cc" and c.i < found[0].i for c in head.children)
            ):  # "Macron and Scholz attended …" parsed with "Macron" as the root
                out = [head, *out]
            return out, False
        if node.dep_ in {"xcomp", "conj", "acomp", "advcl"} and node.head.i != node.i:
            if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
                return [], False
            if (
                node.dep_ == "advcl"
                and node.tag_ == "VB"
                and not any(c.dep_ in {"aux", "mark", "nsubj"} for c in node.children)
            ):  # "the need for Russia to cease …, allow …, and withdraw": a bare verb
                return [], False  # torn from its "to" is no act of the main clause's subject
            if node.dep_ == "conj":  # "has been indicted … and will resign": the patient
                patients = [c for c in node.head.children if c.dep_ == "nsubjpass"]
                if patients and not any(c.dep_ == "auxpass" for c in node.children):
                    return [t for p in patients for t in conjuncts(p)], False
            climbed_xcomp = node.dep_ == "xcomp"
            node = stray_conjunct(node) or node.head
            continue
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.pos_ == "VERB":
            node = node.head.head  # "resorted to throwing stones", "insisted on meeting"
            continue
        if (
            node.dep_ == "pcomp"
            and node.head.dep_ == "prep"
            and node.head.head.pos_ == "ADJ"
            and node.head.head.dep_ == "acomp"
        ):
            node = node.head.head  # "X is guilty of violating …", "responsible for killing"
            continue
        if node.dep_ in {"relcl", "acl"} and node.head.i != node.i:
            if node.dep_ == "acl" and node.tag_ == "VBN":
                agents = [
                    g
                    for c in node.children
                    if c.dep_ == "agent"
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
                return [t for a in agents for t in conjuncts(a)], True
            if node.tag_ == "VBG" and node.head.lemma_.lower() in _DOCUMENTS:
                node = node.head.head  # "issued a declaration demanding …": its issuer
                if node.pos_ in {"VERB", "AUX"}:
                    continue
                break
            return conjuncts(node.head), False
        if misparsed_verb(node):  # "X on Saturday hosted Y": the subject is before it
            return _subject_before(node), False
        if node.dep_ == "amod" and node.head.i != node.i:
            return conjuncts(node.head), False
        if node.dep_ == "ROOT":
            return _appositive_subject(node), False
        break
    return [], False


def _appositive_subject(verb: Token) -> list[Token]:
    """ "At the invitation of Premier Li, Chancellor Scholz will pay a visit …" parsed with
    the subject as an apposition inside the opening phrase: the name right before the verb."""
    for token in reversed(list(verb.sent)[: verb.i - verb.sent.start]):
        if token.dep_ in {"aux", "neg", "advmod"} and token.head.i == verb.i:
            continue
        if (
            token.dep_ == "appos"
            and token.pos_ in {"PROPN", "NOUN"}
            and token.head.dep_ == "pobj"
            and any(c.dep_ == "prep" and c.i < token.i for c in verb.children)
        ):
            return conjuncts(token)
        return []
    return []


def _subject_before(verb: Token) -> list[Token]:
    """The noun before a misparsed verb, skipping a date or place phrase ("on Saturday")."""
    for token in reversed(list(verb.sent)[: verb.i - verb.sent.start]):
        if token.dep_ in {"pobj", "npadvmod", "prep", "punct", "advmod"} or token.ent_type_ in {
            "DATE",
            "TIME",
        }:
            continue
        if token.pos_ in {"NOUN", "PROPN", "PRON"} and token.dep_ not in {"compound", "amod"}:
            return conjuncts(token)
        return []
    return []


def passive_patients(token: Token) -> list[Token]:
    found = [t for c in token.children if c.dep_ == "nsubjpass" for t in conjuncts(c)]
    if not found and token.dep_ == "acl" and token.tag_ == "VBN" and token.head.i != token.i:
        return conjuncts(token.head)  # "ten soldiers killed in X": the noun it describes
    if not found and token.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in token.children):
        # "thousands continue to be detained": the subject of the verb it completes
        found = [t for c in token.head.children if c.dep_ == "nsubj" for t in conjuncts(c)]
    return found


def objects(token: Token, slot: str) -> list[Token]:
    """Tokens filling one recipient slot of a trigger: dobj, iobj, poss, mod (a proper-noun
    modifier: "the NATO summit"), or a preposition."""
    out: list[Token] = []
    if slot == "dobj":
        out.extend(t for extra in extra_objects(token) for t in conjuncts(extra))
    for child in token.children:
        if slot == "dobj" and child.dep_ in {"dobj", "attr"} and not visiting_modifier(token):
            out.extend(conjuncts(child))
        elif slot == "dobj" and child.dep_ == "prep" and child.lower_ == "to" and _up_to(child):
            # "kidnapped up to 16 advisers": the count parsed as a preposition
            out.extend(t for g in child.children if g.dep_ == "pobj" for t in conjuncts(g))
        elif slot == "iobj" and child.dep_ == "nmod" and child.pos_ == "PROPN":
            out.extend(conjuncts(child))  # "gave the Ivory Coast 5 million dollars": misparsed
        elif slot == "iobj" and child.dep_ in {"dative", "iobj"}:
            if child.pos_ == "ADP":
                out.extend(t for g in child.children if g.dep_ == "pobj" for t in conjuncts(g))
            else:
                out.extend(conjuncts(child))
        elif slot == "poss" and child.dep_ == "poss":
            out.extend(conjuncts(child))
        elif (
            slot == "mod"
            and child.dep_ in {"compound", "nmod"}
            and child.pos_ == "PROPN"
            and not in_hyphen_pair(child)
        ):
            out.extend(conjuncts(child))  # "the NATO summit", "the Beijing Olympics"; not
            # "the U.S.-Japan Partnership", which is between the two
        elif child.dep_ in {"prep", "dative", "agent"} and child.lower_ == slot:
            out.extend(t for g in child.children if g.dep_ == "pobj" for t in conjuncts(g))
            for g in child.children:  # "in cooperation with": prep -> pobj -> prep
                if g.dep_ == "pcomp" and visiting_modifier(g):  # "talks with visiting X"
                    out.extend(t for d in g.children if d.dep_ == "dobj" for t in conjuncts(d))
                elif g.dep_ == "pcomp":
                    out.extend(conjuncts(g))
                    if g.pos_ == "VERB":  # "commitment to working with the EU"
                        out.extend(
                            t
                            for t in g.subtree
                            if t.dep_ in {"dobj", "pobj"} and not _own_possession(t)
                        )
    if slot == "with" and out:  # "met with the heads of the agencies …, including X and Y"
        for holder in [token, *out]:
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ == "including":
                    for g in child.children:
                        if g.dep_ == "pobj":
                            out.extend(conjuncts(g))
                            out.extend(
                                a for c in conjuncts(g) for a in c.children if a.dep_ == "appos"
                            )
    if not out and slot == "with":  # "spoke with X to follow up": "with" read as a clause's
        for child in token.children:  # mark, X as that clause's subject
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "with" for m in child.children
            ):
                out.extend(t for c in child.children if c.dep_ == "nsubj" for t in conjuncts(c))
    if not out and slot == "with":  # "met today in Riga, Latvia with X": "with" hung on the
        for child in token.children:  # place of the meeting
            if child.dep_ == "prep" and child.lower_ in {"in", "at"}:
                for place in (t for g in child.children if g.dep_ == "pobj" for t in conjuncts(g)):
                    if place.ent_type_ in {"GPE", "LOC", "FAC"}:
                        out.extend(objects(place, "with"))
    return out


def _up_to(prep: Token) -> bool:
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return before is not None and before.lower_ == "up" and before.head.i == prep.head.i


def _own_possession(token: Token) -> bool:
    """ "our foreign policy": the speaker's own, not someone the act is addressed to."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)


def countered(noun: Token) -> bool:
    """Whether a noun names what its verb's subject answers or works against ("respond to
    threats", "undermined its commitments"): an act of someone else, or none at all."""
    head = noun.head
    if noun.dep_ in {"dobj", "attr", "nsubjpass"} and head.pos_ in {"VERB", "AUX"}:
        verb = head
    elif noun.dep_ == "pobj" and head.head.pos_ in {"VERB", "AUX"}:
        verb = head.head
    else:
        return False
    return verb.lemma_.lower() in _COUNTERING_VERBS


def light_verb_subject(noun: Token) -> tuple[list[Token], bool]:
    """The subject of the verb governing a trigger noun ("X held talks", "X imposed sanctions")."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in _ENDING_VERBS:
        return [], False  # "ending the war in Yemen", "prevent a conflict": not one's own war
    if noun.dep_ in {"dobj", "attr", "nsubjpass"} and head.pos_ in {"VERB", "AUX"}:
        return subjects(head)
    claimed = _claimed_responsibility(noun)
    if claimed is not None:  # "X claimed responsibility for the attack": X's attack
        return subjects(claimed)
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in SPANS
        and head.head.dep_ in {"dobj", "nsubjpass"}
    ):
        return light_verb_subject(head.head)  # "X held / concluded two days of talks"
    if noun.dep_ == "pobj" and head.head.pos_ in {"VERB", "AUX"}:
        verb = head.head
        if verb.lemma_.lower() in _FEELING_VERBS and any(c.dep_ == "dobj" for c in verb.children):
            return [], False  # "expressed sorrow for the shootings": the cause of a feeling
        found, passive = subjects(verb)
        if not found and head.head.lemma_.lower() in {"engage", "involve"}:
            return passive_patients(head.head), False  # "forces were engaged in cleansing"
        return found, passive
    return [], False


def _claimed_responsibility(noun: Token) -> Token | None:
    """The verb of "claimed / took responsibility for <noun>", "claimed the attack"."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() == "claim" and head.pos_ == "VERB":
        return head
    if noun.dep_ != "pobj" or head.lower_ != "for":
        return None
    duty = head.head
    verb = duty.head
    if (
        duty.lemma_.lower() in {"responsibility", "credit"}
        and duty.dep_ == "dobj"
        and verb.lemma_.lower() in _CLAIMING_VERBS
        and verb.pos_ == "VERB"
    ):
        return verb
    return None


def _hyphen_partners(token: Token) -> list[Token]:
    """The other state of a hyphenated pair ("U.S.-Japan cooperation", "Japan-China talks":
    the first name hangs on the second across the hyphen)."""
    return [
        child
        for child in token.children
        if child.dep_ in {"compound", "nmod", "amod"}
        and child.i < token.i
        and token in hyphen_neighbours(child)
    ]


def in_hyphen_pair(token: Token) -> bool:
    """One side of a pair of names "X-Y" ("U.S.-Japan", "Japan-China"; not "Turkey-based")."""

    def pair(left: Token, right: Token) -> bool:  # two names, not one ("al-Qaeda")
        return all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and len(t.text) > 2 for t in (left, right)
        ) and not (right.ent_iob_ == "I" and token.doc[right.i - 1].ent_iob_ != "O")

    return any(
        pair(*sorted((token, other), key=lambda t: t.i)) for other in hyphen_neighbours(token)
    )


def between_parties(noun: Token) -> list[Token]:
    """ "talks between X and Y": the parties of a meeting named by its noun (only meetings:
    "cooperation between X and Y" is a topic, not an act; nor "evidence about contacts
    between X and Y", where the meeting is what is talked about)."""
    if noun.dep_ == "pobj" and noun.head.lower_ in {"about", "on", "regarding", "concerning"}:
        return []
    return [
        t
        for child in noun.children
        if child.dep_ == "prep" and child.lower_ == "between"
        for g in child.children
        if g.dep_ == "pobj"
        for t in conjuncts(g)
    ]


def noun_agents(noun: Token) -> list[Token]:
    """Agents written inside a noun phrase: "Blinken's visit", "U.S. sanctions", "talks by X"."""
    out: list[Token] = []
    for child in noun.children:
        if child.dep_ == "poss":
            out.extend(conjuncts(child))
        elif child.dep_ in {"compound", "amod", "nmod"} and child.pos_ in {"PROPN", "ADJ"}:
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            out.extend(t for g in child.children if g.dep_ == "pobj" for t in conjuncts(g))
        elif child.dep_ == "acl" and child.tag_ == "VBN":  # "atrocities committed by X"
            out.extend(
                t
                for agent in child.children
                if agent.dep_ == "agent"
                for g in agent.children
                if g.dep_ == "pobj"
                for t in conjuncts(g)
            )
    return out


class ArgumentMapper:
    """Maps tokens to entity ids, searching inside non-actor noun phrases."""

    def __init__(self, doc: Any, actors: ActorAnalysis) -> None:
        self.doc = doc
        self.actors = actors

    def entities(
        self, token: Token, *, search: bool = True, depth: int = 0
    ) -> list[tuple[str, Token]]:
        direct = self.actors.entities_at(token.i)
        shared = self._shared_office(token) if direct else []  # ("We, the Foreign Ministers
        if shared:  # of A and B": coreference resolves the pronoun to the states)
            return shared
        if direct:
            mapped = [(e, token) for e in direct]
            mapped.extend(
                (e, t) for t in _hyphen_partners(token) for e in self.actors.entities_at(t.i)
            )
            phrase = self.actors.phrase_at(token.i)
            if phrase is not None and phrase.head != token.i:
                # the word was a title word of a person; the person's own coordination counts
                for other in conjuncts(self.doc[phrase.head])[1:]:
                    mapped.extend((e, other) for e in self.actors.entities_at(other.i))
            return _unique(mapped)
        for child in token.children:  # "the APEC forum": a name beside a common noun
            if child.dep_ in {"compound", "flat", "appos", "nmod"} and not in_hyphen_pair(child):
                found = self.actors.entities_at(child.i)
                if found:
                    return [(e, child) for e in found]
        country = self.actors.modifier_country(token.i)
        if country is not None:
            return [(country, token)]
        if token.lemma_.lower() in _QUANTITY or token.pos_ == "NUM":  # "thousands of Kurds"
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            members = self.many(conjuncts(pobj), search=False)
                            if members:
                                return members
        if not search or depth > 2 or token.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"}:
            return []
        out: list[tuple[str, Token]] = []
        for child in token.children:
            if child.dep_ == "poss" and child.lower_ in {"our", "my"}:
                continue  # "the center of our policy": the speaker's own
            if child.dep_ == "poss" and token.lemma_.lower() in _RELATIONAL:
                continue  # "Israel's militia ally in Lebanon": an ally is not the one it allies
            if child.dep_ == "poss" or (
                child.dep_ in {"amod", "compound", "nmod"}
                and child.i < token.i
                and not in_hyphen_pair(child)  # "U.S.-Japan cooperation": a tie, no actor
            ):
                out.extend(self.entities(child, search=False))
                if child.lemma_.lower() in {"base", "lead"}:  # "Turkey-based", "US-led war"
                    for grand in child.children:
                        out.extend(self.entities(grand, search=False))
        if any(t.pos_ != "PRON" for _, t in out):
            # "the Kremlin's war crimes in Ukraine": the possessor, not the place
            return _unique(out)
        # "his commitment to the Zambian people": a pronoun possessor is often the actor
        # himself; the one the phrase is addressed to is searched as well
        preps = {"to", "toward", "towards"} if out else _SEARCH_PREPS
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        for tok in conjuncts(pobj):
                            out.extend(self.entities(tok, search=True, depth=depth + 1))
            if child.dep_ in {"acl", "relcl"}:
                for agent in child.children:
                    if agent.dep_ == "agent":
                        for pobj in agent.children:
                            out.extend(self.entities(pobj, search=True, depth=depth + 1))
        return _unique(out)

    def _shared_office(self, token: Token) -> list[tuple[str, Token]]:
        """ "The foreign ministers of India and Japan", "the leaders of the two countries'
        ... of Kenya and Uganda": a plural office held in several named states stands for
        each of them."""
        plural = token.tag_ in {"NNS", "NNPS"} or (token.tag_ == "NNP" and token.lower_[-1:] == "s")
        if not plural:  # "the Foreign Ministers" is tagged a proper noun
            return []
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ != "pobj" or len(conjuncts(pobj)) < 2:
                        continue
                    states = [
                        (e, t)
                        for t in conjuncts(pobj)
                        for e in self.actors.entities_at(t.i)
                        if self.actors.entity(e).kind == "GPE"
                    ]
                    if len({e for e, _ in states}) >= 2:
                        return _unique(states)
        return []

    def many(self, tokens: list[Token], *, search: bool = True) -> list[tuple[str, Token]]:
        first = tokens[0] if tokens else None
        coordinated = (
            first is not None
            and len(tokens) > 1
            and all(
                t.dep_ == "conj" or (t.head.i == first.head.i and t.dep_ == first.dep_)
                for t in tokens[1:]
            )
        )
        if search and coordinated and any(self.actors.entities_at(t.i) for t in tokens):
            # "thanked the minister for X's leadership, support for Y, …": beside a named
            # actor, a coordinated common noun is a reason, not an actor to search
            search = False
        seen: set[str] = set()
        out: list[tuple[str, Token]] = []
        for token in tokens:
            for entity, tok in self.entities(token, search=search):
                if entity not in seen:
                    seen.add(entity)
                    out.append((entity, tok))
        return out


def is_light_verb(token: Token) -> bool:
    return token.lemma_.lower() in _LIGHT_VERBS


def _unique(pairs: list[tuple[str, Token]]) -> list[tuple[str, Token]]:
    seen: set[str] = set()
    out = []
    for entity, tok in pairs:
        if entity not in seen:
            seen.add(entity)
            out.append((entity, tok))
    return out
