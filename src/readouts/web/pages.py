"""The web pages: server-rendered shells (Jinja2, autoescaped) whose scripts fetch the API.
Every script and style comes from ``/static`` (this package); text from articles and the
store is put into pages as text, never as markup."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from .. import __version__

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).resolve().parent / "templates"))
PAGES = (
    ("/code", "Code", "Code an article: its actors and events, with the words behind each"),
    ("/events", "Events", "Browse, filter, sort and download the stored events"),
    ("/actors", "Actors", "Who appears most; each actor's names, roles, counterparts, timeline"),
    ("/network", "Network", "Who engages whom, cooperation against conflict"),
    ("/map", "Map", "Where the events happened, on an offline map"),
)
router = APIRouter(include_in_schema=False)


def _page(request: Request, template: str, active: str, **context: object) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(
        request,
        template,
        {"pages": PAGES, "active": active, "version": __version__, **context},
    )


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    return _page(request, "home.html", "/")


@router.get("/code", response_class=HTMLResponse)
def code(request: Request) -> HTMLResponse:
    return _page(request, "code.html", "/code", article_id="")


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> HTMLResponse:
    return _page(request, "code.html", "/events", article_id=article_id)


@router.get("/events", response_class=HTMLResponse)
def events(request: Request) -> HTMLResponse:
    return _page(request, "events.html", "/events")


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request) -> HTMLResponse:
    return _page(request, "actors.html", "/actors")


@router.get("/actors/{actor_id:path}", response_class=HTMLResponse)
def actor(request: Request, actor_id: str) -> HTMLResponse:
    return _page(request, "actor.html", "/actors", actor_id=actor_id)


@router.get("/network", response_class=HTMLResponse)
def network(request: Request) -> HTMLResponse:
    return _page(request, "network.html", "/network")


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    return _page(request, "map.html", "/map")


__all__ = ["PAGES", "router"]
