"""Errors of readouts, each with a stable code.

    ReadoutsError                 base class; ``code`` is a stable string, ``str()`` says what to do
    ├── InputError                one input cannot be coded (empty, binary, bad encoding, …);
    │                             a batch records it as a Failure and goes on
    ├── ModelNotFoundError        the spaCy model is not installed
    ├── ResourceError             a packaged or user data file is missing or invalid
    ├── StoreError                the DuckDB store cannot be opened, migrated or queried
    └── UsageError                the caller asked for something impossible (bad option value)

The codes of :class:`InputError` are the members of :class:`InputErrorCode`; the store, the
CLI and the HTTP API all report them verbatim.
"""

from __future__ import annotations

from enum import StrEnum


class InputErrorCode(StrEnum):
    EMPTY = "empty"
    BINARY = "binary"
    INVALID_ENCODING = "invalid_encoding"
    TOO_LARGE = "too_large"
    MALFORMED_LINE = "malformed_line"
    MISSING_TEXT = "missing_text"
    BAD_DATE = "bad_date"
    NOT_ENGLISH = "not_english"
    UNREADABLE_HTML = "unreadable_html"
    UNREADABLE = "unreadable"
    UNSUPPORTED_FORMAT = "unsupported_format"


class ReadoutsError(Exception):
    code: str = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class InputError(ReadoutsError):
    def __init__(self, code: InputErrorCode, message: str) -> None:
        super().__init__(message, code=code.value)
        self.input_code = code


class ModelNotFoundError(ReadoutsError):
    code = "model_not_found"


class ResourceError(ReadoutsError):
    code = "resource_error"


class StoreError(ReadoutsError):
    code = "store_error"


class UsageError(ReadoutsError):
    code = "usage"


__all__ = [
    "InputError",
    "InputErrorCode",
    "ModelNotFoundError",
    "ReadoutsError",
    "ResourceError",
    "StoreError",
    "UsageError",
]
