"""The HTTP API's routers, one module per resource."""

from fastapi import APIRouter

from . import actors, articles, coding, corpus, events

router = APIRouter()
for module in (coding, events, articles, actors, corpus):
    router.include_router(module.router)

__all__ = ["router"]
