"""The HTTP API, in process (FastAPI's TestClient), over a small store and a coder that
validates like the pipeline but needs no language model. One error shape, pinned."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from readouts.web import ServeConfig, create_app, is_loopback

from .webfixtures import FakeCoder, make_store

SEED_LIKE = "Aragorn thanked Theoden for the warm welcome in Edoras on Tuesday."
GERMAN = "Der Botschafter traf den Minister und sprach mit ihm über die Lage im Land. " * 4


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return make_store(tmp_path / "web.duckdb")


@pytest.fixture()
def coder() -> FakeCoder:
    return FakeCoder()


def client_for(config: ServeConfig, coder: FakeCoder | None = None) -> TestClient:
    fake = coder or FakeCoder()
    return TestClient(create_app(config, coder=lambda: fake), raise_server_exceptions=False)


@pytest.fixture()
def client(db: Path, coder: FakeCoder) -> Iterator[TestClient]:
    with client_for(ServeConfig(db=str(db)), coder) as opened:
        yield opened


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    """Every error has exactly this shape (and nothing else: no traceback, no SQL)."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) <= {"status", "code", "message", "details"}
    assert {"status", "code", "message"} <= set(error)
    assert error["status"] == status and error["code"] == code
    assert isinstance(error["message"], str) and error["message"]
    assert "Traceback" not in response.text and "SELECT" not in response.text
    return error  # type: ignore[no-any-return]


# -- reading -------------------------------------------------------------------------------


def test_stats(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["articles"] == 4 and stats["events"] == 5


def test_events_filters_and_pages(client: TestClient) -> None:
    page = client.get("/api/events", params={"country": "roh"}).json()
    assert page["total"] == 2
    assert {row["type"] for row in page["rows"]} == {"ACCUSE", "SUPPORT"}
    first = client.get("/api/events", params={"limit": 2, "offset": 0}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 5
    assert not {r["event_uid"] for r in first["rows"]} & {r["event_uid"] for r in second["rows"]}
    typed = client.get("/api/events", params={"type": "consult", "role": "recipient"}).json()
    assert typed["total"] == 2
    dated = client.get("/api/events", params={"from": "2023-05-01", "to": "2023-06-30"}).json()
    assert dated["total"] == 2
    by_actor = client.get("/api/events", params={"sort": "actor"}).json()["rows"]
    assert [r["actor"] for r in by_actor] == sorted(r["actor"] for r in by_actor)
    clusters = client.get("/api/events", params={"clustered": "true"}).json()
    assert clusters["rows"] and "n_articles" in clusters["rows"][0]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"country": "CUBA"}, "query.country"),
        ({"limit": "0"}, "query.limit"),
        ({"limit": "100000"}, "query.limit"),
        ({"offset": "-1"}, "query.offset"),
        ({"from": "2023-13-45"}, "query.from"),
        ({"role": "host"}, "query.role"),
        ({"type": "PARTY"}, "query.type"),
    ],
)
def test_events_reject_bad_filters(client: TestClient, params: dict[str, str], field: str) -> None:
    error = assert_error(client.get("/api/events", params=params), 422, "invalid_request")
    assert field in {d["field"] for d in error.get("details", [])}


def test_events_reject_bad_sort_and_dates(client: TestClient) -> None:
    assert_error(client.get("/api/events", params={"sort": "rowid"}), 422, "invalid_request")
    assert_error(
        client.get("/api/events", params={"sort": "articles"}), 422, "invalid_request"
    )  # a cluster column, not a mention column
    assert_error(
        client.get("/api/events", params={"from": "2023-06-01", "to": "2023-01-01"}),
        422,
        "invalid_request",
    )


def test_no_sql_from_the_client(client: TestClient) -> None:
    hostile = "'; DROP TABLE events; --"
    for name in ("actor", "text", "subnational", "article"):
        page = client.get("/api/events", params={name: hostile})
        assert page.status_code == 200 and page.json()["total"] == 0
    assert client.get("/api/stats").json()["events"] == 5
    assert_error(client.get("/api/events", params={"mode": hostile}), 422, "invalid_request")


def test_events_csv(client: TestClient) -> None:
    response = client.get("/api/events.csv", params={"country": "ROH"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    lines = response.text.strip().splitlines()
    assert lines[0].startswith('"event_id","event_date","event_type"')
    assert len(lines) == 3


def test_event_detail(client: TestClient) -> None:
    detail = client.get("/api/events/a1%23V1").json()
    assert detail["event"]["type"] == "CONSULT"
    assert detail["article"]["text"] == "Aragorn visited Denethor in Minas Tirith."
    evidence = detail["event"]["evidence"][0]
    assert evidence["trigger"]["text"] == detail["article"]["text"][0]
    assert {e["name"] for e in detail["entities"]} == {"Aragorn Elessar", "Denethor"}
    assert detail["cluster"]["n_articles"] == 1
    assert_error(client.get("/api/events/a1%23V9"), 404, "not_found")


def test_article(client: TestClient) -> None:
    coded = client.get("/api/articles/a2").json()
    assert coded["article"]["id"] == "a2" and coded["events"][0]["type"] == "ACCUSE"
    assert_error(client.get("/api/articles/none"), 404, "not_found")


def test_actors(client: TestClient) -> None:
    actors = client.get("/api/actors").json()
    assert {"ARN:aragorn elessar", "GDR:denethor", "ROH:theoden"} <= {a["id"] for a in actors}
    profile = client.get("/api/actors/ROH:theoden").json()
    assert profile["name"] == "Theoden"
    assert {r["title"] for r in profile["roles"]} == {"King", "Lord of the Mark"}
    assert {c["id"] for c in profile["counterparts"]} == {"GDR:denethor", "ARN:aragorn elessar"}
    assert [t["type"] for t in profile["timeline"]] == ["ACCUSE", "SUPPORT"]
    assert_error(client.get("/api/actors/ROH:nobody"), 404, "not_found")


def test_relations_network_locations(client: TestClient) -> None:
    relations = client.get("/api/relations", params={"type": "SISTER_CITY"}).json()
    assert relations[0]["a"] == "Aragorn Elessar"
    net = client.get("/api/network").json()
    assert len(net["nodes"]) == 4 and len(net["edges"]) == 4
    conflict = [e for e in net["edges"] if e["conflict"]]
    assert [(e["source_name"], e["target_name"]) for e in conflict] == [("Theoden", "Denethor")]
    only = client.get("/api/network", params={"type": "ACCUSE"}).json()
    assert len(only["edges"]) == 1
    places = client.get("/api/locations").json()
    assert places["places"][0]["name"] == "Minas Tirith"


# -- coding and writing --------------------------------------------------------------------


def test_code_returns_a_coded_article(client: TestClient, coder: FakeCoder) -> None:
    response = client.post("/api/code", json={"text": SEED_LIKE, "published": "2023-04-27"})
    assert response.status_code == 200, response.text
    coded = response.json()
    assert coded["article"]["text"] == SEED_LIKE
    assert coded["article"]["published"] == "2023-04-27"
    assert coded["events"][0]["type"] == "SUPPORT"
    assert "X-Readouts-Store" not in response.headers
    assert client.get("/api/stats").json()["articles"] == 4
    assert coder.calls == 1


def test_code_and_store(client: TestClient) -> None:
    body = {"text": SEED_LIKE, "id": "new-1", "published": "2023-04-27"}
    first = client.post("/api/code", params={"store": "true"}, json=body)
    assert first.status_code == 200 and first.headers["X-Readouts-Store"] == "stored"
    again = client.post("/api/code", params={"store": "true"}, json=body)
    assert again.headers["X-Readouts-Store"] == "unchanged"
    assert client.get("/api/articles/new-1").json()["article"]["id"] == "new-1"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"text": "   "}, "empty"),
        ({"text": SEED_LIKE, "published": "the day after"}, "bad_date"),
        ({"text": GERMAN}, "not_english"),
        ({}, "invalid_request"),
        ({"text": 5}, "invalid_request"),
        ({"text": SEED_LIKE, "sql": "DROP TABLE events"}, "invalid_request"),
        ({"text": SEED_LIKE, "title": "x" * 3000}, "invalid_request"),
    ],
)
def test_code_rejects_bad_input(client: TestClient, body: dict[str, Any], code: str) -> None:
    assert_error(client.post("/api/code", json=body), 422, code)


def test_code_rejects_non_json(client: TestClient) -> None:
    response = client.post(
        "/api/code", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert_error(response, 422, "invalid_request")


def test_upload_text_and_html(client: TestClient) -> None:
    text = client.post(
        "/api/code/upload",
        files={"file": ("note.txt", SEED_LIKE.encode("utf-8"), "text/plain")},
        data={"published": "2023-04-27"},
    )
    assert text.status_code == 200 and text.json()["article"]["text"] == SEED_LIKE
    page = (
        "<html><head><title>Visit</title></head><body><article><p>"
        + " ".join([SEED_LIKE] * 3)
        + "</p></article></body></html>"
    )
    html = client.post(
        "/api/code/upload", files={"file": ("visit.html", page.encode("utf-8"), "text/html")}
    )
    assert html.status_code == 200, html.text
    assert "Aragorn thanked Theoden" in html.json()["article"]["text"]
    binary = client.post(
        "/api/code/upload", files={"file": ("x.txt", b"\x00\x01\x02" * 100, "text/plain")}
    )
    assert_error(binary, 422, "binary")


def test_body_size_limit(db: Path) -> None:
    with client_for(ServeConfig(db=str(db), max_body=1000)) as small:
        declared = small.post("/api/code", json={"text": "word " * 400})
        assert_error(declared, 413, "body_too_large")

        def chunks() -> Iterator[bytes]:
            yield b'{"text": "'
            for _ in range(50):
                yield b"word " * 10
            yield b'"}'

        streamed = small.post(
            "/api/code", content=chunks(), headers={"content-type": "application/json"}
        )
        assert_error(streamed, 413, "body_too_large")
        assert small.post("/api/code", json={"text": SEED_LIKE}).status_code == 200


def test_upload_size_limit_is_the_settings(db: Path) -> None:
    from readouts.settings import Settings

    big = ("Aragorn thanked Theoden. " * 50).encode("utf-8")
    with client_for(ServeConfig(db=str(db), settings=Settings(max_bytes=100))) as small:
        response = small.post("/api/code/upload", files={"file": ("big.txt", big, "text/plain")})
        assert_error(response, 422, "too_large")


# -- who may write -------------------------------------------------------------------------


def test_loopback_detection() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert is_loopback("127.3.4.5") and is_loopback("[::1]")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4")
    assert not is_loopback("example.org")


def test_writes_need_the_token_off_loopback(db: Path) -> None:
    config = ServeConfig(db=str(db), host="0.0.0.0")
    app = create_app(config, coder=FakeCoder)
    token = app.state.runtime.config.token
    assert token and len(token) >= 20
    body = {"text": SEED_LIKE, "id": "t-1"}
    with TestClient(app) as open_client:
        assert open_client.post("/api/code", json=body).status_code == 200  # reading: no token
        refused = open_client.post("/api/code", params={"store": "true"}, json=body)
        error = assert_error(refused, 401, "unauthorized")
        assert "token" in error["message"]
        wrong = open_client.post(
            "/api/code",
            params={"store": "true"},
            json=body,
            headers={"Authorization": "Bearer nope"},
        )
        assert_error(wrong, 401, "unauthorized")
        allowed = open_client.post(
            "/api/code",
            params={"store": "true"},
            json=body,
            headers={"Authorization": f"Bearer {token}"},
        )
        assert allowed.status_code == 200 and allowed.headers["X-Readouts-Store"] == "stored"
        assert open_client.get("/api/info").json()["token_required"] is True


def test_loopback_needs_no_token_unless_one_is_set(db: Path) -> None:
    assert create_app(ServeConfig(db=str(db))).state.runtime.config.token is None
    with client_for(ServeConfig(db=str(db), token="s3cret-token")) as guarded:
        body = {"text": SEED_LIKE, "id": "t-2"}
        assert_error(guarded.post("/api/code?store=true", json=body), 401, "unauthorized")
        ok = guarded.post(
            "/api/code?store=true", json=body, headers={"X-Readouts-Token": "s3cret-token"}
        )
        assert ok.status_code == 200


def test_read_only_store(db: Path) -> None:
    with client_for(ServeConfig(db=str(db), read_only=True)) as reader:
        assert reader.get("/api/stats").json()["events"] == 5
        refused = reader.post("/api/code?store=true", json={"text": SEED_LIKE})
        assert_error(refused, 403, "read_only")


def test_missing_store_read_only(tmp_path: Path) -> None:
    with client_for(ServeConfig(db=str(tmp_path / "none.duckdb"), read_only=True)) as reader:
        assert_error(reader.get("/api/stats"), 503, "store_error")


# -- the error shape everywhere ----------------------------------------------------------


def test_error_shape_everywhere(client: TestClient) -> None:
    assert_error(client.get("/api/nothing-here"), 404, "not_found")
    assert_error(client.get("/static/nothing.js"), 404, "not_found")
    assert_error(client.delete("/api/events"), 405, "method_not_allowed")
    assert_error(client.put("/api/code", json={}), 405, "method_not_allowed")


def test_internal_errors_say_nothing_inside(db: Path) -> None:
    class Broken(FakeCoder):
        def code(self, text: Any, **kwargs: Any) -> Any:
            raise RuntimeError("secret internals /etc/passwd")

    broken = Broken()
    with client_for(ServeConfig(db=str(db)), broken) as failing:
        response = failing.post("/api/code", json={"text": SEED_LIKE})
        assert_error(response, 500, "internal_error")
        assert "secret" not in response.text


# -- docs and pages ------------------------------------------------------------------------


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/code",
        "/api/code/upload",
        "/api/events",
        "/api/events.csv",
        "/api/events/{event_uid}",
        "/api/articles/{article_id}",
        "/api/actors",
        "/api/actors/{actor_id}",
        "/api/relations",
        "/api/network",
        "/api/locations",
        "/api/stats",
        "/api/info",
    ):
        assert path in paths, path
    assert "post" in paths["/api/code"]


EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.IGNORECASE)


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_api_docs_are_served_locally(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200
    assert not EXTERNAL.search(page.text), "the docs page loads something from outside"
    for asset in re.findall(r"""(?:src|href)=["'](/static/[^"']+)["']""", page.text):
        assert client.get(asset).status_code == 200, asset


@pytest.mark.parametrize(
    "path",
    ["/", "/code", "/events", "/actors", "/actors/ROH:theoden", "/network", "/map", "/articles/a1"],
)
def test_pages_load_everything_from_this_server(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert not EXTERNAL.search(page.text)
    assets = re.findall(r"""(?:src|href)=["'](/static/[^"']+)["']""", page.text)
    assert any(a.endswith(".js") for a in assets) and any(a.endswith(".css") for a in assets)
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
    assert "<script>" not in page.text  # no inline script: the policy forbids it


def test_page_parameters_are_escaped(client: TestClient) -> None:
    page = client.get('/actors/"><script>alert(1)</script>').text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    article = client.get("/articles/%22%20onmouseover=%22alert(1)").text
    assert 'onmouseover="alert(1)"' not in article


def test_stored_markup_comes_back_as_data(client: TestClient) -> None:
    coded = client.get("/api/articles/evil").json()
    assert "<script>window.__pwned = 1</script>" in coded["article"]["text"]
    assert client.get("/api/articles/evil").headers["content-type"].startswith("application/json")
