"""The shared SQL layer's pure helpers."""

from __future__ import annotations

import json

import pytest

from linimasa.model import Sentence, Token
from linimasa.store.base import _compact, sentence_gaps, sentence_gaps_json


@pytest.mark.parametrize("value", [
    {"name": "Kepolisian Daerah Jawa Timur", "aliases": ["Polda Jatim"], "lat": -7.25, "lon": None, "hit": True},
    [[0, 120, 0, [0, 7, 1, 4]], [121, 200, 1, []]],
    "kutipan \"langsung\" — Sumenep, Madura",
    float("nan"), 3, None, [], {},
])
def test_compact_json_is_the_json_modules_own_text(value: object) -> None:
    assert _compact(value) == json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode(value)


def _sentence(text: str, start: int, end: int, paragraph: int, spans: list[tuple[int, int]]) -> Sentence:
    return Sentence(start, end, text[start:end], paragraph, [Token(s, e, text[s:e]) for s, e in spans])


_TEXT = "Polisi menangkap dua tersangka. " + "x" * 1200 + " di Sumenep."


@pytest.mark.parametrize("sentences", [
    [],
    [_sentence(_TEXT, 0, 31, 0, [(0, 6), (7, 16), (17, 20), (21, 30), (30, 31)]), _sentence(_TEXT, 32, 32, 1, [])],
    [_sentence(_TEXT, 32, len(_TEXT), 1, [(32, 1232), (1233, 1235), (1236, len(_TEXT) - 1)])],  # a 1,200-character token
    [_sentence(_TEXT, 0, 31, 0, [(7, 16), (0, 6)])],  # out of order: a negative gap
])
def test_sentence_gaps_json_is_the_json_of_sentence_gaps(sentences: list[Sentence]) -> None:
    assert sentence_gaps_json(_TEXT, sentences) == _compact(sentence_gaps(_TEXT, sentences))


def test_sentence_gaps_json_is_none_when_a_token_is_not_its_slice() -> None:
    s = _sentence(_TEXT, 0, 31, 0, [(0, 6)])
    s.tokens[0].text = "polisi"
    assert sentence_gaps(_TEXT, [s]) is None and sentence_gaps_json(_TEXT, [s]) is None
