"""Boilerplate removal, metadata and language identification: RawDocument -> Article.

:func:`load_resources` builds what cleaning needs once per process (the language
identifier); :func:`clean_document` is a pure function of (RawDocument, CleanResources).
HTML pages go through trafilatura first; every page's text then goes through the same
line rules (:mod:`.lines`) and metadata rules (:mod:`.metadata`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ..config import Settings
from ..model import Article, RawDocument, Skip, article_id_for, raw_hash
from .html import extract_html
from .langid import LanguageIdentifier
from .lines import Segmented, segment
from .metadata import Hints, PageMeta, describe, parse_lead

log = logging.getLogger(__name__)

__all__ = ["CleanResources", "CleanResult", "clean_document", "clean_text", "load_resources"]

BOILERPLATE_ONLY = "no article body after cleaning (boilerplate only)"


@dataclass
class CleanResources:
    settings: Settings
    langid: LanguageIdentifier


@dataclass
class CleanResult:
    """The line decisions and metadata of one page (what :func:`clean_document` and the
    evaluation both build on)."""

    segmented: Segmented
    meta: PageMeta
    text: str


def load_resources(settings: Settings) -> CleanResources:
    return CleanResources(settings=settings, langid=LanguageIdentifier())


def clean_text(text: str, hints: Hints, max_chars: int) -> CleanResult:
    """Plain-text rules and metadata on a page's text."""
    if len(text) > max_chars:
        from ..ingest.decode import cut_at_paragraph

        text = cut_at_paragraph(text, max_chars)
    seg = segment(text)
    lead = parse_lead(seg.lead) if seg.lead else None
    credit_lines = [d.text for d in seg.decisions if not d.keep and d.reason == "credit"]
    credit_lines += [d.text for d in seg.decisions if d.reason == "header" and _is_credit(d.text)]
    datestamps = [d.text for d in seg.decisions if d.reason == "datestamp"]
    datestamps += [d.text for d in seg.decisions if d.reason == "header" and _is_stamp(d.text)]
    trailer = " ".join(d.text for d in seg.decisions[-40:] if d.reason == "initials")
    last_line = (seg.last_body_raw + " " + trailer).strip()
    meta = describe(seg.header, credit_lines, datestamps, seg.paragraphs, lead, last_line, hints)
    return CleanResult(seg, meta, "\n\n".join(seg.paragraphs))


def _is_credit(line: str) -> bool:
    from .vocab import CREDIT

    return bool(CREDIT.match(line))


def _is_stamp(line: str) -> bool:
    from .dates import is_datestamp

    return len(line.split()) <= 12 and is_datestamp(line)


def clean_document(raw: RawDocument, res: CleanResources, *, content_hash: str | None = None) -> Article | Skip:
    """``content_hash``: :func:`~linimasa.model.raw_hash` of ``raw`` when the caller has it already."""
    settings = res.settings
    h = content_hash or raw_hash(raw)
    hints = Hints(url=raw.url, title=raw.title, published=raw.published, outlet=raw.outlet)
    text = raw.text
    if text is None and raw.html is not None:
        page = extract_html(raw.html, raw.url)
        if page is None:
            return Skip(source=raw.source, reason="no article text found in the HTML", stage="clean")
        text = page.text
        hints.title = hints.title or page.title
        hints.published = hints.published or page.published
        hints.sitename, hints.authors = page.sitename, page.authors
        hints.url = hints.url or page.url
    result = clean_text(text or "", hints, settings.max_article_chars)
    if len(result.text) < settings.min_body_chars:
        return Skip(source=raw.source, reason=BOILERPLATE_ONLY, stage="clean")
    m = result.meta
    guess = res.langid.identify(result.text)
    art = Article(
        id=article_id_for(h), source=raw.source, text=result.text, content_hash=h, url=hints.url,
        outlet=m.outlet, title=m.title, published=m.published, authors=m.authors, editors=m.editors,
        dateline=m.dateline, wire_sources=m.wire_sources, language=guess.code,
        removed=result.segmented.removed,
    )
    if guess.code not in settings.languages:
        art.status = "skipped"
        art.skip_reason = f"language: {guess.code or 'unknown'} (not Indonesian)"
    return art
