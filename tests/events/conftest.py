"""Shared helpers for the event tests: resources loaded once, articles from plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.config import Settings
from linimasa.evaluate.events import run_pipeline
from linimasa.events import EventResources, load_resources
from linimasa.events.context import SentView, make_view
from linimasa.model import Article, Sentence, TimeExpr


@pytest.fixture(scope="session")
def res() -> EventResources:
    return load_resources(Settings(), None, gazetteer=False)


def view_of(text: str, res: EventResources) -> SentView:
    return make_view(Sentence(0, len(text), text), 0, res.countries, [])


def article(text: str, published: str = "2024-03-14", timexes: list[TimeExpr] | None = None,
            outlet: str = "linimasa") -> Article:
    return Article(id="t", source="t.txt", text=text, content_hash="x", published=published,
                   outlet=outlet, timexes=timexes or [])


def year_timex(text: str, year: str) -> TimeExpr:
    s = text.index(year)
    return TimeExpr(s, s + 4, year, "DATE", year, "year", f"{year}-01-01", f"{year}-12-31")


def run_text(tmp_path: Path, text: str) -> Article:
    """One article written to a file and taken through the whole pipeline (as ``eval events`` does)."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return run_pipeline(tmp_path, ["a.txt"], Settings())["a.txt"]
