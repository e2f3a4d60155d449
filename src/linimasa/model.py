"""The one document model that flows through every stage.

Every extracted value carries character offsets (``start``/``end``, end exclusive) into
``Article.text`` -- the cleaned body. Stages never pass bare dicts around; they fill the
typed lists on :class:`Article` or return these dataclasses. ``to_dict``/``from_dict``
turn any of them into plain JSON-able data for storage and export.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

T = TypeVar("T")

_SPACE = re.compile(r"\s")

# ---------------------------------------------------------------------------
# Input


@dataclass
class RawDocument:
    """What a reader found: one page, before cleaning.

    ``text`` is set for plain-text pages, ``html`` for HTML pages (a reader may set both
    when a JSON line carries both). ``hints`` are metadata given by the container
    (a JSON line's ``url``/``title``/``published``/``outlet``, a WARC record's URI and date).
    """

    source: str
    kind: str  # "txt" | "html" | "jsonl" | "warc" | "stdin"
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    encoding: str | None = None


@dataclass
class Skip:
    """A recorded drop: an input (or part of one) that could not become an article."""

    source: str
    reason: str
    stage: str = "ingest"


# ---------------------------------------------------------------------------
# Language layer


@dataclass
class Token:
    start: int
    end: int
    text: str


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int = 0
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Quantity:
    """A number in the text. ``value`` is the number it stands for (vague amounts get
    their documented conventional value), ``value_max`` the upper end of a range."""

    start: int
    end: int
    text: str
    value: float | None
    kind: str = "cardinal"  # cardinal | ordinal | percent | range | vague | year | money
    qualifier: str | None = None  # approx | more_than | at_least | at_most | less_than | almost
    value_max: float | None = None
    unit: str | None = None  # the noun that follows ("orang", "tentara", "persen") if any


@dataclass
class TimeExpr:
    """A time expression, normalised TimeML-style.

    ``value`` is the TIMEX3 value ("2020-11-25", "2020-11", "1991", "P44D", "PAST_REF",
    "2020-11-25T15:30"); ``date_start``/``date_end`` the resolved calendar interval
    (ISO days, inclusive) when the expression denotes a date or period."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    granularity: str  # time | day | week | month | year | decade | duration | ref
    date_start: str | None = None
    date_end: str | None = None
    mod: str | None = None  # START | MID | END | SINCE | BEFORE | AFTER | APPROX
    anchored: bool = False  # resolved relative to the publication date


@dataclass
class Entity:
    """A canonical entity: every surface form in every article points to one of these."""

    id: str
    name: str
    label: str  # PER | ORG | LOC | NORP
    country: str | None = None  # ISO 3166-1 alpha-2
    sector: str | None = None  # government | military | police | rebel | civilian | igo | media | company | party | other
    aliases: list[str] = field(default_factory=list)
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    geo_precision: str | None = None  # place | admin | country (LOC entities)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str  # PER | ORG | LOC | NORP
    entity_id: str | None = None
    source: str = "model"  # model | gazetteer | rule


@dataclass
class Quote:
    id: str
    article_id: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_entity_id: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    direct: bool = True


# ---------------------------------------------------------------------------
# Events


@dataclass
class Participant:
    name: str
    entity_id: str | None = None
    country: str | None = None
    sector: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Location:
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None  # place | admin | country
    start: int | None = None
    end: int | None = None
    source: str | None = None  # sentence | context | dateline | article


@dataclass
class Figure:
    """One casualty figure as stated in the text."""

    kind: str  # fatalities | injured | captured | missing | displaced
    value: int
    qualifier: str | None = None
    raw: str = ""
    start: int | None = None
    end: int | None = None


@dataclass
class Event:
    id: str
    article_id: str
    type: str  # PLOVER type, or the non-PLOVER kind's name
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    mode: str | None = None
    kind: str | None = None  # None for political events; e.g. "DISASTER"
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    actors: list[Participant] = field(default_factory=list)
    targets: list[Participant] = field(default_factory=list)
    location: Location | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str | None = None  # day | week | month | year | time
    date_stated: bool = False  # dated by a time expression of its own clause (not context or publication)
    historical: bool = False
    fatalities: int | None = None
    injured: int | None = None
    captured: int | None = None
    missing: int | None = None
    displaced: int | None = None
    figures: list[Figure] = field(default_factory=list)
    claimed_by: str | None = None
    claimed_by_entity_id: str | None = None
    negated: bool = False
    hypothetical: bool = False
    demanded: bool = False
    cluster_id: str | None = None


# ---------------------------------------------------------------------------
# The article


@dataclass
class Article:
    id: str
    source: str
    text: str
    content_hash: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    dateline: str | None = None
    wire_sources: list[str] = field(default_factory=list)
    language: str | None = None
    removed: list[str] = field(default_factory=list)
    status: str = "ok"  # ok | skipped
    skip_reason: str | None = None
    # language layer
    sentences: list[Sentence] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    timexes: list[TimeExpr] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    # events
    events: list[Event] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Across articles


@dataclass
class Passage:
    article_a: str
    start_a: int
    end_a: int
    text_a: str
    article_b: str
    start_b: int
    end_b: int
    text_b: str
    similarity: float


@dataclass
class Family:
    """A syndication family: copies of the same (wire) story."""

    id: str
    article_ids: list[str]
    origin_article_id: str | None = None
    wire_source: str | None = None


@dataclass
class Claim:
    value: int
    qualifier: str | None
    claimed_by: str | None
    article_id: str
    event_id: str


@dataclass
class ClusterFigure:
    kind: str
    value: int | None  # the consensus value (most conservative)
    min: int | None = None
    max: int | None = None
    claims: list[Claim] = field(default_factory=list)


@dataclass
class ConflictValue:
    value: Any
    article_ids: list[str]
    claimed_by: list[str]


@dataclass
class Conflict:
    field: str
    values: list[ConflictValue]


@dataclass
class EventCluster:
    id: str
    type: str
    event_ids: list[str]
    article_ids: list[str]
    kind: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    location: Location | None = None
    actors: list[Participant] = field(default_factory=list)
    targets: list[Participant] = field(default_factory=list)
    independent_sources: int = 0
    summary: str = ""
    historical: bool = False
    figures: list[ClusterFigure] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass
class RunRecord:
    id: str
    started: str
    inputs: list[str]
    finished: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    skips: list[Skip] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Helpers


def content_hash(text: str) -> str:
    """Stable hash of an article's content: whitespace-insensitive, so re-ingesting the
    same page (even re-saved with other line ends) is recognised."""
    h = hashlib.sha256()
    first = True
    pos, n = 0, len(text)
    while pos < n:  # streamed in ~1 MB slices cut at whitespace: no list of every word of a huge page
        cut = n if n - pos <= _HASH_SLICE else _cut_at_space(text, pos + _HASH_SLICE)
        words = text[pos:cut].split()  # str.split and the regex \S+ agree on every code point
        if words:
            if not first:
                h.update(b" ")
            h.update(" ".join(words).encode("utf-8"))
            first = False
        pos = cut
    return h.hexdigest()


_HASH_SLICE = 1 << 20


def _cut_at_space(text: str, pos: int) -> int:
    """The first position at or after ``pos`` that is whitespace (or the end)."""
    m = _SPACE.search(text, pos)
    return m.start() if m else len(text)


def article_id_for(hash_: str) -> str:
    return hash_[:16]


def raw_hash(raw: RawDocument) -> str:
    """The idempotence key of a page: its content (text, else HTML), whatever file it
    came from. ``Article.content_hash`` is this value and ``Article.id`` its prefix."""
    return content_hash(raw.text if raw.text is not None else (raw.html or ""))


_ATOMS = frozenset({str, int, float, bool, type(None)})
_CONVERTERS: dict[type, Callable[[Any], dict[str, Any]]] = {}


def _converter(names: tuple[str, ...]) -> Callable[[Any], dict[str, Any]]:
    """A dataclass -> dict function for one class, built once: its fields read as plain
    attributes, plain values kept inline, anything else through :func:`to_dict` (the way
    :mod:`dataclasses` builds ``__init__``; ~2x faster than a loop over ``getattr``)."""
    items = ", ".join(f"{n!r}: v if (v := o.{n}).__class__ in atoms else to_dict(v)" for n in names)
    scope: dict[str, Any] = {"atoms": _ATOMS, "to_dict": to_dict}
    exec(f"def convert(o):\n    return {{{items}}}\n", scope)  # noqa: S102 - field names of a dataclass
    return scope["convert"]  # type: ignore[no-any-return]


def to_dict(obj: Any) -> Any:
    """Dataclass (or list/dict of them) -> plain JSON-able data.

    Hot path of every store write (an article holds hundreds of tokens): field names are
    looked up once per class, and plain values return at once."""
    cls = obj.__class__
    if cls in _ATOMS:
        return obj
    if cls is list:  # the annotation lists: before the (slower) dataclass test
        atoms = _ATOMS
        return [x if x.__class__ in atoms else to_dict(x) for x in obj]
    conv = _CONVERTERS.get(cls)
    if conv is not None:
        return conv(obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        conv = _CONVERTERS[cls] = _converter(tuple(f.name for f in dataclasses.fields(obj)))
        return conv(obj)
    atoms = _ATOMS  # plain values are kept inline: no call per token field
    if isinstance(obj, (list, tuple)):
        return [x if x.__class__ in atoms else to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: v if v.__class__ in atoms else to_dict(v) for k, v in obj.items()}
    return obj


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(tp):
            if arg is type(None):
                continue
            return _convert(arg, value)
    if origin is list:
        (inner,) = typing.get_args(tp) or (Any,)
        return [_convert(inner, v) for v in value]
    if origin is dict:
        return dict(value)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return from_dict(tp, value)
    return value


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Plain data -> dataclass, recursively; unknown keys are ignored."""
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _convert(hints[f.name], data[f.name])
    return cls(**kwargs)
