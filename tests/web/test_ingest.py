"""POST /api/ingest: only with --allow-ingest and the token; size-limited; runs the pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_sample import assert_error

from linimasa.config import Settings
from linimasa.pipeline import load_resources
from linimasa.web.app import create_app

TOKEN = "rahasia-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = (
    "PALU - Gempa bermagnitudo 5,2 mengguncang Kabupaten Sigi, Sulawesi Tengah, pada Selasa pagi. "
    "Badan Meteorologi, Klimatologi, dan Geofisika menyatakan gempa tidak berpotensi tsunami. "
    "Warga sempat berhamburan keluar rumah, namun belum ada laporan kerusakan."
)


@pytest.fixture
def ingest_client(tmp_path: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    settings = Settings(upload_max_bytes=4000)
    app = create_app(str(tmp_path / "ingest.db"), allow_ingest=True, token=TOKEN, settings=settings)
    # the web layer is under test here, not the language stages: clean only (the route
    # loads the full pipeline itself when nothing was preloaded)
    app.state.linimasa.resources = load_resources(settings, ("clean",))
    with TestClient(app) as c:
        yield c


def test_json_articles_are_processed_and_stored(ingest_client: Any) -> None:
    resp = ingest_client.post("/api/ingest", json={"articles": [{"text": ARTICLE, "outlet": "Kabar Palu",
                                                                 "url": "https://kabarpalu.example/gempa"}]},
                              headers=AUTH)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["counts"]["new"] == 1 and len(body["new_ids"]) == 1
    stored = ingest_client.get(f"/api/articles/{body['new_ids'][0]}").json()
    assert "Kabupaten Sigi" in stored["text"]
    again = ingest_client.post("/api/ingest", json=[{"text": ARTICLE}], headers=AUTH).json()
    assert again["counts"]["unchanged"] == 1 and again["new_ids"] == []
    assert ingest_client.get("/api/stats").json()["runs"] == 2


def test_files_are_processed_like_linimasa_run(ingest_client: Any) -> None:
    files = [("files", ("gempa.txt", ARTICLE.encode("utf-8"), "text/plain"))]
    resp = ingest_client.post("/api/ingest", files=files, headers=AUTH)
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["counts"]["new"] == 1
    assert ingest_client.get(f"/api/articles/{body['new_ids'][0]}").json()["source"] == "upload/gempa.txt"


@pytest.mark.parametrize(("kwargs", "status", "code"), [
    ({"json": [{"text": ARTICLE}]}, 401, "unauthorized"),
    ({"json": [{"text": ARTICLE}], "headers": {"Authorization": "Bearer nope"}}, 401, "unauthorized"),
    ({"json": [{"text": ARTICLE}], "headers": {"Authorization": TOKEN}}, 401, "unauthorized"),
    ({"json": [{"text": "x" * 5000}], "headers": AUTH}, 413, "payload_too_large"),
    ({"content": b"x" * 5000, "headers": {**AUTH, "Content-Type": "application/json"}}, 413, "payload_too_large"),
    ({"content": b"{not json", "headers": {**AUTH, "Content-Type": "application/json"}}, 400, "bad_request"),
    ({"json": [], "headers": AUTH}, 400, "bad_request"),
    ({"json": [{"title": "no body"}], "headers": AUTH}, 400, "bad_request"),
    ({"json": [{"text": ARTICLE, "url": 5}], "headers": AUTH}, 400, "bad_request"),
    ({"content": b"hello", "headers": {**AUTH, "Content-Type": "text/plain"}}, 415, "unsupported_media_type"),
    ({"data": {"x": "1"}, "files": {"other": ("a.txt", b"")}, "headers": AUTH}, 200, None),
])
def test_refusals_use_the_error_shape(ingest_client: Any, kwargs: dict[str, Any], status: int, code: str | None) -> None:
    resp = ingest_client.post("/api/ingest", **kwargs)
    if code is None:  # an empty file is read and recorded as a skip, not an error
        assert resp.status_code == status, resp.text
        assert resp.json()["counts"]["new"] == 0
        return
    assert_error(resp, status, code)


def test_token_required_to_enable_ingest(tmp_path: Path) -> None:
    from linimasa.errors import LinimasaError

    with pytest.raises(LinimasaError, match="token"):
        create_app(str(tmp_path / "x.db"), allow_ingest=True, token=None)


def test_read_only_server_refuses_even_with_a_token(client: Any) -> None:
    assert_error(client.post("/api/ingest", json=[{"text": ARTICLE}], headers=AUTH), 403, "ingest_disabled")
