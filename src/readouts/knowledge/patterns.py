"""Entity-ruler patterns from the knowledge base, so that spaCy's NER keeps known names whole
("Communist Party of Cuba" rather than "the Communist Party" + "Cuba").

The ruler runs before the statistical NER, which then labels the rest of the text around
these fixed spans.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .actors import KnowledgeBase
from .countries import Countries
from .roles import Roles

RULER_NAME = "readouts_ruler"


def _distinctive(name: str, roles: Roles) -> bool:
    """Single words are patterns only when they cannot be ordinary words."""
    words = name.split()
    if len(words) > 1:
        return True
    word = words[0]
    if roles.get(word) is not None:
        return False
    bare = word.replace(".", "").replace("-", "")
    return len(bare) >= 2 and (bare.isupper() or (word[:1].isupper() and len(word) >= 5))


def patterns(kb: KnowledgeBase, countries: Countries, roles: Roles) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, text: str, ident: str | None = None) -> None:
        for variant in {text, text.replace("'", "\u2019")}:  # news uses curly apostrophes
            key = (label, variant)
            if key in seen or not variant.strip():
                continue
            seen.add(key)
            pattern: dict[str, Any] = {"label": label, "pattern": variant}
            if ident:
                pattern["id"] = ident
            out.append(pattern)

    # Bulk dictionaries (Phoenix) are looked up by the names NER finds, not matched as
    # patterns: their all-caps sources give generic phrases that would override NER.
    for name, actor in kb.names("ORG"):
        if _distinctive(name, roles) and not actor.source.startswith("phoenix"):
            add("ORG", name, actor.id)
    for name, actor in kb.names("PERSON"):
        words = name.split()
        if (
            len(words) > 1
            and not actor.source.startswith("phoenix")
            and roles.get(words[0]) is None
        ):
            add("PERSON", name, actor.id)
    for country in countries.by_iso3.values():
        for name in _multiword((country.name, *country.aliases)):
            add("GPE", name, country.iso3)
        for name in _multiword(country.demonyms):  # "Sierra Leonean", "South Korean"
            add("NORP", name, country.iso3)
    return out


def _multiword(names: Iterable[str]) -> Iterable[str]:
    for name in names:
        if len(name.split()) > 1:
            yield name


def add_ruler(nlp: Any, kb: KnowledgeBase, countries: Countries, roles: Roles) -> None:
    """Add (once) the entity ruler with the knowledge base's names before spaCy's NER."""
    if RULER_NAME in nlp.pipe_names:
        return
    before = "ner" if "ner" in nlp.pipe_names else None
    config = {"phrase_matcher_attr": "ORTH", "overwrite_ents": True, "validate": False}
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, before=before, config=config)
    # ORTH patterns need only the tokenizer: without this the ruler runs the tagger and parser
    # over every pattern text, which takes seconds per 10,000 knowledge-base names.
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns(kb, countries, roles))
