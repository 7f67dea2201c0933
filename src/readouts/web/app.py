"""The FastAPI application of ``readouts serve``: the HTTP API under ``/api``, the pages,
their static files, the API docs, one JSON error shape, a body size limit and security
headers.

    from readouts.web import ServeConfig, create_app
    app = create_app(ServeConfig(db="news.duckdb"))
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__
from . import docs, pages, problems
from .api import router as api_router
from .config import ServeConfig
from .headers import SecurityHeaders
from .limits import BodyLimit
from .runtime import Coder, Runtime

DESCRIPTION = """\
Evidence-backed PLOVER/CAMEO event data from news about diplomacy and politics.

`POST /api/code` codes an article with the same pipeline as the CLI; the `GET` endpoints read
the store (filters as `readouts events`; no SQL is taken from the client). Every error has the
body `{"error": {"status", "code", "message", "details"?}}`. When the server listens on an
address other machines can reach, writing (`store=true`) needs `Authorization: Bearer <token>`.
"""


def create_app(
    config: ServeConfig | None = None, *, coder: Callable[[], Coder] | None = None
) -> FastAPI:
    """The app for ``config``; ``coder`` makes the coder (default: the shared pipeline)."""
    config = (config or ServeConfig()).with_token()
    runtime = Runtime(config, coder)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        runtime.close()

    app = FastAPI(
        title="readouts",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.runtime = runtime
    problems.install(app)
    app.add_middleware(BodyLimit, limit=config.body_limit)
    app.add_middleware(SecurityHeaders)
    app.include_router(api_router)
    app.include_router(pages.router)
    docs.install(app)
    static = Path(__file__).resolve().parent / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    return app


__all__ = ["create_app"]
