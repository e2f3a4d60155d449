"""Rules on top of the NER model's spans, over one sentence's tokens.

* a country name is a place (LOC), also when the model glued it to a person
  ("Rusia Vladimir Putin" -> LOC "Rusia" + PER "Vladimir Putin");
* "warga/penduduk/orang-orang X" (X a country or a known people) is a group mention (NORP),
  "tentara/pasukan/militer/pemerintah X" an organisation (ORG) of country X;
* institutions named by their abbreviation or full name ("Kemenhan", "kemenhan Azerbaijan",
  "Komisi Pemberantasan Korupsi", "Polda Metro Jaya", "Densus 88") are organisations, with the
  country or region that follows them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..model import Token
from . import entities as ent
from .ner_features import LOC_HEADS, NORP_HEADS, ORG_HEADS, PERSON_TITLES, wordset

# Words before a country name that make "<word> <country>" an organ of that state (ORG).
STATE_ORGANS = wordset("tentara pasukan militer angkatan pemerintah pemerintahan rezim polisi kepolisian parlemen "
                       "kedubes kedutaan konsulat")
GROUP_WORDS = NORP_HEADS | {"orang-orang", "kaum", "para", "etnis", "suku"}
# Abbreviations found also in lower case ("kemenhan Azerbaijan"); others must be capitalised.
LOWER_OK = wordset("kemenhan kemenlu kemendagri kemenkes kemenkeu kemenag kemensos kemenkumham kemendikbud kemenhub "
                   "kementan polri polda polres polresta polrestabes polsek densus brimob bnpb bpbd basarnas bmkg "
                   "kpk kpu bawaslu pemkab pemkot pemprov kodam korem kodim kostrad kopassus pbb")
# Heads followed by the name of their region or unit ("Polda Metro Jaya", "Kodam Jaya", "TNI AD").
REGIONAL = wordset("polda polres polresta polrestabes polsek pemkab pemkot pemprov pemda kodam korem kodim bpbd dprd "
                   "kejati kejari pengadilan tni densus")
UNIT_SUFFIXES = {"tni": wordset("AD AL AU")}
# Offices named after the region they head, written "<office> <region> <name>" ("Bupati Bima Indah
# Lestari", "Camat Sape Ahmad Yani", "Wali Kota Surabaya Eri ..."): the region is a place, not a name.
REGION_OFFICES = wordset("bupati wabup gubernur wagub walikota wawali camat kapolda kapolres kapolresta "
                         "kapolrestabes kapolsek dandim danrem pangdam kajati kajari")
_FULL: dict[str, list[tuple[list[str], str]]] = {}  # first word -> (full name words, abbreviation)
for _abbr, _full in sorted(ent.ABBREVIATIONS.items()):
    _FULL.setdefault(_full.split()[0], []).append((_full.split(), _abbr))
for _heads in _FULL.values():
    _heads.sort(key=lambda fa: -len(fa[0]))


@dataclass(init=False)
class Span:
    start: int  # token index
    end: int  # token index, exclusive
    label: str
    source: str = "model"
    country: str | None = None
    head: str | None = None  # the group/state word of a NORP/ORG rule span

    # written out, not generated: mypyc compiles this one, while the ``__init__`` that
    # ``dataclass`` generates runs interpreted (four times slower for a few dozen spans an article)
    def __init__(self, start: int, end: int, label: str, source: str = "model", country: str | None = None,
                 head: str | None = None) -> None:
        self.start = start
        self.end = end
        self.label = label
        self.source = source
        self.country = country
        self.head = head


def model_spans(tags: list[str]) -> list[Span]:
    """Spans of BIO tags (an I- without a B-, or after another type, opens a span)."""
    out: list[Span] = []
    cur: Span | None = None
    for i in [i for i, tag in enumerate(tags) if tag != "O"]:
        prefix, _, typ = tags[i].partition("-")
        if cur is not None and prefix == "I" and cur.label == typ and cur.end == i:
            cur.end = i + 1
            continue
        cur = Span(i, i + 1, typ)
        out.append(cur)
    return out


_INSTITUTION_FIRST = frozenset(_FULL) | frozenset(a.split()[0] for a in ent.ABBREVIATIONS)


def _country_at(toks: list[Token], lows: list[str], i: int, names: ent.NameTables) -> tuple[int, str] | None:
    """A country name starting at token ``i``: (length in tokens, ISO2)."""
    longest = names.country_len.get(lows[i])  # the most words of a country name opening with this one
    if longest is None or not toks[i].text[:1].isupper():
        return None
    for k in range(min(longest, len(toks) - i), 0, -1):
        cc = names.countries.get(" ".join(lows[i:i + k]))
        if cc is not None:
            return k, cc
    return None


def _abbreviation_at(toks: list[Token], lows: list[str], i: int) -> tuple[int, str] | None:
    """An institution named at token ``i`` by abbreviation or full name: (length, abbreviation)."""
    w = toks[i].text
    low = lows[i]
    if w[:1].isupper():
        for full, abbr in _FULL.get(low, ()):
            k = len(full)
            if lows[i:i + k] == full:
                return k, abbr
    if i + 1 < len(toks):
        two = f"{low} {lows[i + 1]}"
        if two in ent.ABBREVIATIONS and (w[:1].isupper() or low in LOWER_OK):
            return 2, two
    if low in ent.ABBREVIATIONS and (low in LOWER_OK or (w.isupper() and len(w) > 1) or (w[:1].isupper() and len(w) > 4)):
        return 1, low
    return None


def institution_spans(toks: list[Token], lows: list[str], names: ent.NameTables) -> list[Span]:
    """ORG spans of institutions, extended by the country / region / unit that follows."""
    out: list[Span] = []
    n = len(toks)
    end = 0
    for i, low in enumerate(lows):
        if i < end or low not in _INSTITUTION_FIRST:
            continue
        hit = _abbreviation_at(toks, lows, i)
        if hit is None:
            continue
        k, abbr = hit
        end = i + k
        head = abbr.split()[0]
        country = _country_at(toks, lows, end, names) if end < n else None
        cc = None
        if country is not None:
            end += country[0]
            cc = country[1]
        elif head in UNIT_SUFFIXES:
            if end < n and toks[end].text in UNIT_SUFFIXES[head]:
                end += 1
        elif head in REGIONAL:
            stop = min(n, end + 3)
            while end < stop and toks[end].text[:1].isupper() and toks[end].text.isalpha() \
                    and lows[end] not in PERSON_TITLES and lows[end] not in ORG_HEADS:
                end += 1
        out.append(Span(i, end, "ORG", "rule", cc))
    return out


_NAME_LINKS = frozenset({"dan", "untuk", "&", "of", "and", "for"})


def defined_institutions(toks: list[Token], lows: list[str]) -> list[Span]:
    """An institution named in full with its abbreviation after it, "Badan Keamanan Laut (Bakamla)":
    the full name and the abbreviation are organisations (two names: a name does not run across
    a bracket)."""
    out: list[Span] = []
    n = len(toks)
    for i in [i for i, low in enumerate(lows) if low == "("]:
        if not (i + 2 < n and lows[i + 2] == ")" and _abbreviation_like(toks[i + 1].text)):
            continue
        k = i  # back over the capitalised words of the full name to an organisation head
        while k > 0 and (toks[k - 1].text[:1].isupper() or (lows[k - 1] in _NAME_LINKS and k - 1 > 0
                                                            and toks[k - 2].text[:1].isupper())):
            k -= 1
            if lows[k] in ORG_HEADS and toks[k].text[:1].isupper() and i - k >= 2:
                out.append(Span(k, i, "ORG", "rule"))
                out.append(Span(i + 1, i + 2, "ORG", "rule"))
                break
    return out


_STORMS = wordset("topan badai siklon taifun")
_WORSHIP = wordset("gereja masjid katedral pura vihara klenteng kapel musala musholla")


def houses_of_worship(toks: list[Token], lows: list[str]) -> list[Span]:
    """"Gereja Katedral Hati Yesus", "Masjid Raya Al-Falah": a named house of worship is one place,
    whatever names it is named after."""
    out: list[Span] = []
    n = len(toks)
    i = 0
    while i < n:
        if lows[i] in _WORSHIP and toks[i].text[:1].isupper():
            j = i + 1
            while j < n and toks[j].text[:1].isupper() and toks[j].text.replace("-", "").isalnum():
                j += 1
            if j - i >= 2:
                out.append(Span(i, j, "LOC", "rule"))
            i = j
            continue
        i += 1
    return out


def initials_at(toks: list[Token], lows: list[str], i: int) -> bool:
    """"berinisial AS (27)", "RI (35)": a person's initials, not a country's short form."""
    if i > 0 and lows[i - 1] in ("berinisial", "inisial"):
        return True
    return i + 2 < len(toks) and lows[i + 1] == "(" and toks[i + 2].text.isdigit() and toks[i].text.isupper()


def _abbreviation_like(w: str) -> bool:
    """"Bakamla", "KPK", "BPJS", "Kemenkominfo": one capitalised word of letters (digits allowed)."""
    return 2 <= len(w) <= 14 and w[:1].isupper() and w.isalnum() and not w.isdigit()


def _office_region(toks: list[Token], lows: list[str], sp: Span, names: ent.NameTables) -> int:
    """Tokens of the region name that opens ``sp`` right after a regional office, 0 if none."""
    h = sp.start - 1
    if h < 0 or sp.label not in ("PER", "LOC") or not (
            lows[h] in REGION_OFFICES or (lows[h] == "kota" and h > 0 and lows[h - 1] == "wali")):
        return 0
    for k in range(min(3, sp.end - sp.start - 1), 0, -1):
        name = " ".join(lows[sp.start:sp.start + k])
        if (name in names.regions or name in names.districts) and toks[sp.start + k].text[:1].isupper() \
                and lows[sp.start + k] not in LOC_HEADS:
            return k
    return 0


def _split_office_regions(toks: list[Token], lows: list[str], spans: list[Span], names: ent.NameTables) -> list[Span]:
    """"Bupati Bima Indah Lestari": LOC "Bima" + PER "Indah Lestari" instead of one name."""
    out: list[Span] = []
    for sp in spans:
        k = _office_region(toks, lows, sp, names)
        if k:
            out.append(Span(sp.start, sp.start + k, "LOC", "rule"))
            out.append(Span(sp.start + k, sp.end, "PER", sp.source))
        else:
            out.append(sp)
    return out


def _merge(spans: list[Span], rule: list[Span]) -> list[Span]:
    """Rule spans win over model spans inside them; a model span reaching outside one wins."""
    if not rule:
        return spans
    keep_rule = []
    for r in rule:
        crossing = [s for s in spans if s.start < r.end and r.start < s.end and not (r.start <= s.start and s.end <= r.end)]
        if not crossing:
            keep_rule.append(r)
    inside = {id(s) for r in keep_rule for s in spans if r.start <= s.start and s.end <= r.end}
    merged = [s for s in spans if id(s) not in inside] + keep_rule
    merged.sort(key=lambda s: s.start)
    return merged


_INNER_PUNCT = frozenset(":;,()[]\"“”?!|/") | {"–", "—"}
_DASHES = frozenset({"-", "–", "—"})


def _cut_at_punctuation(toks: list[Token], spans: list[Span]) -> list[Span]:
    """A name does not run across ':' ',' '(' or a spaced dash ("KALBAJAR - Tentara"): keep the
    part before the first such token."""
    out = []
    for sp in spans:
        for j in range(sp.start, sp.end):
            if toks[j].text in _INNER_PUNCT or (toks[j].text in _DASHES and j > 0 and toks[j - 1].end < toks[j].start):
                if j > sp.start:
                    out.append(Span(sp.start, j, sp.label, sp.source, sp.country, sp.head))
                break
        else:
            out.append(sp)
    return out


def _regional_offices(toks: list[Token], lows: list[str], spans: list[Span]) -> None:
    """"Kantor Wilayah Direktorat Jenderal X Kalimantan Timur" (a Kanwil) is an office, not a place:
    a place span that is, or follows, "Kantor Wilayah"/"Kantor Cabang" becomes an organisation."""
    for sp in spans:
        if sp.label != "LOC":
            continue
        if sp.start > 0 and lows[sp.start - 1] == "kantor" and toks[sp.start - 1].text[:1].isupper() \
                and lows[sp.start] in ("wilayah", "cabang"):
            sp.start -= 1
            sp.label = "ORG"
        elif lows[sp.start] == "kantor" and sp.end - sp.start > 2 and lows[sp.start + 1] in ("wilayah", "cabang"):
            sp.label = "ORG"


# police and military ranks: a name after one is a person's, whatever the model ran it into
_RANKS = frozenset({"kombes", "kombespol", "akbp", "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigpol", "briptu",
                    "bripda", "irjen", "irjenpol", "komjen", "komjenpol", "kompol", "brigjen", "mayjen", "letjen", "kolonel",
                    "letkol", "laksda", "laksdya", "marsda", "marsdya", "laksma", "marsma"})
_RANK_TAIL = frozenset({"pol", "pol.", "tni", "inf", "inf.", "cpl", "kav", "(", ")", "purn", "(purn)", "laut", "psk"})


def _split_at_ranks(toks: list[Token], lows: list[str], spans: list[Span]) -> list[Span]:
    """"Kabid Humas Polda Riau Kombes Pol Guntur Aryo" read as one organisation: the unit ends at
    the rank, the name after it (past "Pol", "(Purn)") is a person."""
    out: list[Span] = []
    for sp in spans:
        cut = next((k for k in range(sp.start + 1, sp.end - 1) if lows[k] in _RANKS), None) \
            if sp.label in ("ORG", "LOC") else None
        if cut is None:
            out.append(sp)
            continue
        first = cut + 1
        while first < sp.end and lows[first] in _RANK_TAIL:
            first += 1
        if first < sp.end and toks[first].text[:1].isupper():
            out.append(Span(sp.start, cut, sp.label, sp.source, sp.country, sp.head))
            out.append(Span(first, sp.end, "PER", "rank"))
        else:
            out.append(sp)
    return out


# crowd nouns that open a sentence in protest news ("Massa aksi bergerak ke ..."): never a name there,
# though a gazetteer knows a town of that name (Massa, Italy) and the first-pass silver tags took it for one
_CROWD_NOUNS = frozenset({"massa", "buruh", "demonstran", "pendemo", "simpatisan", "pengunjuk"})


# words that end place names even when written in lower case ("Jawa tengah", "Kalimantan timur")
_PLACE_TAILS = frozenset({"utara", "selatan", "timur", "barat", "tengah", "tenggara", "barat daya", "laut", "darat",
                          "raya", "hulu", "hilir", "daya"})


_TOWARDS = frozenset({"di", "ke", "menuju"})  # not "dari": "dilansir dari Marca", "dari Amien Rais"
_AREA_FEATURES = frozenset({"country", "admin1", "admin2", "region"})


def _places_after_preposition(toks: list[Token], lows: list[str], spans: list[Span],
                              geocode: Callable[[str], ent.GeoHit | None], lexicon: dict[str, str]) -> list[Span]:
    """"dikirim ke Sinaloa": a capitalised name the model left untagged, right after a place
    preposition, is a place when the whole name is a country, a first- or second-level region
    or a city of some size in the gazetteer (villages named like common words are not, nor
    words written lower-case in running text, nor short forms: "di TV", "di Sana")."""
    covered = {j for sp in spans for j in range(sp.start, sp.end)}
    added: list[Span] = []
    n = len(toks)
    for i in range(1, n):
        if lows[i - 1] not in _TOWARDS or i in covered or not toks[i].text[:1].isupper() \
                or len(lows[i]) < 3 or toks[i].text.isupper() or "|lo" in lexicon.get(lows[i], ""):
            continue
        end = i
        while end < n and end - i < 4 and end not in covered and toks[end].text[:1].isupper() \
                and toks[end].text[1:].replace("-", "").isalpha():
            end += 1
        if end == i or end - i > 3 or (end < n and end in covered):
            continue
        hit = geocode(" ".join(t.text for t in toks[i:end]))
        if hit is not None and (hit.feature in _AREA_FEATURES or (hit.feature == "city" and hit.population >= 15000)):
            added.append(Span(i, end, "LOC", "gazetteer", hit.country))
    if not added:
        return spans
    return sorted(spans + added, key=lambda s: s.start)


# What a sentence's words can trigger, as bits (:func:`word_triggers`): apply_rules runs a pass only
# when a word that can start it is in the sentence.
OPENS = 1  # an institution, a country or a people: the word may open a rule span on its own
_T_INSTITUTION = 2
_T_COUNTRY = 4
_T_PEOPLE = 8
_T_RANK = 16
_T_KANTOR = 32
_T_OFFICE = 64
_T_PAREN = 128
_T_ORG_HEAD = 256
_T_WORSHIP = 512
_T_STORM = 1024
_T_DI = 2048
_T_TOWARDS = 4096
_T_INITIALS = 8192


def word_triggers(low: str, names: ent.NameTables) -> int:
    """The passes of :func:`apply_rules` a lower-cased word form can trigger (bits)."""
    bits = 0
    if low in _INSTITUTION_FIRST:
        bits |= OPENS | _T_INSTITUTION
    if low in names.country_first:
        bits |= OPENS | _T_COUNTRY
    if low in names.peoples:
        bits |= OPENS | _T_PEOPLE
    if low in _RANKS:
        bits |= _T_RANK
    if low == "kantor":
        bits |= _T_KANTOR
    if low in REGION_OFFICES or low == "wali":
        bits |= _T_OFFICE
    if low == "(":
        bits |= _T_PAREN
    if low in ORG_HEADS:
        bits |= _T_ORG_HEAD
    if low in _WORSHIP:
        bits |= _T_WORSHIP
    if low in _STORMS:
        bits |= _T_STORM
    if low == "di":
        bits |= _T_DI
    if low in _TOWARDS:
        bits |= _T_TOWARDS
    if low == "berinisial":
        bits |= _T_INITIALS
    return bits


class RuleTriggers:
    """The passes of :func:`apply_rules` that sentences trigger, from :func:`word_triggers` of
    their words, cached per lower-cased word form (bounded) for one set of name tables."""

    def __init__(self, names: ent.NameTables):
        self._names = names
        self._bits: dict[str, int] = {}

    def of_sentence(self, lows: list[str]) -> int:
        """The passes a sentence (its words lower-cased) triggers."""
        bits = 0
        table = self._bits
        for low in lows:
            word = table.get(low)
            if word is None:
                word = word_triggers(low, self._names)
                if len(table) < 200_000:
                    table[low] = word
            bits |= word
        return bits


def apply_rules(toks: list[Token], spans: list[Span], names: ent.NameTables,
                lexicon: dict[str, str] | None = None, lows: list[str] | None = None,
                triggers: int | None = None) -> list[Span]:
    """Institution, country, group and state rules on top of the model's spans (see the module doc).

    With the word ``lexicon`` of the model, a one-word span at the sentence start that is a
    common lower-case word ("Bentrokan", "Genderang") is dropped. ``lows``: the tokens'
    texts lower-cased, and ``triggers``: their :meth:`RuleTriggers.of_sentence`, when the caller has them."""
    if lows is None:
        lows = [t.text.lower() for t in toks]
    if triggers is None:
        triggers = 0
        for low in set(lows):
            triggers |= word_triggers(low, names)
    if any(sp.end - sp.start > 2 for sp in spans):
        spans = _cut_at_punctuation(toks, spans)
    if lexicon:
        for sp in spans:  # a place ends before a common lower-case word: "di Jayapura stabil, namun ..."
            while sp.label == "LOC" and sp.end - sp.start > 1 and toks[sp.end - 1].text[:1].islower() \
                    and "|lo" in lexicon.get(lows[sp.end - 1], "") and lows[sp.end - 1] not in _PLACE_TAILS:
                sp.end -= 1
    if lexicon and spans and spans[0].start == 0 and spans[0].end == 1 \
            and ("|lo" in lexicon.get(lows[0], "") or lows[0] in _CROWD_NOUNS) and lows[0] not in names.country_first:
        spans = spans[1:]
    for sp in spans:  # titles are not part of names: "Polda Metro Jaya Kombes", "Presiden Joko Widodo"
        while sp.end - sp.start > 1 and sp.label != "PER" and lows[sp.end - 1].rstrip(".") in PERSON_TITLES \
                and not (sp.label == "LOC" and lows[sp.start] in LOC_HEADS):  # "Gunung Ibu", "Pulau Raja"
            sp.end -= 1
        if sp.label == "PER" and sp.end - sp.start > 1 and lows[sp.start].rstrip(".") in PERSON_TITLES:
            first = sp.start
            while first < sp.end - 1 and lows[first].rstrip(".") in PERSON_TITLES:
                first += 1
            rest = " ".join(lows[first:sp.end])
            if rest not in names.regions and rest not in names.countries:  # "Kapolrestabes Bandung" is a role: kept
                sp.start = first
    if triggers & _T_RANK:
        spans = _split_at_ranks(toks, lows, spans)
    if triggers & _T_KANTOR:
        _regional_offices(toks, lows, spans)
    if triggers & _T_OFFICE:
        spans = _split_office_regions(toks, lows, spans, names)
    rule = institution_spans(toks, lows, names) if triggers & _T_INSTITUTION else []
    if triggers & _T_PAREN and triggers & _T_ORG_HEAD:
        rule = sorted(rule + defined_institutions(toks, lows), key=lambda s: s.start)
    if triggers & _T_WORSHIP:
        rule = sorted(rule + houses_of_worship(toks, lows), key=lambda s: s.start)
    if rule:
        spans = _merge(spans, rule)
    countries: dict[int, tuple[int, str]] = {}
    nxt = 0
    first_words = names.country_first
    for i in [i for i, low in enumerate(lows) if low in first_words] if triggers & _T_COUNTRY else ():
        if i >= nxt and not initials_at(toks, lows, i):
            hit = _country_at(toks, lows, i, names)
            if hit is not None:
                countries[i] = hit
                nxt = i + hit[0]
    out: list[Span] = []
    for sp in spans:
        if sp.start in countries and sp.label in ("PER", "ORG") and countries[sp.start][0] < sp.end - sp.start \
                and toks[sp.start + countries[sp.start][0]].text[:1].isupper():
            # "Rusia Vladimir Putin": a country glued to a name -> split
            k, cc = countries[sp.start]
            if sp.label == "PER":
                out.append(Span(sp.start, sp.start + k, "LOC", "rule", cc))
                out.append(Span(sp.start + k, sp.end, "PER", sp.source))
                continue
        if sp.start in countries and countries[sp.start][0] == sp.end - sp.start:
            out.append(Span(sp.start, sp.end, "LOC", sp.source, countries[sp.start][1]))
            continue
        out.append(sp)
    if countries:
        covered = {j for sp in out for j in range(sp.start, sp.end)}
        for i, (k, cc) in countries.items():
            if not any(j in covered for j in range(i, i + k)):
                out.append(Span(i, i + k, "LOC", "gazetteer", cc))
        out.sort(key=lambda s: s.start)
    # group / state heads directly before a country (or a known people)
    result: list[Span] = []
    for sp in out:
        if sp.label == "LOC" and sp.country and sp.end - sp.start == countries.get(sp.start, (0, ""))[0]:
            h = sp.start - 1
            head = lows[h] if h >= 0 else ""
            if head in GROUP_WORDS:
                result.append(Span(h, sp.end, "NORP", "rule", sp.country, head))
                continue
            if head in STATE_ORGANS and not (result and result[-1].end > h):
                result.append(Span(h, sp.end, "ORG", "rule", sp.country, head))
                continue
        result.append(sp)
    # "warga Papua", "etnis Rohingya": a group word before a people's name
    peoples = names.peoples
    added = False
    for i in [i for i, low in enumerate(lows) if i and low in peoples] if triggers & _T_PEOPLE else ():
        low = lows[i]
        if lows[i - 1] in GROUP_WORDS and toks[i].text[:1].isupper():
            if any(sp.start <= i < sp.end and sp.label in ("PER", "ORG") for sp in result):
                continue
            result = [sp for sp in result if not sp.start <= i < sp.end]
            result.append(Span(i - 1, i + 1, "NORP", "rule", peoples[low], lows[i - 1]))
            added = True
    if added:
        result.sort(key=lambda s: s.start)
    if triggers & _T_STORM:  # "Topan Kalmaegi": a storm named, no person (the hazard word is its head)
        result = [sp for sp in result if lows[sp.start] not in _STORMS]
    if triggers & _T_DI and names.geocode is not None:
        for sp in result:  # "di Khan Younis": a place the gazetteer knows, right after "di", is no person
            if sp.label == "PER" and sp.start > 0 and lows[sp.start - 1] == "di" and sp.end - sp.start > 1:
                geo = names.geocode(" ".join(t.text for t in toks[sp.start:sp.end]))
                if geo is not None and geo.precision == "place":
                    sp.label, sp.source = "LOC", "rule"
    if names.geocode is not None and triggers & _T_TOWARDS:
        result = _places_after_preposition(toks, lows, result, names.geocode, lexicon or {})
    if triggers & (_T_PAREN | _T_INITIALS):  # "berinisial AS (27)": initials, whatever the model read
        result = [sp for sp in result if not (sp.label == "LOC" and sp.end - sp.start == 1 and initials_at(toks, lows, sp.start))]
    return result
