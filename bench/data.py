"""Benchmark input: real Indonesian news when ../shared holds IndoSum, else the bundled
example corpus repeated with variation. Either way ``n`` distinct pages (distinct content
hashes), each about 400 words."""

from __future__ import annotations

import json
import os
import random
import re
from datetime import UTC, datetime
from pathlib import Path

from linimasa.config import Settings
from linimasa.ingest import read_inputs
from linimasa.model import RawDocument, raw_hash

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("LINIMASA_SHARED", ROOT.parent / "shared"))
INDOSUM = SHARED / "data" / "news" / "indosum"

_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]}])")
_NO_SPACE_AFTER = re.compile(r"([(\[{]) ")
_SLASH = re.compile(r"(\d) / (\d)")


def detokenize(tokens: list[str]) -> str:
    """IndoSum's word tokens -> readable text: no space before closing punctuation or
    after opening brackets; straight double quotes attach to the words they enclose."""
    out: list[str] = []
    quote_open = False
    glue_next = False
    for tok in tokens:
        if tok == '"':
            if quote_open:
                if out:
                    out[-1] += '"'
                else:
                    out.append('"')
            else:
                out.append('"')
                glue_next = True
            quote_open = not quote_open
            continue
        if glue_next and out:
            out[-1] += tok
            glue_next = False
        else:
            out.append(tok)
    text = " ".join(out)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    return _SLASH.sub(r"\1/\2", text)


def _indosum_docs() -> list[RawDocument]:
    docs: list[RawDocument] = []
    for f in sorted(INDOSUM.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                obj = json.loads(line)
                paras = [detokenize([tok for sent in p for tok in sent]) for p in obj["paragraphs"]]
                stamp = obj["id"].split("-", 1)[0]
                published = (datetime.fromtimestamp(int(stamp), UTC).date().isoformat()
                             if stamp.isdigit() else None)
                docs.append(RawDocument(source=f"{f.name}:{lineno}", kind="jsonl", text="\n\n".join(paras),
                                        url=obj.get("source_url"), outlet=obj.get("source"), published=published))
    return docs


def _example_docs() -> list[RawDocument]:
    return [d for d in read_inputs([str(ROOT / "examples" / "corpus")], Settings()) if isinstance(d, RawDocument)]


def base_docs() -> tuple[list[RawDocument], str]:
    """The distinct real pages available (one per content hash), and where they came from."""
    if INDOSUM.is_dir() and any(INDOSUM.glob("*.jsonl")):
        docs, origin = _indosum_docs(), f"IndoSum dev folds ({INDOSUM})"
    else:
        docs, origin = _example_docs(), "examples/corpus (bundled; IndoSum not found)"
    seen: set[str] = set()
    distinct = []
    for d in docs:
        h = raw_hash(d)
        if h not in seen:
            seen.add(h)
            distinct.append(d)
    return distinct, origin


def screen(docs: list[RawDocument]) -> tuple[list[RawDocument], list[str]]:
    """Pages the whole pipeline gets through, and what went wrong with the others (a stage
    that raises on a page is a bug to report; the benchmark measures speed on the rest)."""
    from linimasa.pipeline import load_resources, process

    res = load_resources(Settings())
    ok: list[RawDocument] = []
    errors: list[str] = []
    for d in docs:
        try:
            process(d, res)
            ok.append(d)
        except Exception as exc:  # noqa: BLE001 - reported in the benchmark's JSON
            errors.append(f"{d.source}: {type(exc).__name__}: {exc}"[:200])
    return ok, errors


def corpus(n: int, seed: int = 13, base: list[RawDocument] | None = None) -> tuple[list[RawDocument], str]:
    """``n`` pages: the real ones first, then variants (paragraphs rotated, a closing line
    naming the copy) so every page has its own content hash."""
    origin = "given pages"
    if base is None:
        base, origin = base_docs()
    rng = random.Random(seed)
    out = list(base[:n])
    k = 0
    while len(out) < n:
        src = base[k % len(base)]
        k += 1
        text = src.text or ""
        paras = text.split("\n\n")
        if len(paras) > 2:
            cut = rng.randrange(1, len(paras))
            paras = paras[:1] + paras[cut:] + paras[1:cut]
        paras.append(f"(Salinan {k}, diperbarui pukul {rng.randrange(0, 24):02d}.{rng.randrange(0, 60):02d} WIB)")
        out.append(RawDocument(source=f"{src.source}#v{k}", kind=src.kind, text="\n\n".join(paras) if src.text else None,
                               html=src.html, url=src.url, outlet=src.outlet, published=src.published))
    if n > len(base):
        origin += f", {len(base)} distinct pages, repeated with variation to {n}"
    return out, origin


def write_jsonl(docs: list[RawDocument], path: Path) -> Path:
    """The pages as a JSON-lines feed (the format a crawl would hand over)."""
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({"url": d.url, "outlet": d.outlet, "published": d.published, "text": d.text,
                                 "html": d.html}, ensure_ascii=False) + "\n")
    return path


def _word_count(d: RawDocument) -> int:
    return len((d.text or d.html or "").split())


def of_length(docs: list[RawDocument], lo: int, hi: int) -> list[RawDocument]:
    """The pages of ``lo`` to ``hi`` words (the issue's targets are set for 400-word articles)."""
    return [d for d in docs if lo <= _word_count(d) < hi]


def words(docs: list[RawDocument]) -> float:
    """Mean words per page."""
    return sum(map(_word_count, docs)) / max(1, len(docs))
