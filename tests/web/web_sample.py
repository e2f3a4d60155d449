"""A small store built by hand for the web tests (and their shared error-shape check):
six invented Indonesian reports, one syndication family, four event clusters (one with
conflicting death tolls) and one article full of hostile markup that must render inert."""

from __future__ import annotations

from typing import Any

from linimasa.model import (
    Article,
    Claim,
    ClusterFigure,
    Conflict,
    ConflictValue,
    Entity,
    Event,
    EventCluster,
    Family,
    Figure,
    Location,
    Mention,
    Participant,
    Passage,
    Quantity,
    Quote,
    Sentence,
    TimeExpr,
    content_hash,
)
from linimasa.store.base import SQLStore

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = '"><img src=x onerror=alert(1)>'
XSS_JS = "javascript:alert(document.cookie)"

TEXTS = {
    "bentrok": (
        "SORONG - Bentrokan antara aparat kepolisian dan massa pengunjuk rasa pecah di depan kantor bupati "
        "di Kota Sorong, Papua Barat Daya, Senin (10/3/2025). Sedikitnya tiga orang tewas dan 12 lainnya "
        "luka-luka dalam kejadian itu.\n\n"
        "Kepala Kepolisian Resor Sorong, AKBP Hendra Wijaya, mengatakan situasi kini sudah terkendali. "
        "\"Kami sudah menambah personel untuk menjaga keamanan,\" kata Hendra kepada wartawan.\n\n"
        "Massa menuntut pembebasan sejumlah warga yang ditahan sejak pekan lalu."
    ),
    "kantor_berita": (
        "Sorong (KBN) - Lima orang tewas dalam bentrokan antara polisi dan pengunjuk rasa di Kota Sorong, "
        "Papua Barat Daya, pada Senin, menurut keterangan warga setempat.\n\n"
        "\"Ada lima korban meninggal, semuanya warga sipil,\" ujar Yohanes Mambor, seorang tokoh adat, Selasa. "
        "Polisi belum mengonfirmasi jumlah korban tersebut."
    ),
    "banjir": (
        "LUWU - Banjir bandang melanda empat desa di Kabupaten Luwu, Sulawesi Selatan, pada Rabu (12/3/2025) "
        "dini hari. Badan Penanggulangan Bencana Daerah (BPBD) Luwu mencatat dua warga meninggal dunia dan "
        "sekitar 300 orang mengungsi.\n\n"
        "\"Hujan deras sejak Selasa malam membuat sungai meluap,\" kata Kepala BPBD Luwu, Andi Rahman."
    ),
    "xss": (
        "JAKARTA - Ratusan mahasiswa menggelar unjuk rasa di depan gedung DPR, Jakarta, Kamis (13/3/2025). "
        f"Spanduk bertuliskan {XSS_SCRIPT} dan {XSS_IMG} dibentangkan massa. "
        f"Tautan {XSS_JS} beredar di media sosial.\n\n"
        "\"Kami menolak revisi undang-undang itu,\" kata koordinator aksi, Rizki Pratama."
    ),
    "ambon": (
        "AMBON - Seorang pengemudi ojek diserang sekelompok orang tak dikenal di kawasan Batu Merah, Kota Ambon, "
        "Maluku, Rabu (2/4/2025) malam. Korban mengalami luka tusuk dan dirawat di rumah sakit.\n\n"
        "Polisi masih memburu para pelaku, kata juru bicara Polda Maluku."
    ),
}


def sp(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    """(start, end) of the ``nth`` occurrence of ``sub`` in ``text``."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return i, i + len(sub)


def _article(key: str, *, outlet: str, published: str, title: str, url: str | None,
             wire: list[str] | None = None, removed: list[str] | None = None, text: str | None = None,
             authors: list[str] | None = None) -> Article:
    body = text if text is not None else TEXTS[key]
    h = content_hash(body + outlet)
    return Article(id=f"art-{key}" if text is None else f"art-{key}-copy", source=f"fixture/{key}.txt",
                   text=body, content_hash=h, url=url, outlet=outlet, title=title, published=published,
                   wire_sources=wire or [], removed=removed or [], language="id", authors=authors or [],
                   dateline=body.split(" ", 1)[0].strip("-").strip())


def _sentences(a: Article) -> None:
    start = 0
    for para, block in enumerate(a.text.split("\n\n")):
        offset = a.text.index(block, start)
        a.sentences.append(Sentence(start=offset, end=offset + len(block), text=block, paragraph=para))
        start = offset + len(block)


def _mention(a: Article, sub: str, label: str, entity_id: str | None = None, nth: int = 0) -> None:
    s, e = sp(a.text, sub, nth)
    a.mentions.append(Mention(s, e, a.text[s:e], label, entity_id))


def _event(a: Article, eid: str, sentence: str, trigger: str, type_: str, **kw: object) -> Event:
    ss, se = sp(a.text, sentence)
    ts, te = sp(a.text, trigger)
    ev = Event(id=eid, article_id=a.id, type=type_, sentence=a.text[ss:se], sentence_start=ss, sentence_end=se,
               trigger=a.text[ts:te], trigger_start=ts, trigger_end=te, **kw)  # type: ignore[arg-type]
    a.events.append(ev)
    return ev


def _participant(a: Article, name: str, sub: str, sector: str) -> Participant:
    s, e = sp(a.text, sub)
    return Participant(name=name, sector=sector, country="ID", start=s, end=e)


def _location(a: Article, name: str, sub: str, admin1: str, lat: float, lon: float) -> Location:
    s, e = sp(a.text, sub)
    return Location(name=name, country="ID", admin1=admin1, lat=lat, lon=lon, precision="place", start=s, end=e,
                    source="sentence")


def _figure(a: Article, kind: str, value: int, sub: str, qualifier: str | None = None) -> Figure:
    s, e = sp(a.text, sub)
    return Figure(kind=kind, value=value, qualifier=qualifier, raw=sub, start=s, end=e)


def build() -> tuple[list[Article], list[Passage], list[Family], list[EventCluster]]:
    a1 = _article("bentrok", outlet="Warta Timur", published="2025-03-10", title="Bentrok di Sorong, tiga tewas",
                  url="https://wartatimur.example/2025/03/10/bentrok-sorong",
                  removed=["Baca juga: Harga cabai naik menjelang Ramadan", "Editor: Siti Rahma"])
    a2 = _article("kantor_berita", outlet="KBN", published="2025-03-10", title="Lima tewas dalam bentrokan di Sorong",
                  url="https://kbn.example/berita/sorong-lima-tewas")
    a3 = _article("kantor_berita", outlet="Kabar Harian", published="2025-03-11", wire=["KBN"],
                  title="Lima tewas dalam bentrokan di Sorong", url="https://kabarharian.example/sorong",
                  text=TEXTS["kantor_berita"], removed=["Iklan: Promo tiket pesawat"])
    a4 = _article("banjir", outlet="Warta Timur", published="2025-03-12", title="Banjir bandang terjang Luwu",
                  url="https://wartatimur.example/2025/03/12/banjir-luwu")
    a5 = _article("xss", outlet=f"Portal Uji {XSS_IMG}", published="2025-03-13", title=f"{XSS_SCRIPT} Demo mahasiswa",
                  url=XSS_JS, removed=[f"{XSS_IMG} Iklan"], authors=[XSS_SCRIPT])
    a6 = _article("ambon", outlet="Suara Maluku", published="2025-04-03", title="Pengemudi ojek ditusuk di Ambon",
                  url="http://suaramaluku.example/ojek")
    for a in (a1, a2, a3, a4, a5, a6):
        _sentences(a)

    # --- language layer on the first report (and a little on the others) ---
    hendra = Entity(id="ent-hendra", name="Hendra Wijaya", label="PER", country="ID", sector="police")
    sorong = Entity(id="ent-sorong", name="Sorong", label="LOC", country="ID", lat=-0.876, lon=131.256, admin1="Papua Barat Daya")
    a1.entities = [hendra, sorong]
    _mention(a1, "Kota Sorong", "LOC", sorong.id)
    _mention(a1, "Kepolisian Resor Sorong", "ORG")
    _mention(a1, "Hendra Wijaya", "PER", hendra.id)
    s, e = sp(a1.text, "Senin (10/3/2025)")
    a1.timexes.append(TimeExpr(s, e, a1.text[s:e], "DATE", "2025-03-10", "day", "2025-03-10", "2025-03-10", anchored=True))
    s, e = sp(a1.text, "sejak pekan lalu")
    a1.timexes.append(TimeExpr(s, e, a1.text[s:e], "DATE", "PAST_REF", "ref", mod="SINCE"))
    s, e = sp(a1.text, "Sedikitnya tiga orang")
    a1.quantities.append(Quantity(s, e, a1.text[s:e], 3.0, qualifier="at_least", unit="orang"))
    s, e = sp(a1.text, "12 lainnya")
    a1.quantities.append(Quantity(s, e, a1.text[s:e], 12.0))
    qs, qe = sp(a1.text, "\"Kami sudah menambah personel untuk menjaga keamanan,\"")
    ss, se = sp(a1.text, "Hendra", 1)
    a1.quotes.append(Quote(id="q-hendra", article_id=a1.id, text=a1.text[qs:qe], start=qs, end=qe,
                           speaker="Hendra Wijaya", speaker_entity_id=hendra.id, speaker_start=ss, speaker_end=se,
                           cue="kata"))
    police = _participant(a1, "Polres Sorong", "aparat kepolisian", "police")
    crowd = _participant(a1, "pengunjuk rasa", "massa pengunjuk rasa", "civilian")
    e1 = _event(a1, "ev-1", "SORONG - Bentrokan", "Bentrokan", "PROTEST",
                acled_event_type="Protests", acled_sub_event_type="Excessive force against protesters",
                actors=[police], targets=[crowd],
                location=_location(a1, "Sorong", "Kota Sorong", "Papua Barat Daya", -0.876, 131.256),
                date_start="2025-03-10", date_end="2025-03-10", date_precision="day", fatalities=3, injured=12,
                figures=[_figure(a1, "fatalities", 3, "Sedikitnya tiga orang tewas", "at_least"),
                         _figure(a1, "injured", 12, "12 lainnya luka-luka")],
                claimed_by="Hendra Wijaya")
    # the event sentence spans the first paragraph's two sentences: widen to the whole first sentence pair
    e1.sentence_end = a1.text.index("dalam kejadian itu.") + len("dalam kejadian itu.")
    e1.sentence = a1.text[e1.sentence_start:e1.sentence_end]

    events_copy = []
    for a, eid in ((a2, "ev-2"), (a3, "ev-3")):
        s, e = sp(a.text, "\"Ada lima korban meninggal, semuanya warga sipil,\"")
        a.quotes.append(Quote(id=f"q-{eid}", article_id=a.id, text=a.text[s:e], start=s, end=e,
                              speaker="Yohanes Mambor", cue="ujar"))
        _mention(a, "Yohanes Mambor", "PER")
        _mention(a, "Kota Sorong", "LOC")
        ev = _event(a, eid, "Lima orang tewas dalam bentrokan", "bentrokan", "PROTEST",
                    acled_event_type="Protests", acled_sub_event_type="Excessive force against protesters",
                    actors=[_participant(a, "polisi", "polisi", "police")],
                    targets=[_participant(a, "pengunjuk rasa", "pengunjuk rasa", "civilian")],
                    location=_location(a, "Sorong", "Kota Sorong", "Papua Barat Daya", -0.876, 131.256),
                    date_start="2025-03-10", date_precision="day", fatalities=5,
                    figures=[_figure(a, "fatalities", 5, "Lima orang tewas")], claimed_by="Yohanes Mambor")
        ev.sentence_end = a.text.index("warga setempat.") + len("warga setempat.")
        ev.sentence = a.text[ev.sentence_start:ev.sentence_end]
        events_copy.append(ev)

    _mention(a4, "Kabupaten Luwu", "LOC")
    _mention(a4, "Badan Penanggulangan Bencana Daerah", "ORG")
    _mention(a4, "Andi Rahman", "PER")
    e4 = _event(a4, "ev-4", "LUWU - Banjir bandang", "Banjir bandang", "DISASTER", kind="DISASTER",
                location=_location(a4, "Luwu", "Kabupaten Luwu", "Sulawesi Selatan", -3.0, 120.2),
                date_start="2025-03-12", date_precision="day", fatalities=2, displaced=300,
                figures=[_figure(a4, "fatalities", 2, "dua warga meninggal dunia"),
                         _figure(a4, "displaced", 300, "sekitar 300 orang mengungsi", "approx")],
                claimed_by="BPBD Luwu")
    e4.sentence_end = a4.text.index("orang mengungsi.") + len("orang mengungsi.")
    e4.sentence = a4.text[e4.sentence_start:e4.sentence_end]

    # hostile markup inside extractions too: a mention and a quote speaker
    _mention(a5, XSS_IMG, "ORG")
    _mention(a5, "Rizki Pratama", "PER")
    s, e = sp(a5.text, "\"Kami menolak revisi undang-undang itu,\"")
    a5.quotes.append(Quote(id="q-xss", article_id=a5.id, text=a5.text[s:e], start=s, end=e,
                           speaker=f"Rizki {XSS_IMG}", cue="kata"))
    e5 = _event(a5, "ev-5", "JAKARTA - Ratusan", "unjuk rasa", "PROTEST", acled_event_type="Protests",
                acled_sub_event_type="Peaceful protest",
                actors=[_participant(a5, f"mahasiswa {XSS_SCRIPT}", "Ratusan mahasiswa", "civilian")],
                location=_location(a5, "Jakarta", "Jakarta", "DKI Jakarta", -6.2, 106.82),
                date_start="2025-03-13", date_precision="day")
    e5.sentence_end = a5.text.index("(13/3/2025).") + len("(13/3/2025).")
    e5.sentence = a5.text[e5.sentence_start:e5.sentence_end]

    e6 = _event(a6, "ev-6", "AMBON - Seorang", "diserang", "ASSAULT", acled_event_type="Violence against civilians",
                acled_sub_event_type="Attack",
                actors=[_participant(a6, "orang tak dikenal", "sekelompok orang tak dikenal", "other")],
                targets=[_participant(a6, "pengemudi ojek", "pengemudi ojek", "civilian")],
                location=_location(a6, "Batu Merah", "Batu Merah", "Maluku", -3.68, 128.19),
                date_start="2025-04-02", date_precision="day", injured=1)
    e6.sentence_end = a6.text.index("malam.") + len("malam.")
    e6.sentence = a6.text[e6.sentence_start:e6.sentence_end]

    articles = [a1, a2, a3, a4, a5, a6]
    passages = [Passage(article_a=a2.id, start_a=0, end_a=len(a2.text), text_a=a2.text, article_b=a3.id, start_b=0,
                        end_b=len(a3.text), text_b=a3.text, similarity=1.0)]
    families = [Family(id="fam-1", article_ids=[a2.id, a3.id], origin_article_id=a2.id, wire_source="KBN")]
    c1 = EventCluster(
        id="cl-sorong", type="PROTEST", event_ids=["ev-1", "ev-2", "ev-3"], article_ids=[a1.id, a2.id, a3.id],
        date_start="2025-03-10", date_end="2025-03-10", date_precision="day", location=e1.location,
        actors=[police], targets=[crowd], independent_sources=2,
        summary="Bentrokan polisi dan pengunjuk rasa di Sorong, 3–5 tewas",
        figures=[
            ClusterFigure(kind="fatalities", value=3, min=3, max=5, claims=[
                Claim(3, "at_least", "Hendra Wijaya", a1.id, "ev-1"), Claim(5, None, "Yohanes Mambor", a2.id, "ev-2"),
                Claim(5, None, "Yohanes Mambor", a3.id, "ev-3")]),
            ClusterFigure(kind="injured", value=12, min=12, max=12,
                          claims=[Claim(12, None, "Hendra Wijaya", a1.id, "ev-1")]),
        ],
        conflicts=[Conflict(field="fatalities", values=[
            ConflictValue(3, [a1.id], ["Hendra Wijaya"]), ConflictValue(5, [a2.id, a3.id], ["Yohanes Mambor"])])],
    )
    c2 = EventCluster(id="cl-luwu", type="DISASTER", kind="DISASTER", event_ids=["ev-4"], article_ids=[a4.id],
                      date_start="2025-03-12", date_end="2025-03-12", date_precision="day", location=e4.location,
                      independent_sources=1, summary="Banjir bandang di Luwu, 2 meninggal, 300 mengungsi",
                      figures=[ClusterFigure(kind="fatalities", value=2, min=2, max=2),
                               ClusterFigure(kind="displaced", value=300, min=300, max=300)])
    c3 = EventCluster(id="cl-xss", type="PROTEST", event_ids=["ev-5"], article_ids=[a5.id], date_start="2025-03-13",
                      date_end="2025-03-13", date_precision="day", location=e5.location, actors=e5.actors,
                      independent_sources=1, summary=f"Mahasiswa berunjuk rasa di DPR {XSS_IMG} {XSS_SCRIPT}")
    c4 = EventCluster(id="cl-ambon", type="ASSAULT", event_ids=["ev-6"], article_ids=[a6.id], date_start="2025-04-02",
                      date_end="2025-04-02", date_precision="day", location=e6.location, actors=e6.actors,
                      targets=e6.targets, independent_sources=1, summary="Pengemudi ojek ditusuk di Batu Merah, Ambon",
                      figures=[ClusterFigure(kind="injured", value=1, min=1, max=1)])
    return articles, passages, families, [c1, c2, c3, c4]


def fill(store: SQLStore) -> None:
    articles, passages, families, clusters = build()
    store.put_articles(articles)
    store.put_passages(passages)
    store.replace_families(families)
    store.replace_clusters(clusters)


def assert_error(resp: Any, status: int, code: str) -> dict[str, Any]:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert set(err) == {"status", "code", "message"}
    assert err["status"] == status and err["code"] == code
    assert len(err["message"]) > 10
    return err
