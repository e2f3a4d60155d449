"""Tokens and sentences with character offsets, tuned to Indonesian news.

The text is cut at whitespace (``str.split``: no token spans any) and one compiled pattern finds
the tokens of every piece that is not a plain word; the splitter then walks them once.

Tokens: ``25/11/2020`` (dates), ``Kompas.com``/``TEMPO.CO`` (site names), ``2.000``/``0,22``/``6,500`` (numbers with separators),
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
from bisect import bisect_right
from typing import NamedTuple

from ..model import Sentence, Token
from .lexicon import ABBREVIATIONS


def _abbrev_dot() -> str:
    """A period that belongs to the word before it: one lookbehind per abbreviation
    length (each fixed-width), tried only where a word is followed by a period."""
    by_len: dict[int, list[str]] = {}
    for a in ABBREVIATIONS:
        if "." not in a:
            by_len.setdefault(len(a), []).append(re.escape(a))
    looks = [rf"(?<=\b(?i:{'|'.join(sorted(v))})\.)" for _, v in sorted(by_len.items())]
    looks.append(r"(?<=\b[A-Z]\.)")  # an initial: H.
    return rf"\.(?:{'|'.join(looks)})"


_DOMAIN = r"\.(?i:co\.id|go\.id|ac\.id|or\.id|com|net|org|id|tv|info|news|co)(?![\w.])"
# One token with the whitespace before it: the tokens of a text are its matches one after
# another (nothing else lies between them), so one findall finds them all and their offsets
# are the running sum of the lengths. The first three branches are shortcuts for the common case
# that give what the full branches below give there: a run of letters (ASCII ones first: a
# cheaper test per character) before a space or a plain punctuation mark (no URL, Rp,
# initialism, hyphen, apostrophe, address, domain or abbreviation can follow), and a run of
# digits that no separator or slash continues. Their runs are possessive (``++``): a shorter
# run would end before a letter or digit, which the lookahead rejects anyway, so giving up at
# once changes no token and saves trying the lookahead at every shorter length.
_CHUNK = re.compile(
    rf"""
    \s*
    (?:[A-Za-z]++(?=[\s,;!?)"”(])                      # shortcut: a plain ASCII word
    | [^\W\d_]++(?=[\s,;!?)"”(])                      # shortcut: a plain word
    | \d++(?![\d/.,:])                                # shortcut: a plain number
    | (?:https?://|www\.)\S+[^\s.,;:!?)"'”’]           # url
    | \d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?(?![\d/])         # 25/11/2020, 24/11
    | \d+(?:[.,:]\d+)*                                 # 2.000  0,22  15.30
    | (?i:rp)\.?(?=\d)                                 # the Rp of Rp2,4 miliar
    | (?:[A-Za-z]\.){{2,}}                             # S.H.  a.n.  U.S.
    | [^\W_]+(?:[-'’][^\W_]+)*(?:@[\w-]+(?:\.[\w-]+)+|{_DOMAIN}|{_abbrev_dot()})?  # words, Jl., mail, Kompas.com
    | \.{{3}}                                          # ellipsis
    | \S                                               # any other single character
    )""",
    re.VERBOSE,
)

_LIST_ENDERS = frozenset({"dll", "dsb", "dst", "dkk", "etc"})
_FINAL = frozenset({".", "!", "?", "…", "..."})
_CLOSERS = frozenset({")", "]", "’", "'"})
_OPEN_QUOTES = frozenset({"“", "«"})
_CLOSE_QUOTES = frozenset({"”", "»"})


def _chunks(text: str, offset: int = 0, stop: int | None = None) -> tuple[list[int], list[str], list[Token]]:
    r"""The end offsets, token texts and tokens of the matches of :data:`_CHUNK` in ``text[offset:stop]``.

    No token spans whitespace and none is decided by what lies beyond the whitespace around it
    (at the end of a piece, :data:`_CHUNK`'s lookaheads see the end of the string, which they
    treat as whitespace), so the text is cut at whitespace first (``str.split``: fast) and the
    pattern runs over each piece alone -- except a piece of letters alone (``isalpha``) or letters
    and one closing mark (``kata,``), the most common ones, which are one word (the
    ``[^\W\d_]`` shortcut) and that mark: they need no pattern."""
    ends: list[int] = []
    words: list[str] = []
    tokens: list[Token] = []
    pos = offset
    for piece in (text[offset:stop] if offset or stop is not None else text).split():
        start = text.find(piece, pos)  # only whitespace lies between ``pos`` and the piece
        pos = start + len(piece)
        if piece.isalpha():
            ends.append(pos)
            words.append(piece)
            tokens.append(Token(start, pos, piece))
        elif piece[-1] in _MARK_AFTER_WORD and piece[:-1].isalpha():
            ends.append(pos - 1)
            words.append(piece[:-1])
            tokens.append(Token(start, pos - 1, piece[:-1]))
            ends.append(pos)
            words.append(piece[-1])
            tokens.append(Token(pos - 1, pos, piece[-1]))
        else:
            for word in _CHUNK.findall(text, start, pos):  # no leading space inside a piece
                end = start + len(word)
                ends.append(end)
                words.append(word)
                tokens.append(Token(start, end, word))
                start = end
    return ends, words, tokens


# a closing mark that the shortcuts of _CHUNK let end a word, and that is always a token alone
_MARK_AFTER_WORD = frozenset(',;!?)"”')


def tokenize(text: str, offset: int = 0, stop: int | None = None) -> list[Token]:
    """Tokens of ``text[offset:stop]`` with offsets into ``text``."""
    return _chunks(text, offset, stop)[2]


def _starts_sentence(word: str) -> bool:
    c = word[0]
    return c.isupper() or c.isdigit() or c in "\"“'‘(["


def _is_abbrev_end(word: str) -> bool:
    """An abbreviation token that may also close a sentence (``dll.``)."""
    return word.endswith(".") and word[:-1].lower() in _LIST_ENDERS


def split_sentences(text: str) -> list[Sentence]:
    """Sentences (with their tokens and paragraph index) of a whole article body."""
    return split_words(text)[0]


class Words(NamedTuple):
    """The token texts of an article's sentences, one list per sentence, as written and
    lower-cased: the later stages read these instead of every token's ``text`` again."""

    texts: list[list[str]]
    lows: list[list[str]]

    @classmethod
    def of(cls, sentences: list[Sentence]) -> Words:
        texts = [[t.text for t in s.tokens] for s in sentences]
        return cls(texts, [list(map(str.lower, ws)) for ws in texts])


def split_words(text: str) -> tuple[list[Sentence], Words]:
    """:func:`split_sentences`, and the :class:`Words` of the sentences."""
    ends, words, tokens = _chunks(text)
    if not tokens:
        return [], Words([], [])
    bounds = _sentence_bounds(words, _paragraph_starts(text, ends))
    lows = list(map(str.lower, words))
    sentences = [_make(text, tokens[a:b], para) for a, b, para in bounds]
    return sentences, Words([words[a:b] for a, b, _ in bounds], [lows[a:b] for a, b, _ in bounds])


def _paragraph_starts(text: str, ends: list[int]) -> list[int]:
    """The tokens after the first with a newline before them (no token spans one): each opens a
    paragraph. ``ends``: the tokens' end offsets. Found from the few newlines of the text, not by
    looking at the space before every token."""
    starts: list[int] = []
    p = text.find("\n", ends[0])  # a newline before the first token opens nothing
    while p >= 0:
        i = bisect_right(ends, p)  # the token this newline is before
        if i == len(ends):
            break  # trailing space
        starts.append(i)
        p = text.find("\n", ends[i])  # the next newline after that token
    return starts


def _sentence_bounds(words: list[str], starts: list[int]) -> list[tuple[int, int, int]]:
    """(first token, end token, paragraph) of every sentence, given the tokens that open a
    paragraph (``starts``); see the module doc."""
    bounds: list[tuple[int, int, int]] = []
    for para, (a, b) in enumerate(zip([0, *starts], [*starts, len(words)], strict=True)):
        in_straight = False
        curly = 0
        begin = a
        for i in range(a, b - 1):
            t = words[i]
            if len(t) > 1 and t[-1] != ".":
                continue  # an ordinary word or number: nothing to decide
            if t == '"':
                in_straight = not in_straight
            elif t in _OPEN_QUOTES:
                curly += 1
            elif t in _CLOSE_QUOTES:
                curly = max(0, curly - 1)
            if in_straight or curly > 0:
                continue
            if t in _FINAL or _is_abbrev_end(t):
                nxt = words[i + 1]
                if nxt in _CLOSERS or nxt in _CLOSE_QUOTES:
                    continue  # the closer ends the sentence (branch below)
                if _starts_sentence(nxt):
                    bounds.append((begin, i + 1, para))
                    begin = i + 1
            elif (t == '"' or t in _CLOSE_QUOTES or t in _CLOSERS) and i > a and words[i - 1] in _FINAL \
                    and _starts_sentence(words[i + 1]):
                bounds.append((begin, i + 1, para))
                begin = i + 1
        bounds.append((begin, b, para))
    return bounds


def _make(text: str, toks: list[Token], para: int) -> Sentence:
    s, e = toks[0].start, toks[-1].end
    return Sentence(start=s, end=e, text=text[s:e], paragraph=para, tokens=toks)
