"""Events: PLOVER types with modes, flags, CAMEO codes, dates, places, evidence.

``code_events(doc, article, actors, resources)`` runs the sentence coder over the Doc and the
document coder over its candidates.
"""

from __future__ import annotations

from typing import Any

from ..actors import ActorAnalysis
from ..knowledge.places import Gazetteer
from ..model import Article, Event
from .codebook import Codebook
from .document import DocumentCoder
from .extract import SentenceCoder
from .lexicon import Lexicon

__all__ = ["code_events"]


def code_events(
    doc: Any,
    article: Article,
    actors: ActorAnalysis,
    lexicon: Lexicon,
    codebook: Codebook,
    places: Gazetteer,
) -> list[Event]:
    candidates = SentenceCoder(doc, actors, lexicon).run()
    return DocumentCoder(doc, article, actors, codebook, places).run(candidates)
