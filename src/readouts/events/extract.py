"""Sentence-level event candidates: a trigger, its actor and recipient entities, its flags.

The candidate keeps token positions; :mod:`readouts.events.document` turns candidates into
events for the whole article (merging repeated mentions, orienting visits, dating).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..actors import ActorAnalysis
from .arguments import (
    SPANS,
    SUBJ,
    ArgumentMapper,
    between_parties,
    conjuncts,
    countered,
    in_hyphen_pair,
    light_verb_subject,
    noun_agents,
    objects,
    passive_patients,
    stray_conjunct,
    subjects,
)
from .flags import is_future, is_hypothetical, is_negated
from .lexicon import Lexicon, Trigger, complement_of, misparsed_verb, visiting_modifier
from .topics import topics_of

Token = Any

_PURPOSE_HEADS = {
    "travel",
    "meet",
    "visit",
    "go",
    "fly",
    "come",
    "arrive",
    "lead",
    "work",
    "call",
    "speak",
    "talk",
    "hold",
    "use",
    "join",
    "attend",
    "participate",
}
_YIELD_WORDS = {
    "release",
    "free",
    "stop",
    "halt",
    "cease",
    "end",
    "withdraw",
    "leave",
    "lift",
    "ease",
    "allow",
    "permit",
    "refrain",
    "restraint",
    "ceasefire",
    "de-escalate",
    "return",
    "exercise",
    "remain",
    "respect",
    "uphold",
    "accept",
    "abide",
    "protect",
    "hold",
    "investigate",
    "comply",
    "resolve",
}
_ASSIST_WORDS = {
    "help",
    "assist",
    "aid",
    "provide",
    "support",
    "contribute",
    "supply",
    "give",
    "send",
    "fund",
    "join",
    "cooperate",
    "work",
}
_MEET_WORDS = {"meet", "talk", "negotiate", "engage", "discuss", "return", "resume", "dialogue"}
_THREAT_MODES: dict[str, tuple[str, str | None]] = {
    "SANCTION": ("1312", "restrict"),
    "COERCE": ("132", "ban"),
    "ASSAULT": ("138", "violence"),
    "MOBILIZE": ("138", "violence"),
    "RETREAT": ("1313", "relations"),
}
_SPEECH = {
    "stress",
    "emphasize",
    "underscore",
    "say",
    "declare",
    "insist",
    "state",
    "conclude",
    "announce",
    "tell",
    "add",
    "warn",
    "argue",
    "maintain",
    "demand",
    "note",
    "write",
    "reiterate",
    "repeat",
    "reaffirm",
    "affirm",
    "assert",
    "remind",
}
_NAME_TYPES = {"ORG", "PERSON", "GPE", "FAC", "LOC", "NORP", "WORK_OF_ART", "LAW", "EVENT"}
_BACKGROUND_VERBS = {"flee", "escape", "survive", "witness", "cover", "report"}
_DANGER_VERBS = {"pose", "represent", "constitute", "remain", "present"}
_HOSTILE_ACTS = {"COERCE", "SANCTION", "ASSAULT"}
_FORCE_ACTS = {"ASSAULT", "COERCE"}
# acts whose people-object is their recipient ("expelled two diplomats", "forced out refugees")
_MOVING_ACTS = _FORCE_ACTS | {"SANCTION"}
_ABOUT_ACTS = {"REJECT", "REQUEST"}  # what is condemned did happen: it is coded too
_ADMONITIONS = {"reminder", "warning", "ultimatum", "appeal", "call", "demand", "message"}
_DESIRE_VERBS = {"want", "wish", "intend", "aim", "hope"}
_PERMITTING = {"allow", "permit", "let"}
# "is prepared to impose martial law": readiness for a coercive measure is a warning
_READINESS = {"prepared", "ready"}
_THREAT_VERBS = {"threaten", "warn", "vow", "swear"}
_YIELD_INTENT = {"084": "0353", "085": "0354", "086": "0355", "087": "0356", "081": "0351"}
# what an attack is made with or as: the nationality of "Israeli tank shelling" or "an
# Ethiopian air strike" is the attacker's
ATTACK_NOUNS = frozenset(
    "attack attacks strike strikes airstrike airstrikes raid raids bombing bombings bomb bombs "
    "blast blasts explosion explosions shelling fire gunfire rocket rockets missile missiles "
    "mortar mortars shell shells artillery tank tanks ambush offensive assault bombardment "
    "drone drones barrage grenade grenades mine mines".split()
)
# what cooperation is about that makes it material, not diplomatic (CAMEO 031 vs 032)
_MATERIAL_TOPICS = {"trade", "investment", "energy", "economy"}
_INTENT_CODES = {
    "CONSULT": "036",
    "AID": "033",
    "COOPERATE": "031",
    "SUPPORT": "032",
    "AGREE": "030",
    "REQUEST": "030",
}
# promised aid by its kind: economic, military, humanitarian (asylum too), peacekeeping (0331-4)
_AID_INTENT = {"071": "0331", "072": "0332", "073": "0333", "075": "0333", "074": "0334"}


def intent_code(event_type: str, cameo: str | None) -> str:
    """CAMEO 03x for a promised or planned act of this type and code ("will supply arms":
    0332, "agreed to lift sanctions": 0354)."""
    head = (cameo or "")[:3]
    if event_type in {"CONCEDE", "RETREAT"}:
        return _YIELD_INTENT.get(head, "035")
    if event_type == "AID":
        return _AID_INTENT.get(head, "033")
    return _INTENT_CODES.get(event_type, "030")


@dataclass
class Candidate:
    trigger: Trigger
    token: Token
    trigger_span: tuple[int, int]
    type: str
    mode: str | None
    cameo: str
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    actor_tokens: list[Token] = field(default_factory=list)
    recipient_tokens: list[Token] = field(default_factory=list)
    aux: set[str] = field(default_factory=set)
    future: bool = False
    joint: bool = False  # all participants are actors unless a host is found
    host_known: bool = False
    rule: str = ""
    confidence: float = 0.6
    places: list[Token] = field(default_factory=list)  # visit destinations given as places
    inner: Token | None = None  # the complement act an intent/request/refusal was about
    reported: bool = False  # named as what a statement condemns: dated only by its own words

    @property
    def sentence_index(self) -> int:
        return int(self.token.sent.start)


class SentenceCoder:
    def __init__(self, doc: Any, actors: ActorAnalysis, lexicon: Lexicon) -> None:
        self.doc = doc
        self.actors = actors
        self.lexicon = lexicon
        self.args = ArgumentMapper(doc, actors)
        self.consumed: set[int] = set()
        self._condemned_nouns: dict[int, bool] = {}

    # -- public -----------------------------------------------------------------------------

    def run(self) -> list[Candidate]:
        out = self._codings()
        out.extend(self._characterizations(out))
        return out

    def _codings(self) -> list[Candidate]:
        out: list[Candidate] = []
        for token in self.doc:
            if (token.i in self.consumed and stray_conjunct(token) is None) or self._not_an_act(
                token
            ):
                continue
            demand = self._reported_demand(token) or self._time_for(token)
            if demand is not None:
                out.append(demand)
                continue
            claim = self._claimed_act(token) or self._ordered_out(token)
            if claim is not None:
                out.append(claim)
                continue
            match = self.lexicon.match(token, self._is_actor)
            if match is None:
                continue
            trigger, obj = match
            if trigger.role == "speech" or self._is_purpose(token) or self._consequence(token):
                continue
            if self._protest_purpose(token, trigger) or self._charged_with(token):
                continue
            if trigger.pos == "NOUN" and (
                self._governed_by_trigger(token, trigger.type) or _reason_for_thanks(token)
            ):
                continue
            if trigger.type in _FORCE_ACTS and _alleged(token):
                continue
            candidate = self._code(token, trigger, obj)
            if candidate is not None:
                out.append(candidate)
                if candidate.type in _ABOUT_ACTS:  # "rejected a US offer to host a summit"
                    self._consume_objects(token)
        return out

    # -- characterizations ----------------------------------------------------------------------

    def _characterizations(self, coded: list[Candidate]) -> list[Candidate]:
        """ "President Putin's illegal war …", "a needless act of aggression": a statement that
        condemns an actor in strong words is an ACCUSE by whoever speaks (the quoted speaker,
        else the authors or publisher of the statement), unless the sentence already has one."""
        accused = {c.token.sent.start for c in coded if c.type == "ACCUSE"}
        out: list[Candidate] = []
        for sent in self.doc.sents:
            if sent.start in accused:
                continue
            words = [t for t in sent if _condemning(t) and t.i not in self.consumed]
            if not words:
                continue
            word = words[0]
            targets = self._characterized(word)
            speakers = self._speaker(word)
            if not targets or not speakers:
                continue
            speaker_countries = {self.actors.entity(e).country for e in speakers}
            targets = [
                pair
                for pair in targets
                if self.actors.entity(pair[0]).country not in speaker_countries | {None}
            ]
            if not targets:
                continue
            cand = self._rule_candidate(
                word,
                "ACCUSE",
                "disapprove",
                "111",
                "rule:characterization",
                [(e, word) for e in speakers],
                targets,
            )
            cand.actor_tokens, cand.confidence = [], 0.45  # the speaker is not in the words
            out.append(cand)
        return out

    def _characterized(self, word: Token) -> list[tuple[str, Token]]:
        """The actor a condemning word is about: the owner of the thing it qualifies ("Putin's
        illegal war"), else the subject of its clause ("the Houthis' offensive … poses")."""
        if word.pos_ in {"VERB", "AUX"} or word.lower_ == "counter":
            # "X's offensive runs counter to those goals", "these acts undermine Y": the one
            # whose act it is
            verb = word.head if word.lower_ == "counter" else word
            node = verb
            while node.dep_ in {"xcomp", "acl", "pcomp", "prep"} and node.head.i != node.i:
                if node.dep_ == "pcomp":
                    return []  # "cooperation in addressing … attempts at undermining X"
                node = node.head
                if node.pos_ in {"NOUN", "PROPN"}:  # "Beijing's attempts to undermine …"
                    return self.args.many(noun_agents(node), search=False)
            for subject in subjects(verb)[0]:
                found = self.args.many([subject])
                if found:
                    return found
            return []
        noun = word.head if word.dep_ in {"amod", "compound"} else word
        for node in (noun, noun.head):
            for child in node.children:
                if child.dep_ == "poss":
                    found = self.args.many([child], search=False)
                    if found:
                        return found
        clause = noun
        while clause.dep_ not in {"ROOT", "ccomp"} and clause.head.i != clause.i:
            clause = clause.head
        for child in clause.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                inside = child.left_edge.i <= word.i <= child.right_edge.i
                if inside or clause.lemma_ == "be":  # "X is a needless act of aggression"
                    return self.args.many([child])
        return []

    def _speaker(self, word: Token) -> list[str]:
        node = word
        while node.head.i != node.i:
            if node.dep_ == "ccomp" and node.head.lemma_.lower() in _SPEECH:
                return [e for e, _ in self.args.many(subjects(node.head)[0], search=False)]
            node = node.head
        if _quoted(word):
            return []
        return self.actors.voice()

    # -- reported obligations -----------------------------------------------------------------

    def _reported_demand(self, token: Token) -> Candidate | None:
        """ "Russia said that Sudan must return the helicopter": a REQUEST by the speaker to the
        one who must act (the obliged act is requested, not done)."""
        if token.pos_ != "VERB":
            return None
        issued = token.lemma_.lower() in {"issue", "send", "deliver"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _ADMONITIONS for c in token.children
        )  # "issued a stern reminder to Iraq that it must cooperate"
        if token.lemma_.lower() not in _SPEECH and not issued:
            return None
        comp = next((c for c in token.children if c.dep_ == "ccomp"), None)
        if comp is None or not _obliged(comp):
            return None
        actors = self.args.many(subjects(token)[0], search=False)
        addressees = self.args.many(subjects(comp)[0], search=False) or self.args.many(
            objects(token, "iobj") + objects(token, "to"), search=False
        )
        if not actors or not addressees:
            return None
        inner = self.lexicon.match(comp, self._is_actor)
        mode = _request_mode(comp, inner[0] if inner else None)
        self.consumed.update(t.i for t in comp.subtree)
        cand = self._rule_candidate(
            token,
            "REQUEST",
            mode,
            _request_code(mode, "10", inner[0] if inner else None),
            "rule:reported-obligation",
            actors,
            addressees,
        )
        self._flags(cand, token)
        cand.future = False
        return cand

    def _claimed_act(self, token: Token) -> Candidate | None:
        """ "The US claimed that ISIL had attacked Iraq": a claim that another did a hostile
        act accuses him of it (CAMEO 112); the act itself is coded as reported."""
        if token.pos_ != "VERB" or token.lemma_.lower() != "claim":
            return None
        comp = next((c for c in token.children if c.dep_ == "ccomp"), None)
        if comp is None:
            return None
        inner = self.lexicon.match(comp, self._is_actor)
        if inner is None or inner[0].type not in _HOSTILE_ACTS | {"MOBILIZE", "THREATEN"}:
            return None
        actors = self.args.many(subjects(token)[0], search=False)
        actor_ids = {e for e, _ in actors}
        accused = self.args.many(subjects(comp)[0], search=False)
        if not actors or not accused or any(e in actor_ids for e, _ in accused):
            return None  # "X claimed that they had attacked …": a claim of its own act
        cand = self._rule_candidate(
            token, "ACCUSE", "allege", "112", "rule:claimed-act", actors, accused
        )
        self._flags(cand, token)
        return cand

    def _ordered_out(self, token: Token) -> Candidate | None:
        """ "ordered the French ambassador to leave the country", "told the troops to
        depart": an expulsion of those ordered out (diplomats: CAMEO 161, peacekeepers
        1661, others 166)."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in {"order", "tell", "instruct"}:
            return None
        comp = next((c for c in token.children if c.dep_ == "xcomp"), None)
        if comp is None or comp.lemma_.lower() not in {"leave", "depart", "quit", "exit"}:
            return None
        ordered = [c for c in token.children if c.dep_ == "dobj"]
        actors = self.args.many(subjects(token)[0], search=False)
        targets = self.args.many(ordered, search=False)
        if not actors or not targets:
            return None
        lemma = ordered[0].lemma_.lower()
        if lemma in _ENVOYS:
            kind = ("SANCTION", "withdraw", "161")
        elif lemma in {"peacekeeper", "troop", "force", "soldier", "mission"}:
            kind = ("SANCTION", "expel", "1661")
        else:
            kind = ("SANCTION", "expel", "166")
        self.consumed.update(t.i for t in comp.subtree)
        cand = self._rule_candidate(token, *kind, "rule:ordered-out", actors, targets)
        self._flags(cand, token)
        return cand

    def _rule_candidate(
        self,
        token: Token,
        event_type: str,
        mode: str | None,
        cameo: str,
        rule: str,
        actors: list[tuple[str, Token]],
        targets: list[tuple[str, Token]],
        span: tuple[int, int] | None = None,
    ) -> Candidate:
        """An event a rule makes without a lexicon trigger (reported obligations, claimed
        acts, characterizations, "it is time for X to …"): these actors, and those targets
        that are not among them."""
        own = {e for e, _ in actors}
        others = [(e, t) for e, t in targets if e not in own]
        return Candidate(
            trigger=self.lexicon.synthetic(event_type, cameo, rule),
            token=token,
            trigger_span=span or (token.i, token.i + 1),
            type=event_type,
            mode=mode,
            cameo=cameo,
            actor=list(dict.fromkeys(e for e, _ in actors)),
            recipient=[e for e, _ in others],
            actor_tokens=[t for _, t in actors],
            recipient_tokens=[t for _, t in others],
            rule=rule,
        )

    def _time_for(self, token: Token) -> Candidate | None:
        """ "It is time for the Houthis to accept a ceasefire": the speaker (the article's
        voice, or whoever says it) asks them to; the act itself has not happened."""
        if token.pos_ != "VERB":
            return None
        verb = token.head if token.dep_ == "conj" else token
        if not (
            verb.dep_ in {"relcl", "acl"}
            and verb.head.lemma_.lower() == "time"
            and verb.head.head.lemma_.lower() == "be"
        ):
            return None
        if not any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children):
            return None
        addressees = self.args.many(subjects(token)[0], search=False)
        speakers = self._speaker(verb.head)
        if not addressees or not speakers:
            return None
        inner = self.lexicon.match(token, self._is_actor)
        mode = _request_mode(token, inner[0] if inner else None)
        # the asked-for act is not a fact; a coordinated "and for Y to …" is asked for too
        self.consumed.update(
            t.i for t in token.subtree if not (t.dep_ == "conj" and t.head.i == token.i)
        )
        cand = self._rule_candidate(
            token,
            "REQUEST",
            mode,
            _request_code(mode, "10", inner[0] if inner else None),
            "rule:time-for",
            [(e, token) for e in speakers],
            addressees,
            span=(verb.head.i, token.i + 1) if verb is token else None,
        )
        cand.actor_tokens = []  # the speaker is not in the words
        self._flags(cand, token)
        cand.future = False
        return cand

    # -- one trigger --------------------------------------------------------------------------

    def _is_actor(self, token: Token, kinds: str = "people") -> bool:
        """Whether a word names people who can be received, released or allowed (``>@``),
        or any actor (``>#``)."""
        for entity_id in self.actors.entities_at(token.i):
            if kinds == "any" or self.actors.entity(entity_id).kind in {"PERSON", "GROUP"}:
                return True
        return False

    def _armed(self, actor_pairs: list[tuple[str, Token]]) -> bool:
        """Whether the actors are soldiers or armed groups (military or rebel sectors)."""
        entities = [self.actors.entity(e) for e, _ in actor_pairs]
        return bool(entities) and all({"MIL", "REB", "UAF"} & set(e.sectors) for e in entities)

    @staticmethod
    def _not_an_act(token: Token) -> bool:
        """Words that name rather than report: inside a name ("Asia-Pacific Economic
        Cooperation"), or modifiers ("Syrian-backed militia", "sanctions evasion networks")."""
        if token.ent_type_ in {
            "ORG",
            "PERSON",
            "GPE",
            "FAC",
            "LOC",
            "NORP",
            "WORK_OF_ART",
            "LAW",
            "EVENT",
        }:
            return True
        if token.dep_ == "dobj" and token.head.lemma_.lower() in _BACKGROUND_VERBS:
            return True  # "refugees fleeing the civil war": the war is not theirs
        if token.lower_ in {"threat", "threats"} and token.head.lemma_.lower() in _DANGER_VERBS:
            return True  # "posing a threat to the humanitarian situation": a danger, not a threat
        if misparsed_verb(token):
            return False
        if visiting_modifier(token):
            return True  # "received visiting X": the host's act carries the visit
        return token.dep_ in {"amod", "compound", "nmod"}

    def _is_purpose(self, token: Token) -> bool:
        """ "will travel … to reaffirm …": the purpose of a trip is not an act of its own."""
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        if token.dep_ not in {"advcl", "xcomp", "acl"}:
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return False
        head = token.head
        if head.lemma_.lower() in {"use", "employ"}:
            return False  # "used tear gas to disperse the crowd": the act is the dispersal
        if (
            head.lemma_.lower() in {"speak", "talk", "meet", "call"}
            and head.tag_ == "VBD"
            and token.lemma_.lower() in {"reaffirm", "affirm", "reiterate", "underscore"}
        ):
            return False  # "spoke today with X to reaffirm the alliance": said in the call
        return head.lemma_.lower() in _PURPOSE_HEADS or (
            token.dep_ == "advcl" and head.pos_ in {"VERB", "AUX"}
        )

    def _protest_purpose(self, token: Token, trigger: Trigger) -> bool:
        """ "shunned work to protest at X", "a sit-in to denounce Y": what a protest is held
        for is its cause, not a second act (a complaint) beside it."""
        if trigger.type not in {"ACCUSE", "PROTEST"}:
            return False
        if token.dep_ not in {"advcl", "xcomp", "acl"}:
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return False
        head = token.head
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        governor = self.lexicon.match(head, self._is_actor)
        return governor is not None and governor[0].type == "PROTEST"

    def _charged_with(self, token: Token) -> bool:
        """ "jailed a student for helping militants", "designating X for assisting Y": what
        someone is punished or blamed for is the charge, not an act of the one who punishes."""
        if token.dep_ != "pcomp" or token.head.lower_ != "for" or token.tag_ != "VBG":
            return False
        governor = self.lexicon.match(token.head.head, self._is_actor)
        return governor is not None and governor[0].type in {"SANCTION", "COERCE", "ACCUSE"}

    def _sent_to_investigate(self, token: Token) -> bool:
        """Whether people are sent (a team, experts, personnel) to investigate."""
        if token.lemma_.lower() not in {"send", "dispatch"}:
            return False
        for child in token.children:
            if child.dep_ in {"advcl", "xcomp"} and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in child.children
            ):
                found = self.lexicon.match(child, self._is_actor)
                if found is not None and found[0].mode == "investigate":
                    return True
        return False

    def _actor_ids(self, token: Token, trigger: Trigger) -> list[str]:
        return [e for e, _ in self.args.many(self._subject_tokens(token, trigger)[0], search=False)]

    def _consume_objects(self, token: Token) -> None:
        """Acts named inside what an act is about are its content, not acts of their own."""
        for child in token.children:
            if child.dep_ in {"dobj", "xcomp"} and child.i > token.i:
                self.consumed.update(t.i for t in child.subtree if t.i != token.i)

    def _consequence(self, token: Token) -> bool:
        """ "attacked the camp, killing at least 156", "held talks, offering support": the
        participle reports the same act or its manner (not "repressed the protests, arresting
        hundreds": an arrest is a use of force of its own)."""
        if token.dep_ != "advcl" or token.tag_ != "VBG":
            return False
        head = self.lexicon.match(token.head, self._is_actor)
        if head is None:
            return False
        own = self.lexicon.match(token, self._is_actor)
        return not (own is not None and own[0].type in _FORCE_ACTS and own[0].type != head[0].type)

    def _condemned(self, noun: Token) -> bool:
        """Whether a noun names what an ACCUSE trigger is about (asked once per noun)."""
        known = self._condemned_nouns.get(noun.i)
        if known is None:
            head = noun.head.head if noun.head.dep_ == "prep" else noun.head
            governor = self.lexicon.match(head, self._is_actor)
            known = governor is not None and governor[0].type == "ACCUSE"
            self._condemned_nouns[noun.i] = known
        return known

    def _governed_by_trigger(self, noun: Token, kind: str) -> bool:
        head = noun.head
        if head.i == noun.i:
            return False
        governor = self.lexicon.match(head, self._is_actor)
        if governor is None and head.dep_ == "prep":
            governor = self.lexicon.match(head.head, self._is_actor)
            if governor is None and head.lower_ == "of" and head.head.lemma_.lower() in SPANS:
                governor = self.lexicon.match(head.head.head, self._is_actor)  # "held two
                # days of talks": the verb's act
        if governor is None:
            return False
        # "concerned by the conviction of activists": a condemned hostile act did happen
        return not (governor[0].type == "ACCUSE" and kind in _HOSTILE_ACTS)

    def _code(self, token: Token, trigger: Trigger, obj: Token | None) -> Candidate | None:
        if trigger.pos == "NOUN" and countered(token):
            return None  # "respond to authoritarian threats": not the responder's threat
        if trigger.type == "ACCUSE" and token.dep_ == "xcomp":
            governor = self.lexicon.match(token.head, self._is_actor)
            if governor is not None and governor[0].type == "ACCUSE":
                return None  # "summoned the envoy to lodge a protest": one protest
        span = (token.i, token.i + 1)
        if obj is not None:
            span = (min(token.i, obj.i), max(token.i, obj.i) + 1)
        cand = Candidate(
            trigger=trigger,
            token=token,
            trigger_span=span,
            type=trigger.type,
            mode=trigger.mode,
            cameo=trigger.cameo,
            rule=trigger.rule,
        )
        subj_tokens, passive = self._subject_tokens(token, trigger)
        actor_pairs = self.args.many(subj_tokens, search=False)
        if not actor_pairs and passive and obj is not None and trigger.type == "CONSULT":
            # "the meeting between X and Y was held": the held act names its parties
            parties = noun_agents(obj) or between_parties(obj)
            actor_pairs = self.args.many(parties, search=False)
        if not actor_pairs and trigger.type == "ASSAULT" and trigger.pos == "VERB":
            actor_pairs = self._weapon_agents(token, subj_tokens)
        recipient_pairs = self._recipients(token, trigger, obj, passive)
        if (
            trigger.lemma == "fight"
            and not recipient_pairs
            and any(c.lower_ in {"side", "together", "alongside"} for c in token.children)
        ):
            return None  # "we fought side by side through two World Wars": allies, no foe
        if trigger.cameo == "184" and not recipient_pairs:
            return None  # "used the talks as a shield": only people are human shields
        if trigger.role in {"intent", "request", "refuse", "threat"}:
            if trigger.prep == "on" and trigger.lemma == "call" and not complement_of(token):
                # "the minister called on the president": a courtesy visit, not an appeal
                cand.type, cand.mode, cand.cameo = "CONSULT", "visit", "042"
                cand.host_known = True
            else:
                recipient_pairs = self._complement(
                    cand, token, trigger, recipient_pairs, actor_pairs
                )
        if trigger.role == "host":
            if not recipient_pairs:
                return None
            invited = next(
                (c for c in token.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"),
                None,
            )
            if invited is not None and invited.lemma_.lower() not in _VISITING:
                return None  # "welcomes U.S. companies to invest in China": no one is received
            if (
                token.lemma_.lower() == "welcome"
                and token.tag_ in {"VBZ", "VBP"}
                and not any(
                    c.dep_ == "prep"
                    and c.lower_ in {"to", "in", "at"}
                    and any(g.ent_type_ in {"GPE", "LOC", "FAC"} for g in c.children)
                    for c in token.children
                )
            ):  # "The United States welcomes Secretary General Cormann": a statement's
                # welcome endorses, it receives no one
                cand.type, cand.mode, cand.cameo = "SUPPORT", None, "051"
                cand.rule += "+endorsement"
            else:
                actor_pairs, recipient_pairs = recipient_pairs, actor_pairs
                cand.host_known = True
        elif trigger.role == "visit":
            cand.host_known = True
            cand.places = [t for _, t in recipient_pairs]
            troops = [self.actors.entity(e) for e, _ in actor_pairs]
            if troops and all(e.kind == "GROUP" and "MIL" in e.sectors for e in troops):
                # "NATO peacekeeping troops arrived in Bosnia": a deployment, not a visit
                peacekeeping = any("peacekeep" in e.name.lower() for e in troops)
                cand.type, cand.cameo = ("AID", "074") if peacekeeping else ("MOBILIZE", "154")
                cand.mode = None if peacekeeping else "troops"
                cand.host_known = False
        elif trigger.role == "attend":
            recipient_pairs = self._attended(cand, obj, actor_pairs, recipient_pairs)
        elif trigger.role == "joint":
            cand.joint = True
        if (
            cand.cameo == "150"
            and len({self.actors.entity(e).country for e, _ in actor_pairs} - {None}) > 1
        ):  # "French and Egyptian warships launched war games": exercising together
            cand.type, cand.mode, cand.cameo, cand.joint = "COOPERATE", None, "062", True
        kind = _aid_kind(obj) if obj is not None else None
        if kind is not None and (cand.cameo == "070" or cand.cameo == "033"):
            # "sent military aid", "pledged humanitarian assistance": the kind of aid
            cand.cameo = kind if cand.cameo == "070" else intent_code("AID", kind)
        if (
            cand.type == "ASSAULT"
            and not recipient_pairs
            and obj is not None
            and token.lemma_.lower() in {"fire", "launch"}
            and obj.lemma_.lower() in _MISSILES
        ):  # "fired a ballistic missile into the sea": a show of force, not an attack
            cand.type, cand.mode, cand.cameo = "MOBILIZE", "weapons", "150"
            cand.rule += "+launch"
        causes = [  # "Israeli air strikes killed …", "were killed in an air strike"
            t
            for t in [*subj_tokens, *objects(token, "in"), *objects(token, "by")]
            if t.lemma_.lower() in ATTACK_NOUNS
        ]
        if cand.type == "ASSAULT" and (
            any(_aerial(w) for w in [obj if obj is not None else token, *causes])
            or any(t.lemma_.lower() in _AIRCRAFT for t in subj_tokens)  # "warplanes bombarded"
        ):
            cand.mode, cand.cameo = "aerial", "195"  # "launched an air strike": CAMEO 195
        if cand.type == "AID" and self._sent_to_investigate(token):
            # "sent personnel to Bosnia to investigate …": a fact-finding mission, not aid
            cand.type, cand.mode, cand.cameo = "ACCUSE", "investigate", "090"
            cand.rule += "+investigation"
        if token.lemma_.lower() == "demonstrate" and (
            token.tag_ == "VBN"
            or any(c.dep_ in {"dobj", "ccomp", "nsubjpass"} for c in token.children)
        ):
            return None  # "demonstrated its resolve", "heroism demonstrated by X": shown
        if cand.type == "PROTEST" and token.lemma_.lower() == "strike" and obj is None:
            if any(c.dep_ == "dobj" for c in token.children):  # "they struck a building"
                cand.type, cand.mode, cand.cameo = "ASSAULT", None, "190"
                if not actor_pairs:  # "Russian missiles struck a shopping mall"
                    actor_pairs = self._weapon_agents(token, subj_tokens)
        if (
            cand.cameo == "114"
            and token.lemma_.lower() == "protest"
            and (
                _civilians([self.actors.entity(e) for e, _ in actor_pairs])
                or _protested_in_place(token)
            )
        ):  # "demonstrators protesting the results", "protested in the capital": a
            # demonstration, not a complaint
            cand.type, cand.mode, cand.cameo = "PROTEST", "demo", "141"
        if cand.cameo == "171" and token.lemma_.lower() == "raid" and self._armed(actor_pairs):
            # "troops raided the refugee camp": a military raid is an assault, a police
            # raid of an office a seizure
            cand.type, cand.mode, cand.cameo = "ASSAULT", None, "190"
        if cand.cameo in {"190", "1712"} and _protesters(actor_pairs):
            # "protesters set fire to the embassy", "a protester demolished a building": a
            # protest that turned violent (CAMEO 145); weapons ("launched missiles") stay
            # an armed attack, as the codebook codes force meant to kill under 18-20
            cand.type, cand.mode, cand.cameo = "PROTEST", "riot", "145"
            cand.rule += "+rioters"
        if cand.type == "ACCUSE" and not recipient_pairs:
            # "alleged that the North admitted …": the one a charge is about is the subject
            # of what it says
            clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
            if clause is not None:
                own = {e for e, _ in actor_pairs}
                states = {self.actors.entity(e).country for e in own}
                recipient_pairs = [
                    p
                    for p in self.args.many(subjects(clause)[0], search=False)
                    if p[0] not in own
                    and not (  # "France … alleging Paris played a role": itself
                        self.actors.entity(p[0]).kind == "GPE"
                        and self.actors.entity(p[0]).country in states
                    )
                ]
        if cand.type == "THREATEN" and not any(
            self.actors.entity(e).country for e, _ in recipient_pairs
        ):
            recipient_pairs = self._condition_subjects(token, actor_pairs) or recipient_pairs
        if cand.type == "AGREE" and _pledged_to_a_state(obj if obj is not None else token):
            # "commitment to Ukraine's sovereignty": support for that state, not a pledge
            cand.type, cand.mode, cand.cameo = "SUPPORT", None, "051"
        if cand.type == "CONSULT" and _remote(token, obj):
            cand.mode, cand.cameo = "phone", "041"
        if cand.type == "CONCEDE" and token.lemma_.lower() in _PERMITTING:
            # "allowed X to hold a rally": what is allowed is the concession's content, not
            # an act the text reports done
            for child in token.children:
                if child.dep_ in {"ccomp", "xcomp"} and child.pos_ in {"VERB", "AUX"}:
                    self.consumed.update(t.i for t in child.subtree)
        cand.reported = trigger.pos == "NOUN" and self._condemned(token)
        if cand.type in _FORCE_ACTS:  # no one kills or arrests himself: one found on both
            targets = {e for e, _ in recipient_pairs}  # sides was misread as the agent ("an
            actor_pairs = [p for p in actor_pairs if p[0] not in targets]  # attempt to kill X")
        cand.actor = [e for e, _ in actor_pairs]
        cand.actor_tokens = [t for _, t in actor_pairs]
        cand.recipient = [e for e, _ in recipient_pairs if e not in cand.actor]
        cand.recipient_tokens = [t for e, t in recipient_pairs if e not in cand.actor]
        self._flags(cand, token)
        return cand

    def _weapon_agents(self, token: Token, subj_tokens: list[Token]) -> list[tuple[str, Token]]:
        """ "An Ethiopian air strike killed …", "were killed in Israeli tank shelling", "wounded
        by Somali rebel fire": the attack or weapon named as the cause carries its attacker."""
        nouns = [t for t in subj_tokens if t.lemma_.lower() in ATTACK_NOUNS]
        nouns += [
            g
            for c in token.children
            if c.dep_ in {"prep", "agent"} and c.lower_ in {"in", "by", "during", "under"}
            for g in c.children
            if g.dep_ == "pobj" and g.lemma_.lower() in ATTACK_NOUNS
        ]
        for noun in nouns:
            weapons = [noun] + [  # "Kenyan tank shelling": the weapon word carries the nation
                c
                for c in noun.children
                if c.dep_ == "compound" and c.lemma_.lower() in ATTACK_NOUNS
            ]
            found = self.args.many([a for w in weapons for a in noun_agents(w)], search=False)
            if found:
                return found
        return []

    def _condition_subjects(
        self, token: Token, actors: list[tuple[str, Token]]
    ) -> list[tuple[str, Token]]:
        """ "threatened to stop the talks if the United States goes ahead": a threat is aimed
        at whoever must meet its condition."""
        own = {e for e, _ in actors}
        for sub in token.subtree:
            if sub.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in sub.children
            ):
                found = [
                    p for p in self.args.many(subjects(sub)[0], search=False) if p[0] not in own
                ]
                if found:
                    return found
        return []

    def _subject_tokens(self, token: Token, trigger: Trigger) -> tuple[list[Token], bool]:
        if trigger.pos == "NOUN":
            agents = noun_agents(token)
            if trigger.type != "CONSULT":  # "the importance of U.S.-Japan cooperation": a tie
                agents = [a for a in agents if not in_hyphen_pair(a)]  # named, not an act
            if agents and self.args.many(agents, search=False):  # "U.S. sanctions", "X's visit"
                return agents, False
            parties = between_parties(token) if trigger.type == "CONSULT" else []
            if parties and self.args.many(parties, search=False):  # "talks between X and Y"
                return parties, False
            if self._condemned(token):
                return [], False  # "X condemned the conviction of …": not X's conviction
            return light_verb_subject(token)
        if trigger.pos == "ADJ":
            head = token.head if token.dep_ in {"acomp", "amod", "oprd"} else token
            if token.dep_ == "amod":
                return conjuncts(token.head), False
            return subjects(head)
        return subjects(token)

    def _recipients(
        self, token: Token, trigger: Trigger, obj: Token | None, passive: bool
    ) -> list[tuple[str, Token]]:
        if passive and trigger.pos == "VERB":
            patients = passive_patients(token)
            if patients and "dobj" in trigger.recipients:
                return self.args.many(patients)
        holders = [token]
        if obj is not None and obj.i != token.i:
            holders.append(obj)  # "held talks with X", "imposed sanctions on X"
        elif obj is None and trigger.role == "joint" and token.lemma_.lower() in _CHAIRING:
            # "co-chaired the dialogue with X" (not "discussed the negotiations with Iran",
            # where Iran is the other side of what was discussed)
            holders += [c for c in token.children if c.dep_ == "dobj"]
        holders += [  # "reject proposed Israeli changes": a participle parsed as a clause
            c for c in token.children if c.dep_ == "xcomp" and c.tag_ in {"VBN", "VBD"}
        ]
        if trigger.pos == "NOUN":  # "the attacks carried out by Russia against …"
            holders += [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        for slot in trigger.recipients:
            if slot == "none":
                if trigger.type == "PROTEST":
                    return self._protest_targets(token)  # "blocked roads to show …"
                return []
            for holder in holders:
                tokens = objects(holder, slot)
                if slot == "dobj" and obj is not None:
                    tokens = [t for t in tokens if t.i != obj.i] or (
                        objects(obj, "poss")
                        + objects(obj, "of")
                        + objects(obj, "by")
                        + [  # "prevented the demonstration staged by students"
                            t
                            for c in obj.children
                            if c.dep_ in {"acl", "relcl"}
                            for t in objects(c, "by")
                        ]
                    )
                    if not tokens and self._is_actor(obj):
                        # "forced out hundreds of refugees": the people moved; "summoned the
                        # Estonian ambassador": the envoy summoned
                        tokens = [obj]
                found = self.args.many(tokens)
                if found:
                    return found
        if obj is not None and obj.i != token.i:
            for child in obj.children:
                if child.dep_ in {"acl", "relcl", "xcomp"} or (
                    # "accepted a formula for ending its dispute with X"
                    child.dep_ == "prep" and child.lower_ in {"to", "for"}
                ):
                    for slot in ("with", "to", "against", "on"):
                        inner = [
                            t for sub in child.subtree if sub.i != obj.i for t in objects(sub, slot)
                        ]
                        found = self.args.many(inner)
                        if found:
                            return found
            own = {self.actors.entity(e).country for e in self._actor_ids(token, trigger)}
            for slot in ("from", "by", "of", "with", "against", "on"):  # "demands from X"
                found = [
                    pair
                    for pair in self.args.many(objects(obj, slot))
                    if self.actors.entity(pair[0]).country not in own
                ]
                if found:
                    return found
        if trigger.type == "PROTEST":
            return self._protest_targets(token)
        if (
            "dobj" in trigger.recipients
            and token.dep_ == "relcl"
            and not any(c.dep_ in {"dobj", "nsubjpass"} for c in token.children)
            and any(
                c.dep_ == "nsubj" and c.lower_ not in {"who", "which", "that"}
                for c in token.children
            )
        ):  # "four judges it accused of corruption": the noun is the object
            found = self.args.many(conjuncts(token.head))
            if found:
                return found
        if trigger.type == "ACCUSE" and token.dep_ == "xcomp":
            # "summoned X's envoy to lodge a protest": the protest is made to the one summoned
            return self.args.many(
                [t for c in token.head.children if c.dep_ == "dobj" for t in conjuncts(c)]
            )
        return []

    def _attended(
        self,
        cand: Candidate,
        obj: Token | None,
        actor_pairs: list[tuple[str, Token]],
        recipient_pairs: list[tuple[str, Token]],
    ) -> list[tuple[str, Token]]:
        """ "attended the summit in Madrid": a visit to the country where a gathering is held
        (CAMEO 042), unless that is the attendee's own; "attended the NATO summit": a
        multilateral meeting with the body that holds it; else the attendees meet each other."""
        own = {self.actors.entity(e).country for e, _ in actor_pairs}

        def is_place(entity_id: str) -> bool:
            return self.actors.entity(entity_id).kind in {"GPE", "LOC"}

        named = list(recipient_pairs)
        if obj is not None:  # "the inauguration of President Lula in Brasilia"
            named += self.args.many(
                [t for sub in obj.subtree if sub.i != obj.i for t in objects(sub, "in")]
                + objects(obj, "mod")
                + objects(obj, "of")
            )
        named = [  # "a meeting on Haiti": what the meeting is about, not where it is held
            (e, t)
            for e, t in named
            if not (t.dep_ == "pobj" and t.head.lower_ in {"on", "about", "regarding"})
        ]
        abroad = [
            (e, t) for e, t in named if is_place(e) and self.actors.entity(e).country not in own
        ]
        if abroad:
            cand.mode, cand.cameo, cand.host_known = "visit", "042", True
            cand.places = [t for _, t in abroad[:1]]
            return abroad[:1]
        bodies = list(dict.fromkeys((e, t) for e, t in named if not is_place(e)))
        cand.host_known = bool(bodies)
        cand.joint = not bodies
        return bodies

    def _protest_targets(self, token: Token) -> list[tuple[str, Token]]:
        """ "… to demand reforms by Suharto's government", "in defiance of X": whom a protest
        is against, from its purpose or its circumstances."""
        found: list[tuple[str, Token]] = []
        for child in token.children:
            if child.dep_ in {"advcl", "xcomp"} or (
                child.dep_ == "prep" and child.lower_ in {"in", "against", "during", "over"}
            ):
                joined = {  # "joining thousands of demonstrators": companions
                    t.i
                    for j in child.subtree
                    if j.dep_ == "dobj" and j.head.lemma_.lower() in {"join", "lead"}
                    for t in j.subtree
                }
                deep = [
                    t
                    for t in child.subtree
                    if t.dep_ in {"dobj", "pobj", "poss"} and t.i not in joined
                ]
                found += self.args.many(deep)
        # "blocked streets in Hong Kong in defiance of Chinese authorities": where the
        # protest is held is not whom it targets when the text names someone else
        found = [p for p in found if p[1].pos_ != "PRON"]  # "their disapproval": themselves
        named = [p for p in found if self.actors.entity(p[0]).kind != "GPE"]
        return named or found

    def _complement(
        self,
        cand: Candidate,
        token: Token,
        trigger: Trigger,
        recipients: list[tuple[str, Token]],
        actors: list[tuple[str, Token]],
    ) -> list[tuple[str, Token]]:
        """Intent, request, refusal and threat verbs take their content from a complement."""
        comp = complement_of(token)
        if comp is None and trigger.role in {"request", "refuse", "threat"}:
            # "demanded that the US cancel …": the one who must act is the recipient
            clause = _stated_clause(token)
            if clause is not None:
                addressees = self.args.many(subjects(clause)[0], search=False)
                actor_ids = {e for e, _ in actors}
                addressees = [pair for pair in addressees if pair[0] not in actor_ids]
                if addressees:
                    cand.inner = clause
                    self.consumed.update(t.i for t in clause.subtree)
                    found = self.lexicon.match(clause, self._is_actor)
                    if trigger.role == "request":
                        inner_kind = found[0] if found else None
                        cand.mode = _request_mode(clause, inner_kind)
                        cand.cameo = _request_code(cand.mode, trigger.cameo, inner_kind)
                    return recipients or addressees
        if comp is None and trigger.pos == "ADJ":
            comp = next((c for c in token.children if c.dep_ == "xcomp"), None)
        if comp is None:
            comp = next(
                (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"for", "to"}), None
            )
            if comp is not None:
                comp = next((g for g in comp.children if g.dep_ in {"pobj", "pcomp"}), comp)
        if comp is None:
            return recipients
        cand.inner = comp
        self.consumed.update(t.i for t in comp.subtree)  # one promise, not one event per verb
        if trigger.pos == "ADJ" and token.dep_ == "acomp":  # "is willing to X, (to) Y and Z"
            self.consumed.update(t.i for t in token.head.subtree if t.i > token.i)
        inner = self.lexicon.match(comp, self._is_actor)
        inner_trigger = inner[0] if inner else None
        inner_recipients: list[tuple[str, Token]] = []
        if inner_trigger is not None:
            inner_recipients = self._recipients(
                comp, inner_trigger, inner[1] if inner else None, False
            )
        if not inner_recipients:
            for slot in ("with", "to", "dobj", "on", "against", "for"):
                inner_recipients = self.args.many(objects(comp, slot), search=slot != "dobj")
                if inner_recipients:
                    break
        if not inner_recipients:  # deeper: "willing to send material to help defend Saudi Arabia"
            actor_ids = {e for e, _ in actors}
            deep = [
                t
                for t in comp.subtree
                if t.i != comp.i
                and _direct(t, comp)
                and (
                    t.dep_ in {"dobj", "pobj", "dative"}
                    or (  # "ready to help the countries find peace": those helped
                        t.dep_ == "nsubj"
                        and t.head.head.lemma_.lower() in {"help", "enable", "allow", "assist"}
                    )
                )
            ]
            inner_recipients = [pair for pair in self.args.many(deep) if pair[0] not in actor_ids]
        role = trigger.role
        if role == "intent" and trigger.lemma in _DESIRE_VERBS:
            # "Obama wants Putin to attack X": what one wants another to do is asked of him
            actor_ids = {e for e, _ in actors}
            others = [
                pair
                for pair in self.args.many(
                    [c for c in comp.children if c.dep_ == "nsubj"], search=False
                )
                if pair[0] not in actor_ids
            ]
            if others:
                cand.type, cand.mode = "REQUEST", _request_mode(comp, inner_trigger)
                cand.cameo = _request_code(cand.mode, "02", inner_trigger)
                return others
        if role == "intent":
            cand.type, cand.mode, cand.cameo = self._intent(inner_trigger, trigger)
            about = topics_of(comp)
            if cand.cameo == "032" and about and about[0] in _MATERIAL_TOPICS:
                cand.cameo = "031"  # "seeking to deepen a partnership in energy": material
            if cand.type in _THREAT_MODES:
                cand.aux.add("future")  # a promised hostile act keeps its type
            return recipients or inner_recipients
        if role == "request":
            actor_ids = {e for e, _ in actors}
            asked = [  # "pushed for Uganda to open the border": Uganda is asked
                pair
                for pair in self.args.many(
                    [c for c in comp.children if c.dep_ == "nsubj"], search=False
                )
                if pair[0] not in actor_ids
            ]
            recipients = recipients or asked
            cand.mode = _request_mode(comp, inner_trigger)
            cand.cameo = _request_code(cand.mode, trigger.cameo, inner_trigger)
            if trigger.lemma == "invite" and cand.mode == "meet":
                # "invited X to visit Y": an invitation to a visit is an offer to meet (AGREE)
                cand.type, cand.mode, cand.cameo = "AGREE", None, "036"
            return recipients or inner_recipients
        if role == "refuse":
            cand.type = "REJECT"
            cand.mode = _request_mode(comp, inner_trigger)
            cand.cameo = {"yield": "124", "change": "123", "assist": "121", "meet": "125"}.get(
                cand.mode or "", "120"
            )
            return recipients or inner_recipients
        if role == "threat":
            if inner_trigger is not None and inner_trigger.type in _THREAT_MODES:
                cand.cameo, cand.mode = _threat_code(inner_trigger)
            return recipients or inner_recipients
        return recipients

    @staticmethod
    def _intent(inner: Trigger | None, trigger: Trigger) -> tuple[str, str | None, str]:
        if inner is None:
            return "AGREE", None, trigger.cameo
        if inner.type == "CONCEDE" and trigger.lemma == "decide":
            return inner.type, inner.mode, inner.cameo  # "decided to allow X": a decision made
        if inner.type in {"CONCEDE", "RETREAT"}:  # CAMEO 035x: intent to yield or release
            return "AGREE", None, intent_code(inner.type, inner.cameo)
        if inner.type == "THREATEN" or (
            inner.type in _THREAT_MODES
            and (
                trigger.lemma in _THREAT_VERBS
                or (trigger.lemma in _READINESS and inner.type in {"COERCE", "SANCTION"})
            )
        ):
            code, mode = _threat_code(inner) if inner.type in _THREAT_MODES else ("130", None)
            return "THREATEN", mode, code
        if inner.type == "ASSAULT" and trigger.lemma == "prepare":
            return "MOBILIZE", "troops", "150"  # "the army prepared to resume shelling X"
        if inner.type == "ASSAULT" and trigger.lemma in _DESIRE_VERBS | {"plan"}:
            return "THREATEN", "violence", "138"  # "wants to attack X": force held out
        if inner.type in _THREAT_MODES:  # "pledged to expel …": a promised hostile act
            return inner.type, inner.mode, inner.cameo
        if inner.type in {"ACCUSE", "REJECT", "PROTEST"}:
            return inner.type, inner.mode, inner.cameo
        return "AGREE", None, intent_code(inner.type, inner.cameo)

    def _flags(self, cand: Candidate, token: Token) -> None:
        if is_negated(token):
            cand.aux.add("negated")
        cand.future = is_future(token)
        if (cand.future or _modal(token)) and _conditioned(token) and cand.type in _THREAT_MODES:
            # "will withdraw its force unless …", "may halt its mediation if …": a hostile
            # act held out on a condition is a threat
            cand.cameo, cand.mode = _threat_code(cand)
            cand.type, cand.future = "THREATEN", False
            cand.rule += "+conditional"
            for clause in _conditions(token):  # what the threat demands has not happened
                self.consumed.update(t.i for t in clause.subtree)
            return
        if is_hypothetical(token):
            cand.aux.add("hypothetical")


_REMOTE_WORDS = {
    "phone",
    "telephone",
    "call",
    "teleconference",
    "videoconference",
    "virtually",
    "virtual",
    "video",
    "remotely",
    "online",
}


_CHAIRING = {"chair", "co-chair", "co-host", "co-lead", "convene", "co-organize", "co-sponsor"}


def _remote(token: Token, obj: Token | None) -> bool:
    """ "met virtually", "held a call", "spoke by phone": a consultation at a distance (not
    "paid a courtesy call on the King": a call in person)."""
    if obj is not None and obj.lower_ in {"call", "calls"} and token.lemma_.lower() == "pay":
        return False
    words = [c for c in token.children] + ([*obj.children, obj] if obj is not None else [])
    words += [  # "met virtually today": the adverb may hang on the time word, or on "with"
        g
        for c in token.children
        if c.dep_ in {"npadvmod", "advmod", "prep"}
        for g in c.children
        if c.dep_ != "prep" or g.dep_ == "advmod"
    ]
    for word in words:
        if word.lower_ in _REMOTE_WORDS:
            return True
        if word.dep_ == "prep" and word.lower_ in {"by", "via", "over", "during", "in"}:
            # "spoke by phone", "discussed X during a phone call", "in a video call"
            if any(g.lower_ in _REMOTE_WORDS for g in word.subtree):
                return True
    return False


_CONDEMNING = frozenset(
    (
        "illegal unprovoked unjustified brutal heinous unconscionable senseless premeditated "
        "reckless destabilizing escalatory provocative malign malicious egregious abhorrent "
        "appalling atrocious atrocity aggression barbaric horrific cruel lawless illegitimate "
        "needless unacceptable outrageous repressive repression persecution intimidation"
    ).split()
)


_AIRCRAFT = {"warplane", "warplanes", "jet", "jets", "aircraft", "bomber", "bombers"}
_AIRCRAFT |= {"helicopter", "helicopters", "gunship", "gunships", "plane", "planes"}


def _aerial(word: Token) -> bool:
    """ "an air strike", "air raids": an attack from the air."""
    return any(c.dep_ == "compound" and c.lower_ in {"air", "aerial"} for c in word.children)


_ALLEGING = frozenset({"accuse", "blame", "suspect", "charge"})
_ALLEGING_THAT = frozenset({"allege", "claim"})  # "alleged / claimed that X attacked Y"


def _alleged(token: Token) -> bool:
    """ "accused the rebels of violating the ceasefire", "blamed X for attacking Y", "alleged
    that the army had shelled the town": an act one side alleges is the content of the
    accusation, not an act the text reports (CAMEO 112: an allegation does not imply that the
    alleged event took place)."""
    prep = token.head
    if (
        token.dep_ == "pcomp"
        and prep.dep_ == "prep"
        and prep.lower_ in {"of", "for"}
        and prep.head.lemma_.lower() in _ALLEGING
    ):
        return True
    if (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.head.lemma_.lower() in _ALLEGING
        and any(
            c.dep_ == "prep" and c.lower_ in {"of", "for"} and c.i < token.i
            for c in token.head.children
        )
    ):
        return True  # "accused Russia of shelling the city, killing four civilians"
    node = token
    while node.head.i != node.i:
        if (
            node.dep_ == "ccomp"
            and node.head.pos_ == "VERB"
            and node.head.lemma_.lower() in _ALLEGING_THAT
        ):
            return True
        node = node.head
    return False


def _condemning(token: Token) -> bool:
    """A word that condemns what it is said of: "illegal", "barbaric", "undermines",
    "runs counter to"."""
    lemma = str(token.lemma_).lower()
    if lemma == "counter":
        head = str(token.head.lemma_).lower()
        return str(token.dep_) in {"advmod", "prt", "acomp"} and head in {"run", "go"}
    if lemma == "undermine":
        return str(token.pos_) == "VERB"
    return lemma in _CONDEMNING


def _quoted(token: Token) -> bool:
    sent = token.sent
    marks = sum(1 for t in sent if t.i < token.i and t.text in {'"', "“", "”"})
    return marks % 2 == 1


def _stated_clause(verb: Token) -> Token | None:
    """The clause stating what is asked, refused or threatened when it is no to-infinitive:
    "demanded that X cancel …", "pushed for X (to) support …" (parsed as a for-clause),
    "insisted on its demands that X grant …" (the clause of the demanded noun)."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            return child
        if child.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ == "for" for g in child.children
        ):
            return child
    for child in verb.children:
        if child.dep_ != "prep":
            continue
        for noun in child.children:
            if noun.dep_ != "pobj":
                continue
            for clause in noun.children:
                if clause.dep_ in {"acl", "ccomp"} and any(
                    g.dep_ == "mark" and g.lower_ == "that" for g in clause.children
                ):
                    return clause
    return None


def _threat_code(act: Trigger | Candidate) -> tuple[str, str | None]:
    """The CAMEO code and PLOVER mode of a threat to carry out a hostile act: the threat's own
    leaf where CAMEO has one (172x administrative sanctions -> 132x, "threaten to impose martial
    law" 1324), else the act type's general threat code."""
    code, mode = _THREAT_MODES[act.type]
    if act.cameo.startswith("172") and len(act.cameo) == 4:
        return "132" + act.cameo[3], "restrict"  # the manual's mode for curfews and bans
    return code, mode


def _conditions(verb: Token) -> list[Token]:
    """The if/unless clauses an act is held out on."""
    found = [
        child
        for child in verb.children
        if child.dep_ == "advcl" and any(g.lower_ in {"unless", "if"} for g in child.children)
    ]
    # A condition after the act that the parser hung on the reporting verb ("X may halt Y if
    # cooperation founders, the minister said" parsed with "founders" as a noun).
    governor = verb.head if verb.dep_ == "ccomp" else None
    if found or governor is None:
        return found
    return [
        child
        for child in governor.children
        if child.i > verb.i
        and any(g.dep_ == "mark" and g.lower_ in {"unless", "if"} for g in child.children)
    ]


def _conditioned(verb: Token) -> bool:
    return bool(_conditions(verb))


_MODALS = {"would", "could", "may", "might"}


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _obliged(verb: Token) -> bool:
    """Whether a clause states an obligation: "must", "should", "has to", "needs to"."""
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in {"must", "should", "ought"}:
            return True
    if verb.lemma_ in {"have", "need"}:  # "Sudan has to return …"
        return any(
            c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in verb.children
        )
    return False


# CAMEO keeps appeals (02: ask, urge, call on) apart from demands (10: demand, insist, press);
# what is asked for picks the code within the family, aid (023/103) apart from cooperation
_REQUEST_CODES = {
    "02": {"yield": "025", "change": "024", "assist": "021", "aid": "023", "meet": "026"},
    "10": {"yield": "105", "change": "104", "assist": "101", "aid": "103", "meet": "106"},
}


def _request_code(mode: str | None, family: str, inner: Trigger | None = None) -> str:
    """The CAMEO code of a request in its family (``02`` appeal or ``10`` demand) for what it
    asks: to yield, change, assist (with aid or cooperation) or meet."""
    codes = _REQUEST_CODES["02" if family.startswith("02") else "10"]
    if mode == "assist" and inner is not None and inner.type == "AID":
        return codes["aid"]
    return codes.get(mode or "", family[:2] + "0")


def _request_mode(verb: Token, inner: Trigger | None) -> str | None:
    """What a request asks for, from the act asked for, its verb, or its object ("show
    restraint": to yield)."""
    lemma = verb.lemma_.lower()
    if inner is None and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _YIELD_WORDS for c in verb.children
    ):
        return "yield"
    if inner is not None and inner.type in {"RETREAT", "CONCEDE"}:
        return "yield"
    if inner is not None and inner.type == "CONSULT":
        return "meet"
    if inner is not None and inner.type in {"AID", "COOPERATE"}:
        return "assist"
    if lemma in _YIELD_WORDS:
        return "yield"
    if lemma in _MEET_WORDS:
        return "meet"
    if lemma in _ASSIST_WORDS:
        return "assist"
    return "change"


_STATEHOOD = {"sovereignty", "independence", "integrity", "self-determination", "security"}


def _pledged_to_a_state(word: Token) -> bool:
    """ "commitment to Ukraine's sovereignty, independence and territorial integrity"."""
    if word.lemma_.lower() not in {"commitment", "committed", "support"}:
        return False
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in _STATEHOOD:
                    return any(c.dep_ == "poss" for c in pobj.children)
    return False


def _direct(token: Token, top: Token) -> bool:
    """Whether ``token`` belongs to ``top``'s own clause: not to a clause or an example list
    inside it ("…, including the conference to be held in Glasgow")."""
    node = token
    while node.i != top.i and node.head.i != node.i:
        if node.lower_ in {"including", "like"}:
            return False
        if node.dep_ in {"acl", "relcl"} and (  # "to be held in X", "which X hosts"
            node.tag_ == "VBN" or any(c.dep_ in SUBJ | {"auxpass"} for c in node.children)
        ):
            return False
        node = node.head
    return True


_VISITING = {"visit", "come", "attend", "join", "stay", "participate", "travel", "tour"}
_ENVOYS = {"ambassador", "diplomat", "envoy", "attache", "consul", "chargé", "charge"}
_MISSILES = {"missile", "missiles", "rocket", "rockets"}
_AID_KINDS = {
    "military": "072",
    "defense": "072",
    "defence": "072",
    "security": "072",
    "humanitarian": "073",
    "medical": "073",
    "food": "073",
    "emergency": "073",
    "relief": "073",
    "economic": "071",
    "financial": "071",
    "development": "071",
    "budget": "071",
}


_THANKING = {"thank", "praise", "commend", "congratulate", "applaud", "laud", "salute"}


def _reason_for_thanks(noun: Token) -> bool:
    """ "thanked X for Qatar's role in …, including Qatar's support for the talks": what one
    is thanked or praised for is the reason of the thanks, not an event of its own."""
    node = noun
    for _ in range(10):
        head = node.head
        if head.i == node.i:
            return False
        if node.pos_ in {"VERB", "AUX"} and not (
            node.dep_ in {"pcomp", "prep"} and node.tag_ == "VBG"  # "in advancing", "including"
        ):
            return False  # a clause of its own; "in advancing peace" is still the reason
        if node.dep_ == "prep" and node.lower_ == "for":
            verbs = [head, head.head] if head.dep_ in {"dobj", "pobj"} else [head]
            return any(v.pos_ == "VERB" and v.lemma_.lower() in _THANKING for v in verbs)
        if (
            node.dep_ == "dobj"
            and node.pos_ == "NOUN"
            and node.i != noun.i
            and head.lemma_.lower() in _THANKING
        ):  # "thanked the Minister for Qatar's role …" parsed with "role" as the object
            return True
        node = head
    return False


def _aid_kind(obj: Token) -> str | None:
    """CAMEO's kind of aid from the words qualifying it ("military aid", "50 tons of food
    aid", "humanitarian assistance"): 071 economic, 072 military, 073 humanitarian."""
    nouns = [obj] + [g for p in obj.children if p.dep_ == "prep" for g in p.children]
    for noun in nouns:
        for child in noun.children:
            if child.dep_ in {"amod", "compound"} and child.lower_ in _AID_KINDS:
                return _AID_KINDS[child.lower_]
    return None


_PROTESTERS = {"protester", "protestor", "demonstrator", "rioter", "mob", "crowd"}


def _protesters(actor_pairs: list[tuple[str, Token]]) -> bool:
    """Whether the actors are protesters, rioters or a mob ("angry protesters", "a mob")."""
    return bool(actor_pairs) and all(t.lemma_.lower() in _PROTESTERS for _, t in actor_pairs)


def _protested_in_place(verb: Token) -> bool:
    """ "X protested yesterday in the capital": protesting somewhere, with no object, no
    addressee and nothing said, is a demonstration."""
    said = {"dobj", "ccomp", "xcomp", "dative"}
    addressed = {"to", "against", "about", "over", "at", "with", "that"}
    children = list(verb.children)
    if any(c.dep_ in said or (c.dep_ == "prep" and c.lower_ in addressed) for c in children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"in", "outside", "on"} for c in children)


_CIVIL_SECTORS = {"CVL", "LAB", "EDU", "OPP", "REL", "AGR", "REF", "MED", "REB"}


def _civilians(entities: list[Any]) -> bool:
    """Whether the actors are people out of office (protesters, workers, students)."""
    return bool(entities) and all(
        e.kind == "GROUP" and e.sectors and set(e.sectors) <= _CIVIL_SECTORS for e in entities
    )
