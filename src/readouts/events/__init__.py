"""Events: PLOVER types with modes, flags, CAMEO codes, dates, places, evidence.

``code_events(doc, article, actors, resources)`` runs the sentence coder over the Doc (and the
transcript reader, for remarks given at a meeting) and the document coder over its candidates.
"""

from __future__ import annotations

from typing import Any

from ..actors import ActorAnalysis
from ..knowledge.countries import Countries
from ..knowledge.places import Gazetteer
from ..model import Article, Event
from .codebook import Codebook
from .document import DocumentCoder
from .extract import SentenceCoder
from .lexicon import Lexicon
from .transcripts import attribute_turns, meeting_candidates

__all__ = ["code_events"]


def code_events(
    doc: Any,
    article: Article,
    actors: ActorAnalysis,
    lexicon: Lexicon,
    codebook: Codebook,
    places: Gazetteer,
    countries: Countries | None = None,
) -> list[Event]:
    # a transcript's meeting comes first: it is the article's main meeting
    candidates = meeting_candidates(doc, article, actors, lexicon, countries)
    candidates += attribute_turns(doc, actors, SentenceCoder(doc, actors, lexicon).run())
    return DocumentCoder(doc, article, actors, codebook, places, countries).run(candidates)
