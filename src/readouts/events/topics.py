"""Topics of an event: subject-matter words in the event's own clause (investment, trade…)."""

from __future__ import annotations

from typing import Any

_TOPIC_WORDS: dict[str, str] = {
    "trade": "trade",
    "trading": "trade",
    "commerce": "trade",
    "commercial": "trade",
    "export": "trade",
    "exports": "trade",
    "import": "trade",
    "imports": "trade",
    "investment": "investment",
    "investments": "investment",
    "investor": "investment",
    "technology": "technology",
    "technologies": "technology",
    "technological": "technology",
    "innovation": "technology",
    "digital": "technology",
    "science": "technology",
    "culture": "culture",
    "cultural": "culture",
    "tourism": "culture",
    "people-to-people": "culture",
    "economy": "economy",
    "economic": "economy",
    "economies": "economy",
    "finance": "economy",
    "financial": "economy",
    "development": "economy",
    "energy": "energy",
    "oil": "energy",
    "gas": "energy",
    "petroleum": "energy",
    "climate": "climate",
    "environment": "climate",
    "environmental": "climate",
    "emissions": "climate",
    "health": "health",
    "pandemic": "health",
    "covid-19": "health",
    "vaccine": "health",
    "vaccines": "health",
    "medical": "health",
    "security": "security",
    "defense": "defense",
    "defence": "defense",
    "military": "defense",
    "education": "education",
    "educational": "education",
    "students": "education",
    "rights": "human rights",
    "democracy": "democracy",
    "democratic": "democracy",
    "elections": "democracy",
    "election": "democracy",
    "migration": "migration",
    "migrants": "migration",
    "refugees": "refugees",
    "refugee": "refugees",
    "terrorism": "terrorism",
    "counterterrorism": "terrorism",
    "terrorist": "terrorism",
    "cyber": "cyber",
    "corruption": "corruption",
    "nuclear": "nuclear",
    "agriculture": "agriculture",
    "food": "agriculture",
    "infrastructure": "infrastructure",
    "humanitarian": "humanitarian",
    "maritime": "maritime",
    "space": "space",
}


def topics_of(trigger: Any) -> list[str]:
    """Topic words found in the subtree of the trigger's clause, in text order."""
    clause = trigger
    if clause.pos_ not in {"VERB", "AUX"} and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head
    found: list[str] = []
    for token in clause.subtree:
        topic = _TOPIC_WORDS.get(token.lower_)
        if topic is None:
            continue
        if (
            topic == "human rights"
            and token.head.lower_ != "human"
            and not any(c.lower_ == "human" for c in token.children)
        ):
            continue
        if topic not in found:
            found.append(topic)
    return found
