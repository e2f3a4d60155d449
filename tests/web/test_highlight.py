"""Highlighted text: pieces escaped one by one, spans nested, offsets respected."""

from __future__ import annotations

import re

import pytest

from linimasa.web.highlight import Span, render, snippet_markup


def _strip(markup: str) -> str:
    return re.sub(r"<[^>]+>", "", markup).replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", '"') \
        .replace("&#39;", "'").replace("&amp;", "&")


@pytest.mark.parametrize(("text", "spans", "expected"), [
    ("Banjir di Luwu", [Span(10, 14, "hl-loc", "LOC")], 'Banjir di <span class="hl hl-loc" title="LOC">Luwu</span>'),
    ("a <b> c", [Span(2, 5, "hl-x", '"><script>')],
     'a <span class="hl hl-x" title="&#34;&gt;&lt;script&gt;">&lt;b&gt;</span> c'),
    # nested: the outer span opens first and is split around the inner one
    ("tiga orang tewas", [Span(0, 16, "hl-figure", "f"), Span(0, 4, "hl-num", "n")],
     ('<span class="hl hl-figure" title="f"><span class="hl hl-num" title="n">tiga</span></span>'
     '<span class="hl hl-figure" title="f"> orang tewas</span>')),
    # spans outside the text or empty are dropped; partial overlaps are clipped
    ("abc", [Span(5, 9, "hl-x"), Span(1, 1, "hl-y"), Span(-3, 1, "hl-z")], '<span class="hl hl-z" title="">a</span>bc'),
    ("x & y", [], "x &amp; y"),
])
def test_render(text: str, spans: list[Span], expected: str) -> None:
    assert str(render(text, spans)) == expected


@pytest.mark.parametrize("base", [0, 7, 100])
def test_render_window_keeps_article_offsets(base: int) -> None:
    article = "x" * base + "Polisi menangkap <dua> orang"
    window = article[base:]
    start = article.index("<dua>")
    out = str(render(window, [Span(start, start + 5, "hl-num", "2")], base=base))
    assert '<span class="hl hl-num" title="2">&lt;dua&gt;</span>' in out
    assert _strip(out) == window


def test_render_text_survives_any_overlap() -> None:
    text = 'Kata "dia": <img src=x onerror=alert(1)> & lainnya'
    spans = [Span(i, i + w, f"hl-{i % 3}", text[i:i + w]) for i in range(0, len(text), 3) for w in (2, 7)]
    out = str(render(text, spans))
    assert "<img" not in out
    assert _strip(out) == text


@pytest.mark.parametrize(("snippet", "expected"), [
    ("… warga [banjir] di …", "… warga <mark>banjir</mark> di …"),
    ("[<script>]", "<mark>&lt;script&gt;</mark>"),
    ("harga [cabai] naik [5] persen", "harga <mark>cabai</mark> naik <mark>5</mark> persen"),
    ("unbalanced [bracket", "unbalanced [bracket"),
])
def test_snippet_markup(snippet: str, expected: str) -> None:
    assert str(snippet_markup(snippet)) == expected
