"""Actors: mention detection, coreference and entity resolution for one article.

``analyze(doc, article, knowledge)`` returns an :class:`ActorAnalysis`: the entities and
mentions of the data model, plus the token-level map that the event stage uses to turn a
syntactic argument into entity references.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..knowledge.actors import KBActor
from ..model import Article, Entity, FieldEvidence, Mention
from ..nlp import text_of
from .coref import Coreference
from .entities import EntityBuilder
from .phrases import Knowledge, Phrase, PhraseFinder

__all__ = ["ActorAnalysis", "Knowledge", "analyze", "guess_country", "placed_by_context"]


@dataclass
class ActorAnalysis:
    entities: list[Entity]
    mentions: list[Mention]
    phrases: list[Phrase]
    phrase_entities: dict[int, list[str]] = field(default_factory=dict)
    token_phrase: dict[int, int] = field(default_factory=dict)
    country_name: Callable[[str], str] = str
    authors: list[str] = field(default_factory=list)  # a joint statement's authors ("we")
    publisher: KBActor | None = None  # the institution that published the article, if known
    _by_id: dict[str, Entity] = field(default_factory=dict, init=False, repr=False)

    def voice(self) -> list[str]:
        """Who speaks where the article speaks for itself: a joint statement's authors, else
        the publishing institution (created as an entity when the text never names it)."""
        if self.authors:
            return list(self.authors)
        if self.publisher is None:
            return []
        for entity in self.entities:
            if entity.kb_id == self.publisher.id:
                return [entity.id]
        roles = self.publisher.roles[:1]
        entity = Entity(
            id=f"E{len(self.entities) + 1}",
            name=self.publisher.name,
            kind="ORG",
            country=roles[0].country if roles else None,
            sectors=list(roles[0].sectors) if roles else [],
            kb_id=self.publisher.id,
            confidence=0.8,
        )
        self.entities.append(entity)
        return [entity.id]

    def ensure_country(self, iso3: str) -> str:
        """The id of the country-level entity for ``iso3``, created when the text has none."""
        for entity in self.entities:
            if entity.kind == "GPE" and entity.country == iso3 and entity.subnational is None:
                return entity.id
        entity = Entity(
            id=f"E{len(self.entities) + 1}",
            name=self.country_name(iso3),
            kind="GPE",
            country=iso3,
            sectors=["GOV"],
            confidence=0.6,
        )
        self.entities.append(entity)
        return entity.id

    def unidentified(self, country: str, rule: str) -> str:
        """The id of an unnamed actor placed in ``country`` (PLOVER sector UNK, "generic
        unidentified actors"): who did an act the text reports without naming its agent."""
        for entity in self.entities:
            if entity.kind == "GROUP" and entity.sectors == ["UNK"] and entity.country == country:
                return entity.id
        entity = Entity(
            id=f"E{len(self.entities) + 1}",
            name="unidentified actors",
            kind="GROUP",
            country=country,
            sectors=["UNK"],
            confidence=0.4,
            evidence=[FieldEvidence(field="country", value=country, rule=rule)],
        )
        self.entities.append(entity)
        return entity.id

    def add_speaker(self, name: str, start: int, end: int, text: str, sentence: int) -> str:
        """A person named only by a transcript's speaker label ("FOREIGN MINISTER SHOUKRY:")
        that named-entity recognition missed: a new entity with the label as its mention."""
        mention = Mention(
            id=f"M{len(self.mentions) + 1}",
            start=start,
            end=end,
            text=text,
            label="PERSON",
            sentence=sentence,
            source="title",
        )
        entity = Entity(
            id=f"E{len(self.entities) + 1}",
            name=name,
            kind="PERSON",
            mentions=[mention.id],
            confidence=0.6,
        )
        mention.entity = entity.id
        self.mentions.append(mention)
        self.entities.append(entity)
        return entity.id

    def modifier_country(self, token_index: int) -> str | None:
        """A demonym or place used as a modifier ("Russian aggression") stands for its country."""
        phrase = self.phrase_at(token_index)
        if phrase is None or self.phrase_entities.get(phrase.index):
            return None
        if phrase.label in {"NORP", "GPE"} and phrase.countries:
            return self.ensure_country(phrase.countries[0].value)
        return None

    def by_id(self) -> dict[str, Entity]:
        """The entities by id, kept up to date with those made since (a country, the
        publisher, a speaker)."""
        if len(self._by_id) != len(self.entities):
            self._by_id = {e.id: e for e in self.entities}
        return self._by_id

    def entity(self, entity_id: str) -> Entity:
        return self.by_id()[entity_id]

    def __post_init__(self) -> None:
        self._phrases = {p.index: p for p in self.phrases}
        self._by_id = {e.id: e for e in self.entities}

    def phrase_at(self, token_index: int) -> Phrase | None:
        index = self.token_phrase.get(token_index)
        return self._phrases.get(index) if index is not None else None

    def entities_at(self, token_index: int) -> list[str]:
        index = self.token_phrase.get(token_index)
        return list(self.phrase_entities.get(index, [])) if index is not None else []

    def entities_in(self, start: int, end: int) -> list[str]:
        """Ids of the entities mentioned between two token offsets (a sentence)."""
        found: dict[str, None] = {}
        for phrase in self.phrases:
            if start <= phrase.head < end:
                found.update(dict.fromkeys(self.phrase_entities.get(phrase.index, [])))
        return list(found)


def guess_country(
    entity: Entity,
    country: str,
    rule: str,
    *,
    confidence: float | None = None,
    span: Any = None,
) -> None:
    """Give an entity the country the text implies but does not state, with the rule that
    implied it (and, for weak guesses, a confidence no higher than ``confidence``)."""
    entity.country = country
    if confidence is not None:
        entity.confidence = min(entity.confidence, confidence)
    entity.evidence.append(FieldEvidence(field="country", value=country, rule=rule, span=span))


# offices of the U.S. Department of State that a State release names without a country
_STATE_DEPARTMENT_OFFICES = (
    "under secretary",
    "assistant secretary",
    "deputy assistant secretary",
    "acting assistant secretary",
    "deputy secretary",
    "special envoy",
    "special representative",
    "special coordinator",
    "ambassador-at-large",
)


def placed_by_context(entity: Entity) -> bool:
    """Whether an entity's country is only a guess from the places around it."""
    rules = [v.rule for v in entity.evidence if v.field == "country"]
    return bool(rules) and all(r.startswith("context") for r in rules)


def _publishers_officials(entities: list[Entity], publisher: KBActor | None, day: Any) -> None:
    """ "Under Secretary Zeya will travel to Pakistan" in a State Department release: an
    official with the Department's own kind of office and no stated country is the
    publisher's, not the country he travels to (the context guess gives way)."""
    if publisher is None or publisher.country_at(day) != "USA" or publisher.kind != "ORG":
        return
    for entity in entities:
        if entity.kind != "PERSON" or not entity.titles:
            continue
        if entity.country is not None and not placed_by_context(entity):
            continue
        if any(t.lower().startswith(_STATE_DEPARTMENT_OFFICES) for t in entity.titles):
            entity.evidence = [v for v in entity.evidence if v.field != "country"]
            guess_country(entity, "USA", "publisher-office", confidence=0.6)


def _sentence_index(doc: Any) -> dict[int, int]:
    out: dict[int, int] = {}
    for number, sent in enumerate(doc.sents):
        for token in sent:
            out[token.i] = number
    return out


def analyze(doc: Any, article: Article, knowledge: Knowledge) -> ActorAnalysis:
    finder = PhraseFinder(doc, knowledge)
    phrases = finder.run()
    publisher = None
    if article.source:
        found = knowledge.kb.lookup(article.source)
        publisher = found[0] if found else None
    coref = Coreference(doc, phrases, knowledge)
    clusters, assign = coref.run(publisher)
    builder = EntityBuilder(doc, phrases, knowledge)
    entities: list[Entity] = []
    cluster_entity: dict[int, str] = {}
    for cluster in clusters:
        if not cluster.phrases and cluster.synthetic is None:
            continue
        entity_id = f"E{len(entities) + 1}"
        cluster_entity[cluster.index] = entity_id
        entities.append(builder.build(cluster, entity_id))
    by_entity = {e.id: e for e in entities}
    _publishers_officials(entities, publisher, knowledge.day)
    # links between entities: a group's leader, a person's organization
    by_index = {p.index: p for p in phrases}
    for phrase in phrases:
        targets = [cluster_entity[c] for c in assign.get(phrase.index, []) if c in cluster_entity]
        if not targets:
            continue
        entity = by_entity[targets[0]]
        if phrase.led_by is not None:
            leaders = [
                cluster_entity[c] for c in assign.get(phrase.led_by, []) if c in cluster_entity
            ]
            if leaders and entity.head is None:
                entity.head = leaders[0]
        for start, end in phrase.orgs:
            org_id = _org_entity(
                start, end, by_index, assign, cluster_entity, doc, knowledge, entities
            )
            if (
                org_id
                and org_id != entity.id
                and entity.affiliation is None
                and entity.kind != "ORG"
            ):
                entity.affiliation = org_id
                org = by_entity[org_id]
                if entity.country is None and org.country is not None:
                    # "workers of the United Bus Company of Tehran": the body's country
                    span = next((ev.span for ev in org.evidence if ev.field == "country"), None)
                    guess_country(entity, org.country, "affiliation", span=span)
    sentence_of = _sentence_index(doc)
    full_text = text_of(doc)
    mentions: list[Mention] = []
    phrase_entities: dict[int, list[str]] = {}
    token_phrase: dict[int, int] = {}
    for phrase in phrases:
        targets = [cluster_entity[c] for c in assign.get(phrase.index, []) if c in cluster_entity]
        phrase_entities[phrase.index] = targets
        lo, hi = phrase.name if phrase.name else (phrase.start, phrase.end)
        if phrase.label in {"NOMINAL", "PRON"}:
            lo, hi = phrase.start, phrase.end
        for i in range(lo, hi):
            token_phrase.setdefault(i, phrase.index)
        token_phrase[phrase.head] = phrase.index
        if phrase.label == "PERSON":  # title-zone words stand for the person they describe
            for i in range(phrase.start, lo):
                token_phrase.setdefault(i, phrase.index)
        first, last = doc[lo], doc[hi - 1]
        start, end = first.idx, last.idx + len(last.text)
        mention_id = f"M{len(mentions) + 1}"
        mentions.append(
            Mention(
                id=mention_id,
                start=start,
                end=end,
                text=full_text[start:end],
                label=phrase.label,
                sentence=sentence_of.get(phrase.head, 0),
                source=_source(phrase),
                entity=targets[0] if targets else None,
            )
        )
        for target in targets:
            by_entity[target].mentions.append(mention_id)
    authors = [cluster_entity[c] for c in coref.authors if c in cluster_entity]
    return ActorAnalysis(
        entities,
        mentions,
        phrases,
        phrase_entities,
        token_phrase,
        knowledge.countries.name_of,
        authors,
        publisher,
    )


def _source(phrase: Phrase) -> str:
    if phrase.label == "PRON":
        return "pronoun"
    if phrase.label == "NOMINAL":
        return "nominal"
    return "ner"


def _org_entity(
    start: int,
    end: int,
    by_index: dict[int, Phrase],
    assign: dict[int, list[int]],
    cluster_entity: dict[int, str],
    doc: Any,
    knowledge: Knowledge,
    entities: list[Entity],
) -> str | None:
    from .phrases import span_text

    text = span_text(doc, start, end)
    kb = knowledge.kb.lookup(text)
    for entity in entities:
        if entity.kind != "ORG":
            continue
        if kb and entity.kb_id == kb[0].id:
            return entity.id
        if entity.name.lower() == text.lower():
            return entity.id
    return None
