"""The shared SQL layer's pure helpers."""

from __future__ import annotations

import json

import pytest

from linimasa.store.base import _compact


@pytest.mark.parametrize("value", [
    {"name": "Kepolisian Daerah Jawa Timur", "aliases": ["Polda Jatim"], "lat": -7.25, "lon": None, "hit": True},
    [[0, 120, 0, [0, 7, 1, 4]], [121, 200, 1, []]],
    "kutipan \"langsung\" — Sumenep, Madura",
    float("nan"), 3, None, [], {},
])
def test_compact_json_is_the_json_modules_own_text(value: object) -> None:
    assert _compact(value) == json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode(value)
