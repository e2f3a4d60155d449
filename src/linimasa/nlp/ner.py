"""Named entities: a compact CRF model plus gazetteer rules (PER | ORG | LOC | NORP).

The CRF (``resources/ner/ner.crfsuite``, rebuilt by ``scripts/train_ner.py``) tags each
sentence's tokens with BIO tags for PER / ORG / LOC. Rules then fix what a statistical model
trained on small corpora gets wrong in international news:

* a country name is a place (LOC), also when the model glued it to a person
  ("Rusia Vladimir Putin" -> LOC "Rusia" + PER "Vladimir Putin");
* "warga/penduduk/orang-orang X" (X a country or a known people) is a group mention (NORP),
  "tentara/pasukan/militer/pemerintah X" an organisation (ORG) of country X;
* hyphenated names stay whole (the tokenizer keeps "Nagorno-Karabakh" as one token).

Every mention then points to a canonical :class:`~linimasa.model.Entity` built by
:mod:`linimasa.nlp.entities`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from typing import Any

from ..config import Settings
from ..errors import ResourceError
from ..model import Article, Entity, Mention, Sentence, Token
from . import entities as ent
from .ner_crf import CrfScorer
from .ner_features import NORP_HEADS, Featurizer, read_table, wordset

log = logging.getLogger(__name__)

MODEL_DIR = "ner"
# Words before a country name that make "<word> <country>" an organ of that state (ORG).
STATE_ORGANS = wordset("tentara pasukan militer angkatan pemerintah pemerintahan rezim polisi kepolisian parlemen "
                       "kedubes kedutaan konsulat")
GROUP_WORDS = NORP_HEADS | {"orang-orang", "kaum", "para", "etnis", "suku"}
_MODEL_CACHE: dict[str, CrfScorer] = {}


@dataclass
class NerResources:
    """Everything :func:`find_mentions` needs, loaded once by :func:`load_ner`."""

    scorer: CrfScorer
    names: ent.NameTables
    extra: dict[str, Any] = field(default_factory=dict)


def _load_model() -> CrfScorer:
    """The CRF weights and their featurizer, loaded once per process."""
    hit = _MODEL_CACHE.get(MODEL_DIR)
    if hit is not None:
        return hit
    import pycrfsuite

    base = importlib_resources.files("linimasa.resources") / MODEL_DIR
    try:
        with importlib_resources.as_file(base / "ner.crfsuite") as path:
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
        gaz = read_table((base / "gazetteer.tsv").read_text(encoding="utf-8").splitlines())
        lex = read_table((base / "lexicon.tsv").read_text(encoding="utf-8").splitlines())
    except (OSError, ValueError) as exc:
        raise ResourceError(
            f"NER model: expected resources/ner/ner.crfsuite, gazetteer.tsv and lexicon.tsv inside the "
            f"linimasa package, got {exc}; reinstall linimasa or rebuild them with scripts/train_ner.py"
        ) from exc
    scorer = CrfScorer(tagger, Featurizer(gaz, lex))
    tagger.close()
    _MODEL_CACHE[MODEL_DIR] = scorer
    return scorer


def load_ner(settings: Settings) -> NerResources:
    """Load the NER model, gazetteer and name tables once per process."""
    scorer = _load_model()
    regions = {k: v for k, v in scorer.feat.gaz.items() if v in ("PROV", "REG")}
    return NerResources(scorer=scorer, names=ent.load_name_tables(settings, regions))


def tag_tokens(tokens: list[str], res: NerResources) -> list[str]:
    """BIO tags (PER / ORG / LOC) for one sentence's tokens, as the model predicts them."""
    return res.scorer.tag_many([tokens])[0]


def tag_sentences(sentences: list[list[str]], res: NerResources, batch: int = 32) -> list[list[str]]:
    """BIO tags for many token sequences (decoded in batches, as an article's sentences are)."""
    out: list[list[str]] = []
    for i in range(0, len(sentences), batch):
        out.extend(res.scorer.tag_many(sentences[i:i + batch]))
    return out


# ---------------------------------------------------------------------------
# Spans over one sentence's tokens


@dataclass
class _Span:
    start: int  # token index
    end: int  # token index, exclusive
    label: str
    source: str = "model"
    country: str | None = None
    head: str | None = None  # the group/state word of a NORP/ORG rule span


def _model_spans(tags: list[str]) -> list[_Span]:
    out: list[_Span] = []
    cur: _Span | None = None
    for i, tag in enumerate(tags):
        prefix, _, typ = tag.partition("-")
        if tag == "O" or prefix == "B" or cur is None or cur.label != typ:
            if cur is not None:
                out.append(cur)
            cur = _Span(i, i + 1, typ) if tag != "O" else None
        else:
            cur.end = i + 1
    if cur is not None:
        out.append(cur)
    return out


def _country_at(toks: list[Token], i: int, names: ent.NameTables) -> tuple[int, str] | None:
    """A country name starting at token ``i``: (length in tokens, ISO2)."""
    if not toks[i].text[:1].isupper() or toks[i].text.lower() not in names.country_first:
        return None
    for k in range(min(names.max_country_len, len(toks) - i), 0, -1):
        cc = names.countries.get(" ".join(t.text.lower() for t in toks[i:i + k]))
        if cc is not None:
            return k, cc
    return None


def _apply_rules(toks: list[Token], spans: list[_Span], names: ent.NameTables) -> list[_Span]:
    """Country, group and state rules on top of the model's spans (see the module doc)."""
    n = len(toks)
    countries: dict[int, tuple[int, str]] = {}
    i = 0
    while i < n:
        hit = _country_at(toks, i, names)
        if hit is not None:
            countries[i] = hit
            i += hit[0]
        else:
            i += 1
    out: list[_Span] = []
    for sp in spans:
        if sp.start in countries and sp.label in ("PER", "ORG") and countries[sp.start][0] < sp.end - sp.start \
                and toks[sp.start + countries[sp.start][0]].text[:1].isupper():
            # "Rusia Vladimir Putin": a country glued to a name -> split
            k, cc = countries[sp.start]
            if sp.label == "PER":
                out.append(_Span(sp.start, sp.start + k, "LOC", "rule", cc))
                out.append(_Span(sp.start + k, sp.end, "PER", sp.source))
                continue
        if sp.start in countries and countries[sp.start][0] == sp.end - sp.start:
            out.append(_Span(sp.start, sp.end, "LOC", sp.source, countries[sp.start][1]))
            continue
        out.append(sp)
    covered = {j for sp in out for j in range(sp.start, sp.end)}
    for i, (k, cc) in countries.items():
        if not any(j in covered for j in range(i, i + k)):
            out.append(_Span(i, i + k, "LOC", "gazetteer", cc))
    out.sort(key=lambda s: s.start)
    # group / state heads directly before a country (or a known people)
    result: list[_Span] = []
    for sp in out:
        if sp.label == "LOC" and sp.country and sp.end - sp.start == countries.get(sp.start, (0, ""))[0]:
            h = sp.start - 1
            head = toks[h].text.lower() if h >= 0 else ""
            if head in GROUP_WORDS:
                result.append(_Span(h, sp.end, "NORP", "rule", sp.country, head))
                continue
            if head in STATE_ORGANS and not (result and result[-1].end > h):
                result.append(_Span(h, sp.end, "ORG", "rule", sp.country, head))
                continue
        result.append(sp)
    # "warga Papua", "etnis Rohingya": a group word before a people's name
    for i in range(1, n):
        low = toks[i].text.lower()
        if low in names.peoples and toks[i].text[:1].isupper() and toks[i - 1].text.lower() in GROUP_WORDS:
            if any(sp.start <= i < sp.end and sp.label in ("PER", "ORG") for sp in result):
                continue
            result = [sp for sp in result if not sp.start <= i < sp.end]
            result.append(_Span(i - 1, i + 1, "NORP", "rule", names.peoples[low], toks[i - 1].text.lower()))
    result.sort(key=lambda s: s.start)
    return result


def find_mentions(article: Article, sentences: list[Sentence], res: NerResources) -> tuple[list[Mention], list[Entity]]:
    """Mentions (offsets into ``article.text``) and the canonical entities they point to."""
    text = article.text
    mentions: list[Mention] = []
    hints: list[ent.MentionHint] = []
    all_tags = res.scorer.tag_many([[t.text for t in s.tokens] for s in sentences])
    for sent, tags in zip(sentences, all_tags, strict=True):
        toks = sent.tokens
        if not toks:
            continue
        for sp in _apply_rules(toks, _model_spans(tags), res.names):
            start, end = toks[sp.start].start, toks[sp.end - 1].end
            mentions.append(Mention(start=start, end=end, text=text[start:end], label=sp.label, source=sp.source))
            before = [t.text for t in toks[max(0, sp.start - 4):sp.start]]
            hints.append(ent.MentionHint(country=sp.country, head=sp.head, before=before))
    entities = ent.resolve(mentions, hints, res.names)
    return mentions, entities
