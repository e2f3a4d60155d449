"""HTML pages: trafilatura finds the article body and the page metadata; the body then
goes through the same plain-text rules as any other page."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:]\s+[^|\-–—:]{2,40}$")


@dataclass
class HtmlPage:
    text: str
    title: str | None = None
    published: str | None = None
    sitename: str | None = None
    authors: list[str] | None = None
    url: str | None = None


def extract_html(html: str, url: str | None = None) -> HtmlPage | None:
    """Body text (one paragraph per line) and metadata of an HTML page; None when
    trafilatura finds no main text."""
    import trafilatura

    doc: Any
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, deduplicate=False,
        )
    except (ValueError, TypeError, AttributeError) as exc:  # malformed markup deep in lxml
        log.debug("trafilatura failed on %s: %s", url, exc)
        return None
    if isinstance(doc, dict):  # older trafilatura versions return a dict
        from types import SimpleNamespace

        doc = SimpleNamespace(**doc)
    if doc is None or not (doc.text or "").strip():
        return None
    title = doc.title
    if title and doc.sitename and _TITLE_SUFFIX.search(title):
        suffix = _TITLE_SUFFIX.search(title)
        if suffix and doc.sitename.lower().split()[0] in suffix.group(0).lower():
            title = title[: suffix.start()]
    authors = [a.strip() for a in re.split(r"\s*[;,]\s*|\s+dan\s+", doc.author or "") if a.strip()]
    return HtmlPage(
        text=str(doc.text), title=title, published=doc.date, sitename=doc.sitename or doc.hostname,
        authors=authors or None, url=doc.url or url,
    )
