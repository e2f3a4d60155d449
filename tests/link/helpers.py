"""Builders for linking tests: small articles and events written for the tests."""

from __future__ import annotations

from linimasa.model import Article, Event, Figure, Location, Participant, content_hash


def article(aid: str, text: str, *, outlet: str = "contoh", published: str = "2024-03-05",
            wire: tuple[str, ...] = ()) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, content_hash=content_hash(aid + text),
                   outlet=outlet, published=published, wire_sources=list(wire), language="id")


def event(eid: str, article_id: str, type_: str = "ASSAULT", *, date: str | None = "2024-03-04",
          precision: str | None = "day", date_end: str | None = None, place: str | None = None,
          country: str | None = "ID", admin1: str | None = None, actors: tuple[tuple[str, str | None], ...] = (),
          targets: tuple[tuple[str, str | None], ...] = (), sentence: str = "", start: int = 0,
          fatalities: int | None = None, qualifier: str | None = None, claimed_by: str | None = None,
          historical: bool = False, kind: str | None = None) -> Event:
    loc = Location(name=place, country=country, admin1=admin1, precision="place") if place else None
    figures = [Figure(kind="fatalities", value=fatalities, qualifier=qualifier)] if fatalities is not None else []
    return Event(
        id=eid, article_id=article_id, type=type_, sentence=sentence or eid, sentence_start=start,
        sentence_end=start + len(sentence or eid), trigger="t", trigger_start=start, trigger_end=start + 1,
        kind=kind, actors=[Participant(name=n, country=c) for n, c in actors],
        targets=[Participant(name=n, country=c) for n, c in targets], location=loc, date_start=date,
        date_end=date_end, date_precision=precision if date else None, historical=historical,
        fatalities=fatalities, figures=figures, claimed_by=claimed_by,
    )
