"""Actor phrases: every stretch of text that names or refers to an actor, with what its own
words say about it (titles, country, sectors, subnational unit, organization, leader).

Three kinds of phrase are found:
- names: spaCy/ruler entities (PERSON, ORG, GPE, NORP, LOC, FAC), with titles glued to a
  person's name split off ("Shanghai Party Secretary Chen Jining" is a person whose title
  zone is "Shanghai Party Secretary", not an ORG "Shanghai Party");
- nominals: role nouns and institutions without a name ("the Cuban side", "the delegation",
  "Senior Hungarian and Romanian officials", "Montenegro's prime minister");
- pronouns: he, she, they, we, I and their other forms.

Nothing here decides coreference; :mod:`readouts.actors.coref` does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..knowledge.actors import KBActor, KnowledgeBase
from ..knowledge.countries import Countries, norm
from ..knowledge.places import ADMIN_UNIT_WORDS, Gazetteer, Place, is_world_region
from ..knowledge.roles import RoleNoun, Roles
from ..nlp import hyphen_neighbours, sentence_ents

Token = Any  # spacy.tokens.Token
Doc = Any  # spacy.tokens.Doc

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# head words of bodies' names; a capitalized run ending in one is a name the NER may miss
_BODY_HEADS = frozenset(
    "forum association committee foundation federation institute society council".split()
)


def _untagged_bodies(doc: Any, tagged: dict[int, Any]) -> list[Any]:
    """ "The Third World Water Forum concluded …": a run of capitalized words ending in a
    body's head word that the NER left untagged is an organization's name."""
    out: list[Any] = []
    for token in doc:
        if token.lower_ not in _BODY_HEADS or not token.is_title or token.i in tagged:
            continue
        start = token.i
        while (
            start > token.sent.start
            and doc[start - 1].is_title
            and doc[start - 1].i not in tagged
            and doc[start - 1].pos_ in {"PROPN", "NOUN", "ADJ", "NUM"}
        ):
            start -= 1
        if token.i - start >= 2:  # at least two words before the head
            out.append(doc.char_span(doc[start].idx, token.idx + len(token), label="ORG"))
    return [e for e in out if e is not None]


PRONOUNS = {
    "he": "he",
    "him": "he",
    "his": "he",
    "himself": "he",
    "she": "she",
    "her": "she",
    "hers": "she",
    "herself": "she",
    "they": "they",
    "them": "they",
    "their": "they",
    "theirs": "they",
    "themselves": "they",
    "i": "i",
    "me": "i",
    "my": "i",
    "myself": "i",
    "we": "we",
    "us": "we",
    "our": "we",
    "ours": "we",
    "ourselves": "we",
    "it": "it",
    "its": "it",
    "itself": "it",
}
_ZONE_GLUE = frozenset({"of", "for", "the", "and", "&", "-", "'s", "’s", "on", "to"})
# envoys whose "for X" names their brief, not their country
_PORTFOLIO_TITLES = frozenset(
    "representative envoy coordinator ambassador-at-large adviser advisor czar".split()
)
_TIME_NOUNS = frozenset("month day week year anniversary holiday festival".split())
# forms of address before a name: part of the title, never a name of their own
_HONORIFICS = frozenset(
    "dr dr. mr mr. mrs mrs. ms ms. prof prof. professor sir dame madam h.e. excellency".split()
)
_ELITE_MARKERS = frozenset({"former", "ousted", "ex", "ex-", "exiled", "deposed", "retired"})
_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "man", "men", "woman", "ee")
_PEOPLE_WORDS = frozenset(
    [
        "people",
        "youths",
        "youth",
        "children",
        "women",
        "men",
        "families",
        "crowd",
        "crowds",
        "inmates",
        "pilgrims",
        "villagers",
        "kurds",
        "tribesmen",
        "clansmen",
        "hostages",
        "captives",
        "detainees",
    ]
)
_NOT_ACTOR_NOUNS = frozenset({"state", "mission", "union", "side", "people", "leadership"})


# "UK-based", "Iran-backed": words that make a place the origin of a body, not its scene
_ORIGIN_WORDS = frozenset("base based lead led back backed sponsor sponsored".split())


@dataclass
class Evidence:
    field: str
    value: str
    rule: str
    start: int  # token index
    end: int


@dataclass
class Phrase:
    """One actor-denoting stretch of text (token offsets into the Doc)."""

    index: int
    start: int  # full phrase, token offsets
    end: int
    head: int
    label: str  # PERSON ORG GPE NORP LOC FAC NOMINAL PRON
    name: tuple[int, int] | None = None  # the proper-name part
    pronoun: str | None = None
    role: RoleNoun | None = None  # the role noun a nominal is headed by
    titles: list[tuple[str, RoleNoun, int, int]] = field(default_factory=list)
    countries: list[Evidence] = field(default_factory=list)
    sectors: list[Evidence] = field(default_factory=list)
    subnational: list[tuple[Place, Evidence]] = field(default_factory=list)
    orgs: list[tuple[int, int]] = field(default_factory=list)  # organization name spans
    kb: KBActor | None = None
    place: Place | None = None  # a GPE name resolved in the gazetteer
    leader_of: int | None = None  # phrase index of a group this phrase leads
    led_by: int | None = None  # phrase index of the leader of this group
    definite: bool = False
    plural: bool = False
    ethnic: bool = False  # "ethnic Albanians": a group, not nationals of Albania
    both: bool = False  # "the two sides", "both delegations": the two parties of the story
    default_country: Evidence | None = None  # from an office only one country has
    context_country: Evidence | None = None  # from the places of its sentence (the last resort)
    elite: bool = False
    modifier: bool = False  # used only to describe another phrase (e.g. "Shanghai" in a title)

    @property
    def sentence(self) -> int:
        return -1


# words that name regions in office titles ("South and Central Asian Affairs"), not the
# provinces of that name (Cameroon's South Region)
_COMPASS_WORDS = frozenset(
    "north south east west central northern southern eastern western northeast northwest "
    "southeast southwest".split()
)
_PLACE_NOUNS = frozenset(
    "town city village province region district capital port county municipality state "
    "island enclave camp".split()
)


def _named_place(root: Token) -> bool:
    """A name in "the town of X", "the city of X" is a place, whatever NER called it."""
    head = root.head
    return (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in _PLACE_NOUNS
        and head.head.i < root.i
    )


_OF_PLACE = {"of", "from", "in", "throughout", "across"}
_WORLDWIDE = frozenset({"international", "global", "world", "worldwide", "multinational"})
_MAJOR_CITY = 100_000  # people: a city of its own country, whatever else shares its name
_LOCATIVE = {"in", "at", "throughout", "across", "near", "inside", "outside", "around", "from"}


@dataclass
class Knowledge:
    countries: Countries
    places: Gazetteer
    roles: Roles
    kb: KnowledgeBase
    day: Any = None  # article date: datetime.date | None
    article_countries: frozenset[str] = frozenset()


def clean_name_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop leading determiners and trailing possessive markers/punctuation from a name."""
    while start < end and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return start, end


def span_text(doc: Doc, start: int, end: int) -> str:
    text = str(doc[start:end].text)
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip()


def _name_run_end(doc: Doc, start: int, name_word: Callable[[Token], bool]) -> int:
    """The end of a run of name words from ``start``, within one sentence."""
    end = start
    while end < len(doc) and name_word(doc[end]) and not (end > start and doc[end].is_sent_start):
        end += 1
    return end


def _with_surname_he(doc: Doc, ent: Any) -> Any:
    """ "Vice Premier He Lifeng": a capitalized "He" inside a sentence, right before a
    person's name, is the surname (He is a common Chinese family name), not a pronoun."""
    if ent.start < 2 or ent.end - ent.start > 2:
        return ent
    before, title = doc[ent.start - 1], doc[ent.start - 2]
    if before.text != "He" or before.is_sent_start:
        return ent
    if ent.label_ != "PERSON" and not (title.is_title and title.pos_ in {"PROPN", "NOUN"}):
        return ent  # "… Premier He Lifeng", where the NER took "Lifeng" for a place
    span = doc.char_span(before.idx, ent.end_char, label="PERSON")
    return span if span is not None else ent


def _paired(ent: Any) -> bool:
    """A name on one side of a hyphenated pair of names ("U.S.-Chile", "Japan-China")."""
    after = [n for n in hyphen_neighbours(ent[-1]) if n.i > ent[-1].i]
    before = [n for n in hyphen_neighbours(ent[0]) if n.i < ent[0].i]
    return any(t.is_title for t in after + before)


class PhraseFinder:
    """Builds the phrases of one Doc."""

    def __init__(self, doc: Doc, knowledge: Knowledge) -> None:
        self.doc = doc
        self.k = knowledge
        self.phrases: list[Phrase] = []
        self.by_token: dict[int, int] = {}  # token index -> phrase index (heads and names)
        self._ent_at: dict[int, Any] = {}
        self._names = [
            part
            for e in doc.ents
            if e.label_ in NAME_LABELS and not self._names_no_actor(e)
            for part in self._state_pair(self._whole_country(_with_surname_he(doc, e)))
        ]
        for ent in self._names:
            for i in range(ent.start, ent.end):
                self._ent_at[i] = ent
        self._add_names(_untagged_bodies(doc, self._ent_at))
        self._add_names(self._untagged_people())  # after the bodies: they are names too
        self._add_names(self._untagged_known_people())
        self._add_names(self._event_places())
        self._add_names(self._untagged_pair_states())
        self._modifier_tokens: set[int] = set()
        self._lower = [t.lower_ for t in doc]  # role lookups join these, not new Tokens

    def _state_pair(self, ent: Any) -> list[Any]:
        """ "the Japan-Chile talks" tagged as one organization "Japan-Chile": two states."""
        words = [t for t in ent if t.lower_ != "the"]
        if len(words) != 3 or words[1].text != "-":
            return [ent]
        sides = [words[0], words[2]]
        if not all(self.k.countries.by_name(t.text) for t in sides):
            return [ent]
        spans = [self.doc.char_span(t.idx, t.idx + len(t), "GPE") for t in sides]
        return [span for span in spans if span is not None] or [ent]

    def _whole_country(self, ent: Any) -> Any:
        """ "Timor-Leste" tagged as "Timor": a hyphenated country name is one name."""
        doc = self.doc
        end = ent.end
        if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].is_title:
            whole = doc[ent.start : end + 2].text.removeprefix("the ")
            if self.k.countries.by_name(whole):
                span = doc.char_span(ent.start_char, doc[end + 1].idx + len(doc[end + 1]), "GPE")
                return span if span is not None else ent
        return ent

    def _names_no_actor(self, ent: Any) -> bool:
        """Names the NER gives that name no actor: "the National Security Advisor" tagged as
        an organization (an office without a name is a mention of whoever holds it, read as
        a nominal), "H.E.", "National Arab American Heritage Month" (a time, not a body)."""
        words = [t.lower_ for t in ent if t.lower_ != "the"]
        if ent.label_ == "ORG" and ent[-1].lemma_.lower() in _TIME_NOUNS:
            return True
        if ent.label_ in {"ORG", "PERSON"} and words and all(w in _HONORIFICS for w in words):
            return True  # "H.E." tagged as a name
        role = self.k.roles.get(" ".join(words)) if words else None
        return bool(ent.label_ == "ORG" and role is not None and role.kind == "title")

    def _add_names(self, ents: list[Any]) -> None:
        for ent in ents:
            self._names.append(ent)
            for i in range(ent.start, ent.end):
                self._ent_at[i] = ent

    def _event_places(self) -> list[Any]:
        """ "the Beijing Olympics": a capital or big city naming an event the NER tagged as a
        whole is a place of its own (where the event is held)."""
        out: list[Any] = []
        for ent in self.doc.ents:
            if ent.label_ != "EVENT":
                continue
            for token in ent:
                if token.pos_ != "PROPN" or token.i in self._ent_at:
                    continue
                text = token.text
                big = any(
                    p.kind == "city" and (p.capital or p.population >= 500_000)
                    for p in self.k.places.lookup(text)
                )
                if big or self.k.countries.by_name(text):
                    span = self.doc.char_span(token.idx, token.idx + len(text), label="GPE")
                    if span is not None:
                        out.append(span)
        return out

    def _untagged_pair_states(self) -> list[Any]:
        """ "the Japan-China talks", "the U.S.-Spain Working Group": a state on either side of
        a hyphen that the NER left untagged is a name all the same."""
        doc, out = self.doc, []
        for dash in doc:
            if dash.text != "-" or not 0 < dash.i < len(doc) - 1:
                continue
            for side in (doc[dash.i - 1], doc[dash.i + 1]):
                if (
                    side.i not in self._ent_at
                    and not side.ent_type_
                    and side.text[:1].isupper()
                    and self.k.countries.by_name(side.text)
                ):
                    span = doc.char_span(side.idx, side.idx + len(side), "GPE")
                    if span is not None:
                        out.append(span)
        return out

    def _untagged_known_people(self) -> list[Any]:
        """ "Macron and Scholz met …": a run of proper nouns the NER left untagged that is
        the name or alias of a known person (and of nothing else in the knowledge base)."""
        doc, k = self.doc, self.k
        out: list[Any] = []

        def name_word(token: Token) -> bool:  # the tagger may call a name ADV or NOUN
            return bool(
                token.pos_ in {"PROPN", "NOUN", "ADV"}
                and token.is_title
                and not token.is_stop
                and token.lower_ not in _HONORIFICS
                and not token.ent_type_
                and token.i not in self._ent_at
            )

        i = 0
        while i < len(doc):
            if not name_word(doc[i]):
                i += 1
                continue
            end = _name_run_end(doc, i, name_word)
            text = span_text(doc, i, end)
            found = k.kb.lookup(text)
            if (
                found
                and all(a.kind == "PERSON" for a in found)
                and not k.roles.is_role_word(text.lower())
                and not k.countries.lookup(text)
            ):
                span = doc.char_span(doc[i].idx, doc[end - 1].idx + len(doc[end - 1]), "PERSON")
                if span is not None:
                    out.append(span)
            i = end
        return out

    def _untagged_people(self) -> list[Any]:
        """ "Prime Minister Egede": capitalized proper nouns right after a title that the NER
        left untagged are the titled person's name (not a role word, country or demonym)."""
        doc, k = self.doc, self.k
        out: list[Any] = []

        def name_word(token: Token) -> bool:
            return bool(
                token.pos_ == "PROPN"
                and token.is_title
                and token.lower_ not in _HONORIFICS  # "Prime Minister Dr. Ariel Henry"
                and token.i not in self._ent_at
                and not k.roles.is_role_word(token.lower_)
                and not k.countries.by_name(token.text)
                and not k.countries.by_demonym(token.text)
            )

        i = 1
        while i < len(doc):
            title = k.roles.get(doc[i - 1].lower_)
            if not (name_word(doc[i]) and doc[i - 1].is_title and title and title.kind == "title"):
                i += 1
                continue
            end = _name_run_end(doc, i, name_word)
            span = doc.char_span(doc[i].idx, doc[end - 1].idx + len(doc[end - 1]), label="PERSON")
            if span is not None:
                out.append(span)
            i = end
        return out

    # -- public -----------------------------------------------------------------------------

    def run(self) -> list[Phrase]:
        names = self._names
        # People first: their title zones consume tokens that NER may have tagged as ORG/GPE.
        for ent in sorted(names, key=lambda e: (e.label_ != "PERSON", e.start)):
            if ent.start in self._modifier_tokens:
                continue
            self._name_phrase(ent)
        for token in self.doc:
            if token.i in self.by_token or token.i in self._modifier_tokens:
                continue
            if (token.pos_ == "PRON" and token.lower_ in PRONOUNS) or token.text == "We":
                # "Begin text: We, the Foreign Ministers …": "We" tagged as a proper noun
                self._pronoun_phrase(token)
            elif token.pos_ in {"NOUN", "PROPN"} and token.i not in self._ent_at:
                self._nominal_phrase(token)
        for phrase in self.phrases:
            self._link_groups(phrase)
        for phrase in self.phrases:
            self._context_country(phrase)
        return sorted(self.phrases, key=lambda p: p.start)

    def _context_country(self, phrase: Phrase) -> None:
        """A group or person the text gives no nationality ("students", "demonstrators",
        "a journalist") is placed by its sentence: the country of the places it names
        ("... staged rallies in the Gaza Strip"), or, naming no place and being the subject,
        the one country the sentence's demonyms name ("... the resignation of Algerian
        President ..."). Several countries leave it unknown. The entity builder uses this
        only when nothing better (demonym, organization, leader) tells the country."""
        titled_person = phrase.label == "PERSON" and bool(phrase.titles) and phrase.kb is None
        if (
            not (
                titled_person
                or (
                    phrase.label == "NOMINAL"
                    and phrase.role is not None
                    and phrase.role.kind in {"group", "person", "agent"}
                )
            )
            or phrase.countries
            or phrase.orgs
            or phrase.default_country is not None
            or phrase.led_by is not None
            or phrase.leader_of is not None
            or (phrase.role is not None and phrase.role.phrase in {"countries", "nations"})
        ):
            return  # "individual African countries" are no one country's people
        if any(t.lower_ in _WORLDWIDE for t in self.doc[phrase.start : phrase.end]):
            return  # "the international community", "global partners": of no one place
        head = self.doc[phrase.head]
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
            return  # "its aircraft struck targets in Lebanon": the owner's, not the scene's
        for prep in head.children:  # its own place, "civil society in Southeast Asia"
            if prep.dep_ == "prep" and prep.lower_ in _LOCATIVE:
                if any(p.dep_ == "pobj" and p.ent_type_ in {"GPE", "LOC"} for p in prep.children):
                    return  # a place that names no single country (a region)
        sent = head.sent
        places: dict[str, tuple[int, int]] = {}
        others: dict[str, tuple[int, int]] = {}
        for ent in sentence_ents(self.doc, sent.start):
            if phrase.start <= ent.start < phrase.end:
                continue
            if _paired(ent):
                continue  # "to reinforce U.S.-Chile relations": a tie, neither a scene nor a
                # nationality
            if ent.label_ in {"GPE", "LOC", "FAC"}:
                root = ent.root
                unit = root.head.lower_ in ADMIN_UNIT_WORDS and root.head.dep_ == "pobj"
                if root.dep_ in {"poss", "nsubj", "nsubjpass", "dobj", "dative"} or (
                    root.dep_ in {"compound", "amod", "nmod"}
                    and not unit  # "in Kaduna state": a place all the same
                    and (root.head.i in self.by_token or self.k.roles.get(root.head.lower_))
                ):
                    continue  # "China's assistance", "the U.S. government", "the United
                    # States is designating …": an actor, not where people are
                if root.dep_ == "pobj" and root.head.lower_ not in _LOCATIVE | {"of"}:
                    continue  # "threatened action against Russia": a target, not a place
                if root.dep_ == "npadvmod" and root.head.lemma_.lower() in _ORIGIN_WORDS:
                    continue  # "a UK-based group": where that body is from, not the scene
                iso3, _ = self._resolve_place(ent.text)
                if iso3:
                    places.setdefault(iso3, (ent.start, ent.end))
            elif ent.label_ == "NORP":
                iso3 = self.k.countries.by_demonym(ent.text) or self.k.countries.by_name(ent.text)
                if iso3:
                    others.setdefault(iso3, (ent.start, ent.end))
        if len(places) == 1:
            (iso3, (start, end)), rule = next(iter(places.items())), "context:place"
        elif (
            not places
            and not titled_person
            and len(others) == 1
            and self.doc[phrase.head].dep_ == "nsubj"
        ):
            (iso3, (start, end)), rule = next(iter(others.items())), "context:sentence"
        else:
            return
        phrase.context_country = Evidence("country", iso3, rule, start, end)

    # -- names ------------------------------------------------------------------------------

    def _add(self, phrase: Phrase) -> Phrase:
        phrase.index = len(self.phrases)
        self.phrases.append(phrase)
        lo, hi = phrase.name if phrase.name else (phrase.head, phrase.head + 1)
        for i in range(lo, hi):
            self.by_token.setdefault(i, phrase.index)
        self.by_token.setdefault(phrase.head, phrase.index)
        return phrase

    def _name_phrase(self, ent: Any) -> None:
        doc = self.doc
        start, end = clean_name_span(doc, ent.start, ent.end)
        if start >= end:
            return
        label = ent.label_
        if label == "ORG" and self._titled_name(start, end):
            label = "PERSON"  # NER calls some titled people organizations ("Counselor Chollet")
        elif label == "ORG" and self._known_person(span_text(doc, start, end)):
            label = "PERSON"  # … and some known people ("Obama said he would …")
        elif label == "PERSON" and self.k.countries.by_demonym(span_text(doc, start, end)):
            label = "NORP"  # … and some demonyms people ("Moldovan Prime Minister X")
        if label in {"ORG", "PERSON", "NORP"} and _named_place(doc[start:end].root):
            label = "GPE"  # "the town of Cizre", "the city of Samarra"
        elif label in {"PERSON", "ORG"} and self._city_misnamed(start, end, label):
            label = "GPE"  # "traveled to Sanaa", "areas of Idlib": a known city after a
            # preposition of place
        if label == "PERSON":
            start, end = self._trim_person(start, end)
            if start >= end:
                return
        head = doc[start:end].root.i
        phrase = Phrase(index=-1, start=start, end=end, head=head, label=label, name=(start, end))
        text = span_text(doc, start, end)
        if label == "PERSON":
            zone_start = self._title_zone(phrase, start)
            phrase.start = zone_start
            self._apposition(phrase)
            self._of_state(phrase)
            self._kb_person(phrase, text)
        elif label == "ORG":
            self._org(phrase, text)
        elif label in {"GPE", "LOC", "FAC"}:
            self._place(phrase, text)
        elif label == "NORP":
            self._norp(phrase, text)
        self._add(phrase)

    def _city_misnamed(self, start: int, end: int, label: str) -> bool:
        """A known city the NER took for a person or organization ("trip to Sanaa")."""
        root = self.doc[start:end].root
        preps = {"to", "in", "from", "at", "into"} | ({"of"} if label == "ORG" else set())
        if root.dep_ != "pobj" or root.head.lower_ not in preps:
            return False
        text = span_text(self.doc, start, end)
        return bool(not self.k.kb.lookup(text) and self.k.places.lookup(text))

    def _known_person(self, text: str) -> bool:
        """Whether a name is a known person's and no known organization's."""
        found = self.k.kb.lookup(text)
        return bool(found) and all(a.kind == "PERSON" for a in found)

    def _titled_name(self, start: int, end: int) -> bool:
        words = [t.text for t in self.doc[start:end]]
        match = self.k.roles.longest(words, 0)
        if match is None or match[1].kind != "title" or match[0] >= len(words):
            return False
        rest = words[match[0] :]
        return all(w[:1].isupper() for w in rest) and not self.k.kb.lookup(" ".join(words))

    def _trim_person(self, start: int, end: int) -> tuple[int, int]:
        """Split titles, demonyms and places that NER glued to a person's name
        ("Secretary Blinken", "Gambian President Dawda Jawara")."""
        words = [t.text for t in self.doc[start:end]]
        i = 0
        while i < len(words) - 1:
            match = self.k.roles.longest(words, i)
            if match is not None and match[1].kind in {"title", "agent"}:
                i += match[0]
                continue
            word = words[i]
            if word[:1].isupper() and (
                self.k.countries.by_demonym(word) or self.k.countries.by_name(word)
            ):
                i += 1
                continue
            if word.lower() in _ZONE_GLUE | _ELITE_MARKERS and i > 0:
                i += 1
                continue
            break
        while start + i < end and self.doc[start + i].lower_ in _ZONE_GLUE:
            i += 1
        return start + i, end

    def _title_zone(self, phrase: Phrase, name_start: int) -> int:
        """Scan left of a person's name over titles, places and organizations; a title set
        off by a comma counts where nothing is glued to the name ("Spain's Secretary of State
        for Latin America, Juan Trigo")."""
        doc = self.doc
        zone_start = self._zone_left(name_start)
        comma = name_start - 1
        if zone_start == name_start and comma > doc[name_start].sent.start:
            if doc[comma].text == ",":
                before = self._zone_left(comma)
                words = [t.text for t in doc[before:comma]]
                if any(
                    (m := self.k.roles.longest(words, j)) is not None and m[1].kind == "title"
                    for j in range(len(words))
                ):
                    self._analyze_zone(phrase, before, comma, rule="title-zone")
                    return before
        if zone_start < name_start:
            self._analyze_zone(phrase, zone_start, name_start, rule="title-zone")
        return min(zone_start, name_start)

    def _zone_left(self, name_start: int) -> int:
        """Where the titles, places and organizations left of a token start."""
        doc = self.doc
        i = name_start - 1
        sent_start = doc[name_start].sent.start
        while i >= sent_start:
            tok = doc[i]
            if (
                tok.i in self._ent_at
                and self._ent_at[tok.i].label_ == "PERSON"
                and not self.k.countries.by_demonym(self._ent_at[tok.i].text)
            ):
                break  # "Macron and Scholz": another person is no title (a demonym NER
                # calls a person is: "Moldovan Prime Minister X")
            if tok.i in self._ent_at and self._ent_at[tok.i].label_ in {
                "GPE",
                "NORP",
                "ORG",
                "LOC",
            }:
                i = self._ent_at[tok.i].start - 1
                continue
            low = tok.lower_
            if low == ")" and i - 2 >= sent_start and doc[i - 2].text == "(":
                i -= 3  # "Republic of Korea (ROK) First Vice Foreign Minister"
                continue
            if tok.is_title or tok.is_upper or low in _ZONE_GLUE or low in _ELITE_MARKERS:
                if low in {"and", "&"} and not (
                    self._role_word_before(i) or self._inside_office_name(i)
                ):
                    break
                if tok.is_punct and low not in {"-"}:
                    break
                i -= 1
                continue
            if self.k.roles.get(low) is not None:
                i -= 1
                continue
            if (
                tok.pos_ in {"ADJ", "VERB"}
                and tok.dep_ == "amod"
                and name_start > tok.head.i > tok.i
            ) or (
                tok.dep_ == "advmod" and tok.head.dep_ == "amod" and name_start > tok.head.i > tok.i
            ):
                i -= 1  # "Iran's religious leader …", "junior foreign minister …", "Senegal's
                continue  # newly elected president …"
            break
        zone_start = i + 1
        while zone_start < name_start and doc[zone_start].lower_ in _ZONE_GLUE:
            zone_start += 1
        return min(zone_start, name_start)

    def _inside_office_name(self, i: int) -> bool:
        """ "and" joining capitalized words of one office ("for Economic and Trade Affairs"),
        not two people."""
        doc = self.doc
        if i < 1 or i + 1 >= len(doc):
            return False
        before, after = doc[i - 1], doc[i + 1]
        kinds = {"", "ORG"}
        if any(t.lower_ == "affairs" for t in doc[i + 1 : i + 5]):
            kinds = kinds | {"NORP"}  # "for East Asian and Pacific Affairs"
        return (
            before.is_title
            and after.is_title
            and before.ent_type_ in kinds
            and after.ent_type_ in kinds
            and not after.is_sent_start
        )

    def _role_word_before(self, i: int) -> bool:
        return i > 0 and self.k.roles.get(self.doc[i - 1].lower_) is not None

    def _analyze_zone(self, phrase: Phrase, start: int, end: int, *, rule: str) -> None:
        """Read titles, places, organizations and demonyms in a stretch of modifier tokens."""
        doc = self.doc
        words = [t.text for t in doc[start:end]]
        i = 0
        elite = False
        while i < len(words):
            pos = start + i
            tok = doc[pos]
            ent = self._ent_at.get(pos)
            match = self.k.roles.longest(words, i)
            if (
                match is not None
                and ent is not None
                and ent.label_ == "ORG"
                and pos + match[0] <= ent.end
                and self.k.kb.lookup(span_text(doc, *clean_name_span(doc, ent.start, ent.end)))
            ):
                match = None  # "Islamic State militants": a known body, not "Islamic" + "State"
            if (tok.lower_ in {"to", "toward", "towards"} and phrase.titles) or (
                tok.lower_ == "for"
                and phrase.titles
                and phrase.titles[-1][1].phrase.split()[-1] in _PORTFOLIO_TITLES
            ):
                # "Ambassador to China": the place after "to" is where the office is posted;
                # "Special Representative for the DPRK": the country is the portfolio
                after = pos + 2 if pos + 1 < end and doc[pos + 1].lower_ == "the" else pos + 1
                skip = self._ent_at.get(after)
                if skip is not None and skip.start == after:
                    i = skip.end - start
                elif after < end and self.k.countries.by_demonym(doc[after].text):
                    i = after + 1 - start  # "DPRK", "ROK": a country the NER left untagged
                else:
                    i += 1
                resume = start + i
                if resume + 2 < end and doc[resume].text == "(" and doc[resume + 2].text == ")":
                    i += 3  # "… for the Democratic People's Republic of Korea (DPRK)"
                continue
            if tok.lower_ == "ethnic":
                nxt = self._ent_at.get(pos + 1)
                i = (nxt.end - start) if nxt is not None and nxt.label_ == "NORP" else i + 1
                phrase.ethnic = True
                continue
            if match is not None and (ent is None or ent.label_ not in {"GPE", "NORP"}):
                size, role = match
                title = " ".join(words[i : i + size])
                phrase.titles.append((title, role, pos, pos + size))
                if role.country:
                    phrase.default_country = Evidence(
                        "country", role.country, f"{rule}:office", pos, pos + size
                    )
                sectors = ("ELI",) if elite and role.kind == "title" else role.sectors
                owner = self._office_of(pos + size, end)
                if owner and role.kind in {"title", "person"} and not elite:
                    sectors = owner  # "secretary of the PCC Central Committee" is a party office
                for sector in sectors:
                    phrase.sectors.append(
                        Evidence("sectors", sector, f"{rule}:role", pos, pos + size)
                    )
                self._orgs_inside(phrase, pos, pos + size, rule)
                self._modifier_tokens.update(range(pos, pos + size))
                i += size
                continue
            if tok.lower_ in _ELITE_MARKERS:
                elite = True
                phrase.elite = True
            if (
                ent is not None
                and ent.label_ == "ORG"
                and self._role_inside(words, i, ent.end - start)
            ):
                ent = None  # "Shanghai Party" + "Secretary": the role wins over the NER span
            if (
                ent is None
                and tok.is_title
                and pos not in self._modifier_tokens
                and not self.k.roles.is_role_word(tok.lower_)
                and tok.lower_ not in _COMPASS_WORDS
            ):
                iso3, place = self._resolve_place(tok.text)
                notable = (
                    place is None
                    or place.kind == "admin1"
                    or place.capital
                    or (place.population >= 100_000)
                )
                if iso3 and notable and (place is not None or self.k.countries.by_name(tok.text)):
                    self._describe_with(phrase, pos, pos + 1, "GPE", rule)
                    self._modifier_tokens.add(pos)
                    i += 1
                    continue
            if ent is not None:  # a name begun before the zone ("the Kenya Ministry …") too
                e_start, e_end = clean_name_span(doc, max(ent.start, start), min(ent.end, end))
                if span_text(doc, e_start, e_end).lower() not in _COMPASS_WORDS:
                    self._describe_with(phrase, e_start, e_end, ent.label_, rule)
                self._modifier_tokens.update(range(ent.start, min(ent.end, end)))
                i = min(ent.end, end) - start
                continue
            found = self.k.countries.by_demonym(tok.text) if tok.text[:1].isupper() else None
            if found:
                phrase.countries.append(Evidence("country", found, f"{rule}:demonym", pos, pos + 1))
                self._modifier_tokens.add(pos)
            i += 1

    def _office_of(self, pos: int, end: int) -> tuple[str, ...]:
        """Sectors of the organization an office belongs to: "… of the PCC Central Committee"."""
        doc = self.doc
        if pos >= end or doc[pos].lower_ != "of":
            return ()
        nxt = pos + 1
        while nxt < end and doc[nxt].lower_ == "the":
            nxt += 1
        ent = self._ent_at.get(nxt)
        if ent is None or ent.label_ != "ORG":
            return ()
        s, e = clean_name_span(doc, ent.start, ent.end)
        for actor in self.k.kb.lookup(span_text(doc, s, e))[:1]:
            return tuple(actor.sectors_at(self.k.day))
        return ()

    def _role_inside(self, words: list[str], i: int, ent_end: int) -> bool:
        """Whether a role phrase starts inside words[i:ent_end] and runs past its end."""
        for j in range(i, min(ent_end, len(words))):
            match = self.k.roles.longest(words, j)
            if match is not None and j + match[0] > ent_end:
                return True
        return False

    def _orgs_inside(self, phrase: Phrase, start: int, end: int, rule: str) -> None:
        seen: set[int] = set()
        for pos in range(start, end):
            ent = self._ent_at.get(pos)
            if ent is None or ent.start in seen:
                continue
            seen.add(ent.start)
            e_start, e_end = clean_name_span(self.doc, max(ent.start, start), min(ent.end, end))
            if e_start < e_end:
                self._describe_with(phrase, e_start, e_end, ent.label_, rule)

    def _describe_with(self, phrase: Phrase, start: int, end: int, label: str, rule: str) -> None:
        """A named modifier (place, demonym, organization) tells the phrase's country."""
        text = span_text(self.doc, start, end)
        if label in {"GPE", "LOC", "FAC"}:
            iso3, place = self._resolve_place(text)
            if iso3:
                phrase.countries.append(Evidence("country", iso3, f"{rule}:place", start, end))
            if place is not None and place.kind in {"admin1", "city"}:
                ev = Evidence("subnational", place.name, f"{rule}:place", start, end)
                phrase.subnational.append((place, ev))
            return
        if label == "NORP":
            iso3 = self.k.countries.by_demonym(text) or self.k.countries.by_name(text)
            if iso3 is None and end - start > 1:  # "Russian Jewish": the first demonym
                iso3 = next(
                    (
                        found
                        for t in self.doc[start:end]
                        if (found := self.k.countries.by_demonym(t.text)) is not None
                    ),
                    None,
                )
            if iso3:
                phrase.countries.append(Evidence("country", iso3, f"{rule}:demonym", start, end))
            else:  # NER calls some places NORP ("the Khartoum government")
                found, place = self._resolve_place(text)
                if found:
                    phrase.countries.append(Evidence("country", found, f"{rule}:place", start, end))
                if place is not None:
                    ev = Evidence("subnational", place.name, f"{rule}:place", start, end)
                    phrase.subnational.append((place, ev))
            return
        if label in {"ORG", "PERSON"}:
            if label == "ORG":
                phrase.orgs.append((start, end))
            known = self.k.kb.lookup(text)[:1]
            if label == "PERSON":  # "the Bush administration", "Bouteflika's government"
                person = self.person_in_kb(text)
                known = [person] if person is not None else []
            owner = self._owner_state(start, end) if label == "ORG" else None
            if owner is not None and known and known[0].country_at(self.k.day) != owner.value:
                phrase.countries.append(owner)  # "opponents of Rwanda's Senate"
                return
            for actor in known:
                country = actor.country_at(self.k.day)
                if country:
                    phrase.countries.append(
                        Evidence("country", country, f"{rule}:organization", start, end)
                    )
            iso3 = self.k.countries.by_name(text)
            if iso3:
                phrase.countries.append(Evidence("country", iso3, f"{rule}:name", start, end))
            elif not self.k.kb.lookup(text):  # "UAE Ministry of Foreign Affairs": its words
                for pos in range(start, end):
                    word = self.doc[pos].text
                    if not word[:1].isupper():
                        continue
                    found = self.k.countries.by_name(word) or self.k.countries.by_demonym(word)
                    if found:
                        phrase.countries.append(
                            Evidence("country", found, f"{rule}:organization-name", pos, pos + 1)
                        )
                        break

    def _of_state(self, phrase: Phrase) -> None:
        """ "Chancellor Ola Berg of Norway": a country named right after a person's name (by
        "of") is the person's."""
        if phrase.countries or phrase.name is None:
            return
        head = self.doc[phrase.head]
        end = phrase.name[1]
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ != "of" or child.i != end:
                continue
            for pobj in child.children:
                ent = self._ent_at.get(pobj.i)
                if pobj.dep_ == "pobj" and ent is not None and ent.label_ == "GPE":
                    iso3 = self.k.countries.by_name(ent.text)
                    if iso3:
                        phrase.countries.append(
                            Evidence("country", iso3, "name-of-state", ent.start, ent.end)
                        )

    def _apposition(self, phrase: Phrase) -> None:
        """ ", member of the Political Bureau and secretary of …" after a name describes it."""
        head = self.doc[phrase.head]
        for child in head.children:
            if child.dep_ != "appos" or child.i < phrase.head:
                continue
            if child.i in self._ent_at and self._ent_at[child.i].label_ == "PERSON":
                continue
            lo, hi = child.left_edge.i, child.right_edge.i + 1
            words = [t.lower_ for t in self.doc[lo:hi]]
            if any(self.k.roles.longest(words, j) for j in range(min(3, len(words)))):
                self._analyze_zone(phrase, lo, hi, rule="apposition")

    # -- knowledge lookups ------------------------------------------------------------------

    def _kb_person(self, phrase: Phrase, text: str) -> None:
        found = self.person_in_kb(text)
        if found is None and phrase.name is not None and phrase.start < phrase.name[0]:
            # "President Bush": the titled form may be a known alias where the surname alone
            # is shared by people of several countries
            titled = span_text(self.doc, phrase.start, phrase.name[1])
            people = [a for a in self.k.kb.lookup(titled) if a.kind == "PERSON"]
            if people and len({a.country_at(self.k.day) for a in people}) == 1:
                # the one in office at the article's date, where the date tells them apart
                dated = [
                    a
                    for a in people
                    if self.k.day and any("GOV" in r.sectors for r in a.roles_at(self.k.day))
                ]
                found = dated[0] if len(dated) == 1 else people[0]
        if found is not None:
            phrase.kb = found

    def person_in_kb(self, text: str) -> KBActor | None:
        """The known person a name denotes: the whole name, else a surname whose bearers who
        share the other name words are all of one country ("President Mugabe", "Ayatollah
        Ruhollah Khomeini")."""
        people = [a for a in self.k.kb.lookup(text) if a.kind == "PERSON"]
        if people:
            return people[0]
        words = norm(text).split()
        if not words:
            return None
        candidates = self.k.kb.by_surname(words[-1])
        if len(words) > 1:
            wanted = set(words)
            candidates = [
                a
                for a in candidates
                if len(wanted & {w for n in (a.name, *a.aliases) for w in norm(n).split()}) >= 2
            ]
        countries = {a.country_at(self.k.day) for a in candidates}
        if candidates and len(candidates) <= 8 and len(countries) == 1 and None not in countries:
            return candidates[0]
        return None

    def _owner_state(self, start: int, end: int) -> Evidence | None:
        """ "Rwanda's Senate": the state a body's name belongs to, written as its possessor."""
        for child in self.doc[start:end].root.children:
            ent = self._ent_at.get(child.i)
            if child.dep_ == "poss" and ent is not None and ent.label_ == "GPE":
                s, e = clean_name_span(self.doc, ent.start, ent.end)
                iso3, _ = self._resolve_place(span_text(self.doc, s, e))
                if iso3:
                    return Evidence("country", iso3, "possessive:place", s, e)
        return None

    def _org(self, phrase: Phrase, text: str) -> None:
        found = self.k.kb.lookup(text)
        start, end = phrase.name or (phrase.start, phrase.end)
        owner = self._owner_state(start, end)
        if owner is not None and found and found[0].country_at(self.k.day) != owner.value:
            # another state's body of the same name ("Rwanda's Senate", not the US Senate)
            phrase.countries.append(owner)
            found = []
        if found:
            phrase.kb = found[0]
            return
        for lo, hi in self._org_descriptions(phrase):
            self._describe_org(phrase, lo, hi)
        # "the Shanghai government", "Ministry of Foreign Affairs of Japan": read the words.
        words = [t.text for t in self.doc[start:end]]
        for j in range(len(words)):
            match = self.k.roles.longest(words, j)
            if match is not None and match[1].kind in {"org", "group", "agent"}:
                for sector in match[1].sectors:
                    phrase.sectors.append(
                        Evidence(
                            "sectors", sector, "org-name:role", start + j, start + j + match[0]
                        )
                    )
                break
        for j, tok in enumerate(self.doc[start:end]):
            if not tok.text[:1].isupper():
                continue
            iso3 = self.k.countries.by_demonym(tok.text) or self.k.countries.by_name(tok.text)
            if iso3:
                phrase.countries.append(
                    Evidence("country", iso3, "org-name:country", start + j, start + j + 1)
                )
                break
        if not phrase.countries:
            for j in range(len(words)):
                for size in (3, 2, 1):
                    if j + size > len(words):
                        continue
                    chunk = " ".join(words[j : j + size])
                    iso3 = self.k.countries.by_name(chunk)
                    if iso3:
                        phrase.countries.append(
                            Evidence(
                                "country", iso3, "org-name:country", start + j, start + j + size
                            )
                        )
                        return
        if not phrase.countries and owner is not None:
            # "the Ivory Coast's Supreme Court": a body of the place that possesses it
            phrase.countries.append(owner)
            return
        if not phrase.countries and end + 1 < len(self.doc) and self.doc[end].lower_ == "of":
            # "the United Bus Company of Tehran": a body named after its city
            ent = self._ent_at.get(end + 1)
            if ent is not None and ent.label_ == "GPE" and ent.start == end + 1:
                iso3, _ = self._resolve_place(ent.text)
                if iso3:
                    phrase.countries.append(
                        Evidence("country", iso3, "org-of-place", ent.start, ent.end)
                    )

    def _org_descriptions(self, phrase: Phrase) -> list[tuple[int, int]]:
        """The common-noun phrases that say what an unknown organization is: "the Kenyan
        opposition party X", "the Kenyan militant group X", "X, a Kenyan rebel movement"."""
        doc = self.doc
        head = doc[phrase.head]
        start = phrase.name[0] if phrase.name else phrase.start
        out: list[tuple[int, int]] = []
        if head.left_edge.i < start and doc[start - 1].pos_ == "NOUN":
            out.append((head.left_edge.i, start))
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i and child.pos_ == "NOUN":
                out.append((child.left_edge.i, child.i + 1))
        if head.dep_ == "appos" and head.head.pos_ == "NOUN" and head.head.i < start:
            out.append((head.head.left_edge.i, head.head.i + 1))
        return out

    def _describe_org(self, phrase: Phrase, start: int, end: int) -> None:
        """Sectors and country from an organization's description, where the description
        names a kind of body ("party", "rebel group", "militant movement")."""
        doc = self.doc
        words = [t.text for t in doc[start:end]]
        sectors: list[Evidence] = []
        for j in range(len(words)):
            match = self.k.roles.longest(words, j)
            if match is not None and match[1].kind != "title":  # "rebel", "party"
                sectors += [
                    Evidence("sectors", sector, "org-description", start + j, start + j + match[0])
                    for sector in match[1].sectors
                ]
        if not sectors:
            return
        phrase.sectors.extend(sectors)
        if phrase.countries:
            return
        for pos in range(start, end):
            ent = self._ent_at.get(pos)
            if ent is not None and ent.label_ in {"NORP", "GPE"}:
                self._describe_with(phrase, ent.start, ent.end, ent.label_, "org-description")
                return

    def _resolve_place(self, text: str) -> tuple[str | None, Place | None]:
        if text.lower() in _COMPASS_WORDS or is_world_region(text):
            return None, None  # "South America" is no part of "America"
        first, _, rest = text.partition(" ")
        if first.lower() in _COMPASS_WORDS and rest:
            # "Western Cambodia", "southern Lebanon": part of the country (unless the whole is
            # a known place: "South Africa", "West Bank")
            whole = self.k.countries.by_name(text) or self.k.places.lookup(text)
            if not whole:
                found = self.k.countries.by_name(rest)
                if found:
                    return found, None
        iso3 = self.k.countries.by_name(text) or self.k.countries.by_demonym(text)
        if iso3:  # NER calls some demonyms places ("Guatemalan Congressperson …")
            return iso3, None
        places = self.k.places.lookup(text)
        if places:
            top = max(p.population for p in places)
            # a place in a country the article names, unless it is a small town much smaller
            # than the best-known place of that name ("Geneva" in a story about U.S.
            # negotiators; but Lebanon's Tripoli in a story about Lebanon)
            preferred = [
                p
                for p in places
                if p.country in self.k.article_countries
                and (
                    p.kind == "admin1"
                    or p.capital
                    or p.population * 5 >= top
                    or p.population >= _MAJOR_CITY
                )
            ]
            place = (preferred or places)[0]
            return place.country, place
        capital = self.k.countries.by_capital(text)
        return capital, None

    def _place(self, phrase: Phrase, text: str) -> None:
        iso3, place = self._resolve_place(text)
        start, end = phrase.name or (phrase.start, phrase.end)
        if iso3:
            phrase.countries.append(Evidence("country", iso3, "gpe", start, end))
        if place is not None:
            phrase.place = place
            phrase.subnational.append(
                (place, Evidence("subnational", place.name, "gpe", start, end))
            )
        found = self.k.kb.lookup(text)
        if found and not iso3:
            phrase.kb = found[0]

    def _norp(self, phrase: Phrase, text: str) -> None:
        iso3 = self.k.countries.by_demonym(text) or self.k.countries.by_name(text)
        start, end = phrase.name or (phrase.start, phrase.end)
        if start > 0 and self.doc[start - 1].lower_ == "ethnic":
            phrase.ethnic = True
            phrase.start = start - 1
            iso3 = None
        if iso3 is None and not phrase.ethnic:  # "Iraqi Kurds": the nationality before
            for child in self.doc[phrase.head].children:
                ent = self._ent_at.get(child.i)
                if child.dep_ in {"amod", "compound"} and ent is not None and ent.start < start:
                    iso3 = self.k.countries.by_demonym(ent.text) or self.k.countries.by_name(
                        ent.text
                    )
                    if iso3:
                        phrase.start = ent.start
                        self._modifier_tokens.update(range(ent.start, ent.end))
                        break
        if iso3:
            phrase.countries.append(Evidence("country", iso3, "demonym", start, end))
        token = self.doc[phrase.head]
        phrase.plural = token.tag_ in {"NNPS", "NNS"} or token.text.endswith("s")
        if token.dep_ in {"amod", "compound"} and token.head.pos_ in {"NOUN", "PROPN"}:
            phrase.modifier = True

    # -- nominals and pronouns --------------------------------------------------------------

    def _nominal_phrase(self, token: Token) -> None:
        found = self._role_of(token) or self._people_noun(token)
        if found is None:
            return
        if token.dep_ == "compound" and token.head.pos_ in {"NOUN", "PROPN"}:
            return  # the head noun carries the phrase ("foreign ministry delegation")
        size, role = found
        role_start = token.i - size + 1
        lo = min(token.left_edge.i, role_start)
        phrase = Phrase(
            index=-1, start=lo, end=token.i + 1, head=token.i, label="NOMINAL", role=role
        )
        phrase.plural = token.tag_ in {"NNS", "NNPS"}
        for sector in role.sectors:
            phrase.sectors.append(
                Evidence("sectors", sector, "nominal:role", role_start, token.i + 1)
            )
        phrase.titles.append(
            (self.doc[role_start : token.i + 1].text, role, role_start, token.i + 1)
        )
        phrase.definite = any(
            c.lower_ in {"the", "this", "that", "these", "those"} for c in token.children
        ) or (
            token.is_title
            and role.kind == "title"
            and not any(c.dep_ == "det" for c in token.children)
        )
        phrase.both = any(  # "the two sides", "the two heads of state"
            c.lower_ in {"two", "both"} and c.dep_ in {"nummod", "det", "predet"}
            for c in (*token.children, *self.doc[role_start].children)
        )
        if lo < role_start:
            self._analyze_zone(phrase, lo, role_start, rule="nominal-modifier")
        for child in token.children:
            if child.dep_ == "poss" and child.i in self._ent_at:
                ent = self._ent_at[child.i]
                s, e = clean_name_span(self.doc, ent.start, ent.end)
                self._describe_with(phrase, s, e, ent.label_, "possessive")
            if child.dep_ == "prep" and child.lower_ in {
                "of",
                "from",
                "in",
                "throughout",
                "across",
            }:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        self._of_object(phrase, pobj)
        if not (phrase.countries or phrase.orgs or phrase.subnational) and role.kind == "agent":
            if role.phrase in _NOT_ACTOR_NOUNS:
                return
        self._add(phrase)

    def _of_object(self, phrase: Phrase, pobj: Token) -> None:
        """ "delegation of the Communist Party of Cuba", "government of Sindh province",
        "the delegations of Iraq and the United States" (every coordinated object)."""
        for other in pobj.children:
            if other.dep_ == "conj" and phrase.plural:
                self._of_object(phrase, other)
        ent = self._ent_at.get(pobj.i)
        if ent is not None:
            s, e = clean_name_span(self.doc, ent.start, ent.end)
            # the whole "of" object may be a longer organization name than the entity
            self._describe_with(phrase, s, e, ent.label_, "of-phrase")
            return
        lo, hi = pobj.left_edge.i, pobj.i + 1
        self._analyze_zone(phrase, lo, hi, rule="of-phrase")

    def _people_noun(self, token: Token) -> tuple[int, RoleNoun] | None:
        """A noun for people that the role table lacks, made an actor by its nationality
        ("Palestinian prisoners", "Russian civilian advisers", "Mexican immigrants")."""
        if token.pos_ != "NOUN" or token.i in self._ent_at:
            return None
        word = token.lower_
        animate = word in _PEOPLE_WORDS or word.rstrip("s").endswith(_PERSON_SUFFIXES)
        if not animate:
            return None
        for child in token.children:
            if child.dep_ in {"amod", "compound", "nmod"} and child.i < token.i:
                ent = self._ent_at.get(child.i)
                if ent is not None and ent.label_ in {"NORP", "GPE"}:
                    role = RoleNoun(token.lemma_.lower(), (), "group", False, "nationality")
                    return 1, role
        return None

    def _role_of(self, token: Token) -> tuple[int, RoleNoun] | None:
        """The longest role phrase ending at ``token`` (compounds and adjectives before it)."""
        lower = self._lower
        best: tuple[int, RoleNoun] | None = None
        for size in range(1, 5):
            lo = token.i - size + 1
            if lo < 0 or (size > 1 and lo in self._ent_at):
                break
            words = " ".join(lower[lo : token.i + 1])
            found = self.k.roles.get(words)
            if found is None and size == 1:
                found = self.k.roles.get(token.lemma_.lower())
            if found is not None:
                best = (size, found)
        return best

    def _pronoun_phrase(self, token: Token) -> None:
        phrase = Phrase(
            index=-1,
            start=token.i,
            end=token.i + 1,
            head=token.i,
            label="PRON",
            pronoun=PRONOUNS[token.lower_],
        )
        phrase.plural = phrase.pronoun in {"they", "we"}
        self._add(phrase)

    # -- links between phrases -------------------------------------------------------------

    def _link_groups(self, phrase: Phrase) -> None:
        """ "a delegation … led by Roberto Morales Ojeda": the group and its head."""
        if phrase.label not in {"NOMINAL", "ORG"}:
            return
        head = self.doc[phrase.head]
        for child in head.children:
            if child.dep_ in {"acl", "relcl"} and child.lemma_ in {"lead", "head"}:
                for grand in child.children:
                    target = None
                    if grand.dep_ == "agent":
                        target = next((g for g in grand.children if g.dep_ == "pobj"), None)
                    elif grand.dep_ == "dobj" and child.dep_ == "relcl":
                        target = None
                    if target is not None and target.i in self.by_token:
                        leader = self.phrases[self.by_token[target.i]]
                        phrase.led_by = leader.index
                        leader.leader_of = phrase.index
