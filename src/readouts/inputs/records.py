"""Shared shapes of the readers: the loaded article, metadata defaults, failures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..articles import make_article
from ..errors import InputError, InputErrorCode
from ..model import Article, Failure
from ..settings import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Loaded:
    """An article read from ``origin`` (a path, ``path:line`` or ``<stdin>``)."""

    article: Article
    origin: str


@dataclass(frozen=True)
class ArticleMeta:
    """Metadata given by the caller; record fields win over these defaults."""

    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | dt.date | None = None
    source: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    check_language: bool = True


def failure_for(error: InputError, origin: str, article_id: str | None = None) -> Failure:
    return Failure(
        article_id=article_id, input=origin, stage="read", code=error.code, message=error.message
    )


def _opt_str(record: Mapping[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str | int | float):
        raise InputError(
            InputErrorCode.MALFORMED_LINE,
            f"field {key!r} must be a string, not {type(value).__name__}",
        )
    return str(value)


def article_from_record(record: Mapping[str, Any], meta: ArticleMeta) -> Article:
    """An article from a JSON/CSV record (id, text, title, url, published, source)."""
    text = record.get("text")
    if text is None:
        raise InputError(InputErrorCode.MISSING_TEXT, "record has no 'text' field")
    if not isinstance(text, str):
        raise InputError(
            InputErrorCode.MISSING_TEXT,
            f"record field 'text' must be a string, not {type(text).__name__}",
        )
    return make_article(
        text,
        id=_opt_str(record, "id") or meta.id,
        title=_opt_str(record, "title") or meta.title,
        url=_opt_str(record, "url") or meta.url,
        published=_opt_str(record, "published") or meta.published,
        source=_opt_str(record, "source") or meta.source,
        max_bytes=meta.max_bytes,
        check_language=meta.check_language,
    )
