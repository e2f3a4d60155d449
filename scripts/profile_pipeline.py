"""Profile the per-article pipeline on real articles and fingerprint its output.

    nice .venv/bin/python scripts/profile_pipeline.py [-n 300] [--top 30]
        [--snapshot FILE | --compare FILE] [--store]

Loads ~N IndoSum articles (tokenised paragraphs, detokenised here into text with blank lines
between paragraphs; the id's leading unix timestamp is the publication date), plus
``examples/corpus`` and ``/work/shared/seeds``; runs every stage once per article with
resources loaded once, and reports per-stage CPU time (``time.process_time``) per article
and a cProfile top list. ``--snapshot FILE`` writes ``to_dict(article)`` of every article
(the output fingerprint); ``--compare FILE`` checks the current outputs are identical to it.
``--store`` also times a write of every article to a temporary SQLite store.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import glob
import json
import os
import pstats
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from linimasa import native_status, pipeline
from linimasa.config import Settings
from linimasa.model import Article, RawDocument, to_dict

SHARED = Path("/work/shared")
_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "...", "…"}
_NO_SPACE_AFTER = {"(", "[", "{", "$"}


def detokenise(tokens: list[str]) -> str:
    """Join word tokens back into plausible running text (quotes alternate open/close)."""
    out: list[str] = []
    glue = True  # no space before the next token
    open_quote = False
    for tok in tokens:
        if tok in ('"', "“", "”"):
            if not open_quote:
                out.append("" if glue else " ")
                out.append('"')
                glue = True
            else:
                out.append('"')
                glue = False
            open_quote = not open_quote
            continue
        if not glue and tok not in _NO_SPACE_BEFORE:
            out.append(" ")
        out.append(tok)
        glue = tok in _NO_SPACE_AFTER
    return "".join(out)


def indosum_docs(limit: int) -> list[RawDocument]:
    docs: list[RawDocument] = []
    for path in sorted(glob.glob(str(SHARED / "data/news/indosum/*.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if len(docs) >= limit:
                    return docs
                obj = json.loads(line)
                paras = [" ".join(detokenise(s) for s in para) for para in obj["paragraphs"]]
                stamp = obj["id"].split("-", 1)[0]
                published = None
                if stamp.isdigit():
                    published = datetime.fromtimestamp(int(stamp), tz=UTC).isoformat()
                docs.append(RawDocument(source=f"indosum:{obj['id']}", kind="jsonl",
                                        text="\n\n".join(paras), published=published,
                                        url=obj.get("source_url")))
    return docs


def file_docs() -> list[RawDocument]:
    docs: list[RawDocument] = []
    paths = sorted(glob.glob(str(ROOT / "examples/corpus/*"))) + sorted(glob.glob(str(SHARED / "seeds/*")))
    for p in paths:
        data = Path(p).read_text(encoding="utf-8", errors="replace")
        src = os.path.relpath(p, ROOT) if p.startswith(str(ROOT)) else p  # same key in any checkout
        if p.endswith((".html", ".htm")):
            docs.append(RawDocument(source=src, kind="html", html=data))
        else:
            docs.append(RawDocument(source=src, kind="txt", text=data))
    return docs


def _stages(raw: RawDocument, res: pipeline.Resources, acc: dict[str, float]) -> object:
    """The same steps as :func:`pipeline.process` / :func:`nlp.annotate`, timed one by one."""
    from linimasa import clean, events, nlp
    from linimasa.nlp.ner import find_mentions
    from linimasa.nlp.quotes import find_quotes

    clock = time.process_time
    t0 = clock()
    art = clean.clean_document(raw, res.clean)
    t1 = clock()
    acc["clean"] += t1 - t0
    if not isinstance(art, Article) or art.status != "ok":
        return art
    text = art.text
    sentences, words = nlp.split_words(text)
    t2 = clock()
    quantities = nlp.find_quantities(text, sentences, words)
    t3 = clock()
    timexes = nlp.find_timexes(text, art.published, sentences, words)
    t4 = clock()
    art = dataclasses.replace(art, sentences=sentences, quantities=quantities, timexes=timexes)
    mentions, entities = find_mentions(art, sentences, res.nlp.ner, words)
    art.mentions, art.entities = mentions, entities
    t5 = clock()
    art.quotes = find_quotes(art, sentences, mentions, entities)
    t6 = clock()
    art.events = events.extract(art, res.events)
    t7 = clock()
    for name, a, b in (("sentences", t1, t2), ("numbers", t2, t3), ("timex", t3, t4),
                       ("ner+entities", t4, t5), ("quotes", t5, t6), ("events", t6, t7)):
        acc[name] += b - a
    acc["_analysed"] += 1
    return art


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":  # set order must not vary between fingerprints
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=300, help="IndoSum articles to load")
    ap.add_argument("--top", type=int, default=30, help="cProfile rows to show (0: no profile)")
    ap.add_argument("--snapshot", help="write the output fingerprint JSON here")
    ap.add_argument("--compare", help="check outputs are identical to this fingerprint JSON")
    ap.add_argument("--store", action="store_true", help="also time writes to a temp SQLite store")
    ap.add_argument("--repeat", type=int, default=1, help="timing passes over the corpus")
    args = ap.parse_args()

    docs = indosum_docs(args.n) + file_docs()
    t = time.process_time()
    res = pipeline.load_resources(Settings())
    print(f"linimasa modules: {native_status()}")
    print(f"{len(docs)} documents; resources loaded in {time.process_time() - t:.2f} s CPU")
    # warm-up pass (lazy imports, caches of the first article) + the fingerprint
    outputs = [pipeline.process(d, res) for d in docs]
    words = [len(a.text.split()) for a in outputs if isinstance(a, Article) and a.status == "ok"]
    print(f"analysed {len(words)}; mean {sum(words) / max(len(words), 1):.0f} words/article")

    acc: dict[str, float] = dict.fromkeys(
        ["clean", "sentences", "numbers", "timex", "ner+entities", "quotes", "events", "_analysed"], 0.0)
    for _ in range(args.repeat):
        for d in docs:
            _stages(d, res, acc)
    n = acc.pop("_analysed") or 1
    lang = sum(acc[k] for k in ("sentences", "numbers", "timex", "ner+entities", "quotes"))
    print(f"\nper-stage CPU ms/article (over {int(n)} analysed articles x passes):")
    for k, v in acc.items():
        print(f"  {k:14s} {1000 * v / n:7.3f}")
    total = sum(acc.values())
    print(f"  {'language layer':14s} {1000 * lang / n:7.3f}  -> {n / lang:6.0f} articles/s")
    print(f"  {'events/lang':14s} {100 * acc['events'] / lang:6.1f} %")
    print(f"  {'end-to-end':14s} {1000 * total / n:7.3f}  -> {n / total:6.0f} articles/s (no store)")
    scale = 400 / (sum(words) / max(len(words), 1))  # time grows about linearly with length
    print(f"  at 400 words: language layer {1000 * lang / n * scale:.3f} ms ({n / lang / scale:.0f}/s), "
          f"end-to-end {1000 * total / n * scale:.3f} ms ({n / total / scale:.0f}/s, no store)")

    if args.store:
        from linimasa.store import open_store

        arts = [a for a in outputs if isinstance(a, Article)]
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(str(Path(tmp) / "p.db"))
            t = time.process_time()
            for i in range(0, len(arts), 50):
                store.put_articles(arts[i:i + 50])
            w = time.process_time() - t
            store.close()
        print(f"  {'store write':14s} {1000 * w / len(arts):7.3f}  -> end-to-end "
              f"{n / (total + w * n / len(arts)):6.0f} articles/s (with store)")

    if args.top:
        prof = cProfile.Profile()
        prof.enable()
        for d in docs:
            pipeline.process(d, res)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.top)

    fingerprint = {d.source: to_dict(a) for d, a in zip(docs, outputs, strict=True)}
    if args.snapshot:
        Path(args.snapshot).write_text(json.dumps(fingerprint, ensure_ascii=False, sort_keys=True))
        print(f"snapshot of {len(fingerprint)} outputs written to {args.snapshot}")
    if args.compare:
        old = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        new = json.loads(json.dumps(fingerprint, ensure_ascii=False, sort_keys=True))
        bad = [k for k in old.keys() | new.keys() if old.get(k) != new.get(k)]
        if bad:
            for k in sorted(bad)[:10]:
                o, nw = old.get(k) or {}, new.get(k) or {}
                fields = [f for f in (o.keys() | nw.keys()) if o.get(f) != nw.get(f)]
                print(f"DIFFERENT {k}: fields {sorted(fields)}")
            print(f"COMPARE FAILED: {len(bad)} of {len(old)} outputs differ")
            return 1
        print(f"COMPARE OK: all {len(old)} outputs identical")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
