"""In-document coreference, built here (no coreference model is installable offline).

Phrases are read in text order and joined into clusters:
- names: the same name, a shorter form of an earlier or later name ("Chen" = "Chen Jining",
  "Morales" = "Roberto Morales Ojeda"), the same knowledge-base actor, or an acronym of a name
  (defined in the text as "Name (ACR)" or known to the knowledge base: PCC, CPC);
- countries: every name of one country is one entity ("China", "China's", "PRC");
- nominals: a definite role noun without its own description ("the delegation", "the Deputy
  Secretary") joins the latest cluster with that role; "the Cuban side" joins the latest
  group, or person, of that country;
- pronouns: he/she is the subject of the clause that governs it, else the person subject of
  an earlier sentence, else the latest person; they is the latest plural group; we is the
  publisher when the article comes from a known institution; I is the person of the
  statement's byline ("Antony J. Blinken, Secretary of State" on the first line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..knowledge.actors import KBActor
from ..knowledge.countries import norm
from .phrases import Knowledge, Phrase, span_text

_REPORTING = {
    "say",
    "note",
    "state",
    "add",
    "stress",
    "emphasize",
    "underscore",
    "agree",
    "affirm",
    "reaffirm",
    "reiterate",
    "declare",
    "announce",
    "highlight",
    "tell",
}
_STOP = {"of", "the", "and", "for", "on", "in", "de", "la", "del", "&"}
_HONORIFICS = {"dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sheikh", "h.e.", "prof."}
# a transcript's speaker label opening a line: capitals, then a colon ("SECRETARY BLINKEN:")
SPEAKER_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z.'’\- ]{1,60}?)\s*:", re.MULTILINE)


@dataclass
class Cluster:
    index: int
    kind: str  # PERSON ORG GROUP GPE LOC
    phrases: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # proper names seen, text order
    name_tokens: set[str] = field(default_factory=set)
    kb_id: str | None = None
    country: str | None = None  # for country-level GPE clusters
    role: str | None = None  # role noun phrase of nominal clusters
    place: str | None = None
    synthetic: str | None = None  # why a cluster has no phrase of its own (e.g. publisher)
    split: bool = False  # one country's part of a coordinated group ("Hungarian and Romanian")


_TIME_MARKS = frozenset("when as after before while once".split())


def _tokens(name: str) -> list[str]:
    return [w for w in re.split(r"[\s]+", norm(name)) if w and w not in _STOP]


def _contains(words: list[str], part: list[str]) -> bool:
    size = len(part)
    return any(words[i : i + size] == part for i in range(len(words) - size + 1))


_ABOUT = {"on", "about", "regarding", "concerning", "following", "after", "marking"}


def _office_words(words: list[str]) -> list[str]:
    """ "minister of foreign affairs" -> "foreign minister": one wording of an office, so
    that "the Foreign Minister" names the Minister of Foreign Affairs."""
    if len(words) >= 4 and words[1] == "of" and words[-1] == "affairs":
        return [*words[2:-1], words[0]]
    return words


def acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _STOP]
    return "".join(w[0] for w in words if w[:1].isalpha()).upper()


class Coreference:
    def __init__(self, doc: Any, phrases: list[Phrase], knowledge: Knowledge) -> None:
        self.doc = doc
        self.phrases = phrases
        self.k = knowledge
        self.clusters: list[Cluster] = []
        self.assign: dict[int, list[int]] = {}  # phrase index -> cluster indices
        self._by_phrase = {p.index: p for p in phrases}
        self._acronyms = self._defined_acronyms()
        self.authors: list[int] = []
        self._sents: list[Any] | None = None

    # -- public -----------------------------------------------------------------------------

    def run(self, publisher: KBActor | None = None) -> tuple[list[Cluster], dict[int, list[int]]]:
        for phrase in self.phrases:
            if phrase.label == "PRON":
                continue
            if phrase.modifier:  # "Israeli" in "Israeli military" mentions Israel
                if phrase.countries:
                    self._join_country(phrase, phrase.countries[0].value)
                continue
            self._place_phrase(phrase)
        self._merge_person_clusters()
        self._titled_appositions()
        self.authors = self._statement_authors()
        if self.authors:  # "the undersigned members of …" are the statement's authors
            for phrase in self.phrases:
                if phrase.label == "NOMINAL" and any(
                    t.lower_ == "undersigned" for t in self.doc[phrase.start : phrase.end]
                ):
                    self.assign[phrase.index] = list(self.authors)
            self._coalition_of_authors()
        for phrase in self.phrases:
            if phrase.label == "PRON":
                targets = self._resolve_pronoun(phrase, publisher)
                if targets:
                    self.assign[phrase.index] = targets
                    for target in targets:
                        self.clusters[target].phrases.append(phrase.index)
        return self.clusters, self.assign

    # -- placing name and nominal phrases --------------------------------------------------

    def _new(self, phrase: Phrase | None, kind: str) -> Cluster:
        cluster = Cluster(index=len(self.clusters), kind=kind)
        self.clusters.append(cluster)
        if phrase is not None:
            self._join(cluster, phrase)
        return cluster

    def _join(self, cluster: Cluster, phrase: Phrase) -> None:
        cluster.phrases.append(phrase.index)
        self.assign[phrase.index] = [cluster.index]
        if phrase.name is not None and phrase.label in {"PERSON", "ORG"}:
            text = span_text(self.doc, *phrase.name)
            cluster.names.append(text)
            cluster.name_tokens.update(_tokens(text))
        if phrase.kb is not None and cluster.kb_id is None:
            cluster.kb_id = phrase.kb.id

    def _place_phrase(self, phrase: Phrase) -> None:
        label = phrase.label
        if label == "PERSON":
            self._place_person(phrase)
        elif label == "ORG":
            self._place_org(phrase)
        elif label in {"GPE", "LOC", "FAC"}:
            self._place_gpe(phrase)
        elif label == "NORP":
            self._place_norp(phrase)
        elif label == "NOMINAL":
            self._place_nominal(phrase)

    def _place_person(self, phrase: Phrase) -> None:
        assert phrase.name is not None
        text = span_text(self.doc, *phrase.name)
        tokens = set(_tokens(text))
        for cluster in reversed(self.clusters):
            if cluster.kind != "PERSON" or not cluster.name_tokens:
                continue
            if phrase.kb is not None and cluster.kb_id == phrase.kb.id:
                self._join(cluster, phrase)
                return
            if tokens and (tokens <= cluster.name_tokens or cluster.name_tokens <= tokens):
                if phrase.kb is not None and cluster.kb_id not in (None, phrase.kb.id):
                    continue
                self._join(cluster, phrase)
                return
        self._new(phrase, "PERSON")

    def _merge_person_clusters(self) -> None:
        """A later, longer name absorbs an earlier short one ("Morales" … "Roberto Morales")."""
        for later in self.clusters:
            if later.kind != "PERSON" or not later.phrases:
                continue
            for earlier in self.clusters[: later.index]:
                if earlier.kind != "PERSON" or not earlier.phrases or earlier is later:
                    continue
                if earlier.name_tokens and earlier.name_tokens < later.name_tokens:
                    if earlier.kb_id and later.kb_id and earlier.kb_id != later.kb_id:
                        continue
                    self._absorb(later, earlier)

    def _titled_appositions(self) -> None:
        """ "met the Foreign Minister of Bangladesh, Dr. A. K. Abdul Momen": a singular title
        followed by a comma and a name (an honorific between them at most) is that person,
        however the parser attached the name."""
        people = {p.start: p for p in self.phrases if p.label == "PERSON"}
        for phrase in self.phrases:
            role = phrase.role
            if phrase.label != "NOMINAL" or phrase.plural or role is None or role.kind != "title":
                continue
            head = self.doc[phrase.head]
            person = next(  # "the President of Kenya, William Ruto" parsed as an apposition
                (
                    p
                    for c in head.children
                    if c.dep_ == "appos"
                    for p in people.values()
                    if p.start <= c.i < p.end
                ),
                None,
            )
            comma = head.right_edge.i + 1
            if person is None and comma < len(self.doc) and self.doc[comma].text == ",":
                start = comma + 1
                while start < len(self.doc) and self.doc[start].lower_ in _HONORIFICS:
                    start += 1
                person = next((people[i] for i in range(comma + 1, start + 1) if i in people), None)
            source, target = (
                self.assign.get(phrase.index),
                self.assign.get(person.index) if person else None,
            )
            if not source or not target or len(source) != 1 or len(target) != 1:
                continue
            if source[0] != target[0] and self.clusters[source[0]].kind == "PERSON":
                self._absorb(self.clusters[target[0]], self.clusters[source[0]])

    def _absorb(self, target: Cluster, source: Cluster) -> None:
        for index in source.phrases:
            target.phrases.append(index)
            self.assign[index] = [
                target.index if c == source.index else c for c in self.assign[index]
            ]
        target.phrases.sort(key=lambda i: self._by_phrase[i].start)
        target.names = source.names + target.names
        target.name_tokens |= source.name_tokens
        target.kb_id = target.kb_id or source.kb_id
        source.phrases = []

    def _place_org(self, phrase: Phrase) -> None:
        assert phrase.name is not None
        text = span_text(self.doc, *phrase.name)
        if phrase.kb is None and len(text.split()) == 1 and not text.isupper():
            # NER sometimes calls a surname an organization ("Reyes said …")
            key = norm(text)
            for cluster in reversed(self.clusters):
                if cluster.kind == "PERSON" and key in cluster.name_tokens:
                    self._join(cluster, phrase)
                    return
        key = norm(text)
        expansion = self._acronyms.get(text)
        orgs = [c for c in self.clusters if c.kind == "ORG"]
        if expansion:  # "African Union Commission (AUC)": the text's own definition beats
            # a body the knowledge base knows by the same letters
            if phrase.kb is not None and norm(expansion) not in {
                norm(n) for n in (phrase.kb.name, *phrase.kb.aliases)
            }:
                defined = self.k.kb.lookup(expansion)
                phrase.kb = defined[0] if defined else None
                phrase.countries = [e for e in phrase.countries if not e.rule.startswith("kb:")]
                phrase.sectors = [e for e in phrase.sectors if not e.rule.startswith("kb:")]
            for cluster in orgs:
                if norm(expansion) in {norm(n) for n in cluster.names}:
                    self._join(cluster, phrase)
                    return
        if phrase.kb is not None:
            for cluster in orgs:
                if cluster.kb_id == phrase.kb.id:
                    self._join(cluster, phrase)
                    return
        for cluster in orgs:
            if phrase.kb is not None and cluster.kb_id is not None:
                continue  # two different known organizations
            names = {norm(n) for n in cluster.names}
            if key in names or (expansion and norm(expansion) in names):
                self._join(cluster, phrase)
                return
            if text.isupper() and any(acronym(n) == text for n in cluster.names):
                self._join(cluster, phrase)
                return
        self._new(phrase, "ORG")

    def _place_gpe(self, phrase: Phrase) -> None:
        country = phrase.countries[0].value if phrase.countries else None
        place = phrase.place.name if phrase.place is not None else None
        for cluster in self.clusters:
            if cluster.kind not in {"GPE", "LOC"}:
                continue
            if place is None and country and cluster.place is None and cluster.country == country:
                self._join(cluster, phrase)
                return
            if place is not None and cluster.place == place:
                self._join(cluster, phrase)
                return
        cluster = self._new(phrase, "GPE" if phrase.label == "GPE" else "LOC")
        cluster.country = country
        cluster.place = place
        if place is None and phrase.name is not None and not country:
            cluster.place = span_text(self.doc, *phrase.name)

    def _join_country(self, phrase: Phrase, country: str) -> None:
        for cluster in self.clusters:
            if cluster.kind == "GPE" and cluster.place is None and cluster.country == country:
                self._join(cluster, phrase)
                return
        cluster = self._new(phrase, "GPE")
        cluster.country = country

    def _place_norp(self, phrase: Phrase) -> None:
        country = phrase.countries[0].value if phrase.countries else None
        for cluster in self.clusters:
            if cluster.kind == "GROUP" and cluster.role == "people" and cluster.country == country:
                self._join(cluster, phrase)
                return
        cluster = self._new(phrase, "GROUP")
        cluster.role = "people"
        cluster.country = country

    def _place_nominal(self, phrase: Phrase) -> None:
        role = phrase.role.phrase if phrase.role is not None else None
        described = bool(phrase.countries or phrase.orgs or phrase.subnational)
        # coordinated modifiers before the head; not a possessor or places after it
        before = [ev for ev in phrase.countries if ev.end <= phrase.head]
        named = list(dict.fromkeys(ev.value for ev in before))
        coordinated = len(named) > 1 and any(
            t.lower_ in {"and", "or", ","}
            for t in self.doc[min(ev.start for ev in before) : phrase.head]
        )
        if coordinated and phrase.plural and not phrase.orgs:
            # "Senior Hungarian and Romanian officials": one group per country
            targets = []
            for iso3 in named:
                group = self._new(None, self._nominal_kind(phrase))
                group.phrases.append(phrase.index)
                group.role, group.country, group.split = role, iso3, True
                targets.append(group.index)
            self.assign[phrase.index] = targets
            return
        if role in {"countries", "nations"} and not described:
            pair = self._last_country_pair(phrase) or (
                self._two_most_named(phrase) if phrase.both else []
            )
            if pair:  # "… between Armenia and Azerbaijan … help the countries find peace"
                self.assign[phrase.index] = pair
                return
        if role in {"side", "sides"}:
            self._place_side(phrase)
            return
        if phrase.both and not described:  # "the two delegations": resolved with the events
            cluster = self._new(phrase, "GROUP")
            cluster.role = "sides"
            text = self.doc[phrase.start : phrase.end].text.lower()
            if role and not any(w in text.split() for w in ("two", "both")):
                cluster.names.append(f"two {role}")  # "the two heads of state" spans only "heads"
            return
        if phrase.definite and not described:
            if phrase.plural and role is not None:
                matches = [
                    c.index
                    for c in self.clusters
                    if c.kind == "PERSON" and self._role_matches(c, role)
                ]
                if len(matches) > 1:
                    self.assign[phrase.index] = matches
                    for target in matches:
                        self.clusters[target].phrases.append(phrase.index)
                    return
            for cluster in reversed(self.clusters):
                if self._role_matches(cluster, role):
                    self._join(cluster, phrase)
                    return
        if described:
            country = phrase.countries[0].value if phrase.countries else None
            sub = phrase.subnational[0][0].name if phrase.subnational else None
            for cluster in reversed(self.clusters):
                if cluster.role == role and cluster.country == country and cluster.place == sub:
                    self._join(cluster, phrase)
                    return
        kind = self._nominal_kind(phrase)
        cluster = self._new(phrase, kind)
        cluster.role = role
        cluster.country = phrase.countries[0].value if phrase.countries else None
        cluster.place = phrase.subnational[0][0].name if phrase.subnational else None

    def _role_matches(self, cluster: Cluster, role: str | None) -> bool:
        """ "the Deputy Secretary" names whoever carries a title with those words."""
        if role is None or not cluster.phrases:
            return False
        if cluster.role == role:
            return True
        words = role.split()
        singular = [w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in words]
        for index in cluster.phrases:
            phrase = self._by_phrase.get(index)
            if phrase is None or phrase.label == "PRON":
                continue
            for title, found, _, _ in phrase.titles:
                have = _office_words(title.lower().split())
                for wanted in (_office_words(words), _office_words(singular)):
                    if _contains(have, wanted) or found.phrase == " ".join(wanted):
                        return True
            if phrase.kb is not None:  # "Vladimir Putin … the presidents": his office that day
                for held in phrase.kb.roles_at(self.k.day):
                    have = (held.title or "").lower().split()
                    if have and any(_contains(have, wanted) for wanted in (words, singular)):
                        return True
        return False

    def _last_country_pair(self, phrase: Phrase) -> list[int]:
        """The latest two countries named together ("Armenia and Azerbaijan") before a "the
        countries", "both countries" or "the two nations"."""
        words = {t.lower_ for t in self.doc[phrase.start : phrase.head]}
        if not words & {"the", "both", "two"} or words & {"other", "many", "all", "some"}:
            return []
        states = [
            p
            for p in self.phrases
            if p.label == "GPE" and p.start < phrase.start and p.countries and not p.subnational
        ]
        for later in reversed(states):
            head = self.doc[later.head]
            if head.dep_ != "conj":
                continue
            for earlier in states:
                if earlier.head == head.head.i:
                    first = self.assign.get(earlier.index, [])[:1]
                    second = self.assign.get(later.index, [])[:1]
                    if first and second and first != second:
                        return first + second
        return []

    def _two_most_named(self, phrase: Phrase) -> list[int]:
        """ "both countries" with no pair named together: the two countries the story names
        most before it (by name or demonym), when a third does not tie the second."""
        counts: dict[str, int] = {}
        for earlier in self.phrases:
            if earlier.start >= phrase.start:
                break
            for iso3 in dict.fromkeys(ev.value for ev in earlier.countries):
                counts[iso3] = counts.get(iso3, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) < 2 or (len(ranked) > 2 and ranked[2][1] == ranked[1][1]):
            return []
        states = []
        for iso3, _ in ranked[:2]:
            state = next(
                (
                    c.index
                    for c in self.clusters
                    if c.kind == "GPE" and c.place is None and c.country == iso3
                ),
                None,
            )
            if state is None:
                return []
            states.append(state)
        return states

    def _recent_pair(self, phrase: Phrase) -> list[int]:
        """Two parties of different countries named together ("Armenian and Azerbaijani
        forces", "Armenia and Azerbaijan") in the sentence of a "the sides" or the one before:
        those are the sides, not the story's own dyad."""
        sentence = self.doc[phrase.head].sent
        previous = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        for earlier in reversed(self.phrases):
            if earlier.start >= phrase.start:
                continue
            if earlier.start < previous:
                break
            targets = self.assign.get(earlier.index, [])
            countries = {self._cluster_country(self.clusters[t]) for t in targets}
            if len(targets) == 2 and len(countries) == 2 and None not in countries:
                return list(targets)
        pair = self._last_country_pair(phrase)
        if pair and not any(self._as_sides(i) for c in pair for i in self.clusters[c].phrases):
            pair = []  # "criticised the decision of Finland and Sweden": not sides of anything
        if pair and all(
            any(
                previous <= self._by_phrase[i].start < phrase.start
                for i in self.clusters[c].phrases
            )
            for c in pair
        ):
            return pair
        return []

    def _as_sides(self, phrase_index: int) -> bool:
        """Whether a mention names parties as sides: the subject ("Armenia and Azerbaijan
        agreed"), or "between X and Y"."""
        phrase = self._by_phrase.get(phrase_index)
        if phrase is None:
            return False
        token = self.doc[phrase.head]
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        return token.dep_ in {"nsubj", "nsubjpass"} or (
            token.dep_ == "pobj" and token.head.lower_ in {"between", "among"}
        )

    def _place_side(self, phrase: Phrase) -> None:
        """ "the Cuban side": the latest group, else person, of that country."""
        country = phrase.countries[0].value if phrase.countries else None
        if phrase.plural and country is None:
            pair = self._recent_pair(phrase)
            if pair:  # "escalation between Armenian and Azerbaijani forces … the sides"
                self.assign[phrase.index] = pair
                return
        if phrase.plural or country is None:
            cluster = self._new(phrase, "GROUP")
            cluster.role = "sides" if phrase.plural else "side"
            return
        for kinds in ({"GROUP"}, {"ORG"}, {"PERSON"}):
            for cluster in reversed(self.clusters):
                if cluster.kind in kinds and self._cluster_country(cluster) == country:
                    self._join(cluster, phrase)
                    return
        cluster = self._new(phrase, "GROUP")
        cluster.role = "side"
        cluster.country = country

    def _cluster_country(self, cluster: Cluster) -> str | None:
        if cluster.country:
            return cluster.country
        for index in cluster.phrases:
            phrase = self._by_phrase[index]
            if phrase.countries:
                return phrase.countries[0].value
            if phrase.kb is not None:
                found = phrase.kb.country_at(self.k.day)
                if found:
                    return found
            if phrase.led_by is not None:
                leader = self._by_phrase.get(phrase.led_by)
                if leader is not None and leader.countries:
                    return leader.countries[0].value
        return None

    @staticmethod
    def _nominal_kind(phrase: Phrase) -> str:
        role = phrase.role
        if role is None:
            return "GROUP"
        if role.kind in {"title", "person"} or (role.kind == "agent" and not phrase.plural):
            # person nouns ("spokesman", "president"), not bodies ("interim government")
            personal = role.phrase.endswith(
                ("man", "woman", "er", "ist", "or", "ian", "ant", "ent")
            ) and not role.phrase.endswith("ment")
            return "PERSON" if role.kind != "agent" or personal else "GROUP"
        if role.kind == "org":
            return "ORG"
        return "GROUP"

    def _defined_acronyms(self) -> dict[str, str]:
        """ "Name (ACR)" in the text defines ACR; the knowledge base knows others."""
        found: dict[str, str] = {}
        doc = self.doc
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            after = ent.end
            if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
                short = doc[after + 1].text
                if short.isupper() and 2 <= len(short) <= 8:
                    found[short] = ent.text
        for i in range(1, len(doc) - 2):  # "African Union Commission (AUC)" where the NER
            short = doc[i + 1].text  # tagged only "African Union": the initials decide
            if doc[i].text != "(" or doc[i + 2].text != ")" or short in found:
                continue
            if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 8):
                continue
            for start in range(max(0, i - 8), i):
                if not doc[start].is_title:
                    continue
                name = doc[start:i].text
                if acronym(name) == short:
                    found[short] = name
                    break
        return found

    # -- pronouns ----------------------------------------------------------------------------

    def _of_states(self, token: Any) -> list[int]:
        """The states in "the Foreign Ministers of A, B and C" (clusters of A, B, C)."""
        found: list[int] = []
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                members = [pobj, *[t for t in pobj.subtree if t.dep_ == "conj"]]
                for member in members:
                    index = self._cluster_of_token(member)
                    if index is not None and self.clusters[index].kind == "GPE":
                        if index not in found:
                            found.append(index)
        return found

    def _clusters_at(self, token: Any) -> list[int]:
        for phrase in self.phrases:
            if phrase.head == token.i:
                return list(self.assign.get(phrase.index, []))
        return []

    def _cluster_of_token(self, token: Any) -> int | None:
        for phrase in self.phrases:
            lo, hi = phrase.name if phrase.name else (phrase.head, phrase.head + 1)
            if lo <= token.i < hi or phrase.head == token.i:
                targets = self.assign.get(phrase.index)
                if targets:
                    return targets[0]
        return None

    def _in_quotes(self, token: Any) -> bool:
        sent = token.sent
        before = sum(1 for t in sent if t.i < token.i and t.text in {'"', "“", "”"})
        return before % 2 == 1

    def _is_person(self, index: int) -> bool:
        return self.clusters[index].kind == "PERSON"

    def _coalition_of_authors(self) -> None:
        """ "The undersigned members of the Media Freedom Coalition": a body with no country of
        its own whose members sign the statement stands, in that statement, for them."""
        for token in self.doc:
            if token.lower_ != "undersigned":
                continue
            for prep in token.head.children:
                if prep.dep_ != "prep" or prep.lower_ != "of":
                    continue
                for pobj in prep.subtree:
                    found = self._cluster_of_token(pobj) if pobj.i != prep.i else None
                    if found is None or self.clusters[found].kind != "ORG":
                        continue
                    if self._cluster_country(self.clusters[found]) is not None:
                        continue
                    for index, targets in self.assign.items():
                        if targets == [found]:
                            self.assign[index] = list(self.authors)

    def _statement_authors(self) -> list[int]:
        """ "The text of the following statement was released by the Governments of A and B":
        the authors of a joint statement, who are its "we"."""
        for sent in self._sentences()[:6]:
            words = {t.lower_ for t in sent}
            if "statement" not in words or "by" not in words:
                continue
            if not words & {"released", "issued", "statement", "joint"}:
                continue
            by = next(t for t in sent if t.lower_ == "by")
            # the authors are named after "by", not in "… on Syria's election" after them
            topic = next(  # "… by A, B and C on Syria's election": what it is about
                (t.i for t in sent if t.i > by.i and t.lower_ in _ABOUT and t.dep_ == "prep"),
                None,
            )
            end = topic if topic is not None else sent.end
            authors: list[int] = []
            for phrase in self.phrases:
                if phrase.start <= by.i or phrase.start >= end or phrase.label == "PRON":
                    continue
                if self.doc[phrase.end - 1].pos_ == "ADP":  # a cut name: "Governments of"
                    continue
                for index in self.assign.get(phrase.index, []):
                    cluster = self.clusters[index]
                    if cluster.kind in {"GPE", "ORG"} and index not in authors:
                        authors.append(index)
            if not authors:  # "released by Secretary of State Blinken, French Foreign
                for phrase in self.phrases:  # Minister Le Drian, …": the ministers sign
                    if phrase.start <= by.i or phrase.start >= end:
                        continue
                    for index in self.assign.get(phrase.index, []):
                        cluster = self.clusters[index]
                        if cluster.kind == "PERSON" and index not in authors:
                            authors.append(index)
                if len(authors) < 2:
                    authors = []
            if authors:
                return authors
        return []

    def _sentences(self) -> list[Any]:
        if self._sents is None:
            self._sents = list(self.doc.sents)
        return self._sents

    def _reporting_subject(self, token: Any) -> list[int]:
        node = token
        while node.head.i != node.i:
            if node.dep_ == "ccomp" and node.head.lemma_.lower() in _REPORTING:
                for child in node.head.children:
                    if child.dep_ == "nsubj":
                        members = [child, *[c for c in child.subtree if c.dep_ == "conj"]]
                        found: list[int] = []
                        for member in members:
                            for phrase in self.phrases:
                                if phrase.head == member.i or (
                                    phrase.name and phrase.name[0] <= member.i < phrase.name[1]
                                ):
                                    found.extend(self.assign.get(phrase.index, []))
                        return list(dict.fromkeys(found))
                return []
            node = node.head
        return []

    def _is_body(self, index: int) -> bool:
        return self.clusters[index].kind in {"GPE", "ORG", "GROUP"}

    def _resolve_it(self, phrase: Phrase, token: Any) -> list[int]:
        """ "it"/"its" of a state or organization: the subject of the governing clause ("Syria
        says it will not …"); "its" may also look back to the previous subject."""
        if token.dep_ not in {"nsubj", "nsubjpass", "poss", "dobj", "pobj"}:
            return []
        node = token.head
        for _ in range(6):
            if node.head.i == node.i:
                break
            node = node.head
            for child in node.children:
                if child.dep_ == "poss" and child.i != token.i and child.pos_ != "PRON":
                    # "the Russian Federation's ability to continue its war"
                    found = self._cluster_of_token(child)
                    if found is not None and self._is_body(found):
                        return [found]
                if child.dep_ in {"nsubj", "nsubjpass"} and child.i != token.i:
                    found = self._cluster_of_token(child)
                    if found is not None and self._is_body(found):
                        return [found]
                    break
        if token.dep_ == "poss":
            for other in reversed([p for p in self.phrases if p.start < phrase.start]):
                targets = self.assign.get(other.index)
                if targets and self._is_body(targets[0]) and other.label != "PRON":
                    if self.doc[other.head].dep_ in {"nsubj", "nsubjpass"}:
                        return targets[:1]
        return []

    def _adverbial_subject(self, token: Any) -> list[int]:
        """The plural group subject of the clause that a time clause with this subject
        hangs on: the main clause's subject is preferred to its object (Hobbs)."""
        clause = token.head
        if token.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.head.i == clause.i:
            return []
        if not any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in _TIME_MARKS and c.i < token.i
            for c in clause.children
        ):
            return []
        subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i > token.i:
            return []
        phrase = next((p for p in self.phrases if p.head == subject.i), None)
        found = self._cluster_of_token(subject)
        if phrase is None or not phrase.plural or found is None:
            return []
        return [found] if self.clusters[found].kind in {"GROUP", "ORG"} else []

    def _byline_author(self, token: Any) -> list[int]:
        """ "I" outside quotes in a statement under a byline ("Antony J. Blinken, Secretary of
        State" on the first line, no verb): the person named there. Transcripts (speaker
        labels, "SECRETARY BLINKEN: …") have many "I"s and no one author: nobody."""
        if self._in_quotes(token):
            return []
        author, first_end = self._byline
        return [author] if author is not None and token.i >= first_end else []

    @cached_property
    def _byline(self) -> tuple[int | None, int]:
        """The byline's person (looked up once per article) and where the byline ends."""
        first = self._sentences()[0]
        if SPEAKER_LABEL.search(self.doc.text) or any(t.pos_ == "VERB" for t in first):
            return None, first.end
        for tok in first:
            found = self._cluster_of_token(tok)
            if found is not None and self._is_person(found):
                return found, first.end
        return None, first.end

    def _publisher_cluster(self, publisher: KBActor) -> int:
        for cluster in self.clusters:
            if cluster.kb_id == publisher.id:
                return cluster.index
        cluster = self._new(None, "ORG")
        cluster.kb_id = publisher.id
        cluster.names.append(publisher.name)
        cluster.synthetic = "publisher"
        return cluster.index

    def _resolve_pronoun(self, phrase: Phrase, publisher: KBActor | None) -> list[int]:
        doc = self.doc
        token = doc[phrase.head]
        if phrase.pronoun == "we":
            if self._in_quotes(token):
                return []
            speakers = self._reporting_subject(token)  # "They noted that … we will …"
            if speakers:
                return speakers
            for child in token.children:  # "We, the G7 Foreign Ministers of …"
                if child.dep_ == "appos":
                    states = self._of_states(child)
                    if len(states) > 1:  # "We, the Foreign Ministers of France, Germany, …"
                        return states
                    described = self._clusters_at(child)
                    if described:
                        return described
            if self.authors:
                return list(self.authors)
            if publisher is not None:
                return [self._publisher_cluster(publisher)]
            return []
        if phrase.pronoun == "i":
            return self._byline_author(token)
        if phrase.pronoun in {"he", "she"}:
            # 1. the subject of a governing clause ("Morales thanked …, stating that he …")
            node = token.head
            seen = 0
            while node.i != node.head.i and seen < 8:
                node = node.head
                seen += 1
                for child in node.children:
                    if child.dep_ in {"nsubj", "nsubjpass"} and child.i != token.i:
                        found = self._cluster_of_token(child)
                        if found is not None and self._is_person(found):
                            return [found]
                        break
            # 2. the person subject of an earlier sentence
            sents = self._sentences()
            here = next(i for i, s in enumerate(sents) if s.start <= token.i < s.end)
            for back in range(here, max(-1, here - 4), -1):
                sent = sents[back]
                for tok in sent:
                    if back == here and tok.i >= token.i:
                        break
                    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ == "ROOT":
                        found = self._cluster_of_token(tok)
                        if found is not None and self._is_person(found):
                            return [found]
            # 3. the latest person mentioned before
            best: int | None = None
            for other in self.phrases:
                if other.start >= phrase.start:
                    break
                targets = self.assign.get(other.index)
                if targets and self._is_person(targets[0]):
                    best = targets[0]
            return [best] if best is not None else []
        if phrase.pronoun == "it":
            return self._resolve_it(phrase, token)
        if phrase.pronoun == "they":
            # the subject of the clause a "when"/"after" clause hangs on ("the bombers killed
            # 23 people when they blew themselves up"), the coordinated subject of this or the
            # previous sentence ("Blinken and Wilmès … They noted"), else the latest plural group
            governing = self._adverbial_subject(token)
            if governing:
                return governing
            sents = self._sentences()
            here = next(i for i, s in enumerate(sents) if s.start <= token.i < s.end)
            for back in range(here, max(-1, here - 2), -1):
                for tok in sents[back]:
                    if back == here and tok.i >= token.i:
                        break
                    if (
                        tok.dep_ == "nsubj"
                        and tok.head.dep_ == "ROOT"
                        and any(c.dep_ == "conj" for c in tok.children)
                    ):
                        members = [tok, *[c for c in tok.subtree if c.dep_ == "conj"]]
                        located = [self._cluster_of_token(m) for m in members]
                        clusters = [f for f in dict.fromkeys(located) if f is not None]
                        if len(clusters) > 1:
                            return clusters
            own = self._own_subjects(token)  # "police used tear gas to disperse them"
            for other in reversed([p for p in self.phrases if p.start < phrase.start]):
                targets = self.assign.get(other.index)
                if (
                    targets
                    and other.plural
                    and self.clusters[targets[0]].kind in {"GROUP", "ORG"}
                    and targets[0] not in own
                ):
                    return targets[:1]
        return []

    def _own_subjects(self, token: Any) -> set[int]:
        """Clusters of the subject of the clause an object pronoun ("them") stands in: the
        pronoun names someone else."""
        if token.dep_ not in {"dobj", "pobj", "dative"}:
            return set()
        node = token.head.head if token.dep_ == "pobj" else token.head
        for _ in range(4):
            found = [c for c in node.children if c.dep_ == "nsubj"]
            if found:
                return {f for f in (self._cluster_of_token(t) for t in found) if f is not None}
            if node.dep_ not in {"xcomp", "conj", "advcl"} or node.head.i == node.i:
                break
            node = node.head
        return set()
