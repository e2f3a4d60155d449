"""HTML pages through the test client: content, escaping of hostile data, no inline
script or style, and the downloads of the current filter."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import web_sample

from linimasa.web.downloads import ACLED_COLUMNS

PAGES = ["/", "/?type=PROTEST", "/clusters/cl-sorong", "/clusters/cl-xss", "/articles/art-xss", "/articles/art-bentrok",
         "/map", "/sources", "/search?q=Spanduk", "/search?q=mahasiswa"]
TEMPLATES = Path(__file__).resolve().parents[2] / "src" / "linimasa" / "web" / "templates"


class Tags(HTMLParser):
    """Every start tag with its attributes, as a browser's parser sees them."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


@pytest.mark.parametrize("url", PAGES)
def test_pages_render_hostile_text_inert(client: Any, url: str) -> None:
    resp = client.get(url, headers={"accept": "text/html"})
    assert resp.status_code == 200
    assert web_sample.XSS_SCRIPT not in resp.text
    tags = Tags(resp.text).tags
    assert [t for t, _ in tags if t == "img"] == []
    assert [a for t, a in tags if t == "script"] == [{"src": "/static/app.js", "defer": None}]
    for tag, attrs in tags:
        assert not [k for k in attrs if k.startswith("on")], (tag, attrs)  # no event handlers
        assert "style" not in attrs, (tag, attrs)  # CSP style-src 'self': no inline style
        for key in ("href", "src", "action"):
            value = (attrs.get(key) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (tag, attrs)


@pytest.mark.parametrize(("url", "escaped"), [
    ("/articles/art-xss", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("/articles/art-xss", "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;"),
    ("/articles/art-xss", "javascript:alert(document.cookie)"),  # shown as text, not a link
    ("/", "Mahasiswa berunjuk rasa di DPR &#34;&gt;&lt;img src=x onerror=alert(1)&gt;"),
    ("/clusters/cl-xss", "mahasiswa &lt;script&gt;alert(1)&lt;/script&gt;"),
])
def test_hostile_text_is_shown_escaped(client: Any, url: str, escaped: str) -> None:
    assert escaped in client.get(url).text


def test_no_template_marks_data_safe() -> None:
    for path in TEMPLATES.glob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "|safe" not in text.replace(" ", ""), path.name
        assert "autoescape false" not in text, path.name


def test_article_page_highlights_every_kind(client: Any) -> None:
    html = client.get("/articles/art-bentrok").text
    body = html.split('id="article-text">', 1)[1].split("</div>", 1)[0]
    for cls in ("hl-ent hl-per", "hl-ent hl-loc", "hl-ent hl-org", "hl-time", "hl-num", "hl-quote", "hl-speaker",
                "hl-event"):
        assert f'class="hl {cls}"' in body, cls
    # the highlighted text reads exactly as the article once the tags are gone
    plain = re.sub(r"<[^>]+>", "", body).replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&")
    assert plain == web_sample.TEXTS["bentrok"]
    assert 'title="PER: Hendra Wijaya (police, ID)"' in body
    assert "<details" in html and "Baca juga: Harga cabai" in html


def test_cluster_page_groups_copies_and_calls_out_conflicts(client: Any) -> None:
    html = client.get("/clusters/cl-sorong").text
    assert html.count('<article class="report') == 3
    family = html.split('<section class="group family">', 1)[1].split("</section>", 1)[0]
    assert "KBN" in family and "Kabar Harian" in family and "Warta Timur" not in family
    assert "Sources disagree" in html
    assert '<span class="conflict-value">3</span>' in html and '<span class="conflict-value">5</span>' in html
    assert "claimed by: Hendra Wijaya" in html


def test_unknown_ids_give_html_error_pages_to_browsers(client: Any) -> None:
    resp = client.get("/clusters/nope", headers={"accept": "text/html"})
    assert resp.status_code == 404 and "text/html" in resp.headers["content-type"]
    assert "no event cluster with id" in resp.text
    assert client.get("/clusters/nope").json()["error"]["code"] == "not_found"


@pytest.mark.parametrize(("query", "ids"), [
    ("", ["cl-sorong", "cl-luwu", "cl-xss", "cl-ambon"]),
    ("?type=PROTEST", ["cl-sorong", "cl-xss"]),
    ("?date_to=2025-03-12", ["cl-sorong", "cl-luwu"]),
    ("?outlet=Suara", ["cl-ambon"]),
])
def test_downloads_follow_the_filter(client: Any, query: str, ids: list[str]) -> None:
    rows = list(csv.DictReader(io.StringIO(client.get("/download/events.csv" + query).text)))
    assert [r["event_id_cnty"] for r in rows] == [f"IDN-{i}" for i in ids]
    geo = client.get("/download/events.geojson" + query).json()
    assert [f["id"] for f in geo["features"]] == ids
    lines = client.get("/download/events.jsonl" + query).text.splitlines()
    assert [json.loads(x)["id"] for x in lines] == ids


def test_csv_has_acled_columns_and_values(client: Any) -> None:
    resp = client.get("/download/events.csv?type=PROTEST")
    assert resp.headers["content-disposition"] == 'attachment; filename="linimasa-events.csv"'
    reader = csv.DictReader(io.StringIO(resp.text))
    assert reader.fieldnames == ACLED_COLUMNS
    sorong = next(reader)
    assert sorong["event_date"] == "2025-03-10" and sorong["year"] == "2025" and sorong["time_precision"] == "1"
    assert sorong["event_type"] == "Protests" and sorong["disorder_type"] == "Demonstrations"
    assert sorong["actor1"] == "Polres Sorong" and sorong["inter1"] == "State forces"
    assert sorong["country"] == "Indonesia" and sorong["iso"] == "360" and sorong["admin1"] == "Papua Barat Daya"
    assert (float(sorong["latitude"]), float(sorong["longitude"])) == (-0.876, 131.256)
    assert sorong["fatalities"] == "3"  # the most conservative of 3 and 5
    assert "conflicting=fatalities" in sorong["tags"]
    assert sorong["source"] == "Warta Timur; KBN; Kabar Harian"


def test_geojson_points_are_lon_lat(client: Any) -> None:
    feats = client.get("/download/events.geojson").json()["features"]
    luwu = next(f for f in feats if f["id"] == "cl-luwu")
    assert luwu["geometry"] == {"type": "Point", "coordinates": [120.2, -3.0]}
    assert luwu["properties"]["fatalities_min"] == 2


def test_static_assets_are_local(client: Any) -> None:
    for name in ("style.css", "app.js", "favicon.svg"):
        assert client.get(f"/static/{name}").status_code == 200
    css = client.get("/static/style.css").text
    assert "http://" not in css and "https://" not in css and "@import" not in css


def test_pages_follow_changes_made_by_another_process(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from linimasa.store.sqlite import SQLiteStore
    from linimasa.web.app import create_app

    db = tmp_path / "live.db"
    writer = SQLiteStore(db)
    web_sample.fill(writer)
    with TestClient(create_app(str(db))) as c:
        assert c.get("/api/clusters").json()["total"] == 4
        writer.replace_clusters(web_sample.build()[3][:2])  # e.g. `linimasa run` relinked meanwhile
        assert [x["id"] for x in c.get("/api/clusters").json()["items"]] == ["cl-sorong", "cl-luwu"]
        assert c.get("/").text.count('<tr class="row') == 2
    writer.close()
