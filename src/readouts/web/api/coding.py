"""POST /api/code: code pasted text (JSON) or an uploaded file (text or HTML page) with the
shared pipeline, and store the result when asked (``store=true``, a write)."""

from __future__ import annotations

from pathlib import PurePath
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Query, Request, Response, UploadFile

from ...errors import InputError, InputErrorCode
from ...inputs import ArticleMeta, Loaded
from ...inputs.html import read_html
from ...inputs.text import read_text
from ...model import CodedArticle
from ..problems import ErrorBody
from ..runtime import Runtime, runtime
from ..schemas import CodeRequest

router = APIRouter(prefix="/api", tags=["coding"])
ERRORS: dict[int | str, dict[str, object]] = {
    code: {"model": ErrorBody} for code in (401, 403, 413, 422, 503)
}
Store = Annotated[
    bool,
    Query(description="also write the result to the store (needs the token when one is set)"),
]
HTML_TYPES = {"text/html", "application/xhtml+xml"}


def _code_and_store(
    rt: Runtime, request: Request, response: Response, store: bool, **fields: object
) -> CodedArticle:
    if store:
        rt.check_write(request)
    with rt.coder() as coder:
        coded = coder.code(**fields)  # type: ignore[arg-type]
    if store:
        with rt.store() as db:
            result = db.write([coded])
        outcome = (
            "replaced"
            if result.replaced
            else "stored"
            if result.stored
            else "duplicate"
            if result.duplicates
            else "unchanged"
        )
        response.headers["X-Readouts-Store"] = outcome
    return coded


@router.post("/code", response_model=CodedArticle, responses=ERRORS)
def code_text(
    body: CodeRequest,
    request: Request,
    response: Response,
    store: Store = False,
    rt: Runtime = Depends(runtime),
) -> CodedArticle:
    """Code one article: its text and metadata in, a CodedArticle out (events with evidence
    offsets into ``article.text``). With ``store=true`` it is also written to the store, and
    the ``X-Readouts-Store`` header says what happened: stored, unchanged, duplicate, replaced."""
    return _code_and_store(
        rt,
        request,
        response,
        store,
        text=body.text,
        id=body.id or None,
        title=body.title or None,
        url=body.url or None,
        published=body.published or None,
        source=body.source or None,
    )


@router.post("/code/upload", response_model=CodedArticle, responses=ERRORS)
def code_upload(
    request: Request,
    response: Response,
    file: Annotated[UploadFile, File(description="a .txt or .md text, or an .html page")],
    published: Annotated[str | None, Form(max_length=40)] = None,
    title: Annotated[str | None, Form(max_length=2000)] = None,
    url: Annotated[str | None, Form(max_length=2000)] = None,
    source: Annotated[str | None, Form(max_length=2000)] = None,
    store: Store = False,
    rt: Runtime = Depends(runtime),
) -> CodedArticle:
    """Code an uploaded file: plain text, or an HTML page (its main text, title and date)."""
    name = file.filename or "upload"
    data = file.file.read(rt.config.body_limit + 1)
    meta = ArticleMeta(
        title=title or None,
        url=url or None,
        published=published or None,
        source=source or None,
        max_bytes=rt.config.settings.max_bytes,
        check_language=rt.config.settings.check_language,
    )
    is_html = PurePath(name).suffix.lower() in {".html", ".htm", ".xhtml"} or (
        (file.content_type or "").split(";")[0] in HTML_TYPES
    )
    loaded = read_html(data, name, meta) if is_html else read_text(data, name, meta)
    if not isinstance(loaded, Loaded):
        code = InputErrorCode(loaded.code) if loaded.code in set(InputErrorCode) else None
        raise InputError(code or InputErrorCode.UNREADABLE, loaded.message)
    return _code_and_store(rt, request, response, store, text=loaded.article)


__all__ = ["router"]
