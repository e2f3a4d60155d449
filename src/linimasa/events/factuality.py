"""Factuality: was the event reported as having happened?

* ``negated``: a negation within the clause just before the trigger ("tidak menyerang",
  "belum ada penangkapan"), a denial verb earlier in the sentence ("membantah ..."), or, for a
  nominal trigger, a negated predicate right after it ("negosiasi tidak berlangsung").
* ``hypothetical``: a modal/plan/condition word before the trigger in its clause ("akan",
  "berencana", "jika", "mengancam akan", "untuk" + verb as a purpose), or a clause of whether
  ("apakah para penculik telah meminta tebusan").
* ``demanded``: the trigger sits in the complement of a demand ("mendesak agar ...",
  "menuntut ..."); demanded events are hypothetical too.

A negated cooperation or consultation judged worthless ("perundingan itu tidak penting")
is a rejection: :func:`factuality` reports it as ``retype="REJECT"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from .context import SentView
from .triggers import Trigger
from .words import (
    DEMAND_MARKERS,
    DEMAND_VERBS,
    DENIALS,
    HYPOTHETICAL,
    LIGHT_VERBS,
    NEGATIONS,
    PUNCT_BOUNDARY,
    PURPOSE,
    SUBORDINATORS,
)

_EVALUATIVE: Final = frozenset({"penting", "perlu", "berguna", "relevan", "berarti", "bermanfaat", "efektif",
                         "ada", "berhasil", "membuahkan"})
_SKIP: Final = frozenset({"juga", "pernah", "lagi", "sempat", "segera", "telah", "sudah", "sedang",
                   "masih", "mulai", "memulai", "secara", "dapat", "bisa", "mampu"})
# verbs without an affix, read as nouns by the trigger finder: "menuntut rektor mundur" asks it of the rector
_BARE_VERBS: Final = frozenset({"mundur", "lengser", "turun", "hengkang", "bubar", "pergi", "keluar", "dibebaskan"})
_WHETHER: Final = frozenset({"apakah", "entah"})
_COOPERATIVE: Final = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT"})


@dataclass
class Factuality:
    negated: bool = False
    hypothetical: bool = False
    demanded: bool = False
    retype: str | None = None


# a verb or noun of telling or knowing: the "jika"/"kalau" after it is colloquial "bahwa" ("mendapat
# kabar jika keempatnya telah ditangkap", "membenarkan kalau pelaku sudah diamankan")
_TOLD_THAT: Final = frozenset({"menyatakan", "mengatakan", "menyebut", "menyebutkan", "kabar", "mengabarkan", "bilang",
                        "mengaku", "melaporkan", "menjelaskan", "mengungkapkan", "membenarkan", "memastikan",
                        "mengetahui", "tahu", "informasi", "laporan", "menduga", "mengklaim"})
_PREDICATE_NEG: Final = NEGATIONS - {"tanpa"}
_UNTIL: Final = frozenset({"sampai", "hingga", "sebelum", "selama"})
_NOT_DONE: Final = frozenset({"dilakukan", "dilaksanakan", "terlaksana", "terjadi", "dijalankan"})


def factuality(v: SentView, t: Trigger) -> Factuality:
    f = Factuality()
    k = t.i - 1
    steps = 0
    while k >= 0 and steps < 5:
        w = v.low[k]
        if w in _WHETHER:
            f.hypothetical = True  # "tidak menyebutkan apakah para penculik telah meminta uang tebusan": not known
            break
        if w in PUNCT_BOUNDARY or (w in SUBORDINATORS and w not in DEMAND_MARKERS and w not in ("jika", "apabila", "kalau")):
            break
        if w == "yang" and t.voice == "passive" and steps == 0:
            break  # "akan mendampingi ketujuh warga yang ditangkap": the relative clause tells what was done
        if t.nominal and k == t.i - 1 and w in ("kasus", "perkara") and k > 0 \
                and v.low[k - 1] not in ("ada", "adanya") and v.low[k - 1] not in NEGATIONS:
            break  # "tidak ingin memperpanjang perkara tabrakan yang menimpanya": the case is not pursued; the crash was
        if w in NEGATIONS and steps < 3 and not _not_the_first(v, k):
            f.negated = True
        if w in ("ada",) and k > 0 and v.low[k - 1] in ("tidak", "tak", "belum", "bukan"):
            f.negated = True
        if w in ("ada", "adanya") and k > 0 and v.low[k - 1] in _UNTIL:
            f.hypothetical = True  # "bertahan sampai ada kesepakatan": a condition, not yet reached
        if w == "bertujuan" or (w == "tujuan" and k > 0 and v.low[k - 1] == "dengan"):
            f.hypothetical = True  # "dengan tujuan para warga segera melakukan evakuasi": an aim, not done
        if w in ("jika", "kalau") and k > 0 and v.low[k - 1] in _TOLD_THAT:
            break  # "menyatakan kalau korban meninggal menjadi 27 orang": colloquial "that", no condition
        if w in HYPOTHETICAL or (w in PURPOSE and not t.nominal and steps <= 1):
            f.hypothetical = True
        if w in DEMAND_MARKERS or (w == "harus" and steps <= 1):
            f.demanded = f.hypothetical = True  # "Polisi yang menyiksa harus ditangkap": a demand, no arrest
        if w not in _SKIP:
            steps += 1
        k -= 1
    if t.j + 1 < len(v.low) and v.low[t.j] == "atau" and v.low[t.j + 1] in ("tidak", "tak", "belum", "bukan"):
        f.hypothetical = True  # "belum dapat memastikan apakah SIM itu disita atau tidak": whether, not known
    if t.j < len(v.low) and v.low[t.j] == "atau" and any(w in _WHETHER for w in v.low[max(0, t.i - 8):t.i]):
        f.hypothetical = True  # "menyelidiki apakah korban meninggal karena dianiaya atau terjatuh": one of two
    if not f.hypothetical and _under_condition(v, t):
        f.hypothetical = True  # "Kalau terbukti, sanksinya bisa sampai diskualifikasi": if so, not done
    if not f.hypothetical and _instructed_when(v, t):
        f.hypothetical = True  # "Saat terjadi banjir, segeralah pindah ke lantai atas": advice, no event
    if not f.hypothetical and not t.nominal and _purpose_coordinated(v, t):
        f.hypothetical = True  # "dikerahkan untuk memburu para pelaku dan membebaskan korban": not done yet
    for x in range(t.i):
        if v.low[x] in DENIALS:
            f.negated = True
        if v.low[x] in DEMAND_VERBS and (any(v.low[y] in DEMAND_MARKERS for y in range(x, t.i)) or _object_complement(v, x, t)):
            f.demanded = f.hypothetical = True
    if t.nominal:
        x = t.j
        # after a noun, "tanpa" modifies it ("serangan pesawat tanpa awak", "bentrokan tanpa korban"):
        # only a predicate negation ("serangan itu tidak terjadi") negates the event
        while x < len(v.low) and x < t.j + 4 and v.low[x] not in _PREDICATE_NEG and v.low[x] not in PUNCT_BOUNDARY:
            x += 1
        if x < len(v.low) and v.low[x] == "gagal" and x + 1 < len(v.low) and v.low[x + 1] in _NOT_DONE:
            f.negated = True  # "Serangan itu gagal dilakukan": it did not happen
        if x < len(v.low) and v.low[x] in _PREDICATE_NEG and x < t.j + 4 and not _not_the_first(v, x):
            f.negated = True
            nxt = v.low[x + 1:x + 3]
            if t.sense.type in _COOPERATIVE and any(w in _EVALUATIVE for w in nxt):
                f.retype = "REJECT"
                f.negated = False
        if _may_happen(v, t.j):
            f.hypothetical = True  # "unjuk rasa boleh saja dilakukan", "bentrokan bisa terjadi kapan saja"
    return f


_MODALS: Final = frozenset({"boleh", "bisa", "dapat", "mungkin", "harus", "mesti", "perlu", "akan", "bakal"})
# hearsay of a plan between the event's own words and its modal: "unjuk rasa ... dikabarkan akan digelar"
_PLANNED: Final = frozenset({"dikabarkan", "direncanakan", "dijadwalkan", "diperkirakan", "diprediksi", "rencananya",
                             "kabarnya", "disebut-sebut"})
_HAPPEN: Final = _NOT_DONE | {"digelar", "berlangsung", "pecah", "meletus", "terulang", "diadakan"}
_BY_THE_WAY: Final = frozenset({"itu", "tersebut", "ini", "saja", "pun", "juga", "kembali", "sewaktu-waktu", "lagi"})


def _may_happen(v: SentView, x: int) -> bool:
    """After a nominal trigger ending at ``x``, a modal with a verb of happening: the event is
    what may (or must) take place, not one that did ("unjuk rasa boleh saja dilakukan",
    "bentrokan itu bisa terjadi kapan saja")."""
    while x < len(v.low) and v.low[x] in _BY_THE_WAY:
        x += 1
    if x + 1 < len(v.low) and v.low[x] not in _MODALS and v.low[x].isalpha() and v.low[x + 1] in _MODALS:
        x += 1  # one word of its own first: "demo biasa boleh", "bentrokan warga bisa terjadi"
    elif x < len(v.low) and v.low[x] not in _MODALS:
        # its own words, then hearsay of a plan: "Demonstrasi para pengemudi ojek dikabarkan akan digelar lagi"
        y = next((y for y in range(x, min(x + 6, len(v.low) - 1)) if v.low[y] in _PLANNED), None)
        if y is not None and v.low[y + 1] in _MODALS and all(w.isalpha() for w in v.low[x:y]):
            x = y + 1
    if x >= len(v.low) or v.low[x] not in _MODALS:
        return False
    if v.low[x] == "boleh" and (x + 1 == len(v.low) or v.low[x + 1] in PUNCT_BOUNDARY):
        return True  # "Demo biasa boleh, ada aturannya": allowed
    x += 1
    while x < len(v.low) and v.low[x] in _BY_THE_WAY:
        x += 1
    return x < len(v.low) and v.low[x] in _HAPPEN


_FIRST: Final = frozenset({"pertama", "satu-satunya", "sekali"})


def _not_the_first(v: SentView, x: int) -> bool:
    """"bukan" at ``x`` says the event is not the first of its kind ("Serangan itu bukan yang
    pertama", "bukan kali pertama", "bukan satu-satunya"): one more that happened, no negation."""
    if v.low[x] != "bukan":
        return False
    y = x + 1
    while y < len(v.low) and y <= x + 2 and v.low[y] in ("yang", "kali", "untuk"):
        y += 1
    return y < len(v.low) and v.low[y] in _FIRST


_CONDITIONS: Final = frozenset({"jika", "kalau", "apabila", "bila", "seandainya", "andaikan", "andai"})
# "Jika dibandingkan tahun lalu, ...": a comparison, no condition
_NOT_CONDITIONS: Final = frozenset({"dibandingkan", "dibanding", "dilihat", "melihat", "menilik", "dihitung", "ditotal",
                             "benar", "tidak", "tak"})


_WHEN: Final = frozenset({"ketika", "saat", "sewaktu", "selama", "jika", "apabila", "bila", "kalau"})
# words ending in "-lah" that are no imperative
_NOT_IMPERATIVE: Final = frozenset({"adalah", "ialah", "telah", "setelah", "sekolah", "masalah", "jumlah", "sejumlah",
                             "sebelah", "istilah", "bersekolah", "bermasalah", "salah", "kalah", "olah", "bersalah",
                             "mengolah", "diolah", "mengalah", "menyalah"})


def _instructed_when(v: SentView, t: Trigger) -> bool:
    """A hazard in a "when" clause of advice: "Saat terjadi banjir, segeralah pindah", "jika
    kebakaran melanda, carilah tangga darurat" -- the imperative "-lah" tells what to do whenever it
    comes (the safety tips of a feature), not an event that came."""
    if not any(v.low[x] in _WHEN for x in range(max(0, t.i - 3), t.i)):
        return False
    return any(len(w) >= 7 and w.endswith("lah") and w.isalpha() and w not in _NOT_IMPERATIVE
               and (x == 0 or v.toks[x].text[:1].islower()) for x, w in enumerate(v.low))  # ("Hizbullah": a name)


def _under_condition(v: SentView, t: Trigger) -> bool:
    """The trigger's clause follows a conditional one that opens the sentence or its quote
    ("Kalau terbukti, sanksinya ...", "\"Jika mereka menolak, kami akan menyerang\")."""
    k = 0
    while k < t.i and v.low[k] in ("\"", "“", "'"):
        k += 1
    if k >= t.i or v.low[k] not in _CONDITIONS or (k + 1 < len(v.low) and v.low[k + 1] in _NOT_CONDITIONS):
        return False
    return any(v.low[x] == "," for x in range(k + 1, t.i)) and not any(
        v.low[x] in (".", ";", "!", "?") for x in range(k + 1, t.i))


def _object_complement(v: SentView, x: int, t: Trigger) -> bool:
    """The trigger is what the demand verb at ``x`` asks its object to do, with no marker:
    "meminta polisi segera membebaskan mahasiswa", "menuntut penangkapan pelaku" (a noun only
    right after the verb)."""
    end = t.i
    if t.nominal and v.low[t.i] not in _BARE_VERBS:
        if t.i == x + 1:
            return True
        if not (t.i - 1 > x + 1 and v.low[t.i - 1] in LIGHT_VERBS):
            return False
        end = t.i - 1  # "meminta Dewan Keamanan PBB menjatuhkan embargo senjata": the verb asked for
    if not 1 < end - x <= 5:
        return False
    return all(v.low[y] not in PUNCT_BOUNDARY and (v.low[y] not in SUBORDINATORS or v.low[y] == "untuk")
               for y in range(x + 1, end))


def _purpose_coordinated(v: SentView, t: Trigger) -> bool:
    """The verb is joined by "dan"/"serta" to a verb of purpose ("untuk memburu ... dan membebaskan")."""
    for c in range(t.i - 1, max(-1, t.i - 6), -1):
        w = v.low[c]
        if w in PUNCT_BOUNDARY or w == "yang" or (w in SUBORDINATORS and w not in ("dan", "serta")):
            return False  # ("korban yang diculik": the kidnapping in the relative clause did happen)
        if w in ("dan", "serta"):
            for k in range(c - 1, max(-1, c - 6), -1):
                if v.low[k] in PUNCT_BOUNDARY:
                    return False
                if v.low[k] in PURPOSE and k + 1 < c and v.low[k + 1].startswith(("me", "ber")):
                    return True
            return False
    return False
