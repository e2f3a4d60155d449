"""The same work done by the tools a user might reach for first, in the same run:
``dateparser.search.search_dates`` against our time expressions, trafilatura against our
cleaner on the same HTML pages."""

from __future__ import annotations

import html
import time
from typing import Any

from linimasa.config import Settings
from linimasa.model import RawDocument

from .stages import rate

_MENU = "Beranda | Nasional | Internasional | Ekonomi | Olahraga | Teknologi | Hiburan | Indeks"


def wrap_html(doc: RawDocument, i: int) -> str:
    """A news page around the text: menu, headline, paragraphs, related links, footer."""
    paras = [p for p in (doc.text or "").split("\n\n") if p.strip()]
    title = html.escape(paras[0][:90] if paras else "Berita")
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    related = "".join(f'<li><a href="/berita/{i}-{k}">Berita terkait nomor {k} hari ini</a></li>' for k in range(6))
    return (f"<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"<meta property=\"article:published_time\" content=\"{doc.published or ''}\"></head><body>"
            f"<header><nav>{_MENU}</nav></header><main><article><h1>{title}</h1>"
            f"<div class=\"byline\">Reporter: Redaksi | {doc.published or ''}</div>{body}</article>"
            f"<aside><h3>Berita Terkait</h3><ul>{related}</ul></aside></main>"
            f"<footer>Hak cipta dilindungi undang-undang. Kontak | Pedoman Media Siber | Karier</footer></body></html>")


def dates(docs: list[RawDocument], n: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    sample = docs[:n]
    try:
        from linimasa.nlp.timex import find_timexes

        t, c = time.perf_counter(), time.process_time()
        ours = [find_timexes(d.text or "", d.published, None) for d in sample]
        out["ours"] = rate(len(sample), time.perf_counter() - t, time.process_time() - c) | {"found": sum(len(x) for x in ours)}
    except Exception as exc:  # noqa: BLE001 - stage not there yet
        out["ours"] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
    try:
        from dateparser.search import search_dates

        search_dates("Senin (27/3) lalu", languages=["id"])  # warm-up: dateparser loads its tables lazily
        t, c = time.perf_counter(), time.process_time()
        theirs = [search_dates(d.text or "", languages=["id"]) or [] for d in sample]
        out["dateparser"] = rate(len(sample), time.perf_counter() - t, time.process_time() - c) | {"found": sum(len(x) for x in theirs)}
    except Exception as exc:  # noqa: BLE001 - optional tool
        out["dateparser"] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
    _ratio(out, "ours", "dateparser")
    return out


def cleaning(docs: list[RawDocument], n: int, settings: Settings) -> dict[str, Any]:
    out: dict[str, Any] = {}
    pages = [RawDocument(source=f"page{i}.html", kind="html", html=wrap_html(d, i)) for i, d in enumerate(docs[:n])]
    try:
        from linimasa import clean

        res = clean.load_resources(settings)
        t, c = time.perf_counter(), time.process_time()
        ours = [clean.clean_document(p, res) for p in pages]
        out["ours"] = rate(len(pages), time.perf_counter() - t, time.process_time() - c) | {
            "kept_chars": sum(len(getattr(a, "text", "")) for a in ours)}
    except Exception as exc:  # noqa: BLE001 - stage not there yet
        out["ours"] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
    try:
        import trafilatura

        t, c = time.perf_counter(), time.process_time()
        theirs = [trafilatura.extract(p.html, include_comments=False) or "" for p in pages]
        out["trafilatura"] = rate(len(pages), time.perf_counter() - t, time.process_time() - c) | {"kept_chars": sum(len(x) for x in theirs)}
    except Exception as exc:  # noqa: BLE001 - optional tool
        out["trafilatura"] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
    out["source_chars"] = sum(len(d.text or "") for d in docs[:n])
    _ratio(out, "ours", "trafilatura")
    return out


def _ratio(out: dict[str, Any], ours: str, theirs: str) -> None:
    a, b = out.get(ours, {}).get("cpu_per_s"), out.get(theirs, {}).get("cpu_per_s")
    if a and b:
        out["speedup"] = round(a / b, 1)
