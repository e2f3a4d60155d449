"""Page metadata: outlet, dateline, publication date, authors, editors, wire sources, title.

Every rule works on the general shapes Indonesian news pages use:

* the lead: "Suara.com - ...", "TRIBUNNEWS.COM, MEDAN - ...", "JAYAPURA, KOMPAS.com - ...",
  "Palu (ANTARA) - ...", "Jakarta, CNN Indonesia -- ...", "KHARTOUM - ...", "Detik.com-Bandung. ...";
* credit lines: "Penulis: A | Editor: B", "Reporter: A", "Rep: A/ Red: B", "Pewarta: A",
  "Laporan Wartawan X.com, A", trailing initials "(abc/def)";
* wire cues: "Menyadur X", "Sumber: X", "(di)lansir (dari) X", "seperti diberitakan X",
  "dikutip dari X", "mengutip X", "kepada X" (wire names only).

Outlet names are normalised by form (a domain-like token keeps its domain, lower-cased and
capitalised: "SERAMBINEWS.COM" -> "Serambinews.com") and a small table of well-known outlets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlparse

from .dates import find_dates

# Well-known outlets: lower-case key (a domain stem or a name) -> readable name.
OUTLETS = {
    "kompas": "Kompas.com", "detik": "Detik.com", "detiknews": "Detik.com", "tempo": "Tempo.co",
    "antaranews": "Antaranews.com", "antara": "Antara", "republika": "Republika.co.id",
    "republika online": "Republika.co.id", "cnn indonesia": "CNN Indonesia", "cnnindonesia": "CNN Indonesia",
    "cnbc indonesia": "CNBC Indonesia", "cnbcindonesia": "CNBC Indonesia", "tribunnews": "Tribunnews.com",
    "okezone": "Okezone.com", "liputan6": "Liputan6.com", "sindonews": "Sindonews.com",
    "suara": "Suara.com", "viva": "VIVA", "vivanews": "VIVA", "merdeka": "Merdeka.com",
    "jpnn": "JPNN.com", "kumparan": "Kumparan", "idntimes": "IDN Times", "idn times": "IDN Times",
    "jawapos": "JawaPos.com", "inews": "iNews.id", "serambinews": "Serambinews.com",
    "beritasatu": "BeritaSatu.com", "medcom": "Medcom.id", "kontan": "Kontan.co.id", "bisnis": "Bisnis.com",
    "mediaindonesia": "Media Indonesia", "media indonesia": "Media Indonesia", "jakartapost": "The Jakarta Post",
    "the jakarta post": "The Jakarta Post", "jakartaglobe": "Jakarta Globe", "jakarta globe": "Jakarta Globe",
    "voaindonesia": "VOA Indonesia", "voa indonesia": "VOA Indonesia", "gatra": "Gatra", "rmol": "RMOL",
    "metrotvnews": "Metro TV", "kompas tv": "Kompas TV", "kompastv": "Kompas TV", "tirto": "Tirto.id",
    "katadata": "Katadata", "mongabay": "Mongabay", "pikiran-rakyat": "Pikiran Rakyat",
    "pikiran rakyat": "Pikiran Rakyat", "harianjogja": "Harian Jogja", "tvonenews": "tvOneNews",
}

# Wire and foreign sources: regex on lower-case text -> readable name.
WIRES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), name)
    for p, name in (
        (r"anadolu(?:\s+(?:news\s+)?agency|\s+ajansı)?", "Anadolu Agency"),
        (r"reuters", "Reuters"),
        (r"\bafp\b|agence\s+france[- ]presse", "AFP"),
        (r"\bap\b|associated\s+press", "AP"),
        (r"\bantara\b|antaranews", "Antara"),
        (r"xinhua", "Xinhua"),
        (r"sputnik", "Sputnik"),
        (r"\bbbc\b", "BBC"),
        (r"al\s*jazeera", "Al Jazeera"),
        (r"\bcnn\b(?!\s+indonesia)", "CNN"),
        (r"\btass\b", "TASS"),
        (r"ria\s+novosti", "RIA Novosti"),
        (r"kyodo", "Kyodo"),
        (r"yonhap", "Yonhap"),
        (r"bernama", "Bernama"),
        (r"\bdpa\b", "DPA"),
        (r"\befe\b", "EFE"),
        (r"\birna\b", "IRNA"),
        (r"\bupi\b", "UPI"),
        (r"bloomberg", "Bloomberg"),
        (r"trend\s+news\s+agency", "Trend News Agency"),
        (r"the\s+guardian", "The Guardian"),
        (r"new\s+york\s+times", "The New York Times"),
        (r"washington\s+post", "The Washington Post"),
        (r"south\s+china\s+morning\s+post|\bscmp\b", "South China Morning Post"),
        (r"arab\s+news", "Arab News"),
        (r"times\s+of\s+israel", "The Times of Israel"),
        (r"\bwafa\b", "WAFA"),
        (r"\bnhk\b", "NHK"),
        (r"channel\s*news\s*asia|\bcna\b", "CNA"),
        (r"the\s+straits\s+times|straits\s+times", "The Straits Times"),
        (r"sky\s+news", "Sky News"),
        (r"\bnpr\b", "NPR"),
    )
)

_NAME = r"[A-Z][\w'.&-]*(?:\s+(?:[A-Z][\w'.&-]*|of|the|de|al))*"
WIRE_CUE = re.compile(
    r"(?:menyadur(?:\s+dari)?|disadur\s+dari|sumber\s*:|source\s*:|(?:seperti\s+)?(?:di|me)?lansir(?:\s+dari)?|"
    r"seperti\s+diberitakan|diberitakan|dikutip\s+dari|mengutip(?:\s+dari)?|kutip\s+dari|"
    r"laporan|menurut\s+laporan|kepada|told|according\s+to)\s+(?P<name>[\w'.&-]+(?:\s+[\w'.&-]+){0,3})",
    re.IGNORECASE,
)
# Cues that name a publication even when it is not in the table ("dilansir dari The Hindu").
_OPEN_CUES = re.compile(r"^(?:menyadur|disadur|sumber|source|(?:seperti\s+)?(?:di|me)?lansir|dikutip|kutip)", re.IGNORECASE)
_MEDIA_WORD = re.compile(r"\b(?:news|times|post|agency|tv|press|journal|herald|tribune|daily|online|\w+\.com)\b", re.IGNORECASE)

_DOMAIN = r"[A-Za-z0-9][\w-]*(?:\. ?(?i:com|co|id|net|org|news|tv|info|my|sg|uk|io)\b)+"
_PLACE = r"[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){0,3}"
_DASH = r"\s*(?:-{1,2}|–|—|\ufffd)\s+"  # U+FFFD: a dash garbled by a wrong decoding
# words that make an unknown name after an upper-case dateline an outlet ("Radar Bogor", "Warta Papua")
_MEDIA_WORDS = frozenset({"berita", "news", "pos", "post", "times", "media", "online", "tv", "today", "daily", "harian",
                          "tribun", "warta", "kabar", "info", "channel", "radar", "suara", "journal", "ekspres",
                          "express", "pers", "koran", "surat", "majalah", "review", "network"})
LEAD_FORMS = (
    re.compile(rf"^(?P<outlet>{_DOMAIN})(?:\s*,\s*(?P<place>{_PLACE}))?{_DASH}"),
    re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<outlet>{_DOMAIN}){_DASH}"),
    re.compile(rf"^(?P<place>{_PLACE})\s*\(\s*(?P<outlet>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,2}})\s*\){_DASH}"),
    re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<outlet>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,2}}){_DASH}"),
    re.compile(rf"^(?P<outlet>{_DOMAIN})-(?P<place>{_PLACE})\.\s+"),
    re.compile(rf"^(?P<place>{_PLACE}){_DASH}"),
)
_CREDIT_SPLIT = re.compile(
    r"\s*\|\s*|\s{2,}|\s*/\s*(?=(?:red|editor|penyunting|redaktur)\b)|\s+(?=(?:red|editor|penyunting|redaktur)\s*:)", re.IGNORECASE
)
_CREDIT_ITEM = re.compile(
    r"^(?P<label>penulis|editor|reporter|pewarta|kontributor|redaktur|penyunting|rep|red|wartawan|author|writer|"
    r"laporan\s+wartawan|laporan\s+reporter|laporan|sumber|source|editing\s+by|reporting\s+by)\b\s*:?\s*(?P<value>.+)$",
    re.IGNORECASE,
)
AUTHOR_LABELS = {"penulis", "reporter", "pewarta", "kontributor", "rep", "wartawan", "author", "writer",
                 "laporan wartawan", "laporan reporter", "laporan", "reporting by"}
EDITOR_LABELS = {"editor", "redaktur", "penyunting", "red", "editing by"}
TRAILING_INITIALS = re.compile(r"[\(\[]\s*(?P<a>[a-z]{2,5})(?:\s*/\s*(?P<b>[a-z]{2,5}))*\s*[\)\]]\s*$")
TRAILING_TAG = re.compile(r"\{\s*(?P<tag>[A-Za-z][\w.]{1,20})\s*\}\s*$")


@dataclass
class Lead:
    outlet: str | None
    place: str | None
    end: int  # where the article text starts after the lead


@dataclass
class Credits:
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    wires: list[str] = field(default_factory=list)


def outlet_name(token: str | None) -> str | None:
    """"SERAMBINEWS.COM" -> "Serambinews.com", "ANTARA" -> "Antara", "cnnindonesia.com" ->
    "CNN Indonesia", "https://www.suara.com/news/..." -> "Suara.com"."""
    if not token:
        return None
    t = re.sub(r"\.\s+(?=(?i:com|co|id)\b)", ".", token.strip().strip("{}()[]").strip())
    if "://" in t or t.startswith("www."):
        t = urlparse(t if "://" in t else "http://" + t).hostname or t
    t = re.sub(r"^(?:www|m|mobile|amp|news|nasional|internasional|regional)\.", "", t, flags=re.IGNORECASE)
    low = t.lower()
    stem = low.split(".")[0]
    for key in (low, re.sub(r"\s+(?:news|online|com|daily)$", "", low)):
        if key in OUTLETS:
            return OUTLETS[key]
    if "." in low:
        if stem in OUTLETS and OUTLETS[stem].lower().split(".")[0].replace(" ", "") == stem:
            return OUTLETS[stem]
        # Regional sub-brands ("Tribun-Papua.com") and unknown domains keep their own name.
        return low[:1].upper() + low[1:]
    if stem in OUTLETS:
        return OUTLETS[stem]
    return t if not t.isupper() or len(t) <= 4 else t.title()


def place_name(token: str | None) -> str | None:
    if not token:
        return None
    t = token.strip(" .,")
    return t.title() if t.isupper() else t


def _news_like(outlet: str) -> bool:
    """'Warta Papua', 'PRFMNEWS', 'SUMUTPOS', 'TRIBUNJATIM': a news word, alone or glued into one upper-case name."""
    words = outlet.lower().split()
    if _MEDIA_WORDS.intersection(words):
        return True
    name = words[0] if len(words) == 1 and outlet.isupper() else ""
    return any(len(name) >= len(w) + 2 and (name.startswith(w) or name.endswith(w)) for w in _MEDIA_WORDS)


def parse_lead(line: str) -> Lead | None:
    """The dateline/outlet lead at the start of a paragraph, if any."""
    for form in LEAD_FORMS:
        m = form.match(line)
        if not m:
            continue
        rest = line[m.end():]
        if len(rest.split()) < 4:
            return None
        gd = m.groupdict()
        outlet, place = gd.get("outlet"), gd.get("place")
        # "Jakarta, Jawa Barat -" is no outlet; "JAYAPURA, Warta Papua -" (an upper-case dateline, a
        # news word) names one we do not know yet
        if form is LEAD_FORMS[3] and outlet and outlet.lower() not in OUTLETS and not (
                place and place.isupper() and len(place) > 2 and _news_like(outlet)):
            return None
        if form is LEAD_FORMS[-1] and place:
            if len(place.split()) > 2 and not place.isupper():
                return None  # a bare dateline lead is one or two words
            if place.lower() in OUTLETS:  # "VIVA – ...": an outlet, not a place
                return Lead(outlet=OUTLETS[place.lower()], place=None, end=m.end())
        return Lead(outlet=outlet_name(outlet), place=place_name(place), end=m.end())
    return None


def parse_credits(line: str) -> Credits:
    """Names from a credit line ("Penulis: A | Editor: B", "Rep: A/ Red: B")."""
    out = Credits()
    for part in _CREDIT_SPLIT.split(line.strip()):
        m = _CREDIT_ITEM.match(part.strip())
        if not m:
            continue
        label = re.sub(r"\s+", " ", m.group("label").lower())
        value = m.group("value").strip(" :|-")
        if label.startswith("laporan") and "," in value:
            value = value.rsplit(",", 1)[1].strip()  # "Laporan Wartawan X.com, Nama"
        if label in ("sumber", "source"):
            out.wires.extend(wire_names(value))
            continue
        names = [n.strip(" .") for n in re.split(r"\s*(?:,|\bdan\b|&|\band\b)\s*", value) if n.strip(" .")]
        wires = [w for n in names for w in wire_names(n, whole=True)]
        if wires:
            out.wires.extend(wires)
            continue
        names = [n for n in names if _looks_like_name(n)]
        (out.editors if label in EDITOR_LABELS else out.authors).extend(names)
    return out


def _looks_like_name(s: str) -> bool:
    words = s.split()
    return 1 <= len(words) <= 6 and words[0][:1].isupper() and not any(ch.isdigit() for ch in s)


def wire_names(text: str, whole: bool = False) -> list[str]:
    """Readable wire names found in ``text`` (``whole``: ``text`` must be only the name)."""
    out: list[str] = []
    for pat, name in WIRES:
        m = pat.fullmatch(text.strip()) if whole else pat.search(text)
        if m and name not in out:
            out.append(name)
    return out


_CUE_WORDS = ("menyadur", "disadur", "sumber", "source", "lansir", "diberitakan", "utip", "laporan",
              "kepada", "told", "according")


def wire_sources(text: str) -> list[str]:
    """Wire sources named after a citation cue anywhere in ``text``."""
    out: list[str] = []
    low = text.lower()
    starts: set[int] = set()
    for cue in _CUE_WORDS:
        i = low.find(cue)
        while i >= 0:
            # back up to the start of the cue phrase ("seperti dilansir", "dikutip dari")
            j = low.rfind(" ", 0, max(i - 1, 0))
            k = low.rfind(" ", 0, max(j, 0))
            starts.update(x + 1 for x in (i - 1, j, k) if x >= -1)
            i = low.find(cue, i + len(cue))
    for s in sorted(starts):
        m = WIRE_CUE.match(text, s)
        if not m:
            continue
        name = m.group("name")
        found = wire_names(_first_name_words(name))
        if not found and _OPEN_CUES.match(m.group(0)):
            cand = re.match(_NAME, name)
            if cand and _MEDIA_WORD.search(cand.group(0)):
                found = [cand.group(0).strip()]
        for n in found:
            if n not in out:
                out.append(n)
    return out


def _first_name_words(name: str) -> str:
    """The name part of a cue's object: up to the first lower-case word that is not a
    connector ("Anadolu Agency, Rabu" -> "Anadolu Agency")."""
    words: list[str] = []
    for w in re.split(r"\s+", name):
        core = w.strip(",.;:()\"'")
        if not core:
            break
        if core[:1].islower() and (not words or core.lower() not in ("news", "agency", "press")):
            break
        words.append(core)
        if w.endswith((",", ".", ";", ":")):
            break
    return " ".join(words)


def trailing_initials(line: str) -> tuple[list[str], list[str]]:
    """Reporter/editor initials at the end of a story: "(wnv/imk)" -> (["wnv"], ["imk"])."""
    m = TRAILING_INITIALS.search(line)
    if not m:
        return [], []
    parts = [p.strip() for p in m.group(0).strip(" ()[]").split("/") if p.strip()]
    return parts[:1], parts[1:]


def trailing_outlet_tag(line: str) -> str | None:
    """An outlet tag at the end of a story: "... berlangsung. {viva}" -> "VIVA"."""
    m = TRAILING_TAG.search(line)
    return outlet_name(m.group("tag")) if m else None


def early_date(paragraphs: list[str], max_paragraphs: int = 6) -> str | None:
    """The reporting date written in the first paragraphs: the first full date written
    with its weekday ("Rabu (25/11/2020)", "Rabu 30 September 2020"). Dates without a
    weekday ("pada 27 September 2020", "sejak 1991") are merely mentioned and never used."""
    for p in paragraphs[:max_paragraphs]:
        for h in find_dates(p):
            if h.weekday and h.weekday_ok:
                return h.iso
    return None


def header_domain(line: str) -> str | None:
    """An outlet from a header line that is only a domain or a known outlet name
    ("TEMPO.CO", "detikNews", "ANTARA News")."""
    t = line.strip()
    if len(t) > 40 or len(t.split()) > 3:
        return None
    if re.fullmatch(_DOMAIN, t):
        return outlet_name(t)
    low = t.lower()
    for key in (low, low.replace(" news", ""), low.replace("news", "").strip()):
        if key in OUTLETS:
            return OUTLETS[key]
    return None


def url_outlet(url: str | None) -> str | None:
    if not url or "://" not in url:
        return None
    host = urlparse(url).hostname
    return outlet_name(host) if host else None


@dataclass
class PageMeta:
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    dateline: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    wire_sources: list[str] = field(default_factory=list)


@dataclass
class Hints:
    """Metadata the container or the HTML gave (each may be None)."""

    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    sitename: str | None = None
    authors: list[str] | None = None


def describe(header: list[str], credit_lines: list[str], datestamps: list[str], paragraphs: list[str],
             lead: Lead | None, last_line: str, hints: Hints) -> PageMeta:
    """All metadata of one page, from its header lines, credit lines, body and hints."""
    from .dates import normalise_date, url_date

    meta = PageMeta()
    meta.dateline = lead.place if lead else None
    meta.outlet = (
        outlet_name(hints.outlet) or (lead.outlet if lead else None) or outlet_name(hints.sitename)
        or url_outlet(hints.url) or next((o for o in map(header_domain, header) if o), None)
        or trailing_outlet_tag(last_line)
    )
    meta.published = (  # each source looked at only when the ones before it gave nothing
        normalise_date(hints.published) or next((h.iso for line in datestamps for h in find_dates(line)), None)
        or early_date(paragraphs) or url_date(hints.url)
    )
    meta.title = (hints.title or "").strip() or header_title(header)
    credits = Credits()
    for line in credit_lines:
        c = parse_credits(line)
        credits.authors += c.authors
        credits.editors += c.editors
        credits.wires += c.wires
    authors = credits.authors or list(hints.authors or [])
    editors = credits.editors
    if not authors and not editors:
        authors, editors = trailing_initials(last_line)
    meta.authors, meta.editors = _unique(authors), _unique(editors)
    wires = credits.wires + wire_sources("\n".join(paragraphs))
    own = (meta.outlet or "").lower().split(".")[0]
    meta.wire_sources = [w for w in _unique(wires) if w.lower().split(".")[0] != own]
    return meta


def header_title(header: list[str]) -> str | None:
    """The headline among the header lines: the first Title-Case or sentence line of four
    words or more that is not a date stamp, credit, cross-link or section label."""
    from .lines import classify

    best: str | None = None
    for i, line in enumerate(header):
        info = classify(i + 1, line)
        if info.kind == "head" and info.words >= 4:
            return line
        if best is None and info.kind in ("strong", "weak") and info.words >= 4:
            best = line
    return best


def _unique(xs: list[str]) -> list[str]:
    out: list[str] = []
    for x in xs:
        if x and x not in out:
            out.append(x)
    return out
