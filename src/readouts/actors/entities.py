"""From clusters of phrases to :class:`~readouts.model.Entity` records with evidence.

Text evidence wins over the knowledge base: a country stated by a title, apposition, demonym,
place or organization in the article beats the country of a dated role; the knowledge base
fills what the text leaves open; an unknown name keeps ``country=None`` and a low confidence
rather than a guess.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..model import Entity, FieldEvidence, Span
from ..nlp import text_of
from .coref import Cluster
from .phrases import Evidence, Knowledge, Phrase, span_text

_KIND = {"PERSON": "PERSON", "ORG": "ORG", "GROUP": "GROUP", "GPE": "GPE", "LOC": "LOC"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}


# heads of names of bodies that are neither states nor parts of one
_NGO_HEADS = {
    "association",
    "committee",
    "foundation",
    "society",
    "institute",
    "federation",
    "forum",
    "network",
    "watch",
    "watchdog",
    "charity",
}
_STATE_SECTORS = {"GOV", "PTY", "LEG", "JUD", "MIL", "SPY", "COP"}


class EntityBuilder:
    def __init__(self, doc: Any, phrases: list[Phrase], knowledge: Knowledge) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.by_index = {p.index: p for p in phrases}
        self.k = knowledge

    def span(self, start: int, end: int) -> Span:
        first, last = self.doc[start], self.doc[end - 1]
        lo, hi = first.idx, last.idx + len(last.text)
        return Span(start=lo, end=hi, text=self.text[lo:hi])

    def _evidence(self, ev: Evidence) -> FieldEvidence:
        return FieldEvidence(
            field=ev.field, value=ev.value, rule=ev.rule, span=self.span(ev.start, ev.end)
        )

    def build(self, cluster: Cluster, entity_id: str) -> Entity:
        phrases = [self.by_index[i] for i in cluster.phrases if i in self.by_index]
        own = [p for p in phrases if p.label != "PRON"]
        evidence: list[FieldEvidence] = []
        kb = self._kb(cluster)

        country, found_ev, confidence = self._country(cluster, own, kb)
        if found_ev is not None:
            evidence.append(found_ev)

        sectors: list[str] = []
        for phrase in own:
            for ev in phrase.sectors:
                if ev.value not in sectors:
                    sectors.append(ev.value)
                    evidence.append(self._evidence(ev))
        org_sectors = self._org_sectors(own) if cluster.kind == "GROUP" else []
        if org_sectors:  # "a delegation of the Communist Party of Cuba" is a party delegation
            sectors = []
            evidence = [ev for ev in evidence if ev.field != "sectors"]
            for sector, org_ev in org_sectors:
                if sector not in sectors:
                    sectors.append(sector)
                    evidence.append(org_ev)
        curated = kb is not None and not kb.source.startswith("phoenix")  # Phoenix ends ~2014
        if kb is not None and (not sectors or (cluster.kind == "PERSON" and curated)):
            for sector in kb.sectors_at(self.k.day):
                if sector not in sectors:
                    sectors.append(sector)
                    evidence.append(
                        FieldEvidence(field="sectors", value=sector, rule=f"kb:{kb.id}")
                    )
        if not sectors and cluster.kind == "GPE":
            sectors = ["GOV"]
        elif not sectors and cluster.kind == "ORG" and cluster.synthetic is None:
            sectors = []

        subnational: str | None = None
        for phrase in own:
            for place, ev in phrase.subnational:
                if country is None or place.country == country:
                    subnational = place.name
                    evidence.append(self._evidence(ev))
                    break
            if subnational:
                break
        if cluster.kind == "GPE" and cluster.place is None:
            subnational = None

        titles: list[str] = []
        for phrase in own:
            for title, role, _, _ in phrase.titles:
                if (
                    role.kind in {"title", "person"}
                    and title not in titles
                    and cluster.kind == "PERSON"
                ):
                    titles.append(title)
        if not titles and kb is not None and cluster.kind == "PERSON":
            titles = [r.title for r in kb.roles_at(self.k.day) if r.title]

        return Entity(
            id=entity_id,
            name=self._name(cluster, own, kb),
            kind=_KIND.get(cluster.kind, "GROUP"),  # type: ignore[arg-type]
            country=country,
            sectors=sectors,
            subnational=subnational,
            titles=titles,
            kb_id=kb.id if kb is not None else None,
            confidence=confidence,
            evidence=evidence,
        )

    def _org_sectors(self, own: list[Phrase]) -> list[tuple[str, FieldEvidence]]:
        out: list[tuple[str, FieldEvidence]] = []
        for phrase in own:
            for start, end in phrase.orgs:
                for actor in self.k.kb.lookup(span_text(self.doc, start, end))[:1]:
                    for sector in actor.sectors_at(self.k.day):
                        out.append(
                            (
                                sector,
                                FieldEvidence(
                                    field="sectors",
                                    value=sector,
                                    rule=f"organization:{actor.id}",
                                    span=self.span(start, end),
                                ),
                            )
                        )
        return out

    def _kb(self, cluster: Cluster) -> Any:
        if cluster.kb_id is None:
            return None
        return self.k.kb.actors.get(cluster.kb_id)

    def _country(
        self, cluster: Cluster, own: list[Phrase], kb: Any
    ) -> tuple[str | None, FieldEvidence | None, float]:
        if cluster.split and cluster.country:
            # the demonym of this part ("Russian" in "U.S. and Russian negotiators")
            words = next(
                (ev for p in own for ev in p.countries if ev.value == cluster.country), None
            )
            span = self.span(words.start, words.end) if words is not None else None
            return (
                cluster.country,
                FieldEvidence(
                    field="country", value=cluster.country, rule="coordinated-demonym", span=span
                ),
                0.85,
            )
        votes: Counter[str] = Counter()
        first: dict[str, Evidence] = {}
        for phrase in own:
            for ev in phrase.countries:
                votes[ev.value] += 1
                first.setdefault(ev.value, ev)
        if votes:
            best = max(votes, key=lambda c: (votes[c], -first[c].start))
            return best, self._evidence(first[best]), 0.9
        if kb is not None:
            found = kb.country_at(self.k.day)
            if found:
                return found, FieldEvidence(field="country", value=found, rule=f"kb:{kb.id}"), 0.8
        if cluster.country:
            return (
                cluster.country,
                FieldEvidence(field="country", value=cluster.country, rule="cluster"),
                0.7,
            )
        for phrase in own:  # an office only one country has ("Secretary of State")
            if phrase.default_country is not None:
                ev = phrase.default_country
                return ev.value, self._evidence(ev), 0.7
        for phrase in own:  # a group takes its leader's country and the other way round
            other_index = phrase.led_by if phrase.led_by is not None else phrase.leader_of
            other = self.by_index.get(other_index) if other_index is not None else None
            if other is not None and other.countries:
                ev = other.countries[0]
                return (
                    ev.value,
                    FieldEvidence(
                        field="country",
                        value=ev.value,
                        rule="led-by",
                        span=self.span(ev.start, ev.end),
                    ),
                    0.75,
                )
        for phrase in own:  # people the text gives no nationality, placed by their sentence
            if phrase.context_country is not None:
                ev = phrase.context_country
                return ev.value, self._evidence(ev), 0.5
        for phrase in own:  # "the Association of African Jurists", "a human rights group"
            if self._non_governmental(phrase):
                return (
                    "NGO",
                    FieldEvidence(
                        field="country",
                        value="NGO",
                        rule="org-name:ngo",
                        span=self.span(phrase.start, phrase.end),
                    ),
                    0.45,
                )
        return None, None, 0.3

    def _non_governmental(self, phrase: Phrase) -> bool:
        if phrase.label not in {"ORG", "NOMINAL"} or phrase.countries:
            return False
        if any(ev.value in _STATE_SECTORS for ev in phrase.sectors):
            return False
        head = self.doc[phrase.head]
        if phrase.label == "ORG" and head.lemma_.lower() in _NGO_HEADS:
            return True
        words = {t.lower_ for t in self.doc[phrase.start : phrase.head]}
        return head.lemma_.lower() in {"group", "organization", "organisation", "agency"} and bool(
            words & {"rights", "aid", "relief", "humanitarian", "charity", "advocacy"}
        )

    def _name(self, cluster: Cluster, own: list[Phrase], kb: Any) -> str:
        if cluster.names:
            return max(cluster.names, key=lambda n: (len(n.split()), len(n)))
        if cluster.kind == "GPE" and cluster.place is None and cluster.country:
            return self.k.countries.name_of(cluster.country)
        best = ""
        for phrase in own:
            lo, hi = phrase.name if phrase.name else (phrase.start, phrase.end)
            while lo < hi and self.doc[lo].lower_ in _DETERMINERS:
                lo += 1
            text = span_text(self.doc, lo, hi)
            if len(text) > len(best):
                best = text
        if best:
            return best
        return kb.name if kb is not None else "unknown"
