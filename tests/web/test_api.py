"""The REST API: every endpoint, its filters and paging, and the one error shape."""

from __future__ import annotations

from typing import Any

import pytest
from web_sample import assert_error

from linimasa.config import Settings
from linimasa.web.app import create_app


@pytest.mark.parametrize(("url", "key", "expected"), [
    ("/api/articles", "id", {"art-bentrok", "art-kantor_berita", "art-kantor_berita-copy", "art-banjir", "art-xss",
                             "art-ambon"}),
    ("/api/articles?outlet=Warta%20Timur", "id", {"art-bentrok", "art-banjir"}),
    ("/api/events", "id", {"ev-1", "ev-2", "ev-3", "ev-4", "ev-5", "ev-6"}),
    ("/api/events?cluster_id=cl-sorong", "id", {"ev-1", "ev-2", "ev-3"}),
    ("/api/events?type=ASSAULT", "id", {"ev-6"}),
    ("/api/events?article_id=art-banjir", "id", {"ev-4"}),
    ("/api/clusters", "id", {"cl-sorong", "cl-luwu", "cl-xss", "cl-ambon"}),
    ("/api/clusters?type=PROTEST", "id", {"cl-sorong", "cl-xss"}),
    ("/api/clusters?date_from=2025-03-11&date_to=2025-03-31", "id", {"cl-luwu", "cl-xss"}),
    ("/api/clusters?date_from=2025-04", "id", {"cl-ambon"}),
    ("/api/clusters?place=maluku", "id", {"cl-ambon"}),
    ("/api/clusters?actor=polres", "id", {"cl-sorong"}),
    ("/api/clusters?outlet=kabar%20harian", "id", {"cl-sorong"}),
    ("/api/clusters?q=banjir", "id", {"cl-luwu"}),
    ("/api/quotes", "id", {"q-hendra", "q-ev-2", "q-ev-3", "q-xss"}),
    ("/api/quotes?article_id=art-bentrok", "id", {"q-hendra"}),
    ("/api/entities", "id", {"ent-hendra", "ent-sorong"}),
    ("/api/entities?label=LOC", "id", {"ent-sorong"}),
    ("/api/passages?article_id=art-kantor_berita-copy", "article_b", {"art-kantor_berita-copy"}),
    ("/api/search?q=bentrokan", "article_id", {"art-bentrok", "art-kantor_berita", "art-kantor_berita-copy"}),
    ("/api/search?q=%22banjir%20bandang%22", "article_id", {"art-banjir"}),
])
def test_list_endpoints_filter(client: Any, url: str, key: str, expected: set[str]) -> None:
    resp = client.get(url)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert {item[key] for item in body["items"]} == expected
    assert body["count"] == len(body["items"])


@pytest.mark.parametrize("url", ["/api/articles", "/api/events", "/api/clusters", "/api/quotes"])
def test_paging_walks_every_item_once(client: Any, url: str) -> None:
    everything = {i.get("id") for i in client.get(url).json()["items"]}
    seen: list[str] = []
    nxt: str | None = f"{url}?limit=2"
    while nxt:
        body = client.get(nxt).json()
        assert body["limit"] == 2 and body["count"] <= 2
        seen.extend(i["id"] for i in body["items"])
        nxt = body["next"]
    assert sorted(seen) == sorted(everything)


def test_article_detail_has_annotations(client: Any) -> None:
    body = client.get("/api/articles/art-bentrok").json()
    assert body["text"].startswith("SORONG - Bentrokan")
    span = body["mentions"][0]
    assert body["text"][span["start"]:span["end"]] == span["text"]
    assert {e["id"] for e in body["events"]} == {"ev-1"}
    assert body["removed"][0].startswith("Baca juga")


def test_cluster_detail_has_reports_and_families(client: Any) -> None:
    body = client.get("/api/clusters/cl-sorong").json()
    assert {e["id"] for e in body["events"]} == {"ev-1", "ev-2", "ev-3"}
    assert [a["outlet"] for a in body["articles"]] == ["Warta Timur", "KBN", "Kabar Harian"]
    assert body["families"][0]["wire_source"] == "KBN"
    assert body["conflicts"][0]["field"] == "fatalities"


def test_stats(client: Any) -> None:
    body = client.get("/api/stats").json()
    assert body["articles"] == 6 and body["clusters"] == 4
    assert body["events_by_type"]["PROTEST"] == 3 + 1


def test_openapi_lists_every_endpoint_and_docs_page_is_off(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/clusters",
                 "/api/clusters/{cluster_id}", "/api/quotes", "/api/entities", "/api/passages", "/api/search",
                 "/api/stats", "/api/ingest"):
        assert path in spec["paths"], path
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN


@pytest.mark.parametrize(("method", "url", "status", "code"), [
    ("get", "/api/articles/nope", 404, "not_found"),
    ("get", "/api/clusters/nope", 404, "not_found"),
    ("get", "/api/no-such-endpoint", 404, "not_found"),
    ("get", "/no/such/page", 404, "not_found"),
    ("get", "/api/articles/bad%20id%3Cx%3E", 422, "invalid_parameter"),
    ("get", "/api/articles?limit=abc", 422, "invalid_parameter"),
    ("get", "/api/articles?limit=0", 422, "invalid_parameter"),
    ("get", "/api/articles?offset=-1", 422, "invalid_parameter"),
    ("get", "/api/articles?limit=501", 400, "invalid_parameter"),
    ("get", "/api/articles?status=maybe", 422, "invalid_parameter"),
    ("get", "/api/clusters?date_from=10-03-2025", 400, "invalid_parameter"),
    ("get", "/api/clusters?date_from=2025-04-01&date_to=2025-03-01", 400, "invalid_parameter"),
    ("get", "/api/entities?label=x;drop", 422, "invalid_parameter"),
    ("get", "/api/search", 422, "invalid_parameter"),
    ("get", "/api/search?q=%20%20", 400, "invalid_parameter"),
    ("delete", "/api/articles", 405, "method_not_allowed"),
    ("post", "/api/ingest", 403, "ingest_disabled"),
    ("get", "/download/events.xlsx", 404, "not_found"),
])
def test_errors_have_one_shape(client: Any, method: str, url: str, status: int, code: str) -> None:
    assert_error(getattr(client, method)(url), status, code)


def test_limit_cap_comes_from_settings(web_db: str) -> None:
    from fastapi.testclient import TestClient

    with TestClient(create_app(web_db, settings=Settings(page_size_max=3))) as c:
        assert c.get("/api/events?limit=3").status_code == 200
        err = assert_error(c.get("/api/events?limit=4"), 400, "invalid_parameter")
        assert "3" in err["message"]


@pytest.mark.parametrize("query", ['"unclosed', "NEAR(a b)", "a OR b AND", "*", "bentrok')--", "-- ; DROP TABLE"])
def test_search_never_breaks_on_fts_syntax(client: Any, query: str) -> None:
    resp = client.get("/api/search", params={"q": query})
    assert resp.status_code == 200, resp.text
    assert isinstance(resp.json()["items"], list)


def test_security_headers_on_every_response(client: Any) -> None:
    for url in ("/", "/api/stats", "/static/style.css", "/api/nope"):
        h = client.get(url).headers
        assert "script-src 'self'" in h["content-security-policy"]
        assert "object-src 'none'" in h["content-security-policy"]
        assert "frame-ancestors 'none'" in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff"
        assert h["referrer-policy"] == "no-referrer"


def test_unexpected_failure_keeps_the_error_shape(web_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    from linimasa.store.sqlite import SQLiteStore

    def broken(self: SQLiteStore) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(SQLiteStore, "stats", broken)
    with TestClient(create_app(web_db), raise_server_exceptions=False) as c:
        resp = c.get("/api/stats")
        err = assert_error(resp, 500, "internal_error")
        assert "disk on fire" not in err["message"]  # no internals leak to clients
        assert "frame-ancestors 'none'" in resp.headers["content-security-policy"]
        assert resp.headers["x-content-type-options"] == "nosniff"
