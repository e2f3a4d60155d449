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

import bisect
import logging
import re
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from typing import Any

from ..config import Settings
from ..errors import ResourceError
from ..model import Article, Entity, Mention, Sentence, Token
from . import entities as ent
from .ner_crf import CrfScorer
from .ner_features import Featurizer, read_table
from .ner_rules import OPENS, RuleTriggers, Span, apply_rules, model_spans
from .sentences import Words

_model_spans = model_spans  # the name the tests use

log = logging.getLogger(__name__)

MODEL_DIR = "ner"
_MODEL_CACHE: dict[str, CrfScorer] = {}


@dataclass
class NerResources:
    """Everything :func:`find_mentions` needs, loaded once by :func:`load_ner`."""

    scorer: CrfScorer
    names: ent.NameTables
    geo: Any = None  # linimasa.geo.Gazetteer: scans the text for place names the model missed
    extra: dict[str, Any] = field(default_factory=dict)
    triggers: RuleTriggers = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.triggers = RuleTriggers(self.names)


def load_scorer() -> CrfScorer:
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
    scorer = load_scorer()
    regions = {k: v for k, v in scorer.feat.gaz.items() if v in ("PROV", "REG")}
    districts = frozenset(k for k, v in scorer.feat.gaz.items() if v == "KEC")
    names = ent.load_name_tables(settings, regions, districts=districts)
    return NerResources(scorer=scorer, names=names, geo=ent.load_geo() if names.geocode is not None else None)


def tag_tokens(tokens: list[str], res: NerResources) -> list[str]:
    """BIO tags (PER / ORG / LOC) for one sentence's tokens, as the model predicts them."""
    return res.scorer.tag_many([tokens])[0]


def tag_sentences(sentences: list[list[str]], scorer: CrfScorer, batch: int = 32) -> list[list[str]]:
    """BIO tags for many token sequences (decoded in batches, as an article's sentences are)."""
    out: list[list[str]] = []
    for i in range(0, len(sentences), batch):
        out.extend(scorer.tag_many(sentences[i:i + batch]))
    return out


def tag_with_rules(sentences: list[list[str]], res: NerResources) -> list[list[str]]:
    """BIO tags (PER / ORG / LOC) of the model plus the sentence rules, for scoring on
    CoNLL data: a group or state mention ("warga Armenia") counts as its place ("Armenia")."""
    out = []
    for words, tags in zip(sentences, tag_sentences(sentences, res.scorer), strict=True):
        toks = [Token(i, i + 1, w) for i, w in enumerate(words)]
        bio = ["O"] * len(words)
        for sp in apply_rules(toks, model_spans(tags), res.names, res.scorer.feat.lex):
            first = sp.start + (1 if sp.head else 0)
            label = "LOC" if sp.head else sp.label
            for j in range(first, sp.end):
                bio[j] = ("B-" if j == first else "I-") + label
        out.append(bio)
    return out


_SPEECH = frozenset({"mengatakan", "menambahkan", "menjelaskan", "menuturkan", "mengungkapkan", "menegaskan",
                     "menyebutkan", "menyatakan", "kata", "ujar", "tutur", "jelas", "ungkap", "tegas", "imbuh"})


def _propagate(sentences: list[Sentence], spans: list[list[Span]], res: NerResources,
               words: list[list[str]] | None = None) -> None:
    """A name the model found once is a name everywhere in the article: tag the other
    occurrences of a person's name words ("Aliyev" after "Ilham Aliyev") and of whole
    organisation names that the model left untagged. ``words``: the sentences' token texts."""
    lex = res.scorer.feat.lex
    known: dict[str, str] = {}
    places: set[str] = set()  # one-word places ("Majene"), and the words of every longer person name
    in_names: set[str] = set()
    for sent, sps in zip(sentences, spans, strict=True):
        for sp in sps:
            if sp.label == "LOC" and sp.end - sp.start == 1:
                places.add(sent.tokens[sp.start].text)
            elif sp.label == "PER" and sp.end - sp.start > 1:
                in_names.update(t.text for t in sent.tokens[sp.start:sp.end])
    places -= in_names
    for sent, sps in zip(sentences, spans, strict=True):
        for sp in sps:
            toks = sent.tokens
            if places and sp.label == "PER" and sp.end - sp.start == 1 and sp.source == "model" \
                    and toks[sp.start].text in places \
                    and not (sp.end < len(toks) and toks[sp.end].text.lower() in _SPEECH) \
                    and not (sp.start > 0 and toks[sp.start - 1].text.lower() in _SPEECH):
                sp.label = "LOC"  # "gempa ... mengguncang Majene pada Rabu" after "Majene" tagged a place
                continue
            if sp.label == "PER" and sp.source in ("model", "rank"):
                for t in sent.tokens[sp.start:sp.end]:
                    low = t.text.lower()
                    info = lex.get(low)
                    if len(low) > 2 and t.text[:1].isupper() and (info is None or "|hi" in info or sp.source == "rank"):
                        known.setdefault(t.text, "PER")
            elif sp.label == "ORG":
                toks = sent.tokens
                # "Pasukan Dukungan Cepat (RSF)": the short form in brackets after the name
                k = sp.end
                if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and _acronym(toks[k + 1].text):
                    known.setdefault(toks[k + 1].text, "ORG")
                if sp.end - sp.start == 1 and _acronym(toks[sp.start].text):  # "RSF" tagged once
                    known.setdefault(toks[sp.start].text, "ORG")
    if not known:
        return
    if words is None:
        words = [[t.text for t in s.tokens] for s in sentences]
    for sps, ws in zip(spans, words, strict=True):
        if known.keys().isdisjoint(ws):
            continue  # none of the names in this sentence
        for sp in sps:  # places do not speak: "Guntur mengatakan ..." after "Kombes Pol Guntur"
            if sp.label == "LOC" and sp.end - sp.start == 1 and ws[sp.start] in known and (
                    (sp.end < len(ws) and ws[sp.end].lower() in _SPEECH)
                    or (sp.start > 0 and ws[sp.start - 1].lower() in _SPEECH)):
                sp.label = "PER"
        covered = {i for sp in sps for i in range(sp.start, sp.end)}
        hits = [i for i, w in enumerate(ws) if w in known and i not in covered]
        added = bool(hits)
        k = 0
        while k < len(hits):  # each run of consecutive uncovered name words of one kind is one span
            i = j = hits[k]
            label = known[ws[i]]
            while k < len(hits) and hits[k] == j and known[ws[j]] == label:
                j += 1
                k += 1
            sps.append(Span(i, j, label, "rule"))
        if added:
            sps.sort(key=lambda sp: sp.start)


def _acronym(word: str) -> bool:
    """An organisation's short form: two to six capitals ("RSF", "ELN", "PBB", "UNRWA")."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def _initials_around(text: str, start: int, end: int) -> bool:
    """Whether the upper-case word at ``start:end`` is someone's initials: after "berinisial" or
    before an age in brackets ("AS (27)")."""
    return text[start:end].isupper() and (text[max(0, start - 12):start].lower().rstrip().endswith("inisial")
                                          or _AGE_NEXT.match(text, end) is not None)


_AGE_NEXT = re.compile(r"\s*\(\d{1,3}\)")


def find_mentions(article: Article, sentences: list[Sentence], res: NerResources,
                  sentence_words: Words | None = None) -> tuple[list[Mention], list[Entity]]:
    """Mentions (offsets into ``article.text``) and the canonical entities they point to.
    ``sentence_words``: the :class:`~linimasa.nlp.sentences.Words` of ``sentences``, when the
    caller has them."""
    text = article.text
    if sentence_words is None:
        sentence_words = Words.of(sentences)
    words = sentence_words.texts
    all_tags = res.scorer.tag_many(words, sentence_words.lows)
    triggers, lex = res.triggers, res.scorer.feat.lex
    spans: list[list[Span]] = []
    for s, lows, tags in zip(sentences, sentence_words.lows, all_tags, strict=True):
        named = tags.count("O") < len(tags)
        bits = triggers.of_sentence(lows)
        # a sentence without a model span or a word that opens a rule span has no spans
        spans.append(apply_rules(s.tokens, model_spans(tags) if named else [], res.names, lex, lows, bits)
                     if named or bits & OPENS else [])
    _propagate(sentences, spans, res, words)
    found: list[tuple[Mention, ent.MentionHint]] = []
    for sent, sps, ws in zip(sentences, spans, words, strict=True):
        toks = sent.tokens
        for sp in sps:
            start, end = toks[sp.start].start, toks[sp.end - 1].end
            before = ws[max(0, sp.start - 4):sp.start]
            found.append((Mention(start=start, end=end, text=text[start:end], label=sp.label, source=sp.source),
                          ent.MentionHint(country=sp.country, head=sp.head, before=before)))
    if res.geo is not None and sentences:
        taken = sorted((m.start, m.end) for m, _ in found)
        for start, end, place in res.geo.scan(text):
            k = bisect.bisect_left(taken, (start, start))
            if (k < len(taken) and taken[k][0] < end) or (k > 0 and taken[k - 1][1] > start):
                continue  # overlaps a mention
            if place.feature == "country" and _initials_around(text, start, end):
                continue  # "berinisial AS (27)": a person's initials
            found.append((Mention(start=start, end=end, text=text[start:end], label="LOC", source="gazetteer"),
                          ent.MentionHint(country=place.country if place.feature == "country" else None)))
        found.sort(key=lambda mh: mh[0].start)
    mentions = [m for m, _ in found]
    entities = ent.resolve(mentions, [h for _, h in found], res.names)
    return mentions, entities
