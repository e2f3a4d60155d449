"""Language identification per document (lingua, restricted, plus the fast path)."""

from __future__ import annotations

import pytest

from linimasa.clean.langid import LanguageIdentifier

ID = ("Polisi menangkap tiga orang yang diduga terlibat dalam perampokan toko emas di pasar kota itu. "
      "Menurut kepala kepolisian, para pelaku sudah lama diincar karena beraksi di beberapa kabupaten.")
EN = ("Police arrested three people suspected of robbing a gold shop in the city market on Monday. "
      "The suspects had been wanted for months, the police chief said in a statement.")
MS = ("Polis telah menahan tiga lelaki kerana disyaki terlibat dalam rompakan di sebuah kedai emas semalam. "
      "Beliau berkata siasatan sedang dijalankan dan orang ramai boleh menyalurkan maklumat kepada kerajaan negeri.")
NL = ("De politie heeft drie mensen gearresteerd die ervan worden verdacht een goudwinkel op de markt "
      "te hebben beroofd. De verdachten werden al maanden gezocht, zei de politiechef.")
# Indonesian that leans on vocabulary shared with Malay: the markers keep it Indonesian.
ID_NEUTRAL = ("Menteri itu berkata kerajaan akan membantu. Karena itu pemerintah kabupaten dan polisi "
              "provinsi bisa bekerja sama, tapi warga saat ini masih menunggu.")
# Indonesian news words Malay shares: a court, a kingdom, "beliau berkata" are no Malay markers.
ID_SHARED = ("Majelis hakim Pengadilan Negeri Sleman menjatuhkan vonis tujuh tahun penjara. Beliau berkata "
             "putusan itu ialah hasil musyawarah, dan terdakwa boleh mengajukan banding. Bagaimanapun, jaksa "
             "dari Kejaksaan Negeri masih pikir-pikir, seterusnya kerajaan Arab Saudi tidak terkait perkara ini.")


@pytest.fixture(scope="module")
def ident() -> LanguageIdentifier:
    return LanguageIdentifier()


@pytest.mark.parametrize("text,code", [(ID, "id"), (EN, "en"), (MS, "ms"), (NL, "nl"), (ID_NEUTRAL, "id"),
                                       (ID_SHARED, "id")])
def test_languages(ident: LanguageIdentifier, text: str, code: str) -> None:
    assert ident.identify(text).code == code


def test_too_short_is_unknown(ident: LanguageIdentifier) -> None:
    assert ident.identify("OK").code is None


def test_fast_path_skips_lingua_for_plain_indonesian(ident: LanguageIdentifier) -> None:
    assert ident.identify(ID).method == "fast"
    assert ident.identify(ID_SHARED).method == "fast"  # words shared with Malay send no page to lingua
    assert ident.identify(EN).method == "lingua"
