"""Numbers and quantities in Indonesian news text.

Digits
    Indonesian separators: ``.`` groups thousands, ``,`` marks decimals -- ``2.000`` = 2000,
    ``0,22`` = 0.22, ``2.500,75`` = 2500.75. Translated wire copy sometimes keeps English
    separators. The rule: a comma followed by *exactly three* digits (``6,500``,
    ``12,345,678``), with no dot in the number, an integer part that does not start with
    ``0``, and no multiplier word after it (``juta``, ``miliar``...) is a thousands separator
    (6500); every other comma is a decimal sign (``1,5 juta`` = 1 500 000, ``0,225`` = 0.225).
    A dot followed by groups of exactly three digits groups thousands; any other dot is a
    decimal point (``3.5`` = 3.5).

Words
    ``dua belas`` 12, ``tiga puluh`` 30, ``seratus`` 100, ``dua ribu`` 2000, ``sebelas`` 11,
    ``seribu`` 1000, ``satu setengah`` 1.5, ``1,5 juta``, ``Rp 2,4 miliar``.

Vague amounts (``kind="vague"``), following ACLED's fatality conventions where they
exist ("dozens" = 12, "hundreds" = 100, "thousands" = 1000), and the lowest value the
word allows otherwise (conservative):

    ==================  ======  ===============================================
    word                value   note
    ==================  ======  ===============================================
    beberapa            3       "a few"; ACLED codes "several" as 10 -- we keep
    sejumlah            3       the conservative Indonesian reading
    belasan             11      "teens"
    puluhan             12      ACLED "dozens"
    ratusan             100     ACLED "hundreds"
    ribuan              1000    ACLED "thousands"
    puluhan ribu        10000   vague word + multiplier: the multiplier times
    ratusan ribu        100000  10 (puluhan), 100 (ratusan), ... -- the lowest
    jutaan              1e6     value the phrase allows
    seratusan, 20-an    100, 20 about that number: ``qualifier="approx"``
    ==================  ======  ===============================================

Qualifiers (``qualifier``): sekitar / kurang lebih / kira-kira / ± -> approx; lebih dari /
... lebih (after the noun) -> more_than; setidaknya / sedikitnya / minimal / paling sedikit /
sekurang-kurangnya -> at_least; hampir / nyaris -> almost; kurang dari -> less_than;
maksimal / paling banyak / sebanyak-banyaknya -> at_most.

Kinds: cardinal (also ``ketiganya``: all three of them), ordinal (``ke-12``, ``kedua``, ``pertama``), percent (``%``, ``persen``),
range (``1992-1994``, ``10-15 orang``, ``antara 10 hingga 20``: ``value``..``value_max``),
vague, year (a bare 1900-2099 not followed by a count noun), money (``Rp``, ``US$``,
``dolar``...). ``unit`` is the lower-case noun that follows (``orang``, ``tentara``...).
Numbers inside dates (``25/11/2020``) and clock times (``pukul 15.30``) are left to the
time-expression finder.
"""

from __future__ import annotations

import bisect
import re

from ..model import Quantity, Sentence, Token
from .lexicon import COUNT_NOUNS, MONTHS, MULTIPLIERS, NUMBER_WORDS, ORDINAL_WORDS, STOP_WORDS, words
from .sentences import Words, tokenize

VAGUE: dict[str, float] = {
    "beberapa": 3.0, "sejumlah": 3.0, "belasan": 11.0, "puluhan": 12.0, "ratusan": 100.0,
    "ribuan": 1000.0, "jutaan": 1e6, "miliaran": 1e9,
}
_VAGUE_FLOOR: dict[str, float] = {"belasan": 11.0, "puluhan": 10.0, "ratusan": 100.0, "ribuan": 1000.0}
_APPROX_WORDS: dict[str, float] = {"seratusan": 100.0, "seribuan": 1000.0, "sepuluhan": 10.0}

_QUALIFIERS: list[tuple[tuple[str, ...], str]] = sorted(
    [
        (("sekitar",), "approx"), (("kurang", "lebih"), "approx"), (("kira-kira",), "approx"),
        (("kurang", "dari"), "less_than"), (("lebih", "dari"), "more_than"),
        (("setidaknya",), "at_least"), (("sedikitnya",), "at_least"), (("minimal",), "at_least"),
        (("paling", "sedikit"), "at_least"), (("sekurang-kurangnya",), "at_least"),
        (("sekurangnya",), "at_least"), (("hampir",), "almost"), (("nyaris",), "almost"),
        (("maksimal",), "at_most"), (("paling", "banyak"), "at_most"),
        (("sebanyak-banyaknya",), "at_most"), (("±",), "approx"), (("lebih", "kurang"), "approx"),
    ],
    key=lambda q: -len(q[0]),
)
# the qualifiers by their last word, longest first (as in _QUALIFIERS)
_QUALIFIERS_BY_LAST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _q in _QUALIFIERS:
    _QUALIFIERS_BY_LAST.setdefault(_q[0][-1], []).append(_q)

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")
_ORD_DIGITS = re.compile(r"^ke-?(\d+)$", re.IGNORECASE)
_DECADE = re.compile(r"^(\d+)-an$", re.IGNORECASE)
_WORD_PARTS = frozenset(NUMBER_WORDS) | frozenset(MULTIPLIERS) | {"seribu", "sejuta"}
_TRIGGERS = frozenset(VAGUE) | frozenset(_APPROX_WORDS) | _WORD_PARTS | frozenset(ORDINAL_WORDS) \
    | frozenset(w + "nya" for w in ORDINAL_WORDS if w != "pertama")  # "ketiganya": all three of them
_RANGE_LINKS = frozenset({"-", "–", "—", "hingga", "sampai", "dan", "s/d", "atau"})
_CURRENCY = {"rp": "IDR", "rp.": "IDR", "us$": "USD", "$": "USD", "€": "EUR", "usd": "USD", "idr": "IDR"}
_MONEY_UNITS = frozenset({"dolar", "rupiah", "euro", "yen", "yuan", "ringgit", "riyal", "pound"})
_BEFORE_NP = words("di ke dari pada bagi untuk oleh antara dan dengan kepada atas bahwa serta maupun")
_TIME_CUES = frozenset({"pukul", "jam", "pkl", "pkl."})
_WORD_SPLIT = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*|\S")


def _digits_value(s: str, before_multiplier: bool = False) -> float | None:
    """``2.000`` -> 2000, ``0,22`` -> 0.22, ``6,500`` -> 6500 (see the module docstring)."""
    if "." in s and "," in s:
        # Indonesian 2.500,75 (or English 2,500.75: whichever sign comes last is decimal)
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        parts = s.split(",")
        english = (not before_multiplier and all(len(p) == 3 for p in parts[1:])
                   and not parts[0].startswith("0") and len(parts[0]) <= 3)
        s = s.replace(",", "") if english else (s.replace(",", ".") if len(parts) == 2 else "")
    elif "." in s:
        parts = s.split(".")
        if all(len(p) == 3 for p in parts[1:]) and len(parts[0]) <= 3 and not (
                parts[0] == "0" and len(parts) == 2):
            s = s.replace(".", "")
        elif len(parts) != 2:
            return None
    try:
        return float(s)
    except ValueError:
        return None


def _words_value(words: list[str]) -> float | None:
    """Indonesian number words -> value (``dua ribu lima ratus`` -> 2500)."""
    total = 0.0
    group = 0.0
    last = 0.0
    seen = False
    for w in words:
        if w in ("setengah", "separuh"):
            last = last + 0.5 if (last or group or total) else 0.5
        elif w == "belas":
            group += last + 10
            last = 0.0
        elif w == "puluh":
            group += last * 10
            last = 0.0
        elif w == "ratus":
            group += last * 100
            last = 0.0
        elif w in MULTIPLIERS:
            total += (group + last or 1) * MULTIPLIERS[w]
            group = last = 0.0
        elif w == "seribu":
            total += 1000
        elif w == "sejuta":
            total += 1_000_000
        elif w in ("sepuluh", "sebelas", "seratus"):
            group += NUMBER_WORDS[w]
        elif w in NUMBER_WORDS:
            last += NUMBER_WORDS[w]
        else:
            return None
        seen = True
    return total + group + last if seen else None


def parse_number(s: str) -> float | None:
    """The value of a numeric phrase: digits, words, multipliers, a currency or vague word.

    ``parse_number("1,5 juta")`` -> 1500000.0, ``"Rp 2,4 miliar"`` -> 2.4e9,
    ``"dua belas"`` -> 12.0, ``"puluhan"`` -> 12.0; ``None`` when it is not a number."""
    parts = [p.lower() for p in _WORD_SPLIT.findall(s.strip())]
    while parts and (parts[0] in _CURRENCY or parts[0] in {"us", "$", "."}):
        parts = parts[1:]
    while parts and (parts[-1] in ("%", "persen") or parts[-1] in _MONEY_UNITS):
        parts = parts[:-1]
    if not parts:
        return None
    if len(parts) == 1 and parts[0] in VAGUE:
        return VAGUE[parts[0]]
    if len(parts) == 2 and parts[0] in _VAGUE_FLOOR and parts[1] in MULTIPLIERS:
        return _VAGUE_FLOOR[parts[0]] * MULTIPLIERS[parts[1]]
    if parts[0] in _APPROX_WORDS and len(parts) == 1:
        return _APPROX_WORDS[parts[0]]
    if _DIGITS.match(parts[0]):
        mult = 1.0
        rest = parts[1:]
        if rest and rest[0] in MULTIPLIERS:
            mult = float(MULTIPLIERS[rest[0]])
            rest = rest[1:]
        if rest:
            return None
        v = _digits_value(parts[0], before_multiplier=mult != 1.0)
        return None if v is None else v * mult
    if all(p in _WORD_PARTS for p in parts):
        return _words_value(parts)
    return None


def _qualifier_before(lows: list[str], i: int) -> tuple[str | None, int]:
    """A qualifier ending just before token ``i`` (``lows``: the lower-cased tokens): (flag,
    index of its first token)."""
    cands = _QUALIFIERS_BY_LAST.get(lows[i - 1]) if i else None
    if cands is None:
        return None, i
    low = lows[max(0, i - 3):i]
    for phrase, flag in cands:
        n = len(phrase)
        if len(low) >= n and tuple(low[-n:]) == phrase:
            return flag, i - n
    return None, i


def _is_num_token(t: str) -> bool:
    return bool(_DIGITS.match(t))


class _OpensNumber(dict[str, bool]):
    """Whether a word form can open a number expression (bounded cache)."""

    def __missing__(self, word: str) -> bool:
        low = word.lower()
        opens = low[0].isdigit() or low in _TRIGGERS or low.startswith("ke-")
        if len(self) < 100_000:
            self[word] = opens
        return opens


_OPENS_NUMBER = _OpensNumber()


def _sentence_quantities(text: str, toks: list[Token], ws: list[str], lows: list[str] | None = None) -> list[Quantity]:
    """The quantities of one sentence: its tokens, their texts ``ws`` and (or None) lower-cased ``lows``."""
    out: list[Quantity] = []
    # only tokens that can open a number expression are visited
    opens = _OPENS_NUMBER
    starts = [i for i, w in enumerate(ws) if opens[w]]
    if not starts:
        return out
    n = len(toks)
    if lows is None:
        lows = list(map(str.lower, ws))
    i = 0
    while i < n:
        k = bisect.bisect_left(starts, i)
        if k == len(starts):
            break
        i = starts[k]
        low = lows[i]
        tok = toks[i]
        prev = lows[i - 1] if i else ""
        start_i = i
        end_i = i  # last token index of the number expression
        kind = "cardinal"
        value: float | None = None
        value_max: float | None = None
        qualifier: str | None = None
        unit: str | None = None
        if _is_num_token(tok.text):
            nxt = lows[i + 1] if i + 1 < n else ""
            if len(tok.text) == 4 and i + 4 < n and nxt == "-" and lows[i + 3] == "-" \
                    and toks[i + 4].end - tok.start == 10:  # an ISO date: 2020-11-10
                i += 5
                continue
            if prev in _TIME_CUES or nxt in (":", "/") or prev == "/" or (len(tok.text) <= 2 and (
                    nxt.rstrip(".") in MONTHS or prev.rstrip(".") in MONTHS)):  # "27 September", "November 10"
                i += 1
                continue
            mult = 1.0
            if i + 1 < n and lows[i + 1] in MULTIPLIERS:
                mult = float(MULTIPLIERS[lows[i + 1]])
                end_i = i + 1
            v = _digits_value(tok.text, before_multiplier=mult != 1.0)
            if v is None:
                i += 1
                continue
            value = v * mult
            if prev in _CURRENCY or (prev == "$" and i > 1 and lows[i - 2] == "us"):
                kind, unit = "money", _CURRENCY.get(prev, "USD")
                start_i = i - 1 if prev != "$" or lows[i - 2] != "us" else i - 2
            elif ("." not in tok.text and "," not in tok.text and mult == 1.0 and len(tok.text) == 4
                    and 1900 <= value <= 2099):
                kind = "year"
        elif _ORD_DIGITS.match(tok.text):
            kind, value = "ordinal", float(_ORD_DIGITS.match(tok.text).group(1))  # type: ignore[union-attr]
        elif low in ORDINAL_WORDS:
            value = float(ORDINAL_WORDS[low])
            nxt = toks[i + 1].text if i + 1 < n else ""
            # "kedua negara" = both countries (a count); "hari kedua" = the second day
            collective = prev in _BEFORE_NP or (i == 0) or toks[i - 1].text[:1] in "\"“(,"
            kind = "cardinal" if (low != "pertama" and nxt[:1].islower() and nxt.isalpha()
                                  and collective) else "ordinal"
        elif low.endswith("nya") and low[:-3] in ORDINAL_WORDS and low != "pertamanya":
            kind, value = "cardinal", float(ORDINAL_WORDS[low[:-3]])  # "ketiganya": all three of them
        elif _DECADE.match(tok.text):
            value, qualifier = float(_DECADE.match(tok.text).group(1)), "approx"  # type: ignore[union-attr]
        elif low in VAGUE:
            kind, value = "vague", VAGUE[low]
            if low in _VAGUE_FLOOR and i + 1 < n and lows[i + 1] in MULTIPLIERS:
                value = _VAGUE_FLOOR[low] * MULTIPLIERS[lows[i + 1]]
                end_i = i + 1
        elif low in _APPROX_WORDS:
            value, qualifier = _APPROX_WORDS[low], "approx"
        elif low in _WORD_PARTS and not (low == "satu" and prev in ("salah", "per")):
            j = i
            while j + 1 < n and lows[j + 1] in _WORD_PARTS:
                j += 1
            words = lows[i:j + 1]
            value = _words_value(words)
            end_i = j
            if value is None:
                i = j + 1
                continue
        else:
            i += 1
            continue
        # ranges: 10-15, 1992-1994, antara 10 hingga 20
        k = end_i + 1
        if (kind in ("cardinal", "year") and k + 1 < n and lows[k] in _RANGE_LINKS
                and _is_num_token(toks[k + 1].text)):
            link = lows[k]
            hyphen = link in ("-", "–", "—") and toks[k].start == toks[end_i].end
            if hyphen or (link in ("hingga", "sampai", "s/d") or
                          (link == "dan" and prev == "antara")):
                v2 = _digits_value(toks[k + 1].text)
                if v2 is not None and value is not None and v2 > value:
                    end_i = k + 1
                    if end_i + 1 < n and lows[end_i + 1] in MULTIPLIERS:
                        m = MULTIPLIERS[lows[end_i + 1]]
                        end_i += 1
                        value, v2 = value * m, v2 * m
                    kind, value_max = "range", v2
        # percent / unit
        k = end_i + 1
        if k < n and lows[k] in ("%", "persen"):
            kind = "percent" if kind != "range" else kind
            unit = "persen"
            end_i = k
        elif kind not in ("money", "ordinal") and k < n and low[:-3] not in ORDINAL_WORDS:  # ("ketiganya ditangkap": a pronoun, no unit)
            w = toks[k].text
            wl = w.lower()
            if w[:1].islower() and w.replace("-", "").isalpha() and wl not in STOP_WORDS:
                unit = wl
                if wl in _MONEY_UNITS:
                    kind = "money"
        if kind == "year":
            if unit is not None and unit in COUNT_NOUNS and prev != "tahun":
                kind = "cardinal"  # "2000 orang"
            else:
                unit = None
        # qualifiers
        if qualifier is None:
            qualifier, _ = _qualifier_before(lows, start_i)
        if prev == "antara" and kind == "range":
            start_i -= 1
        if qualifier is None and unit is not None and end_i + 2 < n and lows[end_i + 2] == "lebih":
            qualifier = "more_than"
        s, e = toks[start_i].start, toks[end_i].end
        out.append(Quantity(start=s, end=e, text=text[s:e], value=value, kind=kind, qualifier=qualifier,
                            value_max=value_max, unit=unit))
        i = end_i + 1
    return out


def find_quantities(text: str, sentences: list[Sentence] | None = None, words: Words | None = None) -> list[Quantity]:
    """Every number in ``text`` (see the module docstring), in text order. ``words``: the
    :class:`~linimasa.nlp.sentences.Words` of ``sentences``, when the caller has them."""
    if sentences is None:
        toks = tokenize(text)
        return _sentence_quantities(text, toks, [t.text for t in toks])
    out: list[Quantity] = []
    if words is None:
        for sent in sentences:
            out.extend(_sentence_quantities(text, sent.tokens, [t.text for t in sent.tokens]))
        return out
    for sent, ws, lows in zip(sentences, words.texts, words.lows, strict=True):
        out.extend(_sentence_quantities(text, sent.tokens, ws, lows))
    return out
