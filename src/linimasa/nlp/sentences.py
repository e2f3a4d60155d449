"""Tokens and sentences with character offsets, tuned to Indonesian news.

One compiled pattern finds tokens; the splitter then walks them once.

Tokens: ``25/11/2020`` (dates), ``2.000``/``0,22``/``6,500`` (numbers with separators),
``Nagorno-Karabakh``/``orang-orang``/``ke-12`` (hyphenated words), ``S.H.``/``a.n.``
(dotted initialisms) and ``Jl.``/``dr.``/``Brigjen``/``Pol.``/``dll.`` (known abbreviations,
see :data:`~linimasa.nlp.lexicon.ABBREVIATIONS`; a lone capital with a dot such as ``H.``
is an initial) are each one token; any other non-space character is a token of its own.

Sentences: a paragraph (a line of the text) is always a boundary, so a headline without
final punctuation stands alone. Inside a paragraph a sentence ends at ``.``, ``!``, ``?``
or ``…`` (plus any closing quote or bracket) when the next token starts with a capital,
a digit or an opening quote -- but never inside an open quotation, so a quote that spans
several sentences stays one sentence with its attribution. Abbreviations never end a
sentence, except list enders (``dll.``, ``dsb.``, ``dst.``, ``dkk.``) before a capital.
"""

from __future__ import annotations

import re

from ..model import Sentence, Token
from .lexicon import ABBREVIATIONS

_TOKEN = re.compile(
    r"""
    (?:https?://|www\.)\S+[^\s.,;:!?)"'”’]           # url
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                     # e-mail
    | \d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])           # 25/11/2020, 24/11
    | \d+(?:[.,:]\d+)*                                 # 2.000  0,22  15.30
    | (?:[A-Za-z]\.){2,}                               # S.H.  a.n.  U.S.
    | [^\W_]+(?:[-'’][^\W_]+)*                         # words, Nagorno-Karabakh, ke-12, Jum'at
    | \.{3}                                            # ellipsis
    | \S                                               # any other single character
    """,
    re.VERBOSE,
)

_LIST_ENDERS = frozenset({"dll", "dsb", "dst", "dkk", "etc"})
_FINAL = frozenset({".", "!", "?", "…", "..."})
_CLOSERS = frozenset({")", "]", "’", "'"})
_OPEN_QUOTES = frozenset({"“", "«"})
_CLOSE_QUOTES = frozenset({"”", "»"})
_PARAGRAPH = re.compile(r"[^\n]+")


def tokenize(text: str, offset: int = 0, stop: int | None = None) -> list[Token]:
    """Tokens of ``text[offset:stop]`` with offsets into ``text``."""
    toks: list[Token] = []
    stop = len(text) if stop is None else stop
    for m in _TOKEN.finditer(text, offset, stop):
        s, e = m.span()
        word = m.group()
        if e < stop and text[e] == "." and word[0].isalpha() and "-" not in word and (
            word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper())
        ):
            # "Jl." / "H." keep their period; a following token may re-start there otherwise.
            toks.append(Token(s, e + 1, text[s:e + 1]))
            continue
        if toks and toks[-1].end > s:  # a period already eaten by the abbreviation before
            continue
        toks.append(Token(s, e, word))
    return toks


def _starts_sentence(tok: Token) -> bool:
    c = tok.text[0]
    return c.isupper() or c.isdigit() or c in "\"“'‘(["


def _is_abbrev_end(tok: Token) -> bool:
    """An abbreviation token that may also close a sentence (``dll.``)."""
    return tok.text.endswith(".") and tok.text[:-1].lower() in _LIST_ENDERS


def split_sentences(text: str) -> list[Sentence]:
    """Sentences (with their tokens and paragraph index) of a whole article body."""
    sentences: list[Sentence] = []
    para = -1
    for pm in _PARAGRAPH.finditer(text):
        if not pm.group().strip():
            continue
        para += 1
        toks = tokenize(text, pm.start(), pm.end())
        if not toks:
            continue
        in_straight = False
        curly = 0
        begin = 0
        n = len(toks)
        for i, tok in enumerate(toks):
            t = tok.text
            if t == '"':
                in_straight = not in_straight
            elif t in _OPEN_QUOTES:
                curly += 1
            elif t in _CLOSE_QUOTES:
                curly = max(0, curly - 1)
            if i + 1 >= n:
                break
            quoted = in_straight or curly > 0
            if quoted:
                continue
            prev = toks[i - 1].text if i else ""
            if t in _FINAL or _is_abbrev_end(tok):
                nxt = toks[i + 1]
                if nxt.text in _CLOSERS or nxt.text in _CLOSE_QUOTES:
                    continue  # the closer ends the sentence (branch below)
                if _starts_sentence(nxt):
                    sentences.append(_make(text, toks[begin:i + 1], para))
                    begin = i + 1
            elif (t == '"' or t in _CLOSE_QUOTES or t in _CLOSERS) and prev in _FINAL \
                    and _starts_sentence(toks[i + 1]):
                sentences.append(_make(text, toks[begin:i + 1], para))
                begin = i + 1
        if begin < n:
            sentences.append(_make(text, toks[begin:], para))
    return sentences


def _make(text: str, toks: list[Token], para: int) -> Sentence:
    s, e = toks[0].start, toks[-1].end
    return Sentence(start=s, end=e, text=text[s:e], paragraph=para, tokens=toks)
