"""Plain text input: one file (or stdin) is one article."""

from __future__ import annotations

from ..articles import decode, make_article
from ..errors import InputError
from ..model import Failure
from .records import ArticleMeta, Loaded, failure_for


def read_text(data: bytes, origin: str, meta: ArticleMeta) -> Loaded | Failure:
    """Decode and validate one text input."""
    try:
        text = decode(data, max_bytes=meta.max_bytes)
        article = make_article(
            text,
            id=meta.id,
            title=meta.title,
            url=meta.url,
            published=meta.published,
            source=meta.source,
            max_bytes=meta.max_bytes,
            check_language=meta.check_language,
        )
    except InputError as error:
        return failure_for(error, origin, meta.id)
    return Loaded(article, origin)
