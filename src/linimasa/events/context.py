"""A per-sentence view the event stages share: lower-cased tokens, clitics split off,
countries and named mentions located by token index. Built once per sentence that
has a trigger or a casualty cue."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any, Final

from ..model import Entity, Mention, Sentence, Token
from ..nlp.ner_rules import initials_at
from .words import CLITICS, PUNCT_BOUNDARY, SUBORDINATORS

_TOKEN: Final = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:[-'’][^\W_]+)*|\S")


def tokenize(text: str, offset: int) -> list[Token]:
    """Fallback tokenizer when the language layer left a sentence without tokens."""
    return [Token(offset + m.start(), offset + m.end(), m.group()) for m in _TOKEN.finditer(text)]


_CLITIC_CACHE: dict[str, tuple[str, bool]] = {}
_CLITIC_MIN: Final = 4 + min(len(c) for c in CLITICS)  # shorter words keep their ending (see _strip)
# the clitics are all three letters long, so a word ends in one when its last three letters are one
# (a set lookup, several times cheaper than str.endswith over the tuple, and asked of every word)
_CLITIC_TAILS: Final = frozenset(CLITICS)
assert {len(c) for c in CLITICS} == {3}, "_has_clitic reads the last three letters"


def _has_clitic(w: str) -> bool:
    """Long enough to lose a clitic (see _strip) and ending in one."""
    return len(w) >= _CLITIC_MIN and w[-3:] in _CLITIC_TAILS


def strip_clitic(word: str) -> tuple[str, bool]:
    """("militernya" -> "militer", True); short words are left alone."""
    hit = _CLITIC_CACHE.get(word)
    if hit is not None:
        return hit
    hit = _strip(word)
    if len(_CLITIC_CACHE) < 200_000:
        _CLITIC_CACHE[word] = hit
    return hit


def _strip(word: str) -> tuple[str, bool]:
    for c in CLITICS:
        if word.endswith(c) and len(word) - len(c) >= 4:
            return word[: -len(c)], c == "nya"
    return word, False


@dataclass
class SentView:
    sent: Sentence
    index: int
    toks: list[Token]
    low: list[str]
    base: list[str]
    nya: list[bool]
    countries: dict[int, tuple[int, str]] = field(default_factory=dict)  # start tok -> (end tok, iso2)
    mentions: dict[int, tuple[int, Mention]] = field(default_factory=dict)  # start tok -> (end, mention)
    cut: int | None = -1  # start of a post-posed attribution (", kata X"); -1: not computed
    source: str | None = ""  # the sentence-wide source (cue or source preposition); "": not computed
    hazard: bool = False  # a disaster was told earlier in the article (set by extraction)

    # (written out: a dataclass's generated __init__ runs interpreted even compiled, and this one is hot)
    def __init__(self, sent: Sentence, index: int, toks: list[Token], low: list[str], base: list[str],
                 nya: list[bool], countries: dict[int, tuple[int, str]] | None = None,
                 mentions: dict[int, tuple[int, Mention]] | None = None, cut: int | None = -1,
                 source: str | None = "", hazard: bool = False) -> None:
        self.sent, self.index, self.toks, self.low, self.base, self.nya = sent, index, toks, low, base, nya
        self.countries = {} if countries is None else countries
        self.mentions = {} if mentions is None else mentions
        self.cut, self.source, self.hazard = cut, source, hazard

    def text(self, i: int, j: int) -> str:
        """Source text of tokens i..j-1."""
        if i >= j:
            return ""
        return self.sent.text[self.toks[i].start - self.sent.start: self.toks[j - 1].end - self.sent.start]

    def is_boundary(self, i: int) -> bool:
        return self.low[i] in SUBORDINATORS or self.low[i] in PUNCT_BOUNDARY

    def country_at(self, i: int) -> tuple[int, str] | None:
        return self.countries.get(i)


_FIRST: dict[int, frozenset[str]] = {}


def _first_words(countries: dict[tuple[str, ...], str]) -> frozenset[str]:
    key = id(countries)
    if key not in _FIRST:
        _FIRST[key] = frozenset(k[0] for k in countries)
    return _FIRST[key]


def words_of(sent: Sentence) -> tuple[list[Token], list[str]]:
    """A sentence's tokens (the fallback tokenizer's when it has none) and their lower case."""
    toks = sent.tokens or tokenize(sent.text, sent.start)
    return toks, [t.text.lower() for t in toks]


def _base_of(w: str) -> tuple[str, bool]:
    return strip_clitic(w) if _has_clitic(w) else (w, False)


def find_countries(toks: list[Token], low: list[str],
                   countries: dict[tuple[str, ...], str]) -> dict[int, tuple[int, str]]:
    """Capitalised country names by token: start -> (end, iso2); longest name first, a
    bare name may carry -lah/-kah/-pun (not -nya)."""
    out: dict[int, tuple[int, str]] = {}
    first = _first_words(countries)
    if first.isdisjoint(low):
        return out
    n = len(low)
    free = 0  # tokens before this one are inside a country name already
    for i in [i for i, w in enumerate(low) if w in first]:
        if i < free or not toks[i].text[:1].isupper() or initials_at(toks, low, i):
            continue
        for k in (4, 3, 2, 1):
            if i + k <= n:
                code = countries.get(tuple(low[i:i + k]))
                if code is None and k == 1:
                    base, nya = _base_of(low[i])
                    code = countries.get((base,)) if nya is False else None
                if code is not None:
                    out[i] = (i + k, code)
                    free = i + k
                    break
    return out


def make_view(sent: Sentence, index: int, countries: dict[tuple[str, ...], str],
              mentions: list[Mention], words: tuple[list[Token], list[str]] | None = None) -> SentView:
    """The view of one sentence (``words``: :func:`words_of` of it, when already taken)."""
    toks, low = words or words_of(sent)
    base = low[:]
    nya = [False] * len(low)
    for k in [k for k, w in enumerate(low) if _has_clitic(w)]:
        base[k], nya[k] = strip_clitic(low[k])
    view = SentView(sent, index, toks, low, base, nya, find_countries(toks, low, countries))
    if mentions:
        n = len(low)
        starts = [t.start for t in toks]
        for m in mentions:
            if m.start < sent.start or m.end > sent.end:
                continue
            a = bisect.bisect_left(starts, m.start)
            b = bisect.bisect_left(starts, m.end)
            if a < n and starts[a] == m.start and b > a and toks[b - 1].end == m.end:
                view.mentions[a] = (b, m)
    return view


def entity_map(entities: list[Entity]) -> dict[str, Entity]:
    return {e.id: e for e in entities}


def by_sentence(items: list[Any], sents: list[Sentence]) -> list[list[Any]]:
    """``items`` (with a ``start``) grouped by the sentence they start in."""
    starts = [s.start for s in sents]
    ends = [s.end for s in sents]
    n = len(sents)
    out: list[list[Any]] = [[] for _ in sents]
    k = 0
    for it in items:
        at: int = it.start
        # k: the last sentence starting at or before the item (bisect_right - 1); items mostly come
        # in text order, so the previous item's sentence or the next one is tried before a search
        if not (0 <= k < n and starts[k] <= at and (k + 1 == n or at < starts[k + 1])):
            if k + 1 < n and starts[k + 1] <= at and (k + 2 == n or at < starts[k + 2]):
                k += 1
            else:
                k = bisect.bisect_right(starts, at) - 1
        if 0 <= k < n and at < ends[k]:
            out[k].append(it)
    return out
