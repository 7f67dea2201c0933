"""Standing ties stated in the text: SISTER_CITY and PARTNERSHIP relations.

- SISTER_CITY: "X and Y are friendly/sister/twin/friendship cities (provinces, states)",
  "X is a sister city of Y", "X is twinned with Y", "sister-city relations between X and Y".
- PARTNERSHIP: "X has established friendly exchanges/relations/ties with Y", "partnership
  between X and Y" (or "the two countries" of a joint statement), "the U.S.-Japan Alliance",
  "our strategic partnership" in a statement by two governments.

When several subjects share a "with Y" tie, the one the article is about (most mentions)
is the partner, as in "Shanghai and Santiago … have established friendly exchanges with Havana".
"""

from __future__ import annotations

from typing import Any

from .actors import ActorAnalysis
from .knowledge.countries import Countries
from .model import Entity, EntityRef, Evidence, Relation, Span
from .nlp import text_of

Token = Any

_TWIN_ADJ = {"friendly", "sister", "twin", "friendship", "partner", "twinned", "sister-city"}
_UNIT_NOUNS = {
    "cities",
    "city",
    "provinces",
    "province",
    "states",
    "state",
    "regions",
    "region",
    "municipalities",
    "towns",
    "counties",
    "prefectures",
}
_TIE_NOUNS = {
    "exchanges",
    "exchange",
    "relations",
    "ties",
    "relationship",
    "cooperation",
    "partnership",
    "contacts",
}
_TIE_ADJ = {"friendly", "friendship", "partnership", "sister", "cooperative", "strategic"}
_PACT_NOUNS = {"partnership", "alliance"}
_RELATION_KINDS = {"GPE", "ORG", "GROUP", "LOC"}


class RelationFinder:
    def __init__(self, doc: Any, actors: ActorAnalysis, countries: Countries) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.actors = actors
        self._countries = countries
        self._sentences = {s.start: i for i, s in enumerate(doc.sents)}

    @property
    def entities(self) -> dict[str, Entity]:
        return self.actors.by_id()

    def run(self) -> list[Relation]:
        found: list[Relation] = []
        seen: set[tuple[str, frozenset[str]]] = set()
        for token in self.doc:
            for kind, a_tokens, b_tokens in self._patterns(token):
                a_ids = self._ids(a_tokens)
                b_ids = self._ids(b_tokens)
                if kind == "PARTNERSHIP" and len(a_ids) > 1:
                    a_ids = [max(a_ids, key=lambda e: len(self.entities[e].mentions))]
                for a in a_ids:
                    for b in b_ids:
                        key = (kind, frozenset({a, b}))
                        if a == b or key in seen:
                            continue
                        seen.add(key)
                        found.append(self._relation(kind, a, b, token, len(found) + 1))
        for code_a, code_b, token in self._country_pairs():
            a = self.actors.ensure_country(code_a)
            b = self.actors.ensure_country(code_b)
            key = ("PARTNERSHIP", frozenset({a, b}))
            if key not in seen:
                seen.add(key)
                found.append(self._relation("PARTNERSHIP", a, b, token, len(found) + 1))
        return found

    def _patterns(self, token: Token) -> list[tuple[str, list[Token], list[Token]]]:
        out: list[tuple[str, list[Token], list[Token]]] = []
        low = token.lower_
        # "X and Y are friendly cities"
        if low in _UNIT_NOUNS and token.dep_ in {"attr", "acomp"}:
            if any(c.lower_ in _TWIN_ADJ for c in token.children if c.dep_ in {"amod", "compound"}):
                subj = [c for c in token.head.children if c.dep_ == "nsubj"]
                if subj:
                    members = _conj(subj[0])
                    if len(members) >= 2:
                        out.append(("SISTER_CITY", members[:1], members[1:]))
                    else:
                        partner = self._with_object(token)
                        if partner:
                            out.append(("SISTER_CITY", members, partner))
        # "X is twinned with Y"
        if token.lemma_.lower() in {"twin", "pair"} and token.tag_ == "VBN":
            subj = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
            partner = self._with_object(token)
            if subj and partner:
                out.append(("SISTER_CITY", _conj(subj[0]), partner))
        # "X has established friendly exchanges with Y"
        if low in _TIE_NOUNS and token.dep_ in {"dobj", "attr"}:
            adjectives = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound"}}
            if adjectives & _TIE_ADJ:
                verb = token.head
                subj = self._subjects(verb)
                partner = self._with_object(token) or self._with_object(verb)
                if subj and partner:
                    kind = "SISTER_CITY" if adjectives & {"sister", "twin"} else "PARTNERSHIP"
                    out.append((kind, subj, partner))
        return out

    def _country_pairs(self) -> list[tuple[str, str, Token]]:
        """Partnerships and alliances between two states: "the U.S.-Japan Alliance", "the
        economic partnership between the two countries", "our strategic partnership"."""
        out: list[tuple[str, str, Token]] = []
        for token in self.doc:
            if token.pos_ not in {"NOUN", "PROPN"} or token.lemma_.lower() not in _PACT_NOUNS:
                continue
            found: list[str] = []
            window = [w for w in self.doc[max(token.sent.start, token.i - 4) : token.i]]
            for word in [*token.subtree, *window]:
                if word.i >= token.i or "-" not in word.text:
                    continue
                if word.text == "-" and 0 < word.i < token.i - 1:  # "U.S.", "-", "Japan"
                    parts = [self.doc[word.i - 1].text, self.doc[word.i + 1].text]
                else:
                    parts = [p for p in word.text.split("-") if p]
                codes = [self.countries(p) for p in parts]
                if len(codes) == 2 and all(codes):
                    found = [c for c in codes if c]
                    break
            if not found:
                for child in token.children:
                    if child.dep_ == "prep" and child.lower_ == "between":
                        found = self._between(child)
            if (
                not found
                and self.actors.authors
                and any(c.dep_ == "poss" and c.lower_ in {"our", "their"} for c in token.children)
            ):
                found = [
                    code
                    for code in (self.entities[a].country for a in self.actors.authors[:3])
                    if code
                ]
            if not found and len(self.actors.authors) == 2 and token.lower_ == "partnership":
                # a joint statement of two governments speaks of their own partnership
                found = [c for c in (self.entities[a].country for a in self.actors.authors) if c]
            if len(set(found)) == 2:
                a, b = sorted(set(found))
                out.append((a, b, token))
        return out

    def _between(self, prep: Token) -> list[str]:
        codes: list[str] = []
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.lower_ in {"countries", "sides", "nations", "governments"}:
                codes = [c for c in (self.entities[a].country for a in self.actors.authors) if c]
                continue
            for member in _conj(pobj):
                for entity_id in self.actors.entities_at(member.i):
                    code = self.entities[entity_id].country
                    if code:
                        codes.append(code)
        return codes

    def countries(self, text: str) -> str | None:
        return self._countries.by_name(text) if text[:1].isupper() else None

    def _subjects(self, verb: Token) -> list[Token]:
        node = verb
        for _ in range(3):
            subj = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subj:
                return _conj(subj[0])
            if node.dep_ == "conj":
                node = node.head
                continue
            break
        return []

    @staticmethod
    def _with_object(token: Token) -> list[Token]:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in {"with", "of", "between"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return _conj(pobj)
        return []

    def _ids(self, tokens: list[Token]) -> list[str]:
        out: list[str] = []
        for token in tokens:
            for entity_id in self.actors.entities_at(token.i):
                entity = self.entities.get(entity_id)
                if entity is not None and entity.kind in _RELATION_KINDS and entity_id not in out:
                    out.append(entity_id)
        return out

    def _span(self, start: int, end: int) -> Span:
        first, last = self.doc[start], self.doc[end - 1]
        lo, hi = first.idx, last.idx + len(last.text)
        return Span(start=lo, end=hi, text=self.text[lo:hi])

    def _relation(self, kind: str, a: str, b: str, token: Token, number: int) -> Relation:
        sent = token.sent
        evidence = Evidence(
            sentence=self._sentences.get(sent.start, 0),
            sentence_span=self._span(sent.start, sent.end),
            trigger=self._span(token.i, token.i + 1),
        )
        return Relation(
            id=f"R{number}",
            type=kind,  # type: ignore[arg-type]
            a=EntityRef.of(self.entities[a]),
            b=EntityRef.of(self.entities[b]),
            confidence=0.8,
            rule=f"relation:{kind.lower()}:{token.lower_}",
            evidence=[evidence],
        )


def _conj(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(_conj(child))
    return out


def find_relations(doc: Any, actors: ActorAnalysis, countries: Countries) -> list[Relation]:
    return RelationFinder(doc, actors, countries).run()
