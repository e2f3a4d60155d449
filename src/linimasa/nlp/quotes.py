"""Direct and indirect quotes and their speakers.

Direct quotes are found per paragraph from straight or curly quotation marks. A closing mark
with no opening one (a paragraph that ends in ``," kata X.``) opens the quote at the paragraph
start; an opening mark that is never closed runs to the paragraph end (the next paragraph
re-opens it, as news style does). The speaker is taken

* after the quote, joined by a cue verb: ``"...," kata/ujar/ungkap/tutur/jelas/tegas X`` and
  ``"...," X menambahkan``; a ``-nya`` cue ("ujarnya") means the last person named;
* before the quote: ``X mengatakan (kepada Y): "..."``, ``Menurut X, "..."``.

Indirect speech: ``X mengatakan/menyatakan/menegaskan bahwa|kalau <clause>``, ``Menurut X,
<clause>``, and ``<clause>, kata X.`` without quotation marks (``direct=False``, text = the
reported clause). Speakers are linked to the mention under them; a pronoun ("dia", "ia",
"beliau") or a role ("komandan itu", "juru bicara tersebut") resolves to the last matching
person mention before the quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Final

from ..model import Article, Entity, Mention, Quote, Sentence

_AFTER_CUES = (
    "kata|ujar|ungkap|tutur|jelas|tegas|imbuh|tambah|ucap|sebut|terang|papar|tulis|pungkas|lanjut|seru|"
    "cetus|kilah|aku|bilang|timpal|sambung|urai|beber|katanya|ujarnya|ungkapnya|tuturnya|jelasnya|tegasnya|"
    "imbuhnya|tambahnya|ucapnya|sebutnya|terangnya|paparnya|tulisnya|pungkasnya|lanjutnya|serunya|cetusnya|"
    "kilahnya|akunya|bebernya|sambungnya|timpalnya|urainya|menurut"
)
_VERB_CUES = (
    "mengatakan|menyatakan|menegaskan|menjelaskan|menuturkan|mengungkapkan|menambahkan|menyebutkan|menyebut|"
    "mengklaim|mengumumkan|membantah|mengakui|menekankan|melaporkan|menulis|berkata|bertanya|menilai|memastikan|"
    "mengingatkan|menginformasikan|menerangkan|memaparkan|mengimbau|menyampaikan"
)
_AFTER_RE = re.compile(rf"^[\s,]*(?P<cue>{_AFTER_CUES})\b\s*(?P<rest>[^\n]*)", re.IGNORECASE)
_AFTER_SUBJ_RE = re.compile(rf"^[\s,]*(?P<spk>[A-Z][^\n,.;:\"“”]{{0,80}}?)\s+(?P<cue>{_VERB_CUES})\b")
# (?=[mbkut]): every cue starts so; searched over a whole paragraph, the lookahead turns the
# other positions away before the ~30 case-insensitive cues are tried there one by one
_BEFORE_RE = re.compile(
    rf"(?=[mbkut])(?P<cue>{_VERB_CUES}|kata|ujar|tegas)(?:\s+(?:kepada|pada|di hadapan|dalam)\s+[^:\"“”]{{1,80}}?)?\s*[:,]?\s*$",
    re.IGNORECASE)
_MENURUT_RE = re.compile(r"(?:^|[.;]\s+|\n)\s*[Mm]enurut\s+(?P<spk>[^,\n]{1,80}),\s*$")
# (?=[mb]) / (?=s): every cue starts so; the lookahead lets the scan skip other words fast (2.5x)
_INDIRECT_RE = re.compile(rf"\b(?=[mb])(?P<cue>{_VERB_CUES})\s+(?:bahwa|kalau)\s+(?P<clause>[^\n]+?)[\s.]*$", re.IGNORECASE)
_INDIRECT_MENURUT_RE = re.compile(r"^\s*[Mm]enurut\s+(?P<spk>[^,\n]{1,80}),\s*(?P<clause>[^\n]+?)[\s.]*$")
_INDIRECT_TAIL_RE = re.compile(
    rf"^(?P<clause>[^\n\"“”]{{12,}}?),\s*(?P<cue>{_AFTER_CUES})\s+(?P<rest>[^\n]+?)[\s.]*$")
_KUTIP_RE = re.compile(r"\b(?=s)(?:seperti|sebagaimana)\s+(?:di)?(?:kutip|lansir|laporkan)\s+(?:dari\s+)?(?P<src>[^,.\n]{2,60})",
                       re.IGNORECASE)
_REPORTED_VERBS = (
    "mengatakan|menyatakan|menegaskan|menjelaskan|menuturkan|mengungkapkan|menambahkan|mengklaim|mengumumkan|"
    "menyebutkan|mengakui|memastikan|melaporkan"
)
# (?=me): every reported verb starts so
_INDIRECT_PLAIN_RE = re.compile(rf"\b(?=me)(?P<cue>{_REPORTED_VERBS})\s+(?P<clause>[^\n]{{12,}}?)[\s.]*$")
# What a sentence must hold for _INDIRECT_TAIL_RE / _INDIRECT_PLAIN_RE to match: searched first,
# as they open with a literal ("," / "me") that the regex engine finds fast (~3x cheaper)
_TAIL_CUE_RE = re.compile(rf",\s*(?:{_AFTER_CUES})\s")
_PLAIN_CUE_RE = re.compile(rf"me(?:{'|'.join(v[2:] for v in _REPORTED_VERBS.split('|'))})\s")
_MEDIA_FRONT_RE = re.compile(
    r"^\s*(?:(?:[Ss]eperti|[Ss]ebagaimana)\s+)?(?P<cue>[Dd]ilansir|[Dd]ikutip|[Mm]elansir|[Mm]engutip|[Mm]enyadur|"
    r"[Dd]ilaporkan)\s+(?:dari\s+|oleh\s+)?(?P<spk>[^,\n]{2,60}),\s*(?P<clause>[^\n]+?)[\s.]*$")
_MEDIA_TAIL_RE = re.compile(
    r"^(?P<clause>[^\n\"“”]{12,}?),\s*(?:seperti|sebagaimana)\s+(?P<cue>dilansir|dikutip|dilaporkan)\s+"
    r"(?:dari\s+|oleh\s+)?(?P<spk>[^,.\n]{2,60})[\s.]*$")
# between a speaker and its verb: nothing, or one parenthetical (", Senin (12/3),")
_GAP_RE = re.compile(r"\s*(?:,[^,\n]{0,40},)?\s*")
_STOP_RE = re.compile(
    r"\s+(?:kepada|pada|di|dalam|saat|ketika|usai|seusai|setelah|sebelum|seperti|sebagaimana|dikutip|dilansir|"
    r"yang|dan|sambil|melalui|lewat|dari)\b|[,.;:!?()\"“”]")

PRONOUNS = frozenset({"dia", "ia", "beliau", "mereka", "nya"})
_ROLE_HEADS = frozenset({
    "komandan", "juru", "jubir", "pejabat", "menteri", "presiden", "kapolda", "kapolres", "panglima", "gubernur",
    "bupati", "wali", "direktur", "ketua", "kepala", "sumber", "pria", "wanita", "perempuan", "lelaki", "warga",
    "jenderal", "kolonel", "petugas", "pemimpin", "saksi", "korban",
})
_DEMONSTRATIVES = ("itu", "tersebut", "ini")
_SPEAKER_LABELS = ("PER", "ORG", "NORP")


@dataclass
class _Found:
    start: int
    end: int
    direct: bool
    cue: str | None = None
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_entity_id: str | None = None


# a person told speaking: the verb after the name (an aside may close before it), or "menurut"/"kata" before it
_SPEAKS_AFTER: Final = re.compile(r"\s*,?\s*(?:juga\s+|pun\s+)?(?:mengatakan|menyebut|menyebutkan|menyatakan|menuturkan|"
                           r"menjelaskan|menegaskan|mengungkapkan|menilai|mengaku|berkata|bercerita|menambahkan|"
                           r"menerangkan|memaparkan|menyampaikan)\b")
_SPEAKS_BEFORE: Final = re.compile(r"\b(?:menurut|kata|ujar|tutur)\s*$", re.IGNORECASE)
_SPEAKER_REACH: Final = 400  # chars: the speaker told in the paragraph or two before the quote


class _Mentions:
    """Speaker-capable mentions in text order, with the entities' sectors."""

    def __init__(self, mentions: list[Mention], entities: list[Entity]):
        self.items = sorted((m for m in mentions if m.label in _SPEAKER_LABELS), key=lambda m: m.start)
        self.sector = {e.id: e.sector for e in entities}

    def first_in(self, start: int, end: int) -> Mention | None:
        for m in self.items:
            if m.start >= start and m.start < end:
                return m
        return None

    def last_in(self, start: int, end: int) -> Mention | None:
        best = None
        for m in self.items:
            if m.start >= start and m.end <= end:
                best = m
        return best

    def last_person_before(self, pos: int, sector: str | None = None, text: str | None = None) -> Mention | None:
        """The last person named before ``pos``; with ``text``, the last one told speaking
        ("Kepala Balai, Kuswandono, menyebut ...") when a person only spoken of was named after him
        ("... kematian Suparman ... Suparman telah bertugas 19 tahun. \"...,\" katanya": Kuswandono)."""
        best = speaker = None
        for m in self.items:
            if m.end > pos:
                break
            if m.label == "PER" and (sector is None or self.sector.get(m.entity_id or "") == sector):
                best = m
                if text is not None and (_SPEAKS_AFTER.match(text, m.end) or _SPEAKS_BEFORE.search(text, max(0, m.start - 12), m.start)):
                    speaker = m
        if best is None and sector is not None:
            return self.last_person_before(pos, text=text)
        if speaker is not None and text is not None and pos - speaker.end <= _SPEAKER_REACH \
                and not _SPEAKS_AFTER.match(text, best.end if best is not None else 0):
            return speaker
        return best


def _phrase(text: str, start: int, limit: int = 80) -> tuple[int, int]:
    """The noun phrase starting at ``start``: up to a stop word or punctuation."""
    chunk = text[start:start + limit]
    m = _STOP_RE.search(chunk)
    end = start + (m.start() if m else len(chunk.rstrip()))
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _role_sector(words: list[str]) -> str | None:
    from .entities import sector_of

    return sector_of(words)


def _attach(f: _Found, text: str, s: int, e: int, ms: _Mentions, quote_start: int) -> None:
    """Set the speaker of ``f`` from the phrase text[s:e], linked to a mention when possible."""
    if e <= s:
        return
    phrase = text[s:e]
    low = phrase.lower().split()
    m = ms.first_in(s, e)
    if m is not None:
        f.speaker, f.speaker_start, f.speaker_end, f.speaker_entity_id = m.text, m.start, m.end, m.entity_id
        return
    f.speaker, f.speaker_start, f.speaker_end = phrase, s, e
    if low and (low[0] in PRONOUNS or (low[-1] in _DEMONSTRATIVES and low[0] in _ROLE_HEADS)):
        sector = _role_sector(low[:-1]) if low[0] not in PRONOUNS else None
        ref = ms.last_person_before(quote_start, sector)
        if ref is not None:
            f.speaker_entity_id = ref.entity_id
            if low[0] in PRONOUNS:
                f.speaker = ref.text


def _pronoun_speaker(f: _Found, ms: _Mentions, pos: int, text: str | None = None) -> None:
    ref = ms.last_person_before(pos, text=text)
    if ref is not None:
        f.speaker, f.speaker_entity_id = ref.text, ref.entity_id
        f.speaker_start, f.speaker_end = ref.start, ref.end


def _quote_marks(text: str) -> list[int]:
    """The positions of every quotation mark (straight or curly) in ``text``, in order: found
    with ``str.find`` (a fast scan), not by testing every character."""
    marks: list[int] = []
    for mark in '“”"':
        i = text.find(mark)
        while i >= 0:
            marks.append(i)
            i = text.find(mark, i + 1)
    marks.sort()
    return marks


def _quote_spans(text: str, p_start: int, p_end: int, marks: list[int]) -> list[tuple[int, int]]:
    """(open mark, close mark) positions in one paragraph; see the module doc. ``marks``: the
    positions of the paragraph's quotation marks (:func:`_quote_marks`)."""
    out: list[tuple[int, int]] = []
    open_at: int | None = None
    for i in marks:
        ch = text[i]
        if ch == "“":
            if open_at is None:
                open_at = i
        elif ch == "”":
            if open_at is not None:
                out.append((open_at, i))
                open_at = None
            elif not out:
                out.append((p_start - 1, i))
        elif ch == '"':
            if open_at is not None:
                out.append((open_at, i))
                open_at = None
            elif not out and i > p_start and text[i - 1] in ",.!?" and text[p_start] != '"':
                out.append((p_start - 1, i))  # the opening mark is missing
            else:
                open_at = i
    if open_at is not None and p_end - open_at > 20:
        out.append((open_at, p_end))
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text`` that is not blank."""
    out = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line and not line.isspace():
            out.append((start, end))
        start = end + 1
    return out


def _direct(text: str, ms: _Mentions) -> list[_Found]:
    found: list[_Found] = []
    marks = _quote_marks(text)
    if not marks:
        return found
    for p_start, p_end in _paragraphs(text):
        at = bisect_left(marks, p_start)
        if at == len(marks) or marks[at] >= p_end:
            continue  # no quotation mark in this paragraph
        for o, c in _quote_spans(text, p_start, p_end, marks[at:bisect_left(marks, p_end, at)]):
            s, e = o + 1, c
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1] in " ,":
                e -= 1
            if e - s < 3:
                continue
            f = _Found(s, e, True)
            after = text[c + 1:p_end]
            before = text[p_start:max(p_start, o)]
            if (m := _AFTER_RE.match(after)) is not None:
                f.cue = m.group("cue").lower()
                rs = c + 1 + m.start("rest")
                ps, pe = _phrase(text, rs)
                if f.cue.endswith("nya") and f.cue != "menurut" and (pe <= ps or ms.first_in(ps, pe) is None):
                    _pronoun_speaker(f, ms, s, text)
                else:
                    _attach(f, text, ps, pe, ms, s)
            elif (m := _AFTER_SUBJ_RE.match(after)) is not None:
                f.cue = m.group("cue").lower()
                _attach(f, text, c + 1 + m.start("spk"), c + 1 + m.end("spk"), ms, s)
            elif (m := _MENURUT_RE.search(before)) is not None:
                f.cue = "menurut"
                _attach(f, text, p_start + m.start("spk"), p_start + m.end("spk"), ms, s)
            elif (m := _BEFORE_RE.search(before)) is not None:
                f.cue = m.group("cue").lower()
                cue_at = p_start + m.start()
                sent_start = max(text.rfind(". ", p_start, cue_at) + 2, p_start)
                spk = ms.last_in(sent_start, cue_at)
                if spk is not None:
                    f.speaker, f.speaker_start, f.speaker_end = spk.text, spk.start, spk.end
                    f.speaker_entity_id = spk.entity_id
                else:
                    _attach(f, text, sent_start, cue_at, ms, s)
            if f.speaker is None and (k := _KUTIP_RE.search(text, c, p_end)) is not None:
                f.cue = f.cue or "dikutip"
                _attach(f, text, k.start("src"), k.end("src"), ms, s)
            if f.speaker is None and len(text[s:e].split()) < 4:
                continue  # a term in scare quotes, not a quote
            found.append(f)
    return found


def _indirect(text: str, sentences: list[Sentence], ms: _Mentions, taken: list[tuple[int, int]]) -> list[_Found]:
    found: list[_Found] = []
    for sent in sentences:
        if any(a < sent.end and sent.start < b for a, b in taken) or '"' in sent.text or "“" in sent.text:
            continue
        st = sent.text
        if (m := _INDIRECT_MENURUT_RE.match(st)) is not None:
            ss, se = sent.start + m.start("spk"), sent.start + m.end("spk")
            first = m.group("spk").split()[0].lower()
            if ms.first_in(ss, se) is None and first not in PRONOUNS and first not in _ROLE_HEADS:
                continue  # "Menurut kesepakatan itu, ...": according to a thing, not a speaker
            f = _Found(sent.start + m.start("clause"), sent.start + m.end("clause"), False, "menurut")
            _attach(f, text, ss, se, ms, sent.start)
        elif ("bahwa" in (low := st.lower()) or "kalau" in low) and (m := _INDIRECT_RE.search(st)) is not None:
            f = _Found(sent.start + m.start("clause"), sent.start + m.end("clause"), False, m.group("cue").lower())
            cue_at = sent.start + m.start()
            spk = ms.last_in(sent.start, cue_at)
            if spk is not None:
                f.speaker, f.speaker_start, f.speaker_end = spk.text, spk.start, spk.end
                f.speaker_entity_id = spk.entity_id
            else:
                s = sent.start
                while s < cue_at and text[s].isspace():
                    s += 1
                _attach(f, text, s, cue_at - 1, ms, sent.start)
        elif (m := _MEDIA_FRONT_RE.match(st) or (_MEDIA_TAIL_RE.match(st) if "seperti" in st or "sebagaimana" in st
                                                  else None)) is not None:
            f = _Found(sent.start + m.start("clause"), sent.start + m.end("clause"), False, m.group("cue").lower())
            _attach(f, text, sent.start + m.start("spk"), sent.start + m.end("spk"), ms, sent.start)
        elif _TAIL_CUE_RE.search(st) and (m := _INDIRECT_TAIL_RE.match(st)) is not None \
                and m.group("cue").lower() != "menurut":
            f = _Found(sent.start + m.start("clause"), sent.start + m.end("clause"), False, m.group("cue").lower())
            ps, pe = _phrase(text, sent.start + m.start("rest"))
            if f.cue and f.cue.endswith("nya") and (pe <= ps or ms.first_in(ps, pe) is None):
                _pronoun_speaker(f, ms, f.start, text)
            else:
                _attach(f, text, ps, pe, ms, f.start)
        elif _PLAIN_CUE_RE.search(st) and (m := _INDIRECT_PLAIN_RE.search(st)) is not None:
            # "Aliyev mengatakan pasukannya ...": a named speaker right before the verb
            cue_at = sent.start + m.start()
            spk = ms.last_in(sent.start, cue_at)
            if spk is None or not _GAP_RE.fullmatch(text, spk.end, cue_at):
                continue
            f = _Found(sent.start + m.start("clause"), sent.start + m.end("clause"), False, m.group("cue").lower())
            f.speaker, f.speaker_start, f.speaker_end = spk.text, spk.start, spk.end
            f.speaker_entity_id = spk.entity_id
        else:
            continue
        if f.speaker is not None:
            found.append(f)
    return found


def find_quotes(article: Article, sentences: list[Sentence], mentions: list[Mention],
                entities: list[Entity]) -> list[Quote]:
    """Quotes with ids ``f"{article.id}-q{n}"`` (text order), speakers linked to entities."""
    text = article.text
    ms = _Mentions(mentions, entities)
    direct = _direct(text, ms)
    found = direct + _indirect(text, sentences, ms, [(f.start, f.end) for f in direct])
    found.sort(key=lambda f: f.start)
    return [
        Quote(id=f"{article.id}-q{n}", article_id=article.id, text=text[f.start:f.end], start=f.start, end=f.end,
              speaker=f.speaker, speaker_entity_id=f.speaker_entity_id, speaker_start=f.speaker_start,
              speaker_end=f.speaker_end, cue=f.cue, direct=f.direct)
        for n, f in enumerate(found, 1)
    ]
