"""LSH band keys: edited copies of a sentence collide, unrelated sentences do not."""

from __future__ import annotations

import pytest

from linimasa.link.index import candidate_pairs
from linimasa.link.minhash import band_keys, make_hasher
from linimasa.link.passages import text_units, units_of

from .helpers import article
from .test_passages import OTHER, WIRE, _edit_inserted

VOLI = "Tim nasional bola voli putri meraih medali perak setelah kalah tipis dari tuan rumah di partai final."
SENT = ("Petugas gabungan dari kepolisian, tentara dan relawan mengevakuasi warga lanjut usia serta anak-anak "
        "ke gedung sekolah yang berada di dataran tinggi.")


def _keys(text: str) -> set[int]:
    u = units_of(article("x", text))
    return {k for ks in band_keys(u.toks, u.spans, make_hasher()) for k in ks}


@pytest.mark.parametrize(
    ("other", "shared"),
    [
        (SENT, True),
        (SENT.replace("Petugas gabungan", "Sementara itu, petugas gabungan"), True),
        (SENT.replace("ke gedung sekolah", "ke gedung sekolah dasar negeri"), True),
        ("Harga cabai rawit di pasar tradisional kota itu naik hampir dua kali lipat dalam sepekan terakhir.", False),
        ("Warga", False),  # too short to be indexed
    ],
)
def test_band_keys(other: str, shared: bool) -> None:
    assert bool(_keys(SENT) & _keys(other)) is shared


def test_keys_are_stable_signed_64_bit() -> None:
    ks = _keys(SENT)
    assert ks == _keys(SENT) and len(ks) == make_hasher().bands
    assert all(-(1 << 63) <= k < (1 << 63) for k in ks)


def test_candidate_pairs_new_against_stored_and_new() -> None:
    h = make_hasher()

    def keys(text: str) -> set[int]:
        u = units_of(article("x", text))
        return {k for ks in band_keys(u.toks, u.spans, h) for k in ks}

    stored = [(k, "old-wire") for k in keys(WIRE)] + [(k, "old-other") for k in keys(OTHER)]
    new = {"new-copy": keys(_edit_inserted(WIRE)), "new-copy2": keys(WIRE), "new-x": keys(VOLI)}
    assert candidate_pairs(new, stored) == [("new-copy", "new-copy2"), ("new-copy", "old-wire"),
                                            ("new-copy2", "old-wire")]


def test_extra_bands_add_keys_and_keep_the_main_ones() -> None:
    u = text_units("a", SENT)
    main = band_keys(u.toks, u.spans, make_hasher())
    more = band_keys(u.toks, u.spans, make_hasher(extra_bands=5))
    assert [ks[:12] for ks in more] == main and all(len(ks) == 17 for ks in more if ks)


def test_extra_bands_catch_a_copied_sentence_with_a_clause_added() -> None:
    a = ("Pusat gempa berada sekitar 30 kilometer dari kota Mandalay pada kedalaman 10 kilometer, menurut "
         "Badan Survei Geologi Amerika Serikat (USGS).")
    b = "Pusat gempa berada sekitar 30 kilometer dari kota Mandalay pada kedalaman 10 kilometer."
    ua, ub = text_units("a", a), text_units("b", b)

    def shared(h: object) -> bool:
        ka = {k for ks in band_keys(ua.toks, ua.spans, h) for k in ks}  # type: ignore[arg-type]
        return bool(ka & {k for ks in band_keys(ub.toks, ub.spans, h) for k in ks})  # type: ignore[arg-type]

    assert shared(make_hasher(extra_bands=5)) and not shared(make_hasher())  # the default 4-row bands miss it


def test_a_key_shared_by_very_many_articles_is_boilerplate_and_pairs_nobody(monkeypatch: pytest.MonkeyPatch) -> None:
    from linimasa.link import index
    monkeypatch.setattr(index, "BOILERPLATE_ARTICLES", 3)
    stored = [(7, "old-1"), (7, "old-2")]
    assert index.candidate_pairs({"new-1": {7}}, stored) == [("new-1", "old-1"), ("new-1", "old-2")]
    assert index.candidate_pairs({"new-1": {7}, "new-2": {7}}, stored) == []  # a footer in four pages
