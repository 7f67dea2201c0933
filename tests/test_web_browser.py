"""The web pages in a real headless Chromium (Debian's /usr/bin/chromium, driven by
Playwright), against ``readouts serve``'s app on a local port with the real pipeline.
Screenshots go to test-artifacts/ (not committed)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from readouts.web import ServeConfig, create_app

from .conftest import ROOT
from .webfixtures import make_store

pytestmark = [pytest.mark.browser, pytest.mark.model]

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, pipeline: Any, seed_coded: Any
) -> Iterator[str]:
    import uvicorn

    db = make_store(tmp_path_factory.mktemp("web") / "web.duckdb", [seed_coded])
    port = _free_port()
    app = create_app(ServeConfig(db=str(db), port=port), coder=lambda: pipeline)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (./setup.sh installs it as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield launched
        launched.close()


class Watch:
    """A page that records console errors, uncaught exceptions and outside requests."""

    def __init__(self, browser: Any, base: str) -> None:
        self.base = base
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.problems: list[str] = []
        self.page.on("pageerror", lambda exc: self.problems.append(f"page error: {exc}"))
        self.page.on("console", self._console)
        self.page.on("dialog", lambda dialog: self.problems.append(f"dialog: {dialog.message}"))
        self.page.on(
            "request",
            lambda req: (
                None
                if req.url.startswith((base, "data:", "about:"))
                else self.problems.append(f"outside request: {req.url}")
            ),
        )

    def _console(self, message: Any) -> None:
        # an API error answer is logged by the browser; the page shows it, as tests check
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.problems.append(f"console: {message.text}")

    def goto(self, path: str) -> Any:
        self.page.goto(self.base + path)
        return self.page

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def close(self) -> None:
        self.page.close()
        assert not self.problems, self.problems


@pytest.fixture()
def watch(browser: Any, server: str) -> Iterator[Watch]:
    opened = Watch(browser, server)
    yield opened
    opened.close()


def test_code_page_codes_the_seed(watch: Watch, seed_text: str) -> None:
    page = watch.goto("/code")
    page.fill("#text", seed_text)
    page.fill("#published", "2023-04-27")
    page.click("#code-button")
    card = page.locator(".event-card", has=page.locator(".badge", has_text="CONSULT")).first
    card.wait_for(timeout=60_000)
    text = card.inner_text()
    assert "Roberto Morales Ojeda" in text and "Chen Jining" in text
    assert "visit" in text and "2023-04-26" in text
    assert page.locator("#article-text mark.actor").count() > 0
    assert page.locator("#article-text mark.trigger").count() > 0
    assert page.locator("#article-text mark.ev-trigger").count() == 0
    card.click()
    trigger = page.locator("#article-text mark.ev-trigger").first
    trigger.wait_for()
    assert trigger.inner_text() == "met"
    assert "selected" in (card.get_attribute("class") or "")
    watch.shot("code-seed")


def test_code_page_shows_markup_as_text(watch: Watch) -> None:
    page = watch.goto("/code")
    hostile = "Chen Jining met <script>window.__pwned=1</script> the delegation <b>in</b> Shanghai."
    page.fill("#text", hostile)
    page.click("#code-button")
    page.locator("#article-text").wait_for()
    page.wait_for_function("() => document.querySelector('#article-text').textContent.length > 0")
    assert page.locator("#article-text").text_content() == hostile
    assert page.locator("#article-text script, #article-text b").count() == 0
    assert page.evaluate("window.__pwned === undefined")


def test_code_page_reports_bad_input(watch: Watch) -> None:
    page = watch.goto("/code")
    page.fill("#text", "   ")
    page.click("#code-button")
    error = page.locator("#error")
    error.wait_for()
    assert "[empty]" in error.inner_text()


def test_events_page_filters_by_country(watch: Watch) -> None:
    page = watch.goto("/events")
    page.locator("#events-table tbody tr").first.wait_for()
    page.fill("input[name=country]", "cub")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => location.search === '?country=CUB'")
    page.wait_for_function(
        "() => document.querySelector('#summary').textContent.includes(' of ')"
        " && !document.querySelector('#summary').textContent.includes('loading')"
    )
    rows = page.locator("#events-table tbody tr")
    assert rows.count() > 0
    table = page.locator("#events-table tbody").inner_text()
    assert "Aragorn" not in table and "Theoden" not in table
    assert "Morales" in table or "Cuba" in table
    assert "/api/events.csv?country=CUB" in (page.locator("#csv").get_attribute("href") or "")
    page.locator("button.sort", has_text="Actor").click()
    page.wait_for_function("() => document.querySelector('th[aria-sort]') !== null")
    watch.shot("events-cub")


def test_events_page_shows_stored_markup_as_text(watch: Watch) -> None:
    page = watch.goto("/events?actor=Envoy")
    cell = page.locator("#events-table tbody td", has_text="<script>").first
    cell.wait_for()
    assert "window.__pwned = 1" in cell.inner_text()
    assert page.evaluate("window.__pwned === undefined")


def test_stored_article_page_escapes_and_highlights(watch: Watch) -> None:
    page = watch.goto("/articles/evil#event=V1")
    page.locator("#article-text mark.ev-trigger").first.wait_for()
    assert "<script>window.__pwned = 1</script>" in page.locator("#article-text").inner_text()
    assert "<script>" in page.locator("#article-title").inner_text()
    assert page.locator("#article-meta a").count() == 0  # a javascript: URL is not a link
    assert page.evaluate("window.__pwned === undefined")
    watch.shot("article-escaped")


def test_actor_page(watch: Watch) -> None:
    page = watch.goto("/actors?country=CUB")
    link = page.locator("a.actor-link", has_text="Roberto Morales Ojeda").first
    link.wait_for()
    link.click()
    page.locator("#actor-name").wait_for()
    assert page.locator("#actor-name").inner_text() == "Roberto Morales Ojeda"
    assert "CUB" in page.locator("#actor-meta").inner_text()
    assert page.locator("#names li").count() >= 1
    counterparts = page.locator("#counterparts tbody").inner_text()
    assert "Chen Jining" in counterparts
    assert page.locator("#timeline tbody tr").count() >= 2
    assert page.locator("#timeline-chart svg rect").count() > 0
    watch.shot("actor-morales")


def test_network_shows_nodes_and_edges(watch: Watch) -> None:
    page = watch.goto("/network")
    page.locator("#network svg circle").first.wait_for()
    assert page.locator("#network svg circle").count() >= 4
    assert page.locator("#network svg line.edge").count() >= 3
    assert page.locator("#network svg line.conflict").count() >= 1
    assert "Chen Jining" in page.locator("#edges tbody").inner_text()
    watch.shot("network")
    page.select_option("select[name=type]", "ACCUSE")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => document.querySelectorAll('#network svg line.edge').length === 1")


def test_map_shows_places_on_the_offline_base_map(watch: Watch) -> None:
    page = watch.goto("/map")
    page.locator("#map svg").wait_for()
    page.wait_for_function("() => document.querySelectorAll('#map svg path.country').length > 100")
    assert page.locator("#map svg circle").count() >= 1
    assert "Minas Tirith" in page.locator("#places tbody").inner_text()
    watch.shot("map")


def test_home_page(watch: Watch) -> None:
    page = watch.goto("/")
    page.locator("#stats .stat").first.wait_for()
    assert "articles" in page.locator("#stats").inner_text()
