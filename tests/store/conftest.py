"""The store contract runs against every backend: ``store_url`` is one per backend."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from linimasa.model import (
    Article,
    Entity,
    Event,
    Figure,
    Location,
    Mention,
    Participant,
    Quantity,
    Quote,
    Sentence,
    TimeExpr,
    Token,
    article_id_for,
    content_hash,
)

BACKENDS = ["sqlite", "postgres"]


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty database for each backend (PostgreSQL: a fresh schema)."""
    if request.param == "sqlite":
        return str(tmp_path / "contract.db")
    return str(request.getfixturevalue("pg_url"))


# Small news texts written for these tests (fictional events, realistic style).
TEXTS = [
    ("Banjir bandang melanda tiga desa di Kabupaten Garut, Jawa Barat, pada Selasa (12/3/2024). "
    "Sedikitnya 14 orang tewas dan 200 rumah rusak berat.\n\n"
    "\"Kami masih mencari enam warga yang hilang,\" kata Kepala BPBD Garut Asep Suryana di Garut."),
    ("Polisi menangkap dua orang terduga pelaku pembakaran pasar di Medan, Sumatera Utara, Rabu (13/3/2024). "
    "Kebakaran itu menghanguskan 150 kios.\n\n"
    "\"Motifnya masih kami dalami,\" ujar Kapolrestabes Medan Kombes Budi Hartono."),
    ("Ribuan buruh berunjuk rasa di depan gedung DPR, Jakarta, menuntut kenaikan upah minimum sebesar 15 persen. "
    "Aksi itu berlangsung damai.\n\n"
    "Ketua serikat pekerja, Rina Wulandari, menyebut pemerintah belum menanggapi tuntutan mereka."),
    ("Gempa berkekuatan magnitudo 5,6 mengguncang Cianjur pada Kamis pagi. "
    "Badan Meteorologi, Klimatologi, dan Geofisika mencatat 12 gempa susulan.\n\n"
    "Warga yang rumahnya retak memilih mengungsi ke tenda darurat di lapangan desa."),
]

MakeArticle = Callable[..., Article]


def make_article(i: int, *, text: str | None = None, outlet: str = "kabarnusa.id", published: str | None = "2024-03-12",
                 status: str = "ok", title: str | None = None) -> Article:
    """An article with every annotation list filled, offsets pointing into its text."""
    body = text if text is not None else f"{TEXTS[i % len(TEXTS)]}\n\nLaporan nomor {i}."
    h = content_hash(body)
    aid = article_id_for(h)
    first = body.split(". ")[0] + "."
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", first)][:4]
    num_at = next((k for k, ch in enumerate(body) if ch.isdigit()), 0)
    num_end = num_at
    while num_end < len(body) and body[num_end].isdigit():
        num_end += 1
    ent = Entity(id=f"ent-{aid[:6]}", name=f"Tokoh {i}", label="PER", country="ID", sector="government",
                 aliases=[f"T{i}"])
    place = Entity(id="ent-garut", name="Garut", label="LOC", country="ID", lat=-7.2, lon=107.9, admin1="Jawa Barat",
                   geo_precision="place")
    ev = Event(
        id=f"{aid}-e0", article_id=aid, type="ASSAULT", sentence=first, sentence_start=0, sentence_end=len(first),
        trigger=body[words[0][0]:words[0][1]], trigger_start=words[0][0], trigger_end=words[0][1], mode="physical",
        actors=[Participant(name=ent.name, entity_id=ent.id, country="ID", sector="government", start=0, end=3)],
        targets=[Participant(name="warga")],
        location=Location(name="Garut", country="ID", admin1="Jawa Barat", lat=-7.2, lon=107.9, precision="place",
                          source="sentence"),
        date_start="2024-03-12", date_end="2024-03-12", date_precision="day", fatalities=14,
        figures=[Figure(kind="fatalities", value=14, qualifier="at_least", raw="Sedikitnya 14 orang tewas")],
    )
    return Article(
        id=aid, source=f"feed/{i}.txt", text=body, content_hash=h, url=f"https://{outlet}/berita/{i}", outlet=outlet,
        title=title if title is not None else f"Laporan {i}", published=published, authors=[f"Penulis {i}"],
        editors=["Redaksi"], dateline="GARUT", wire_sources=["Antara"] if i % 2 else [], language="id",
        removed=["Baca juga: berita lain"], status=status, skip_reason=None if status == "ok" else "language: en",
        sentences=[Sentence(start=0, end=len(first), text=first, paragraph=0,
                            tokens=[Token(start=s, end=e, text=body[s:e]) for s, e in words])],
        quantities=[Quantity(start=num_at, end=num_end, text=body[num_at:num_end], value=float(body[num_at:num_end] or 0),
                             kind="cardinal", unit="orang")],
        timexes=[TimeExpr(start=0, end=6, text=body[:6], type="DATE", value="2024-03-12", granularity="day",
                          date_start="2024-03-12", date_end="2024-03-12", anchored=True)],
        mentions=[Mention(start=0, end=6, text=body[:6], label="PER", entity_id=ent.id)],
        entities=[ent, place],
        quotes=[Quote(id=f"{aid}-q0", article_id=aid, text="Kami masih mencari", start=1, end=19, speaker=ent.name,
                      speaker_entity_id=ent.id, cue="kata")],
        events=[ev] if status == "ok" else [],
    )


@pytest.fixture
def build() -> MakeArticle:
    """``build(i, **overrides)`` -> a fully annotated Article (see :func:`make_article`)."""
    return make_article


@pytest.fixture
def texts() -> list[str]:
    return list(TEXTS)
