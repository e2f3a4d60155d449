"""Highlighted text, built safely: the text is cut at every span boundary and each piece
is escaped on its own, then wrapped in ``<span class=... title=...>`` tags whose class and
title are escaped too. This is the only module that builds markup from article data."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

from ..model import Article, Event, Participant


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    cls: str
    title: str = ""


def render(text: str, spans: Iterable[Span], base: int = 0) -> Markup:
    """``text`` is the window ``[base, base+len(text))`` of an article; spans carry article
    offsets. Spans are clipped to the window; overlapping spans nest (outer first)."""
    n = len(text)
    clipped = []
    for s in spans:
        a, b = max(s.start - base, 0), min(s.end - base, n)
        if a < b:
            clipped.append(Span(a, b, s.cls, s.title))
    if not clipped:
        return Markup(escape(text))
    bounds = sorted({0, n, *(s.start for s in clipped), *(s.end for s in clipped)})
    starts: dict[int, list[Span]] = {}
    for s in sorted(clipped, key=lambda s: (s.start, -s.end)):
        starts.setdefault(s.start, []).append(s)
    active: list[Span] = []
    out: list[str] = []
    for lo, hi in pairwise(bounds):
        active = [s for s in active if s.end > lo] + starts.get(lo, [])
        piece = str(escape(text[lo:hi]))
        for s in reversed(active):
            piece = f'<span class="hl {escape(s.cls)}" title="{escape(s.title)}">{piece}</span>'
        out.append(piece)
    return Markup("".join(out))


def _fmt_num(v: float | None) -> str:
    if v is None:
        return "?"
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def event_title(e: Event) -> str:
    bits = [e.type + (f" / {e.acled_sub_event_type or e.acled_event_type}" if e.acled_event_type else "")]
    if e.date_start:
        bits.append(e.date_start if e.date_end in (None, e.date_start) else f"{e.date_start}..{e.date_end}")
    if e.location is not None:
        bits.append(f"at {e.location.name}")
    if e.actors:
        bits.append("actors: " + ", ".join(p.name for p in e.actors))
    if e.targets:
        bits.append("targets: " + ", ".join(p.name for p in e.targets))
    for kind in ("fatalities", "injured", "missing", "captured", "displaced"):
        v = getattr(e, kind)
        if v is not None:
            bits.append(f"{kind}: {v}")
    if e.claimed_by:
        bits.append(f"claimed by {e.claimed_by}")
    flags = [f for f in ("negated", "hypothetical", "historical", "demanded") if getattr(e, f)]
    if flags:
        bits.append("(" + ", ".join(flags) + ")")
    return " · ".join(bits)


def _participant_title(role: str, p: Participant) -> str:
    extra = ", ".join(x for x in (p.sector, p.country) if x)
    return f"{role}: {p.name}" + (f" ({extra})" if extra else "")


def article_spans(a: Article) -> list[Span]:
    """Every extraction of an article as a span: entities, time expressions, numbers,
    quotes (and their speakers) and event triggers."""
    ents = {e.id: e for e in a.entities}
    spans: list[Span] = []
    for q in a.quotes:
        spans.append(Span(q.start, q.end, "hl-quote",
                          f"quote{' (indirect)' if not q.direct else ''} — speaker: {q.speaker or 'unknown'}"))
        if q.speaker_start is not None and q.speaker_end is not None:
            spans.append(Span(q.speaker_start, q.speaker_end, "hl-speaker", f"speaker of a quote: {q.speaker or ''}"))
    for m in a.mentions:
        title = f"{m.label}: {m.text}"
        ent = ents.get(m.entity_id or "")
        if ent is not None:
            extra = ", ".join(x for x in (ent.sector, ent.admin1, ent.country) if x)
            title = f"{m.label}: {ent.name}" + (f" ({extra})" if extra else "")
        spans.append(Span(m.start, m.end, f"hl-ent hl-{m.label.lower()}", title))
    for t in a.timexes:
        rng = ""
        if t.date_start:
            rng = f" = {t.date_start}" + (f"..{t.date_end}" if t.date_end and t.date_end != t.date_start else "")
        spans.append(Span(t.start, t.end, "hl-time", f"{t.type} {t.value}{rng}" + (f" ({t.mod})" if t.mod else "")))
    for n in a.quantities:
        val = _fmt_num(n.value) + (f"–{_fmt_num(n.value_max)}" if n.value_max is not None else "")
        extra = " ".join(x for x in (n.unit or "", f"({n.qualifier})" if n.qualifier else "") if x)
        spans.append(Span(n.start, n.end, "hl-num", f"{n.kind}: {val} {extra}".strip()))
    for e in a.events:
        spans.append(Span(e.trigger_start, e.trigger_end, "hl-event", event_title(e)))
    return spans


def evidence_spans(a: Article | None, e: Event) -> list[Span]:
    """What the cluster page marks in an evidence sentence: trigger, actors, targets,
    place, date expressions and casualty figures."""
    spans = [Span(e.trigger_start, e.trigger_end, "hl-event", event_title(e))]
    for role, people in (("actor", e.actors), ("target", e.targets)):
        for p in people:
            if p.start is not None and p.end is not None:
                spans.append(Span(p.start, p.end, f"hl-{role}", _participant_title(role, p)))
    loc = e.location
    if loc is not None and loc.start is not None and loc.end is not None:
        where = ", ".join(x for x in (loc.name, loc.admin1, loc.country) if x)
        spans.append(Span(loc.start, loc.end, "hl-place", f"place: {where} ({loc.precision or '?'})"))
    for f in e.figures:
        if f.start is not None and f.end is not None:
            spans.append(Span(f.start, f.end, "hl-figure",
                              f"{f.kind}: {f.value}" + (f" ({f.qualifier})" if f.qualifier else "")))
    if a is not None:
        for t in a.timexes:
            if e.sentence_start <= t.start and t.end <= e.sentence_end:
                spans.append(Span(t.start, t.end, "hl-time", f"date: {t.value}"))
    return spans


def sentence_markup(a: Article | None, e: Event) -> Markup:
    """The evidence sentence of ``e`` with its parts highlighted."""
    if a is not None and 0 <= e.sentence_start < e.sentence_end <= len(a.text):
        return render(a.text[e.sentence_start:e.sentence_end], evidence_spans(a, e), base=e.sentence_start)
    return render(e.sentence, evidence_spans(None, e), base=e.sentence_start)


_MARKED = re.compile(r"\[([^\[\]]*)\]")


def snippet_markup(snippet: str) -> Markup:
    """An FTS snippet with ``[match]`` markers: escape it all, then turn balanced markers
    into ``<mark>`` (the markers are the only markup added)."""
    return Markup(_MARKED.sub(r"<mark>\1</mark>", str(escape(snippet))))


def legend() -> Sequence[tuple[str, str]]:
    """(css class, label) for the highlight legend."""
    return [
        ("hl-per", "person"), ("hl-org", "organisation"), ("hl-loc", "place"), ("hl-norp", "group"),
        ("hl-time", "time expression"), ("hl-num", "number"), ("hl-quote", "quote"),
        ("hl-speaker", "speaker"), ("hl-event", "event trigger"),
    ]
