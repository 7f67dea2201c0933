"""Coding a gold set with the pipeline and scoring it."""

from __future__ import annotations

from pathlib import Path

from ..articles import make_article
from ..errors import InputError
from ..model import Article, CodedArticle, Failure
from ..pipeline import Pipeline
from .gold import GoldArticle, load_gold
from .scorer import Score, score_corpus


def gold_article(gold: GoldArticle) -> Article | Failure:
    try:
        return make_article(
            gold.text,
            id=gold.id,
            title=gold.title,
            url=gold.url,
            published=gold.published,
            source=gold.source,
            check_language=False,
        )
    except InputError as error:
        return Failure(article_id=gold.id, stage="read", code=error.code, message=error.message)


def code_gold(
    pipeline: Pipeline, golds: list[GoldArticle]
) -> list[tuple[GoldArticle, CodedArticle | None]]:
    items = [gold_article(g) for g in golds]
    results = list(pipeline.code_many(items))
    return [
        (g, r if isinstance(r, CodedArticle) else None) for g, r in zip(golds, results, strict=True)
    ]


def evaluate(
    path: str | Path, pipeline: Pipeline, texts: str | Path | None = None
) -> tuple[str, Score, list[tuple[GoldArticle, CodedArticle | None]]]:
    kind, golds = load_gold(path, texts)
    pairs = code_gold(pipeline, golds)
    return kind, score_corpus(pairs), pairs
