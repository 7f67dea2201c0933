"""GET /api/articles/{article_id}: a stored article as coded (CodedArticle)."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from ...model import CodedArticle
from ..problems import ApiError, ErrorBody
from ..runtime import Runtime, runtime

router = APIRouter(prefix="/api", tags=["articles"])


@router.get(
    "/articles/{article_id:path}",
    response_model=CodedArticle,
    responses={404: {"model": ErrorBody}},
)
def get_article(article_id: str, rt: Runtime = Depends(runtime)) -> CodedArticle:
    """The stored CodedArticle: text, entities, mentions, events with evidence, relations."""
    with rt.store() as store:
        coded = store.article(article_id)
    if coded is None:
        raise ApiError(404, "not_found", f"no stored article {article_id!r}")
    return coded


__all__ = ["router"]
