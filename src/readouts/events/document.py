"""Article-level event coding: from sentence candidates to the events of the data model.

Steps: future acts become AGREE (cooperation), CONCEDE (retreats) or THREATEN (sanctions,
force) as PLOVER says; joint meetings find their host (the visitor is the actor); a group's
leader joins it ("the delegation led by X"); "the two sides" are the article's main pair; a
statement of intent or support with no stated recipient is addressed to the other side of the
article's main meeting; repeated mentions of the same act merge into one event with several
evidence spans; undated acts take the date of the narrative, else the publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..actors import ActorAnalysis, guess_country, placed_by_context
from ..dates import ResolvedDate, resolve
from ..knowledge.countries import PSEUDO_CODES, Countries, countries
from ..knowledge.places import Gazetteer
from ..model import Article, Entity, EntityRef, Event, Evidence, Location, Span
from ..nlp import sentence_ents, text_of
from .arguments import SPANS, subjects
from .codebook import Codebook
from .extract import ATTACK_NOUNS, Candidate, intent_code
from .flags import is_historical
from .lexicon import visiting_modifier
from .topics import topics_of

Token = Any

_COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_FORCEFUL = {
    "SANCTION": ("1312", "restrict"),
    "COERCE": ("132", "ban"),
    "ASSAULT": ("138", "violence"),
    "MOBILIZE": ("138", "violence"),
}
# nouns of a stated policy: with no actor in their complement they address nobody
_POLICY_WORDS = {"commitment", "committed", "determination", "resolve"}
# acts only a state's authorities perform: with no agent in the text, the state where they
# happen did them
_STATE_ACT_MODES = {"arrest", "convict", "detain", "ban", "deport", "curfew", "martial-law"}
_NEEDS_COUNTERPART = {"AGREE", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "REQUEST", "ACCUSE"}
# PLOVER's "Requires recipient: Yes" types, and sanctions, which always have a target
_TOPIC_VERBS = {"discuss", "address", "review", "raise", "consider", "explore", "examine"}
# acts a condemnation can name by a definite noun ("condemned the attack"), and the types of
# the reported acts they refer back to
_REPORTED_ACTS = frozenset(
    "attack attacks strike strikes airstrike airstrikes shelling bombing bombings assault "
    "killing killings invasion offensive raid raids arrest arrests detention sentencing "
    "crackdown abduction kidnapping execution executions".split()
)
_HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})
_UNNAMED_GOVERNMENTS = frozenset({"government", "authorities", "regime", "administration"})
_NEEDS_RECIPIENT = {"COOPERATE", "AID", "SANCTION"}
# what a refusal ("said it would not X") refuses, by the type of X: REJECT mode, CAMEO 12x
_REFUSALS: dict[str, tuple[str | None, str]] = {
    "CONSULT": ("meet", "125"),
    "AID": ("assist", "122"),
    "COOPERATE": ("assist", "121"),
    "SUPPORT": (None, "120"),
    "CONCEDE": ("yield", "124"),
    "RETREAT": ("yield", "124"),
}
_REFUSABLE = set(_REFUSALS) | {"AGREE"}
_PLACE_TARGETED = {"PROTEST", "COERCE", "ASSAULT", "MOBILIZE"}
_VISITOR_ROLES = {"delegation", "delegations"}
# CAMEO: mediation and negotiation ("holding talks") take precedence over visits and meetings
_NEGOTIATION = {"045", "046"}
_EVENT_NOUNS = frozenset(
    "meeting meetings talks talk dialogue summit visit trip call conference session "
    "consultation consultations discussion discussions negotiation negotiations round "
    "videoconference forum ceremony".split()
)


@dataclass
class Draft:
    """An event being assembled; becomes a model Event at the end."""

    type: str
    mode: str | None
    cameo: str
    actor: list[str]
    recipient: list[str]
    aux: set[str]
    rule: str
    confidence: float
    candidates: list[Candidate] = field(default_factory=list)
    date: ResolvedDate | None = None
    date_span: tuple[int, int] | None = None
    future_date: bool = False
    derived_future: bool = False
    announced_visit: bool = False  # a future meeting or visit, coded as AGREE
    location: Location | None = None
    topics: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[Any, ...]:
        if self.type == "CONSULT":
            return (
                self.type,
                frozenset(self.actor) | frozenset(self.recipient),
                frozenset(self.aux),
            )
        return (self.type, frozenset(self.actor), frozenset(self.recipient), frozenset(self.aux))


class DocumentCoder:
    def __init__(
        self,
        doc: Any,
        article: Article,
        actors: ActorAnalysis,
        codebook: Codebook,
        places: Gazetteer,
        countries: Countries | None = None,
    ) -> None:
        self.doc = doc
        self.countries = countries
        self.text = text_of(doc)
        self._sentence_number = {sent.start: i for i, sent in enumerate(doc.sents)}
        self.article = article
        self.actors = actors
        self.book = codebook
        self.places = places
        self._dyad: list[list[str]] = []

    def run(self, candidates: list[Candidate]) -> list[Event]:
        drafts = [d for d in (self._draft(c) for c in candidates) if d is not None]
        for draft in drafts:
            self._orient_consult(draft)
            self._add_leaders(draft)
        dyad = self._main_dyad(drafts)
        self._dyad = dyad
        out: list[Draft] = []
        focus = self._focus_country()
        for number, draft in enumerate(drafts):
            self._two_sides(draft, dyad)
            self._place_groups(draft)
            self._place_bodies(draft)
            self._domestic_actor(draft)
            self._domestic_recipients(draft)
            self._implicit_state(draft)
            self._unidentified_attacker(draft)
            self._condemned_act(draft, drafts[:number])
            self._focus_government(draft, focus)
            self._infer_counterpart(draft, dyad)
            self._infer_target(draft, focus)
            self._protest_target(draft)
            out.extend(self._split_visits(draft))
        out = [d for d in out if self._valid(d)]
        merged = self._merge(_drop_protest_demands(_drop_subsumed(out)))
        self._narrative_dates(merged)
        return [self._event(d, i) for i, d in enumerate(merged, start=1)]

    # -- drafting ---------------------------------------------------------------------------

    def _draft(self, cand: Candidate) -> Draft | None:
        draft = Draft(
            type=cand.type,
            mode=cand.mode,
            cameo=cand.cameo,
            actor=list(dict.fromkeys(cand.actor)),
            recipient=list(dict.fromkeys(cand.recipient)),
            aux=set(cand.aux),
            rule=cand.rule,
            confidence=cand.confidence,
            candidates=[cand],
        )
        if cand.future and "negated" in draft.aux and draft.type in _REFUSABLE:
            # "said he would not provide support": a refusal
            mode, code = _REFUSALS.get(cand.type, (None, "120"))
            draft.type, draft.mode, draft.cameo = "REJECT", mode, code
            draft.aux.discard("negated")
            draft.rule += "+refusal"
        elif "hypothetical" in draft.aux and draft.type == "CONSULT":
            # "they would meet the mediator if he gave them a veto": a conditional willingness
            draft.announced_visit = True
            draft.type, draft.mode, draft.cameo = "AGREE", None, "036"
            draft.derived_future = True
        elif cand.future:
            if draft.type in _COOPERATIVE:
                draft.announced_visit = draft.type == "CONSULT"
                draft.type, draft.mode = "AGREE", None
                draft.cameo = intent_code(cand.type, cand.cameo)
                draft.derived_future = True
            elif draft.type in {"RETREAT", "CONCEDE"}:  # CAMEO 035x: intent to yield
                draft.type, draft.mode, draft.cameo = (
                    "AGREE",
                    None,
                    intent_code(draft.type, draft.cameo),
                )
                draft.derived_future = True
            elif draft.type == "ASSAULT" and _prepared(cand.token):
                # "the army prepared to resume shelling X": a show of force, not yet a threat
                draft.type, draft.mode, draft.cameo = "MOBILIZE", "troops", "150"
            elif draft.type in _FORCEFUL:
                draft.cameo, draft.mode = _FORCEFUL[draft.type]
                draft.type = "THREATEN"
            else:
                draft.aux.add("future")
        date, span = self._date_of(cand.token, future=cand.future or draft.derived_future)
        if date is not None:
            draft.date, draft.date_span = date, span
            if (
                date.date is not None
                and self.article.published is not None
                and date.date > self.article.published
            ):
                draft.future_date = True
        if is_historical(cand.token, self.article.published, date.date if date else None):
            if not cand.future and "future" not in draft.aux:
                draft.aux.add("historical")
        draft.location = self._location(cand)
        draft.topics = topics_of(cand.token)
        return draft

    # -- participants ---------------------------------------------------------------------

    def _orient_consult(self, draft: Draft) -> None:
        if draft.type not in {"CONSULT", "AGREE"} or not draft.candidates:
            return
        cand = draft.candidates[0]
        if not cand.joint or cand.host_known:
            return
        if (draft.announced_visit or draft.derived_future) and draft.actor and draft.recipient:
            return  # "X will meet with Y", "X will work with Y": X announces, Y is addressed
        participants = list(dict.fromkeys(draft.actor + draft.recipient))
        if draft.mode in {"phone", "multilateral", "third-party"}:
            draft.actor, draft.recipient = participants, []
            return
        countries = {self._country(p) for p in participants}
        if (
            draft.type == "CONSULT"
            and draft.mode is None
            and (len(countries - {None}) >= 3 or "IGO" in countries)
        ):
            draft.mode = "multilateral"
            draft.actor, draft.recipient = participants, []
            return
        where = draft.location.country if draft.location is not None else None
        if (
            draft.type == "CONSULT"
            and draft.mode is None
            and where
            and len(countries) == 2
            and None not in countries
            and where not in countries
        ):  # two sides meeting in a third country (CAMEO 044); talks stay negotiations
            draft.mode = "third-party"
            draft.cameo = draft.cameo if draft.cameo in _NEGOTIATION else "044"
            draft.actor, draft.recipient = participants, []
            return
        host = self._host(participants, draft)
        if host:
            visitors = [p for p in participants if p not in host]
            if visitors:
                draft.actor, draft.recipient = visitors, host
                if draft.type == "CONSULT":
                    draft.mode = draft.mode or "visit"
                    draft.cameo = draft.cameo if draft.cameo in _NEGOTIATION else "042"
                return
        draft.actor, draft.recipient = participants, []

    def _host(self, participants: list[str], draft: Draft) -> list[str]:
        """Who hosts a meeting: the side in whose country it takes place, or the side that is
        not a visiting delegation."""
        visiting = [p for p in participants if self._is_delegation(p)]
        if visiting and len(visiting) < len(participants):
            return [p for p in participants if p not in visiting and not self._led(p, visiting)]
        if draft.location is not None and draft.location.country:
            hosts = [p for p in participants if self._country(p) == draft.location.country]
            if hosts and len(hosts) < len(participants):
                return hosts
        visited = self._visited_country(draft)
        if visited:  # "Kishida, who is visiting India, held a summit with Modi"
            hosts = [p for p in participants if self._country(p) == visited]
            if hosts and len(hosts) < len(participants):
                return hosts
        return []

    def _visited_country(self, draft: Draft) -> str | None:
        """The country a participant is said to be visiting, in the words around him ("who
        is visiting India", "on a state visit to China")."""
        cand = draft.candidates[0]
        for token in [*cand.actor_tokens, *cand.recipient_tokens]:
            for sub in token.subtree:
                if sub.lemma_.lower() != "visit" or sub.i == token.i:
                    continue
                places = [c for c in sub.children if c.dep_ == "dobj"] + [
                    g
                    for c in sub.children
                    if c.dep_ == "prep" and c.lower_ == "to"
                    for g in c.children
                    if g.dep_ == "pobj"
                ]
                for place in places:
                    for entity_id in self.actors.entities_at(place.i):
                        entity = self.entities.get(entity_id)
                        if entity is not None and entity.kind == "GPE" and entity.country:
                            return entity.country
                    found = self.countries.by_name(place.text) if self.countries else None
                    if place.pos_ == "PROPN" and found:  # a country the NER left untagged
                        return found
        return None

    def _led(self, entity_id: str, groups: list[str]) -> bool:
        return any(self.entities[g].head == entity_id for g in groups if g in self.entities)

    def _is_delegation(self, entity_id: str) -> bool:
        entity = self.entities.get(entity_id)
        if entity is None or entity.kind != "GROUP":
            return False
        return entity.name.lower().split()[-1] in _VISITOR_ROLES if entity.name else False

    @property
    def entities(self) -> dict[str, Entity]:
        return self.actors.by_id()

    def _two_camps(self, actors: list[str]) -> bool:
        """Whether the actors of one country stand on two sides: a government or its
        people and an armed or opposition group."""
        sectors = [set(self.entities[a].sectors) for a in actors if a in self.entities]
        rebels = [s for s in sectors if s & {"REB", "OPP", "UAF", "INS"}]
        return bool(rebels) and len(rebels) < len(sectors)

    def _country(self, entity_id: str) -> str | None:
        entity = self.entities.get(entity_id)
        return entity.country if entity is not None else None

    def _add_leaders(self, draft: Draft) -> None:
        for side in (draft.actor, draft.recipient):
            for entity_id in list(side):
                entity = self.entities.get(entity_id)
                if entity is not None and entity.head and entity.head not in side:
                    side.append(entity.head)

    def _main_dyad(self, drafts: list[Draft]) -> list[list[str]]:
        """The two sides of the article's first meeting, as lists of entity ids."""
        for draft in drafts:
            if draft.type == "CONSULT" and "historical" not in draft.aux:
                if draft.recipient:
                    return [draft.actor, draft.recipient]
                sides: dict[str | None, list[str]] = {}
                for entity_id in draft.actor:
                    sides.setdefault(self._country(entity_id), []).append(entity_id)
                if len(sides) == 2:
                    return list(sides.values())
        authors = self.actors.authors
        if len(authors) == 2 and self._country(authors[0]) != self._country(authors[1]):
            return [[authors[0]], [authors[1]]]
        return []

    def _focus_government(self, draft: Draft, focus: str | None) -> None:
        """ "urged the government to withdraw the bill" in a story about one foreign country:
        that country's government."""
        if focus is None:
            return
        for entity_id in draft.actor + draft.recipient:
            entity = self.entities.get(entity_id)
            if (
                entity is not None
                and entity.country is None
                and entity.kind in {"GROUP", "ORG"}
                and entity.name.lower() in _UNNAMED_GOVERNMENTS
            ):
                guess_country(entity, focus, "article-focus", confidence=0.5)

    def _condemned_act(self, draft: Draft, earlier: list[Draft]) -> None:
        """ "Russian forces shelled Kharkiv … Ukraine condemned the attack": a condemnation of
        an act the story has just reported is aimed at whoever committed it."""
        if draft.type != "ACCUSE" or draft.recipient:
            return
        token = draft.candidates[0].token
        named = [
            c
            for c in token.children
            if c.dep_ == "dobj"
            and c.lemma_.lower() in _REPORTED_ACTS
            and any(d.lower_ in {"the", "this", "these", "that", "those"} for d in c.children)
        ]
        if not named:
            return
        for act in reversed(earlier):
            if act.type in _HOSTILE_TYPES and act.actor and "negated" not in act.aux:
                own = {self._country(a) for a in draft.actor}
                culprits = [a for a in act.actor if self._country(a) not in own]
                if culprits:
                    draft.recipient = culprits
                    draft.rule += "+condemned-act"
                return

    def _two_sides(self, draft: Draft, dyad: list[list[str]]) -> None:
        if not dyad:
            return
        for side in (draft.actor, draft.recipient):
            for entity_id in list(side):
                entity = self.entities.get(entity_id)
                if entity is not None and entity.kind in {"GROUP", "ORG"} and _is_both(entity):
                    side.remove(entity_id)
                    for member in dyad[0] + dyad[1]:
                        # "the two sides" as recipient means the other side of the actor
                        if member not in side and (
                            side is draft.actor or member not in draft.actor
                        ):
                            side.append(member)
        if draft.recipient and draft.actor:
            actor_countries = {self._country(a) for a in draft.actor}
            if {self._country(r) for r in draft.recipient} - actor_countries:
                draft.recipient = [
                    r for r in draft.recipient if self._country(r) not in actor_countries
                ] or draft.recipient

    def _infer_counterpart(self, draft: Draft, dyad: list[list[str]]) -> None:
        if draft.recipient or draft.type not in _NEEDS_COUNTERPART or len(dyad) != 2:
            return
        if any(c.token.lemma_.lower() in _POLICY_WORDS for c in draft.candidates):
            return  # "the U.S. commitment to a peaceful region" is pledged to nobody present
        actor_countries = {self._country(a) for a in draft.actor}
        for side, other in ((dyad[0], dyad[1]), (dyad[1], dyad[0])):
            side_countries = {self._country(a) for a in side}
            if actor_countries & side_countries and not actor_countries & {
                self._country(o) for o in other
            }:
                draft.recipient = list(other)
                draft.confidence -= 0.15
                draft.rule += "+counterpart"
                return

    def _implicit_state(self, draft: Draft) -> None:
        """ "the mass conviction of opposition activists in Cambodia", "a missionary was
        arrested in Lebanon": arrests, convictions, bans and deportations whose agent the text
        leaves out are the acts of the state where they happen (its authorities)."""
        if draft.actor or draft.type not in {"COERCE", "SANCTION"}:
            return
        if draft.mode not in _STATE_ACT_MODES:
            return
        places = {draft.location.country} if draft.location and draft.location.country else set()
        patients = {self._country(r) for r in draft.recipient}
        voice = self._voice_countries()
        if patients & voice:
            patients = set()  # "detained Americans" in a U.S. release are held abroad
        found = places or patients
        if len(found) != 1:
            return
        country = next(iter(found))
        if country is None or country in PSEUDO_CODES:
            return
        draft.actor = [self.actors.ensure_country(country)]
        draft.confidence -= 0.2
        draft.rule += "+implicit-state"

    def _unidentified_attacker(self, draft: Draft) -> None:
        """ "A roadside bombing near the town of X killed a soldier", "a journalist was killed
        in a car bomb explosion in Y": an attack whose agent the text does not name has the
        place where it happened as its source, the CAMEO codebook's rule for such attacks
        (usage notes of 1833 and 185); the actor is an unnamed one of PLOVER sector UNK. Only
        for an attack stated by a verb, with a victim whose country is known."""
        if draft.actor or draft.type != "ASSAULT":
            return
        cand = draft.candidates[0]
        if cand.trigger.pos != "VERB" or not any(self._country(r) for r in draft.recipient):
            return
        agents = subjects(cand.token)[0]
        if any(t.lemma_.lower() not in ATTACK_NOUNS for t in agents):
            return  # "they killed three villagers": an agent the coder could not resolve
        if not agents and cand.token.tag_ != "VBN":
            return  # "involvement in injuring institutions": no attack is reported
        country = draft.location.country if draft.location is not None else None
        country = country or self._attack_place(cand)
        if country is None or country in PSEUDO_CODES:
            return
        draft.actor = [self.actors.unidentified(country, "attack-location")]
        draft.confidence -= 0.2
        draft.rule += "+unidentified-attacker"

    def _attack_place(self, cand: Candidate) -> str | None:
        """The country of the place named in an "in", "at" or "near" phrase of an attack or
        of its weapon ("a bombing near the town of X"), however deep in the phrase the place
        is ("in a car bomb explosion in a residential sector of Y"); the victims' own
        description ("the governor of Z") does not place the attack."""
        victims = {t.i for r in cand.recipient_tokens for t in r.subtree}
        clauses = [cand.token]
        if cand.token.dep_ == "advcl" and cand.token.tag_ == "VBG":
            clauses.append(cand.token.head)  # "a bomb exploded in X, killing ten people"
        holders = [*clauses, *(c for v in clauses for c in v.children if c.dep_ == "nsubj")]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in {"in", "at", "near", "outside"}:
                    continue
                for sub in prep.subtree:
                    if sub.i in victims or sub.dep_ == "amod":
                        continue  # "in Israeli tank shelling": an attacker, not a place
                    for entity_id in self.actors.entities_at(sub.i):
                        entity = self.entities.get(entity_id)
                        if entity is not None and entity.kind in {"GPE", "LOC"} and entity.country:
                            return entity.country
        return None

    def _voice_countries(self) -> set[str | None]:
        """The country of whoever speaks for the article (its authors or publisher)."""
        if not self.actors.authors and self.actors.publisher is None:
            return set()
        speakers = self.actors.voice()  # may create the publisher's entity
        return {self._country(e) for e in speakers}

    def _domestic_recipients(self, draft: Draft) -> None:
        """ "lift the ban on the Islamic Salvation Front", "accepted demands from Shona
        rebels": a party, movement or group with no stated nationality, acted on by one
        country's institutions in a sentence naming no other country, is taken to be of that
        country (a weak guess). Not for the publisher's own state, whose releases are mostly
        about others."""
        if draft.type in {"SANCTION", "AID", "CONSULT", "COOPERATE"} and draft.mode != "convict":
            return  # designations, aid and meetings are mostly about others; a court's
            # sentence is passed on its own country's people
        actor_countries = {self._country(a) for a in draft.actor}
        if len(actor_countries) != 1 or None in actor_countries:
            return
        country = next(iter(actor_countries))
        voice = self._voice_countries()
        if country is None or country in PSEUDO_CODES or country in voice:
            return
        unplaced = [
            self.entities[r]
            for r in draft.recipient
            if r in self.entities
            and self.entities[r].country is None
            and (
                self.entities[r].kind in {"ORG", "GROUP"}
                or (  # "allowed opposition leader X to hold a rally"
                    self.entities[r].kind == "PERSON"
                    and bool(set(self.entities[r].sectors) & _DOMESTIC_POLITICS)
                )
            )
        ]
        both = {  # "the highest leaders of the two parties": of both sides, not one
            e
            for tok in draft.candidates[0].recipient_tokens
            if _of_both(tok)
            for e in self.actors.entities_at(tok.i)
        }
        unplaced = [e for e in unplaced if e.id not in both]
        if not unplaced:
            return
        sentence = draft.candidates[0].token.sent
        named = {
            self._country(e)
            for e in self.actors.entities_in(sentence.start, sentence.end)
            if self._country(e)
        }
        if named - {country}:
            return
        for entity in unplaced:
            guess_country(entity, country, "domestic-counterpart", confidence=0.4)

    def _domestic_actor(self, draft: Draft) -> None:
        """ "Judge Alejandro Rivera opened investigations against 28 Chilean officials": a
        named office-holder or a rebel or opposition group whose nationality the text does not
        give, acting on one country's people or institutions, is taken to be of that country
        (a weak guess, recorded as such)."""
        if not draft.actor or any(self._country(a) for a in draft.actor):
            return
        targets = {self._country(r) for r in draft.recipient}
        if len(targets) != 1:
            return
        if any(
            getattr(self.entities.get(r), "kind", None) == "GPE"
            and getattr(self.entities.get(r), "subnational", None) is None
            for r in draft.recipient
        ):
            return  # "threatened action against Russia": a state as target says nothing
        country = next(iter(targets))
        if country is None or country in PSEUDO_CODES:
            return
        for entity_id in draft.actor:
            entity = self.entities.get(entity_id)
            if entity is None or not _domestic_kind(entity):
                return
        for entity_id in draft.actor:
            guess_country(self.entities[entity_id], country, "domestic-counterpart", confidence=0.4)

    def _place_groups(self, draft: Draft) -> None:
        """A group with no nationality of its own ("ethnic Albanians") acting in a stated
        place is coded with the country of that place."""
        if draft.location is None or not draft.location.country:
            return
        for entity_id in draft.actor:
            entity = self.entities.get(entity_id)
            if (
                entity is not None
                and entity.country is None
                and entity.kind == "GROUP"
                and entity.name.split()[-1].lower() not in {"countries", "nations", "states"}
                and entity.name.split()[0].lower() not in _POSSESSIVES  # "its aircraft": the
            ):  # owner's, whoever the pronoun is
                guess_country(
                    entity, draft.location.country, "acts-in-place", span=draft.location.span
                )

    def _object_place(self, token: Token) -> str | None:
        """The country of a place named inside what was attacked ("blew up power lines
        leading into Kabul")."""
        for obj in token.children:
            if obj.dep_ != "dobj":
                continue
            for sub in obj.subtree:
                if sub.ent_type_ == "GPE":
                    for entity_id in self.actors.entities_at(sub.i):
                        country = self._country(entity_id)
                        if country and country not in PSEUDO_CODES:
                            return country
        return None

    def _place_bodies(self, draft: Draft) -> None:
        """An organization or facility with no country of its own that an act reaches in a
        stated place ("inspectors to the Esfahan facilities in central Iran") is there."""
        if draft.location is None or not draft.location.country:
            return
        if draft.location.country in PSEUDO_CODES:
            return
        for entity_id in draft.recipient:
            entity = self.entities.get(entity_id)
            if entity is not None and entity.country is None and entity.kind == "ORG":
                guess_country(
                    entity,
                    draft.location.country,
                    "located-in-place",
                    confidence=0.5,
                    span=draft.location.span,
                )

    def _protest_target(self, draft: Draft) -> None:
        """A protest with no stated target is addressed to the government where it happens; a
        curfew, a raid or an attack in a stated place without a stated target hits that place."""
        if draft.recipient or draft.type not in _PLACE_TARGETED:
            return
        country = draft.location.country if draft.location is not None else None
        if draft.type == "PROTEST":
            country = country or next(
                (self._country(a) for a in draft.actor if self._country(a)), None
            )
        if country is None and draft.type in {"ASSAULT", "COERCE"}:
            country = self._object_place(draft.candidates[0].token)
        if country:
            draft.recipient = [self.actors.ensure_country(country)]
            draft.rule += "+protest-target"

    def _focus_country(self) -> str | None:
        """The foreign country the article is about: named far more often than any other
        (the voice's own country does not count)."""
        own = self._voice_countries()
        named = self._title_countries(own)
        if len(named) == 1:  # "U.S. Sanctions International Network Enriching Houthis"
            return next(iter(named))
        counts: dict[str, int] = {}
        for entity in self.actors.entities:
            if entity.country and len(entity.country) == 3 and entity.country not in own:
                counts[entity.country] = counts.get(entity.country, 0) + len(entity.mentions)
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 3:
            return None
        if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return None
        return ranked[0][0]

    def _title_countries(self, own: set[str | None]) -> set[str]:
        """Countries the headline names, by an actor of the text or a country word."""
        title = self.article.title or ""
        if not title:
            return set()
        found: set[str] = set()
        for mention in self.actors.mentions:
            entity = self.entities.get(mention.entity or "")
            if entity is None or not entity.country or len(entity.country) != 3:
                continue
            if entity.country in own or len(mention.text) < 4:
                continue
            if re.search(rf"\b{re.escape(mention.text)}\b", title):
                found.add(entity.country)
        table = countries()
        for word in re.findall(r"[A-Z][\w'’-]+", title):
            iso3 = table.by_demonym(word) or table.by_name(word)
            if iso3 and iso3 not in own:
                found.add(iso3)
        return found

    def _infer_target(self, draft: Draft, focus: str | None) -> None:
        """Sanctions and threats whose targets the sentence leaves unnamed ("designating 21
        entities and 13 individuals") are aimed at the country the article is about."""
        if draft.type not in {"SANCTION", "THREATEN"} or focus is None:
            return
        if any(self._country(r) for r in draft.recipient):
            return  # named targets with a country: "designating 21 entities" needs the focus
        if focus in {self._country(a) for a in draft.actor}:
            return
        draft.recipient = [*draft.recipient, self.actors.ensure_country(focus)]
        draft.confidence -= 0.2
        draft.rule += "+article-focus"

    def _split_visits(self, draft: Draft) -> list[Draft]:
        """A trip to several countries is one visit (or announced visit) per destination."""
        if len(draft.recipient) < 2 or not draft.candidates[0].places:
            return [draft]
        by_country: dict[str | None, list[str]] = {}
        for entity_id in draft.recipient:
            by_country.setdefault(self._country(entity_id), []).append(entity_id)
        if len(by_country) < 2:
            return [draft]
        out = []
        for members in by_country.values():
            part = Draft(
                **{**draft.__dict__, "recipient": members, "candidates": list(draft.candidates)}
            )
            part.aux = set(draft.aux)
            out.append(part)
        return out

    def _valid(self, draft: Draft) -> bool:
        """An event needs an actor whose country is known; unknown-country recipients are
        dropped beside known ones; a named act (noun trigger) needs a recipient."""
        known = [a for a in draft.actor if self._country(a)]
        if not known:
            return False
        if draft.type != "CONSULT":
            draft.actor = known
        known_recipients = [r for r in draft.recipient if self._country(r)]
        if draft.type == "CONSULT":  # a trip to "Asia": a region is no participant
            draft.recipient = [
                r
                for r in draft.recipient
                if self._country(r) or getattr(self.entities.get(r), "kind", None) != "LOC"
            ]
        if known_recipients or draft.type != "CONSULT":
            draft.recipient = known_recipients
        if (
            draft.candidates[0].trigger.pos == "NOUN"
            and not draft.recipient
            and draft.type not in {"CONSULT", "AGREE", "SUPPORT", "COOPERATE"}
        ):
            return False
        if set(draft.recipient) and set(draft.recipient) <= set(draft.actor):
            draft.recipient = []
        if draft.type == "AGREE":  # "promised to democratize Serbia": his own state is the
            own = {self._country(a) for a in draft.actor}  # subject matter, not an addressee
            draft.recipient = [
                r
                for r in draft.recipient
                if not (
                    getattr(self.entities.get(r), "kind", None) == "GPE" and self._country(r) in own
                )
            ]
        if draft.type == "CONSULT" and len(set(draft.actor) | set(draft.recipient)) < 2:
            return False
        if (
            draft.candidates[0].trigger.role == "visit"
            and draft.recipient
            and all(a in self.entities and placed_by_context(self.entities[a]) for a in draft.actor)
            and {self._country(a) for a in draft.actor}
            <= {self._country(r) for r in draft.recipient}
        ):  # "women leaders from 11 countries arrived in the United States": the visitors'
            return False  # country was only guessed from the place they travel to
        if (
            draft.type == "CONSULT"
            and draft.candidates[0].trigger.pos == "NOUN"
            and not draft.recipient
            and len({self._country(a) for a in draft.actor}) == 1
        ):  # "following meetings in Jerusalem, Biden and Blinken will …": a meeting named
            return False  # by a noun, with one government's people only, is not between them
        if draft.type in _NEEDS_RECIPIENT and not draft.recipient:
            joint = len({self._country(a) for a in draft.actor}) > 1
            if not (draft.type == "COOPERATE" and joint):  # "X and Y held joint exercises"
                return False
        if draft.rule.startswith("rule:time-for") and not draft.recipient:
            return False  # "it is time for all parties to …": asked of nobody in particular
        if draft.type in {"SUPPORT", "AGREE"} and not draft.recipient:
            single = len({self._country(a) for a in draft.actor}) < 2 and not self._two_camps(
                draft.actor
            )  # "Colombia and the ELN signed a ceasefire": a government and its rebels
            if single and draft.cameo == "036":
                return False  # "will also meet with civil society": a plan to meet nobody known
            if single and (draft.type == "SUPPORT" or self._dyad):
                # praise of nobody in particular, or a pledge to nobody in a story with a
                # clear counterpart, is not an event between actors
                return False
        return True

    # -- merging and dating -----------------------------------------------------------------

    def _merge(self, drafts: list[Draft]) -> list[Draft]:
        out: list[Draft] = []
        index: dict[tuple[Any, ...], Draft] = {}
        for draft in drafts:
            key = self._merge_key(draft)
            found = index.get(key)
            if found is None:
                index[key] = draft
                out.append(draft)
                continue
            found.candidates.extend(draft.candidates)
            if found.recipient == [] and draft.recipient:
                found.actor, found.recipient, found.mode = draft.actor, draft.recipient, draft.mode
                found.cameo = draft.cameo
            if found.date is None and draft.date is not None:
                found.date, found.date_span = draft.date, draft.date_span
                found.future_date = draft.future_date
            if found.location is None:
                found.location = draft.location
            found.topics = list(dict.fromkeys(found.topics + draft.topics))
            found.confidence = min(0.95, max(found.confidence, draft.confidence) + 0.05)
        return out

    def _merge_key(self, draft: Draft) -> tuple[Any, ...]:
        """The same act mentioned twice: a trip "to Germany" and "to Berlin" by the same
        traveller is one visit (the places are keyed by their country)."""
        places = [self.entities.get(r) for r in draft.recipient]
        if draft.recipient and all(p is not None and p.kind == "GPE" for p in places):
            where = frozenset(("place", p.country) for p in places if p is not None)
            return (draft.type, frozenset(draft.actor), where, frozenset(draft.aux))
        return draft.key

    def _narrative_dates(self, drafts: list[Draft]) -> None:
        current: dt.date | None = None
        for draft in drafts:
            explicit = draft.date.date if draft.date is not None else None
            if explicit is not None and not draft.future_date and "historical" not in draft.aux:
                current = explicit
            draft.confidence = max(0.05, min(draft.confidence, 0.95))

        current = None
        for draft in drafts:
            reported = any(c.reported for c in draft.candidates)
            if draft.date is not None and draft.date.date is not None:
                if not draft.future_date and "historical" not in draft.aux and not reported:
                    current = draft.date.date  # "the June 14 conviction" dates no statement
                continue
            if "historical" in draft.aux or draft.future_date or draft.announced_visit:
                continue  # an announced trip dates the trip, not the announcement
            if reported:
                continue  # a condemned act the text does not date: unknown
            if current is None and _past_tense(draft.candidates[0].token):
                continue  # a past act with no date anywhere before it: unknown, not today
            inherited = current or self.article.published
            if inherited is not None:
                text = draft.date.text if draft.date is not None else None
                draft.date = ResolvedDate(inherited, text or "", "day", "narrative")
                draft.date_span = draft.date_span if text else None

    # -- dates and places -------------------------------------------------------------------

    def _date_of(
        self, token: Token, *, future: bool
    ) -> tuple[ResolvedDate | None, tuple[int, int] | None]:
        sent = token.sent
        best: tuple[int, Any] | None = None
        for ent in sentence_ents(self.doc, sent.start):
            if ent.label_ not in {"DATE", "TIME"}:
                continue
            if _inside_noun_phrase(ent.root, token):
                continue  # "the June 14 mass conviction" dates the conviction, not the concern
            if ent.root.lemma_.lower() in SPANS and any(
                c.dep_ == "prep" and c.lower_ == "of" for c in ent.root.children
            ):
                continue  # "two days of talks": how long, not when
            distance = _governs(token, ent.root)
            if distance is None and token.dep_ in {"acomp", "xcomp"}:
                distance = _governs(token.head, ent.root)  # "was co-chaired": the verb is "was"
            happening = _happening_verb(token) if distance is None else None
            if happening is not None:
                distance = _governs(happening, ent.root)  # "the talks took place yesterday"
            if distance is None:
                continue
            if best is None or distance < best[0]:
                best = (distance, ent)
        if best is None:
            return None, None
        ent = best[1]
        resolved = resolve(ent.text, self.article.published, future=future)
        if resolved.precision == "none" and resolved.rule == "unparsed":
            return None, None
        return resolved, (ent.start, ent.end)

    def _location(self, cand: Candidate) -> Location | None:
        """The stated place: "in X" on the trigger, on its arguments ("met with Chancellor
        Merkel in Berlin"), or opening the sentence ("In Uzbekistan, the delegation will …")."""
        token = cand.token
        holders = [token, *cand.recipient_tokens, *cand.actor_tokens]
        if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.head.pos_ == "VERB":
            holders.append(token.head.head)  # "remained on alert in the West Bank"
        happening = _happening_verb(token)
        if happening is not None:
            holders.append(happening)  # "the talks took place in Geneva"
        holders += [c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"]
        holders += [g for c in holders[-1:] for g in c.children if g.dep_ == "pobj"]
        # the act named by the object: "staged a protest in Beijing", "held talks in Berlin";
        # not what was talked about ("discussed the situation in Syria")
        if token.lemma_.lower() not in _TOPIC_VERBS:
            holders += [c for c in token.children if c.dep_ == "dobj"]
        # a march goes "through" a city, a crowd gathers "outside" a building
        preps = _MARCH_PREPS if cand.type == "PROTEST" else frozenset({"in", "at"})
        if cand.trigger.role == "host":  # "welcomed Modi to the White House"
            preps = preps | {"to"}
        for holder in holders:
            place = _stated_place(holder, {"GPE", "LOC", "FAC"}, preps)
            if place is not None:
                return self._geocode(place)
            place = _stated_place(holder, {"ORG"}, preps)  # "at the Kremlin"
            if place is not None and self._landmark(place):
                return self._geocode(place)
        for place in cand.places:
            if place.ent_type_ in {"GPE", "LOC"}:
                return self._geocode(place)
        # "met with Spanish State Secretary for Foreign Affairs Angeles Moreno Bau in Madrid":
        # the place hung on a long title's name
        for arg in (*cand.recipient_tokens, *cand.actor_tokens):
            if arg.dep_ != "pobj" or arg.head.lower_ != "with":
                continue
            for sub in arg.subtree:
                place = _stated_place(sub, {"GPE", "LOC"})
                if place is not None:
                    return self._geocode(place)
        return None

    def _landmark(self, token: Token) -> bool:
        """Whether a name the NER calls an organization is a known landmark ("the Kremlin",
        "the White House"): the gazetteer knows it as a place."""
        ent = next(
            (e for e in sentence_ents(self.doc, token.sent.start) if e.start <= token.i < e.end),
            None,
        )
        return ent is not None and bool(self.places.landmark(ent.text))

    def _geocode(self, token: Token) -> Location | None:
        ent = next(
            (e for e in sentence_ents(self.doc, token.sent.start) if e.start <= token.i < e.end),
            None,
        )
        if ent is None:
            return None
        text = ent.text
        if text.lower().startswith("the "):
            text = text[4:]
        phrase = self.actors.phrase_at(token.i)
        country = phrase.countries[0].value if phrase is not None and phrase.countries else None
        places = self.places.lookup(text)
        if country:  # "in Montenegro" is the country, not a town of that name in Brazil
            places = [p for p in places if p.country == country]
        city = next((p for p in places if p.kind == "city"), None)
        chosen = city or (places[0] if places else None)
        span = Span(start=ent.start_char, end=ent.end_char, text=ent.text)
        if chosen is None:
            return Location(name=text, country=country, rule="stated-place", span=span)
        return Location(
            name=text,
            country=chosen.country,
            subnational=chosen.name if chosen.kind == "admin1" else None,
            lat=chosen.lat,
            lon=chosen.lon,
            geonameid=chosen.geonameid,
            rule="stated-place",
            span=span,
        )

    def _host_location(self, draft: Draft) -> Location | None:
        for entity_id in draft.recipient:
            entity = self.entities.get(entity_id)
            if entity is None or not entity.subnational:
                continue
            places = [
                p for p in self.places.lookup(entity.subnational) if p.country == entity.country
            ]
            city = next((p for p in places if p.kind == "city"), None)
            if city is not None:
                return Location(
                    name=city.name,
                    country=city.country,
                    lat=city.lat,
                    lon=city.lon,
                    geonameid=city.geonameid,
                    rule=f"host-city:{entity.id}",
                )
        return None

    # -- output -----------------------------------------------------------------------------

    def _span(self, start: int, end: int) -> Span:
        first, last = self.doc[start], self.doc[end - 1]
        lo, hi = first.idx, last.idx + len(last.text)
        return Span(start=lo, end=hi, text=self.text[lo:hi])

    def _evidence(self, cand: Candidate) -> Evidence:
        sent = cand.token.sent
        sent_index = self._sentence_number[sent.start]
        return Evidence(
            sentence=sent_index,
            sentence_span=self._span(sent.start, sent.end),
            trigger=self._span(*cand.trigger_span),
            actor=[self._token_span(t) for t in cand.actor_tokens],
            recipient=[self._token_span(t) for t in cand.recipient_tokens],
        )

    def _token_span(self, token: Token) -> Span:
        phrase = self.actors.phrase_at(token.i)
        if phrase is not None:
            lo, hi = phrase.name if phrase.name else (phrase.start, phrase.end)
            if lo <= token.i < hi:
                return self._span(lo, hi)
        return self._span(token.i, token.i + 1)

    def _ref(self, entity_id: str) -> EntityRef:
        return EntityRef.of(self.actors.entity(entity_id))

    def _event(self, draft: Draft, number: int) -> Event:
        code = self.book.code(draft.cameo)
        mode = draft.mode if self.book.is_mode(draft.type, draft.mode) else None
        location = draft.location
        if location is None and draft.type == "CONSULT" and mode == "visit":
            location = self._host_location(draft)
        date = draft.date
        date_value = (
            date.date
            if date is not None and not draft.future_date and date.precision in {"day", "week"}
            else None  # "in 2019" is not January 1: the expression stays in date_text
        )
        contexts = list(code.contexts) if code is not None else []
        for topic in draft.topics:
            context = _TOPIC_CONTEXTS.get(topic)
            if context and context not in contexts:
                contexts.append(context)
        return Event(
            id=f"V{number}",
            type=draft.type,  # type: ignore[arg-type]
            mode=mode,
            aux=sorted(draft.aux),  # type: ignore[arg-type]
            cameo=draft.cameo,
            cameo_name=code.name if code is not None else None,
            quad_class=self.book.quad(draft.type),
            intensity=self.book.intensity(draft.type, mode),
            goldstein=code.goldstein if code is not None else None,
            actor=[self._ref(e) for e in draft.actor],
            recipient=[self._ref(e) for e in draft.recipient],
            date=date_value,
            date_text=(date.text or None) if date is not None else None,
            date_span=self._span(*draft.date_span) if draft.date_span else None,
            location=location,
            contexts=contexts,
            topics=draft.topics,
            confidence=round(max(0.05, min(draft.confidence, 0.95)), 3),
            rule=draft.rule,
            evidence=[self._evidence(c) for c in draft.candidates],
        )


_TOPIC_CONTEXTS = {
    "trade": "economic",
    "investment": "economic",
    "economy": "economic",
    "energy": "resource",
    "climate": "environment",
    "health": "health",
    "security": "military",
    "defense": "military",
    "human rights": "human_rights",
    "democracy": "democracy",
    "migration": "migration",
    "refugees": "refugees",
    "terrorism": "terrorism",
    "cyber": "cyber",
    "corruption": "corruption",
    "nuclear": "cbrn",
    "culture": "cultural",
    "technology": "technology",
    "education": "education",
}


def _stated_place(
    holder: Token, kinds: set[str], preps: frozenset[str] = frozenset({"in", "at"})
) -> Token | None:
    """The place of an "in X" / "at X" hanging on a token."""
    for child in holder.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in kinds:
                    return pobj
    return None


_MARCH_PREPS = frozenset({"in", "at", "through", "across", "outside"})


_POSSESSIVES = {"its", "their", "his", "her", "our", "my", "your"}


def _of_both(token: Token) -> bool:
    """ "leaders of the two parties", "ministers of both countries"."""
    return any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(
            g.dep_ == "pobj" and any(d.lower_ in {"two", "both"} for d in g.children)
            for g in child.children
        )
        for child in token.children
    )


def _is_both(entity: Entity) -> bool:
    name = entity.name.lower()
    return name.startswith(("two ", "both ")) or name in {"sides", "two sides", "both sides"}


def _governs(trigger: Token, token: Token, limit: int = 6) -> int | None:
    """Steps from ``token`` up to ``trigger`` without crossing another clause, else None."""
    node = token
    for step in range(limit):
        if node.i == trigger.i:
            return step
        if node.head.i == node.i:
            return None
        if (
            node.i != token.i
            and node.pos_ in {"VERB", "AUX"}
            and node.dep_ not in {"aux", "auxpass"}
            and not (node.dep_ == "acl" and node.head.i == trigger.i)  # "attacks carried
            and not (node.dep_ == "advcl" and node.lemma_.lower() in _TIMING_VERBS)
            and not visiting_modifier(node)  # "talks with visiting X on Tuesday"
        ):  # out … on 10 October": the participle of the act itself; "On March 20,
            return None  # commencing at noon, X held …": the act's own timing
        node = node.head
    return None


_TIMING_VERBS = {"commence", "begin", "start", "last"}
# verbs whose object is an act the subject carries out, begins or ends: "concluded talks",
# "co-hosted a meeting on Monday" (not "condemned the attack on Monday": that dates the
# condemnation)
_ASPECT_VERBS = {
    "conclude",
    "begin",
    "start",
    "open",
    "complete",
    "resume",
    "wrap",
    "hold",
    "host",
    "co-host",
    "chair",
    "co-chair",
    "attend",
    "join",
    "have",
    "convene",
    "organize",
    "co-organize",
}
_HAPPENING_VERBS = {"take", "occur", "hold", "convene", "open", "begin", "start", "conclude", "end"}


def _happening_verb(token: Token) -> Token | None:
    """The verb saying a noun act happened ("the meeting took place", "talks were held", "the
    summit convened") or began or ended ("concluded talks", "opened two days of talks"): it
    carries the act's date and place."""
    noun, verb = token, token.head
    if noun.dep_ == "pobj" and verb.lower_ == "of" and verb.head.lemma_.lower() in SPANS:
        noun, verb = verb.head, verb.head.head  # "two days of talks"
    if token.pos_ != "NOUN":
        return None
    lemma = verb.lemma_.lower()
    if noun.dep_ == "dobj":
        return verb if lemma in _ASPECT_VERBS else None
    if noun.dep_ not in {"nsubj", "nsubjpass"} or lemma not in _HAPPENING_VERBS:
        return None
    if lemma == "take":
        return (
            verb if any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children) else None
        )
    return verb if lemma != "hold" or noun.dep_ == "nsubjpass" else None


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _inside_noun_phrase(root: Token, trigger: Token) -> bool:
    """Whether a date modifies a noun (other than the trigger) rather than a clause."""
    node = root
    for _ in range(4):
        if node.i == trigger.i:
            return False
        if node.dep_ in {"nmod", "compound", "amod", "nummod", "poss"}:
            return bool(node.head.i != trigger.i)
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            holder = node.head.head
            if holder.i != trigger.i and holder.pos_ in {"NOUN", "PROPN"}:
                # "held the meeting on June 10", "the Dialogue on June 8 was chaired": the
                # date of the meeting the trigger is about
                verb = trigger.head if trigger.dep_ in {"acomp", "xcomp"} else trigger
                if (
                    node.head.lower_ == "on"
                    and root.lower_ in _WEEKDAYS
                    and holder.dep_ == "pobj"
                    and holder.head.head.i == trigger.i
                ):  # "met with a delegation … on Monday": the parser hung the day on the
                    # one met; a weekday dates the act, not a person
                    return False
                return not (
                    holder.lemma_.lower() in _EVENT_NOUNS
                    and holder.head.i in {trigger.i, verb.i}
                    and holder.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"}
                )
        node = node.head
    return False


def _past_tense(token: Token) -> bool:
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    if str(verb.tag_) == "VBD":
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children) is True


def _drop_subsumed(drafts: list[Draft]) -> list[Draft]:
    """ "will travel on July 28 to Kuwait City where he will meet senior Kuwaiti officials": a
    second trigger of the same act in the same sentence whose recipient was not found adds
    nothing to the one whose recipient was."""
    full = {
        (d.type, d.candidates[0].sentence_index, frozenset(d.actor), frozenset(d.aux))
        for d in drafts
        if d.recipient
    }
    return [
        d
        for d in drafts
        if d.recipient
        or d.type == "CONSULT"
        or (d.type, d.candidates[0].sentence_index, frozenset(d.actor), frozenset(d.aux))
        not in full
    ]


def _drop_protest_demands(drafts: list[Draft]) -> list[Draft]:
    """ "staged rallies against the leader, saying he must resign": the topic of a protest,
    typically a demand, is not coded as a separate event (PLOVER manual, PROTEST) — a request
    by the protesters in the sentence that reports their protest."""
    protests = {
        (d.candidates[0].sentence_index, a) for d in drafts if d.type == "PROTEST" for a in d.actor
    }
    return [
        d
        for d in drafts
        if d.type != "REQUEST"
        or not any((d.candidates[0].sentence_index, a) in protests for a in d.actor)
    ]


_DOMESTIC_POLITICS = {"REB", "OPP", "PTY", "INS"}


def _domestic_kind(entity: Entity) -> bool:
    """A named person with an office, or a rebel, opposition or party group."""
    if entity.kind == "PERSON":
        return bool(entity.titles) and entity.name[:1].isupper() and " " in entity.name
    if entity.kind == "GROUP":
        return bool(set(entity.sectors) & _DOMESTIC_POLITICS)
    return False


def _prepared(token: Token) -> bool:
    """Whether an act is what its agent is preparing to do ("prepared to resume shelling")."""
    node = token
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() == "prepare":
            return True
    return False
