"""What the routes share: the store (opened once, used by one request at a time) and the
coder (the shared pipeline, built on first use), plus the write-token check."""

from __future__ import annotations

import datetime as dt
import hmac
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

from fastapi import Request

from ..model import Article, CodedArticle
from ..store import Store
from .config import ServeConfig
from .problems import ApiError


class Coder(Protocol):
    """What the API needs of :class:`readouts.pipeline.Pipeline`."""

    def code(
        self,
        text: str | Article,
        *,
        id: str | None = None,
        title: str | None = None,
        url: str | None = None,
        published: str | dt.date | None = None,
        source: str | None = None,
    ) -> CodedArticle: ...


class Runtime:
    """The store and the coder of one app. DuckDB connections are not shared between
    threads, so store access is serialized; queries are short and DuckDB parallelizes each."""

    def __init__(self, config: ServeConfig, coder: Callable[[], Coder] | None = None) -> None:
        self.config = config
        self._make_coder = coder or self._default_coder
        self._coder: Coder | None = None
        self._store: Store | None = None
        self._store_lock = threading.Lock()
        self._coder_lock = threading.Lock()

    def _default_coder(self) -> Coder:
        from ..pipeline import build

        return build(self.config.settings)

    @contextmanager
    def store(self) -> Iterator[Store]:
        with self._store_lock:
            if self._store is None:
                self._store = Store(self.config.db, read_only=self.config.read_only)
            yield self._store

    @contextmanager
    def coder(self) -> Iterator[Coder]:
        """The coder, one request at a time (a spaCy pipeline is not made for threads)."""
        with self._coder_lock:
            if self._coder is None:
                self._coder = self._make_coder()
            yield self._coder

    def close(self) -> None:
        with self._store_lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    def check_write(self, request: Request) -> None:
        """Refuse a write without the server's token (when it has one) or on a read-only store."""
        token = self.config.token
        if token:
            given = request.headers.get("x-readouts-token", "")
            scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
            if scheme.lower() == "bearer":
                given = credentials.strip()
            if not hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8")):
                raise ApiError(
                    401,
                    "unauthorized",
                    "writing to this server's store needs its token: send "
                    "'Authorization: Bearer <token>' (readouts serve printed it)",
                    headers={"WWW-Authenticate": "Bearer"},
                )
        if self.config.read_only:
            raise ApiError(
                403, "read_only", "the store is open read-only (readouts serve --read-only)"
            )


def runtime(request: Request) -> Runtime:
    """The app's runtime (a FastAPI dependency)."""
    found = request.app.state.runtime
    assert isinstance(found, Runtime)
    return found


__all__ = ["Coder", "Runtime", "runtime"]
