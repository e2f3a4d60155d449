"""The seeds evaluation (needs ../shared): line F1 and metadata at or above the floors."""

from __future__ import annotations

import json
from pathlib import Path

from linimasa.config import Settings
from linimasa.evaluate.clean import evaluate_clean
from linimasa.evaluate.gate import check

FLOORS = Path(__file__).resolve().parents[2] / "eval" / "floors.json"


def test_seeds_meet_clean_floors(shared_dir: Path) -> None:
    result = evaluate_clean(shared_dir / "gold" / "seeds.json", shared_dir / "seeds", Settings())
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["clean"]
    assert result["line_f1"] >= floors.get("line_f1", 0.98)
    assert check(result, FLOORS, "clean") == []


def test_unseen_real_news_keeps_its_body(shared_dir: Path) -> None:
    """Real articles without boilerplate (IndoSum): nearly every paragraph stays."""
    import re

    from linimasa.clean.lines import segment

    path = shared_dir / "data" / "news" / "indosum" / "dev.01.jsonl"
    kept = total = 0
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= 300:
                break
            obj = json.loads(line)
            paras = [" ".join(" ".join(s) for s in p) for p in obj["paragraphs"]]
            paras = [re.sub(r" ([.,!?;:%)])", r"\1", p) for p in paras]
            # long prose paragraphs only: the set has cross-links and line-ups we rightly drop
            prose = [p for p in paras if len(p.split()) >= 15 and not p.lower().startswith(("baca", "simak"))]
            seg = segment("\n\n".join(prose))
            total += len(prose)
            kept += len(seg.paragraphs)
    assert total > 1000
    assert kept / total >= 0.98
