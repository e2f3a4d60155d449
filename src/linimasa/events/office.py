"""The office behind "pihaknya": "Kapolres Sleman AKBP X mengatakan pihaknya menangkap ..."

Indonesian police and agency news names the acting body through its head: the speaker says
*pihaknya* ("his side"), *jajarannya*, *anggotanya* or *kami* did it. The actor is then the
office the speaker heads, read from the title before the name: "Kapolrestabes Semarang" ->
"Polrestabes Semarang", "Kapolda Metro Jaya" -> "Polda Metro Jaya", "Kepala BNN Provinsi Bali"
-> "BNN Provinsi Bali". A person without such a title keeps being the actor.
"""

from __future__ import annotations

from ..model import Participant
from .context import SentView

_SIDE = frozenset({"pihaknya", "jajarannya", "anggotanya", "timnya", "kami", "petugasnya", "personelnya"})
# ranks and honorifics that end the office and start the person's name
_RANKS = frozenset({
    "akbp", "akp", "kompol", "kombes", "kombespol", "pol", "iptu", "ipda", "aiptu", "aipda", "brigjen", "irjen",
    "komjen", "jenderal", "kolonel", "letkol", "mayor", "kapten", "bripka", "brigpol", "inf", "kav", "arh", "laksma",
    "marsma", "dr", "drs", "ir", "h", "hj", "prof",
})


def office_actor(v: SentView, actor: Participant, ti: int) -> Participant | None:
    """The office ``actor`` (a person) heads, when the sentence says his side acted."""
    if actor.start is None or actor.end is None:
        return None
    first = next((k for k, t in enumerate(v.toks) if t.start >= actor.start), None)
    last = next((k for k, t in enumerate(v.toks) if t.end >= actor.end), None)
    if first is None or last is None or not any(w in _SIDE for w in v.low[last + 1:ti]):
        return None
    for k in range(last, max(-1, first - 8), -1):  # the title may be inside the mention or before it
        w = v.low[k]
        if w.startswith("kapol") and len(w) > 5:
            head, start = "Pol" + v.toks[k].text[5:], k + 1
        elif w == "kepala" and k + 1 < len(v.toks) and v.toks[k + 1].text[:1].isupper():
            head, start = v.toks[k + 1].text, k + 2
        elif w == "kapolri":
            head, start = "Polri", k + 1
        else:
            continue
        end, stop = start, (first if k < first else last + 1)
        while end < stop and v.low[end].rstrip(".") not in _RANKS and v.toks[end].text[:1].isupper():
            end += 1
        if k >= first and end >= stop:
            return None  # no rank between office and name: the name cannot be told from the office
        name = " ".join([head, v.text(start, end)]).strip() if end > start else head
        return Participant(name=name, sector="police" if head.lower().startswith("pol") else None,
                           country=actor.country, start=v.toks[k].start, end=v.toks[max(k, end - 1)].end)
    return None
