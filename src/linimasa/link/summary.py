"""One-line summary of a cluster, e.g.
``ASSAULT: militer Armenia vs warga sipil — Nagorno-Karabakh — 3 tewas``."""

from __future__ import annotations

from ..model import EventCluster

WORDS = {
    "id": {"fatalities": "tewas", "injured": "luka-luka", "captured": "ditangkap", "missing": "hilang",
           "displaced": "mengungsi", "and": "dan"},
    "en": {"fatalities": "killed", "injured": "injured", "captured": "captured", "missing": "missing",
           "displaced": "displaced", "and": "and"},
}


def _names(ps: list, limit: int = 2) -> str:  # type: ignore[type-arg]
    names = [p.name for p in ps[:limit]]
    more = len(ps) - limit
    return ", ".join(names) + (f" +{more}" if more > 0 else "")


def figures_text(c: EventCluster, lang: str = "id") -> str:
    w = WORDS.get(lang, WORDS["id"])
    parts = []
    for f in c.figures:
        if f.value is None:
            continue
        rng = f"{f.min}–{f.max}" if f.min is not None and f.max is not None and f.min != f.max else ""
        parts.append(f"{f.value}{' (' + rng + ')' if rng else ''} {w.get(f.kind, f.kind)}")
    return ", ".join(parts)


def summarize(c: EventCluster, lang: str = "id") -> str:
    head = c.type if not c.kind or c.kind == c.type else f"{c.kind}"
    who = _names(c.actors)
    whom = _names(c.targets)
    what = who + (f" vs {whom}" if whom else "") if who else (whom and f"→ {whom}")
    parts = [f"{head}: {what}" if what else head]
    if c.location is not None and c.location.name:
        parts.append(c.location.name)
    figs = figures_text(c, lang)
    if figs:
        parts.append(figs)
    return " — ".join(parts)
