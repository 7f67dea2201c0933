"""The one pipeline composition: every interface (CLI, store, HTTP API, web UI, batch runner)
codes articles through :func:`build` and :class:`Pipeline`, so they cannot disagree.

    Article --nlp--> Doc --actors--> [Entity] --events--> [Event] + [Relation] --> CodedArticle

The spaCy model is loaded once per process (and per knowledge base) and texts are processed
with ``nlp.pipe`` in batches.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from . import __version__
from . import nlp as nlp_loader
from .actors import Knowledge, analyze
from .articles import make_article
from .errors import InputError
from .events import code_events
from .events.codebook import Codebook, codebook
from .events.lexicon import Lexicon, lexicon
from .inputs import Loaded
from .knowledge.actors import KnowledgeBase, packaged_kb
from .knowledge.countries import Countries, countries
from .knowledge.patterns import add_ruler
from .knowledge.places import Gazetteer, gazetteer
from .knowledge.roles import Roles, roles
from .knowledge.tables import resource_versions
from .knowledge.userkb import load_kb
from .model import Article, CodedArticle, CoderInfo, Failure
from .relations import find_relations
from .segmentation import add_line_breaks
from .settings import Settings

Item = Article | Loaded | Failure


@dataclass(frozen=True)
class Resources:
    countries: Countries
    places: Gazetteer
    roles: Roles
    kb: KnowledgeBase
    lexicon: Lexicon
    codebook: Codebook


def load_resources(kb: KnowledgeBase | None = None) -> Resources:
    return Resources(countries(), gazetteer(), roles(), kb or packaged_kb(), lexicon(), codebook())


_NLP_LOCK = threading.Lock()
_NLP_BY_KB: dict[tuple[str, int], Any] = {}


def _nlp_for(model: str, kb: KnowledgeBase, res: Resources) -> Any:
    """The spaCy pipeline with the knowledge base's entity ruler (loaded once per KB)."""
    key = (model, id(kb))
    with _NLP_LOCK:
        nlp = _NLP_BY_KB.get(key)
        if nlp is not None:
            return nlp
        if kb is packaged_kb():
            nlp = nlp_loader.load(model)
        else:
            import spacy

            nlp = spacy.load(nlp_loader.resolve_model(model).location)
            nlp_loader.adapt_tokenizer(nlp)
        add_ruler(nlp, kb, res.countries, res.roles)
        add_line_breaks(nlp)
        _NLP_BY_KB[key] = nlp
        return nlp


class Pipeline:
    """Codes articles into :class:`~readouts.model.CodedArticle` records."""

    def __init__(
        self, settings: Settings | None = None, *, kb: KnowledgeBase | None = None
    ) -> None:
        self.settings = settings or Settings.from_env()
        if kb is None and self.settings.kb_db:
            kb = load_kb(self.settings.kb_db)
        self.resources = load_resources(kb)
        self.nlp = _nlp_for(self.settings.model, self.resources.kb, self.resources)
        name, version = nlp_loader.model_label(self.nlp)
        self.coder = CoderInfo(
            version=__version__, model=name, model_version=version, resources=resource_versions()
        )

    # -- one article ------------------------------------------------------------------------

    def code(
        self,
        text: str | Article,
        *,
        id: str | None = None,
        title: str | None = None,
        url: str | None = None,
        published: str | dt.date | None = None,
        source: str | None = None,
    ) -> CodedArticle:
        """Code one text (raises :class:`~readouts.errors.InputError` for bad input)."""
        article = (
            text
            if isinstance(text, Article)
            else make_article(
                text,
                id=id,
                title=title,
                url=url,
                published=published,
                source=source,
                max_bytes=self.settings.max_bytes,
                check_language=self.settings.check_language,
            )
        )
        return self.code_doc(article, self.nlp(article.text))

    def code_doc(self, article: Article, doc: Any) -> CodedArticle:
        res = self.resources
        mentioned = frozenset(
            iso3
            for ent in doc.ents
            if ent.label_ in {"GPE", "NORP"}
            for iso3 in [res.countries.by_name(ent.text) or res.countries.by_demonym(ent.text)]
            if iso3
        )
        knowledge = Knowledge(
            res.countries, res.places, res.roles, res.kb, article.published, mentioned
        )
        actors = analyze(doc, article, knowledge)
        events = code_events(
            doc, article, actors, res.lexicon, res.codebook, res.places, res.countries
        )
        relations = find_relations(doc, actors, res.countries)
        topics: list[str] = []
        for event in events:
            for topic in event.topics:
                if topic not in topics:
                    topics.append(topic)
        return CodedArticle(
            article=article,
            entities=actors.entities,
            mentions=actors.mentions,
            events=events,
            relations=relations,
            topics=topics,
            coder=self.coder,
        )

    # -- many articles ----------------------------------------------------------------------

    def code_many(self, items: Iterable[Item]) -> Iterator[CodedArticle | Failure]:
        """Code a stream of articles with ``nlp.pipe``; failures pass through, in order.

        A failure while coding one article becomes a Failure for it; the batch goes on.
        """
        pending: list[tuple[Article, str | None]] = []
        passthrough: list[tuple[int, Failure]] = []

        def flush() -> Iterator[CodedArticle | Failure]:
            texts = [a.text for a, _ in pending]
            docs = self.nlp.pipe(
                texts, batch_size=self.settings.batch_size, n_process=self.settings.n_process
            )
            for (article, origin), doc in zip(pending, docs, strict=True):
                try:
                    yield self.code_doc(article, doc)
                except Exception as exc:  # one article's bug must not stop the batch
                    yield Failure(
                        article_id=article.id,
                        input=origin,
                        stage="code",
                        code="internal_error",
                        message=f"{type(exc).__name__}: {exc}",
                    )
            pending.clear()

        for item in items:
            if isinstance(item, Failure):
                if pending:
                    yield from flush()
                yield item
                continue
            article, origin = (
                (item.article, item.origin) if isinstance(item, Loaded) else (item, None)
            )
            pending.append((article, origin))
            if len(pending) >= self.settings.batch_size * max(1, self.settings.n_process):
                yield from flush()
        if pending:
            yield from flush()
        del passthrough


_DEFAULT: dict[Settings, Pipeline] = {}
_DEFAULT_LOCK = threading.Lock()


def build(settings: Settings | None = None) -> Pipeline:
    """The shared pipeline for these settings (built once per process)."""
    settings = settings or Settings.from_env()
    with _DEFAULT_LOCK:
        pipeline = _DEFAULT.get(settings)
        if pipeline is None:
            pipeline = Pipeline(settings)
            _DEFAULT[settings] = pipeline
        return pipeline


def code(
    text: str,
    *,
    published: str | dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
    id: str | None = None,
    source: str | None = None,
    model: str | None = None,
) -> CodedArticle:
    """Code one article with the default pipeline.

    ``readouts.code(text, published="2023-04-27")``
    """
    settings = Settings.from_env(model=model)
    return build(settings).code(
        text, id=id, title=title, url=url, published=published, source=source
    )


__all__ = ["InputError", "Pipeline", "Resources", "build", "code", "load_resources"]
