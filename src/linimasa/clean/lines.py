"""Line-level boilerplate removal for plain-text news pages.

Every raw line gets one decision (keep as body, or remove with a reason), so evaluation
can map decisions back to raw line numbers. The rules are general features, applied in
three passes:

1. **Shape of each line**: prose (a sentence: enough words, final punctuation, function
   words, not Title Case throughout), headline (Title Case, no final full stop), label
   (one to three words), or a known boilerplate shape: cross-link ("Baca juga: ..."),
   credit ("Penulis: ..."), comment form, captcha ("7 + 2 ="), copyright, date stamp,
   bullet or number alone, editor initials alone, hashtags, section header ("Berita
   Terkait", "Terpopuler" ...).
2. **Position**: the body starts at the dateline lead ("JAKARTA, KOMPAS.com - ") when there
   is one in the first lines, else at the first prose line; what comes before is the page
   header. The body ends at the last prose line that is not inside a link list; the tail
   after it is removed.
3. **Context**: a section header opens a link list that lasts until the next strong prose
   line; runs of two or more headline lines are link lists; a lone long Title Case line
   between paragraphs is a bare related-article link, a short one a subheading (kept).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import cast

from . import vocab
from .dates import is_datestamp
from .metadata import TRAILING_INITIALS, TRAILING_TAG, parse_lead

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)
_ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_ZW_ANY = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_TERMINAL = tuple(".!?\"”’')…:;")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u3000]+")
_ODD_SPACE = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u3000]")  # a space _SPACES turns into " "
LEAD_WINDOW = 15  # non-blank lines in which a dateline lead may open the body
# a dateline on a line of its own, in capitals ("MOGADISHU", "BANDA ACEH"), the lead paragraph after it
_DATELINE_ALONE = re.compile(r"[A-Z]{3,}(?:[ -][A-Z]{3,}){0,2}")


@dataclass(init=False)
class LineInfo:
    no: int
    text: str
    kind: str  # blank | hard | strong | weak | head | label
    reason: str = ""
    words: int = 0
    title_ratio: float = 0.0
    stop_ratio: float = 0.0
    section: bool = False  # opens a link list
    nos: list[int] = field(default_factory=list)  # raw line numbers (several for a hard-wrapped paragraph)

    # written out, not generated: mypyc compiles this one, while the ``__init__`` that
    # ``dataclass`` generates runs interpreted (for every line of every page)
    def __init__(self, no: int, text: str, kind: str, reason: str = "", words: int = 0, title_ratio: float = 0.0,
                 stop_ratio: float = 0.0, section: bool = False, nos: list[int] | None = None) -> None:
        self.no = no
        self.text = text
        self.kind = kind
        self.reason = reason
        self.words = words
        self.title_ratio = title_ratio
        self.stop_ratio = stop_ratio
        self.section = section
        self.nos = [] if nos is None else nos


@dataclass(init=False)
class Decision:
    no: int  # 1-based raw line number
    text: str
    keep: bool
    reason: str
    kept: str = ""  # the body text this line contributes (after inline cuts)
    cut: str = ""  # part of a kept line that was removed

    # written out, as LineInfo's
    def __init__(self, no: int, text: str, keep: bool, reason: str, kept: str = "", cut: str = "") -> None:
        self.no = no
        self.text = text
        self.keep = keep
        self.reason = reason
        self.kept = kept
        self.cut = cut


@dataclass
class Segmented:
    decisions: list[Decision]
    paragraphs: list[str]
    header: list[str] = field(default_factory=list)  # lines before the body
    tail: list[str] = field(default_factory=list)  # removed lines after the body starts
    lead: str | None = None  # the paragraph that opens with the dateline lead
    last_body_raw: str = ""  # the last body line before its trailing initials were cut

    @property
    def removed(self) -> list[str]:
        out = [d.text for d in self.decisions if not d.keep and d.text]
        out += [d.cut for d in self.decisions if d.keep and d.cut]
        return out


def normalise_line(line: str) -> str:
    """NFC, zero-width characters and soft hyphens out, runs of spaces as one space.
    (An ASCII line can only hold spaces and tabs of those: most lines need no regex.)"""
    if not line.isascii():
        if _ZW_ANY.search(line):
            line = line.translate(_ZW)
        line = unicodedata.normalize("NFC", line)
        if "  " in line or _ODD_SPACE.search(line):  # else every match is one space for one space
            line = _SPACES.sub(" ", line)
        return line.strip()
    if "  " in line or "\t" in line:
        line = _SPACES.sub(" ", line)
    return line.strip()


_PUNCT = "\"'“”‘’.,;:!?()[]{}<>«»|/\\*#@&%+=~^`–—-…·•"


def tokens(text: str) -> list[str]:
    """Whitespace tokens with surrounding punctuation stripped (fast; no regex)."""
    return [w for x in text.split() if (w := x.strip(_PUNCT))]


# A line token's kind, cached per whitespace token as it stands (punctuation included):
# one dict lookup per token, all of them in one ``map``; a line's kinds are one string of
# one character a token, counted with ``str.count``.
_EMPTY, _OTHER, _UP_STOP, _UP, _LOW_STOP, _LOW = "-", "o", "S", "U", "s", "u"  # empty after stripping, not a letter first
_TOKEN_KIND: dict[str, str] = {}


def _token_kind(x: str) -> str:
    """The kind of a whitespace token (punctuation stripped): does it start with a letter,
    upper-case, is it a stop word. Cached (bounded)."""
    w = x.strip(_PUNCT)
    if not w:
        kind = _EMPTY
    elif not w[0].isalpha():
        kind = _OTHER
    else:
        stop = w.lower() in vocab.STOPWORDS
        kind = (_UP_STOP if stop else _UP) if w[0].isupper() else (_LOW_STOP if stop else _LOW)
    if len(_TOKEN_KIND) >= 100_000:
        _TOKEN_KIND.clear()
    _TOKEN_KIND[x] = kind
    return kind


def line_features(text: str) -> tuple[int, float, float]:
    """(words, Title Case ratio of content words after the first, stop-word ratio)."""
    raw = text.split()
    cached = list(map(_TOKEN_KIND.get, raw))
    if None in cached:
        kinds = "".join([_token_kind(x) if k is None else k for x, k in zip(raw, cached)])
    else:
        kinds = "".join(cast(list[str], cached))
    n = len(kinds) - kinds.count(_EMPTY)
    if not n:
        return 0, 0.0, 0.0
    up_stop, up, low_stop = kinds.count(_UP_STOP), kinds.count(_UP), kinds.count(_LOW_STOP)
    stops = up_stop + low_stop
    content, caps = up + kinds.count(_LOW), up
    first = kinds.lstrip(_EMPTY)[0]  # the first word is no content word
    if first == _UP or first == _LOW:
        content -= 1
        caps -= first == _UP
    if content == 0:  # every word after the first is a stop word: all letter words count
        content, caps = stops + up + kinds.count(_LOW), up_stop + up
    return n, caps / content if content else 0.0, stops / n


# The only characters an IGNORECASE pattern matches to an ASCII letter that lower() does not
# turn into that letter (checked over all of Unicode): a text with none of them holds a
# case-insensitive match of an ASCII word only if its lower case holds the word.
_FOLDS_ODDLY = ("ı", "ſ", "İ")


def _may_hold(low: str, odd: bool, words: tuple[str, ...]) -> bool:
    """Whether a line (``low`` its lower case, ``odd`` whether it holds a character of
    :data:`_FOLDS_ODDLY`) may hold a case-insensitive match of one of ``words``: the cheap
    test before a costly search whose every match holds one of them."""
    return odd or any(w in low for w in words)


def _hard_reason(t: str, words: int) -> str:
    low = t.lower()
    odd = not t.isascii() and any(c in t for c in _FOLDS_ODDLY)
    # bullets, captchas, initials, hashtags and bracketed lines open with no letter (most lines do)
    shape = not t[0].isalpha()
    if shape and vocab.BULLET_ONLY.match(t):
        return "bullet"
    if shape and vocab.CAPTCHA.match(t):
        return "captcha"
    if shape and vocab.INITIALS_ONLY.match(t) and words <= 4:
        return "initials"
    if (shape and vocab.HASHTAGS.match(t)) or (words <= 15 and not t.endswith(".") and vocab.TAG_LIST.match(t)):
        return "hashtags"
    if vocab.CROSSLINK.match(t) or vocab.PROMO.match(t):
        return "crosslink"
    if _may_hold(low, odd, vocab.OUTLET_BLURB_WORDS) and vocab.OUTLET_BLURB.match(t):
        return "outlet-blurb"
    if shape and vocab.BRACKETED.match(t):
        return "bracketed"
    if ("http" in low or "www." in low) and _is_promo_link(low):
        return "crosslink"
    if words <= 16 and _may_hold(low, odd, vocab.COMMENT_FORM_WORDS) and vocab.COMMENT_FORM.search(t):
        return "comment-form"
    if words <= 16 and _may_hold(low, odd, vocab.COPYRIGHT_WORDS) and vocab.COPYRIGHT.search(t):
        return "copyright"
    if vocab.CREDIT.match(t) and (words <= 14 or "|" in t):
        return "credit"
    if words <= 12 and is_datestamp(t):
        return "datestamp"
    if words <= 10 and vocab.BREADCRUMB.search(t) and not t.endswith("."):
        return "breadcrumb"
    ws = tokens(low) if words <= 4 else []
    if ws and all(w in vocab.SHARE_WORDS for w in ws):
        return "share"
    return ""


_PROMO_WORDS = ("whatsapp", "telegram", "channel", "saluran", "klik", "download", "unduh", "follow", "ikuti",
                "gabung", "join", "google news", "aplikasi")


def _is_promo_link(low: str) -> bool:
    """A line with a link that invites to follow, join or download (not a body sentence
    that merely names a website)."""
    return any(w in low for w in _PROMO_WORDS) or bool(re.fullmatch(r"\W*(?:https?://|www\.)\S+\W*", low))


# A photo caption's closing credit, the agency and the photographer after its last stop:
# "... Minggu (28/11) sore. TEMPO/Iqbal Lubis", "... ANTARA FOTO/Adeng Bustomi", "KOMPAS.com/RIZAL SETYO".
PHOTO_CREDIT = re.compile(r"(?<=[.!?\"”])\s+[A-Z][\w.]*(?:\s+FOTO)?\s*/\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}$")


def is_section_header(t: str) -> bool:
    """"Berita Terkait", "TERPOPULER", "Pilihan Redaksi", "Tag:", "Related Articles"."""
    if len(t) > 48:
        return False
    core = t.rstrip(" :")
    ws = tokens(core.lower())
    if not ws or len(ws) > 4 or t.endswith("."):
        return False
    return any(w in vocab.SECTION_WORDS for w in ws) and all(
        w in vocab.SECTION_WORDS or w in vocab.SECTION_FILLER for w in ws
    )


def classify(no: int, raw: str) -> LineInfo:
    return _classify(no, normalise_line(raw))


def _classify(no: int, t: str) -> LineInfo:
    """:func:`classify` of a line already through :func:`normalise_line`."""
    if not t:
        return LineInfo(no, t, "blank")
    words, title, stop = line_features(t)
    info = LineInfo(no, t, "", words=words, title_ratio=title, stop_ratio=stop)
    if is_section_header(t):
        info.kind, info.reason, info.section = "hard", "section-header", True
        return info
    reason = _hard_reason(t, words)
    if reason:
        info.kind, info.reason = "hard", reason
        # "Tag:" / "Topik:" alone heads a list of tags; "Tag: a, b" is the list itself.
        info.section = reason == "credit" and False
        return info
    core = TRAILING_TAG.sub("", TRAILING_INITIALS.sub("", t)).rstrip() if t.endswith((")", "]", "}")) else t
    core = PHOTO_CREDIT.sub("", core)
    terminal = core.endswith(_TERMINAL)
    end = core[-1:] if core else ""
    if terminal:
        limit = 0.95 if end not in "?!:;" else 0.6
        if words >= 8 and title < limit and (stop >= 0.05 or words >= 20):
            info.kind = "strong"
        elif words >= 3 and title < limit:
            info.kind = "weak"
        elif words <= 3:
            info.kind = "label"
        else:
            info.kind = "head"
    elif words >= 15 and stop >= 0.12 and title < 0.6:
        info.kind = "strong"  # a paragraph whose final stop the scraper lost
    elif words <= 3:
        info.kind = "label"
    else:
        info.kind = "head"
    return info


def _body_start(infos: list[LineInfo]) -> tuple[int | None, bool]:
    """Index of the first body line and whether it is a dateline lead.

    A lead naming an outlet may follow a subtitle or two (prose lines of the page header);
    a bare dateline lead ("KHARTOUM - ...") must be the first prose line."""
    seen = prose = 0
    for i, info in enumerate(infos):
        if info.kind == "blank":
            continue
        seen += 1
        if seen > LEAD_WINDOW or prose > 2:
            break
        if info.kind in ("strong", "weak"):
            lead = parse_lead(info.text)
            if lead and (lead.outlet or prose == 0):
                return i, True
            prose += info.kind == "strong"
        elif info.kind == "label" and _DATELINE_ALONE.fullmatch(info.text):
            nxt = next((j for j in range(i + 1, len(infos)) if infos[j].kind != "blank"), None)
            if nxt is not None and infos[nxt].kind == "strong":
                return nxt, False  # "MOGADISHU" on its own line, then the lead: what came before is the header
    for i, info in enumerate(infos):
        if info.kind == "strong":
            return i, False
    return None, False


def segment(text: str) -> Segmented:
    """Decide every line of a plain-text page: body or boilerplate (with the reason)."""
    raw_lines = [normalise_line(x) for x in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    infos = []
    for nos, joined in logical_lines(raw_lines):
        info = _classify(nos[0], joined)  # normalised lines, joined by one space: normalised
        info.nos = nos
        infos.append(info)
    start, is_lead = _body_start(infos)
    labels = ["" for _ in infos]
    if start is None:
        decisions = [Decision(i + 1, t, False, "no-body" if t else "blank") for i, t in enumerate(raw_lines)]
        return Segmented(decisions, [], header=[x.text for x in infos if x.text])
    for i in range(start):
        labels[i] = "header"
    # Pass: link lists and prose.
    in_list = False
    for i in range(start, len(infos)):
        x = infos[i]
        if x.kind == "blank":
            labels[i] = "blank"
        elif x.kind == "hard":
            labels[i] = x.reason
            if x.section or x.reason == "bullet":
                in_list = True
        elif x.kind == "strong":
            very = x.words >= 12 and x.title_ratio < 0.6
            if in_list and not very:
                labels[i] = "link-list"
            else:
                labels[i], in_list = "body", False
        elif x.kind == "weak":
            labels[i] = "link-list" if in_list else "weak"
        elif x.kind == "label":
            labels[i] = "label"
        else:
            labels[i] = "link-list" if in_list else "head"
    if is_lead:
        labels[start] = "body"
    # Pass: headline runs are link lists; a lone long Title Case line is a bare link.
    _resolve_heads(infos, labels, start)
    # Pass: a label between two body paragraphs is a subheading.
    _resolve_labels(labels)
    # Pass: the tail. Body ends at the last prose line; weak lines directly after it stay.
    body_idx = [i for i, lab in enumerate(labels) if lab == "body"]
    last = body_idx[-1] if body_idx else start
    j = last + 1
    while j < len(infos) and labels[j] in ("weak", "blank"):
        if labels[j] == "weak":
            labels[j] = "body"
            last = j
        j += 1
    for i in range(last + 1, len(infos)):
        if labels[i] in ("weak", "head", "body"):
            labels[i] = "tail"
    for i in range(start, last + 1):
        if labels[i] == "weak":
            labels[i] = "body"
    return _assemble(infos, labels, raw_lines, start, is_lead)


def _resolve_heads(infos: list[LineInfo], labels: list[str], start: int) -> None:
    i = start
    n = len(infos)
    while i < n:
        if labels[i] != "head":
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < n and (labels[j] in ("head", "blank", "bullet", "link-list")):
            if labels[j] == "head":
                run.append(j)
            j += 1
        if len(run) >= 2:
            for k in run:
                labels[k] = "link-list"
        else:
            x = infos[i]
            labels[i] = "link-list" if (x.words >= 7 and x.title_ratio >= 0.75) else "subheading"
        i = j


def _resolve_labels(labels: list[str]) -> None:
    body_like = ("body", "weak", "subheading")
    for i, lab in enumerate(labels):
        if lab != "label":
            continue
        prev = next((labels[j] for j in range(i - 1, -1, -1) if labels[j] != "blank"), "")
        nxt = next((labels[j] for j in range(i + 1, len(labels)) if labels[j] != "blank"), "")
        if prev in body_like and nxt in body_like:
            labels[i] = "subheading"


def logical_lines(lines: list[str]) -> list[tuple[list[int], str]]:
    """Raw lines -> logical lines: a hard-wrapped paragraph (a line without final
    punctuation followed by one that starts in lower case, with "(" or a digit, or a line
    that ends on a function word) becomes one line. Returns (raw line numbers, text)."""
    out: list[tuple[list[int], str]] = []
    for i, t in enumerate(lines):
        if out and t and out[-1][1] and _continues(out[-1][1], t):
            nos, prev = out[-1]
            out[-1] = (nos + [i + 1], prev + " " + t)
        else:
            out.append(([i + 1], t))
    return out


def _continues(prev: str, nxt: str) -> bool:
    if prev.endswith(_TERMINAL) or len(prev) < 40:
        return False
    first = nxt[0]
    if first.islower() or first == "(" and not vocab.INITIALS_ONLY.match(nxt):
        return True
    last = prev.rsplit(" ", 1)[-1].lower()
    return last in vocab.STOPWORDS_ID and len(prev.split()) >= 6


def _inline_crosslink(text: str) -> re.Match[str] | None:
    """:data:`vocab.INLINE_CROSSLINK` in ``text``, not searched for where its verbs are missing."""
    if not any(c in text for c in _FOLDS_ODDLY):
        low = text.lower()
        if "baca" not in low and "lihat" not in low and "simak" not in low:
            return None
    return vocab.INLINE_CROSSLINK.search(text)


def _assemble(infos: list[LineInfo], labels: list[str], raw_lines: list[str], start: int,
              is_lead: bool) -> Segmented:
    decisions: list[Decision] = []
    firsts: list[Decision] = []
    for x, lab in zip(infos, labels):
        keep = lab in ("body", "subheading")
        reason = "body" if keep else lab
        group = [Decision(n, raw_lines[n - 1], keep, reason) for n in x.nos]
        d = group[0]
        if keep:
            m = _inline_crosslink(x.text)
            if m and m.start() > 0:
                d.kept, d.cut = x.text[: m.start()].rstrip(), x.text[m.start():].strip()
            else:
                d.kept = x.text
            firsts.append(d)
        decisions.extend(group)
    last_raw = ""
    if firsts:
        last = firsts[-1]
        last_raw = last.kept
        stripped = TRAILING_TAG.sub("", last.kept).rstrip()
        m = TRAILING_INITIALS.search(stripped) or re.search(r"[\(\[]\s*\*+\s*[\)\]]\s*$", stripped)
        if m:
            stripped = stripped[: m.start()].rstrip()
        if stripped != last.kept:
            last.cut = (last.kept[len(stripped):].strip() + " " + last.cut).strip()
            last.kept = stripped
    paragraphs = [d.kept for d in firsts if d.kept]
    header = [x.text for x in infos[:start] if x.text]
    tail = [x.text for x, lab in zip(infos[start:], labels[start:]) if x.text and lab not in ("body", "subheading")]
    lead = infos[start].text if is_lead else None
    return Segmented(decisions, paragraphs, header, tail, lead, last_raw)
