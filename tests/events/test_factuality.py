"""Factuality of triggers (sentences written for these tests)."""

from __future__ import annotations

import pytest

from linimasa.events.factuality import factuality
from linimasa.events.triggers import find_triggers

from .conftest import view_of


def _negated(text: str, surface: str, res) -> bool:  # type: ignore[no-untyped-def]
    v = view_of(text, res)
    t = next(t for t in find_triggers(v, res.lexicon, res.multi, res.max_multi, set()) if t.surface.lower() == surface.lower())
    return factuality(v, t).negated


@pytest.mark.parametrize("text,surface,negated", [
    ("Serangan pada Selasa bukan yang pertama di wilayah itu.", "Serangan", False),
    ("Penembakan di sekolah itu bukan kali pertama terjadi.", "Penembakan", False),
    ("Ini bukan satu-satunya penculikan di pesisir tersebut.", "penculikan", False),
    ("Serangan itu tidak terjadi pada Selasa.", "Serangan", True),
    ("Polisi bukan menangkap pelaku, melainkan saksi.", "menangkap", True),
])
def test_not_the_first_is_no_negation(text: str, surface: str, negated: bool, res) -> None:  # type: ignore[no-untyped-def]
    """"Serangan ... bukan yang pertama": one more attack that happened, not one that did not."""
    assert _negated(text, surface, res) is negated


@pytest.mark.parametrize("text,surface,hypothetical", [
    ("Polisi belum dapat memastikan apakah SIM dan STNK dari mobil milik tersangka itu disita atau tidak.",
     "disita", True),
    ("Ia tidak tahu pelaku sudah ditangkap atau belum.", "ditangkap", True),
    ("Polisi menyita SIM dan STNK mobil itu.", "menyita", False),
    # whether one of two: "apakah ... dianiaya atau terjatuh"
    ("Polisi masih menyelidiki apakah penjaga gudang itu meninggal karena dianiaya atau terjatuh dari tangga.",
     "dianiaya", True),
    ("Penjaga gudang itu dianiaya atau dikeroyok sekelompok pemuda.", "dianiaya", False),
])
def test_done_or_not_is_not_known(text: str, surface: str, hypothetical: bool, res) -> None:  # type: ignore[no-untyped-def]
    """"... disita atau tidak": whether it was done, not that it was."""
    v = view_of(text, res)
    t = next(t for t in find_triggers(v, res.lexicon, res.multi, res.max_multi, set()) if t.surface.lower() == surface)
    assert factuality(v, t).hypothetical is hypothetical


@pytest.mark.parametrize("text,surface,hypothetical", [
    ("BPBD memasang sirene di lima titik dengan tujuan warga segera melakukan evakuasi bila gunung itu meletus.",
     "evakuasi", True),
    ("Operasi itu bertujuan menangkap para pelaku pembakaran hutan.", "menangkap", True),
    ("Warga menuju kota tujuan setelah petugas mengevakuasi mereka.", "mengevakuasi", False),
])
def test_an_aim_is_not_done(text: str, surface: str, hypothetical: bool, res) -> None:  # type: ignore[no-untyped-def]
    """"dengan tujuan ... melakukan evakuasi", "bertujuan menangkap": what it is for, not what was done."""
    v = view_of(text, res)
    t = next(t for t in find_triggers(v, res.lexicon, res.multi, res.max_multi, set()) if t.surface.lower() == surface)
    assert factuality(v, t).hypothetical is hypothetical


@pytest.mark.parametrize("text,surface,negated", [
    ("Warga diminta jangan main hakim sendiri.", "main hakim sendiri", True),  # a prohibition: nothing done
    ("Jangan menyerang petugas di lapangan.", "menyerang", True),
    ("Warga main hakim sendiri terhadap pencuri itu.", "main hakim sendiri", False),
])
def test_a_prohibition_is_no_event_done(text: str, surface: str, negated: bool, res) -> None:  # type: ignore[no-untyped-def]
    assert _negated(text, surface, res) is negated


@pytest.mark.parametrize("text,surface,hypothetical", [
    ("Keluarga mendapat kabar jika keempat nelayan itu telah ditangkap polisi Malaysia.", "ditangkap", False),
    ("Kapolsek membenarkan kalau kedua pelaku sudah ditangkap.", "ditangkap", False),
    ("Kalau pelaku melawan, petugas akan menembak.", "menembak", True),
    ("Warga diminta mengungsi jika gunung itu meletus.", "meletus", True),
])
def test_if_after_a_verb_of_telling_is_that(text: str, surface: str, hypothetical: bool, res) -> None:  # type: ignore[no-untyped-def]
    """"mendapat kabar jika keempatnya telah ditangkap": colloquial "bahwa", the arrest was told as done."""
    v = view_of(text, res)
    t = next(t for t in find_triggers(v, res.lexicon, res.multi, res.max_multi, set()) if t.surface.lower() == surface)
    assert factuality(v, t).hypothetical is hypothetical


@pytest.mark.parametrize("text,surface,hypothetical", [
    ("Dia berharap pihak pemerintah segera memberikan bantuan hukum kepada keempat nelayan itu.", "bantuan", True),
    ("Keluarga korban berharap polisi segera menangkap pelaku penganiayaan.", "menangkap", True),
    ("Pemerintah memberikan bantuan hukum kepada keempat nelayan itu.", "bantuan", False),
])
def test_a_wish_is_not_done(text: str, surface: str, hypothetical: bool, res) -> None:  # type: ignore[no-untyped-def]
    """"berharap pemerintah segera memberikan bantuan": hoped for, not given."""
    v = view_of(text, res)
    t = next(t for t in find_triggers(v, res.lexicon, res.multi, res.max_multi, set()) if t.surface.lower() == surface)
    assert factuality(v, t).hypothetical is hypothetical


@pytest.mark.parametrize("text,surface,hypothetical", [
    ("Menteri mengatakan unjuk rasa boleh saja dilakukan asal tertib.", "unjuk rasa", True),
    ("Ia menyebut bentrokan itu bisa terjadi kapan saja jika aparat lengah.", "bentrokan", True),
    ("\"Demo biasa boleh, ada aturannya,\" ujarnya.", "Demo", True),
    ("Bentrokan itu terjadi di depan kantor bupati.", "Bentrokan", False),
    ("Demonstrasi para pengemudi ojek daring dikabarkan akan digelar lagi di depan Balai Kota Bandung.", "Demonstrasi", True),
    ("Unjuk rasa itu akan digelar di depan gedung DPR pekan depan.", "Unjuk rasa", True),
    ("Demonstrasi para pengemudi ojek daring digelar di depan Balai Kota Bandung pada Senin.", "Demonstrasi", False),
])
def test_what_may_take_place_is_not_done(text: str, surface: str, hypothetical: bool, res) -> None:  # type: ignore[no-untyped-def]
    """"unjuk rasa boleh saja dilakukan": allowed, not held; "demonstrasi ... dikabarkan akan digelar
    lagi": planned, not held yet."""
    v = view_of(text, res)
    t = next(t for t in find_triggers(v, res.lexicon, res.multi, res.max_multi, set()) if t.surface.lower() == surface.lower())
    assert factuality(v, t).hypothetical is hypothetical


@pytest.mark.parametrize("text,surface,hypothetical", [
    ("\"Pada waktu minta bantuan itu dia sudah kenal dengan korban,\" ujar penyidik.", "bantuan", True),
    ("Bantuan itu tiba di desa pada Senin.", "bantuan", False),
])
def test_spoken_asking_is_not_done(text: str, surface: str, hypothetical: bool, res) -> None:  # type: ignore[no-untyped-def]
    """"minta bantuan" (spoken "meminta"): help asked for, not given."""
    v = view_of(text, res)
    t = next(t for t in find_triggers(v, res.lexicon, res.multi, res.max_multi, set()) if t.surface.lower() == surface)
    assert factuality(v, t).hypothetical is hypothetical


@pytest.mark.parametrize("text,surface,hypothetical", [
    ("Pengemudi ojek itu tidak ingin memperpanjang perkara tabrakan yang menimpanya di Jalan Gatot Subroto.", "tabrakan",
     False),
    ("Pengemudi ojek itu tidak ingin tabrakan serupa menimpa rekan-rekannya.", "tabrakan", True),
])
def test_a_case_not_pursued_still_happened(text: str, surface: str, hypothetical: bool, res) -> None:  # type: ignore[no-untyped-def]
    """"tidak ingin memperpanjang perkara tabrakan yang menimpanya": the case is not pursued; the crash was."""
    v = view_of(text, res)
    t = next(t for t in find_triggers(v, res.lexicon, res.multi, res.max_multi, set()) if t.surface.lower() == surface)
    assert factuality(v, t).hypothetical is hypothetical


@pytest.mark.parametrize("text,surface,hypothetical", [
    ("Saat terjadi banjir, segeralah pindah ke lantai yang lebih tinggi.", "banjir", True),
    ("Ketika ada kebakaran di gedung, tetaplah tenang dan carilah tangga darurat.", "kebakaran", True),
    ("Ketika banjir melanda, ratusan warga mengungsi ke masjid.", "banjir", False),  # told, no advice
    ("Setelah diperiksa, sopir itu mengaku tidak tahu jika menabrak pagar rumah.", "menabrak", False),  # "setelah"
])
def test_a_hazard_in_advice_is_not_done(text: str, surface: str, hypothetical: bool, res) -> None:  # type: ignore[no-untyped-def]
    """"Saat terjadi banjir, segeralah ...": what to do whenever it comes, not a flood that came."""
    v = view_of(text, res)
    t = next(t for t in find_triggers(v, res.lexicon, res.multi, res.max_multi, set()) if t.surface.lower() == surface)
    assert factuality(v, t).hypothetical is hypothetical
