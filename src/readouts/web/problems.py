"""The one JSON shape of every error the HTTP API returns, and the handlers that produce it.

    {"error": {"status": 422, "code": "empty", "message": "…", "details": [...]}}

``code`` is stable: the input error codes of :mod:`readouts.errors` (``empty``, ``too_large``,
``bad_date``, …) verbatim, or ``invalid_request`` (with ``details`` per field),
``not_found``, ``method_not_allowed``, ``unauthorized``, ``read_only``, ``body_too_large``,
``store_error``, ``internal_error``. Nothing else (no traceback, no SQL) reaches the client.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from ..errors import InputError, ReadoutsError, StoreError, UsageError

log = logging.getLogger("readouts.web")

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "body_too_large",
    415: "unsupported_media_type",
}


class ErrorInfo(BaseModel):
    status: int
    code: str
    message: str
    details: list[dict[str, Any]] | None = None


class ErrorBody(BaseModel):
    """Every error response of the API has this body."""

    error: ErrorInfo


class ApiError(HTTPException):
    """An error a route raises on purpose, with its stable code."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(status_code=status, detail=message, headers=headers)
        self.code = code
        self.message = message
        self.details = details


def error_response(
    status: int,
    code: str,
    message: str,
    details: list[dict[str, Any]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    body = ErrorBody(error=ErrorInfo(status=status, code=code, message=message, details=details))
    return JSONResponse(
        jsonable_encoder(body, exclude_none=True),
        status_code=status,
        headers=dict(headers) if headers else None,
    )


def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    if isinstance(exc, ApiError):
        return error_response(exc.status_code, exc.code, exc.message, exc.details, exc.headers)
    code = _HTTP_CODES.get(exc.status_code, f"http_{exc.status_code}")
    message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
    if exc.status_code == 404:
        message = f"nothing at {request.url.path}"
    return error_response(exc.status_code, code, message, headers=exc.headers)


def _validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = [
        {
            "field": ".".join(str(part) for part in error.get("loc", ())),
            "message": str(error.get("msg", "")),
            "type": str(error.get("type", "")),
        }
        for error in exc.errors()
    ]
    fields = ", ".join(d["field"] for d in details) or "the request"
    return error_response(422, "invalid_request", f"invalid value in {fields}", details)


def _readouts(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ReadoutsError)
    if isinstance(exc, InputError):
        return error_response(422, exc.code, exc.message)
    if isinstance(exc, UsageError):
        return error_response(400, "invalid_request", exc.message)
    if isinstance(exc, StoreError):
        log.error("store error: %s", exc.message)
        return error_response(503, exc.code, exc.message)
    log.error("%s: %s", exc.code, exc.message)
    return error_response(500, exc.code, exc.message)


def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("internal error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal_error", "internal error: see the server log")


def install(app: FastAPI) -> None:
    """Route every error of ``app`` through :func:`error_response`."""
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(ReadoutsError, _readouts)
    app.add_exception_handler(Exception, _unexpected)


__all__ = ["ApiError", "ErrorBody", "ErrorInfo", "error_response", "install"]
