"""Evaluation against gold codings (DESIGN.md section 7) and peer systems."""

from .gold import GoldArticle, GoldEvent, load_gold
from .scorer import Score, score_corpus

__all__ = ["GoldArticle", "GoldEvent", "Score", "load_gold", "score_corpus"]
