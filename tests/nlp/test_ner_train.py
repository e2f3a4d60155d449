"""The NER training script's word-flag builders (scripts/train_ner.py): capitalisation and
frequency flags, silver entity flags from a first model, and how they join the lexicon."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from linimasa.nlp.ner_features import Featurizer

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_ner.py"


@pytest.fixture(scope="module")
def tn() -> ModuleType:
    pytest.importorskip("pycrfsuite")
    spec = importlib.util.spec_from_file_location("train_ner", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_ner"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_caps_flags_count_only_words_away_from_the_sentence_start(tn: ModuleType) -> None:
    sents = [
        ["Polisi", "menangkap", "Budi", "di", "Bandung", "."],
        ["Budi", "menangkap", "ikan", "di", "danau", "."],
        ["Warga", "melihat", "Budi", "menangkap", "ikan", "di", "Bandung", "."],
        ["Dia", "bilang", ":", "Menangkap", "ikan", "itu", "sulit", "."],
    ]
    caps = tn.build_caps(sents)
    assert caps["budi"].startswith("C=hi|")  # capitalised at every inner position
    assert caps["bandung"].startswith("C=hi|")
    assert caps["ikan"].startswith("C=lo|")
    # "Menangkap" after a colon counts as a sentence start, so the verb stays lower-case
    assert caps["menangkap"].startswith("C=lo|")
    assert "polisi" not in caps and "danau" not in caps  # seen once: no flag
    assert caps["di"].endswith("|F=0")  # 3 times: int(log2(3)) = 1, halved
    assert caps["."] == "C=na|F=1"  # 4 times: log2(4) = 2, halved; never a letter: no rate


def test_merge_flags_appends_and_adds_words(tn: ModuleType) -> None:
    lex = {"jakarta": "NNP|hi", "makan": "VB|lo"}
    merged = tn.merge_flags(lex, {"jakarta": "C=hi|F=3", "twitter": "Se=3|St=ORG"})
    assert merged == {"jakarta": "NNP|hi|C=hi|F=3", "makan": "VB|lo", "twitter": "Se=3|St=ORG"}
    assert lex == {"jakarta": "NNP|hi", "makan": "VB|lo"}  # the input is left as it was


def test_silver_flags_profile_what_a_first_model_tags(tn: ModuleType, tmp_path: Path) -> None:
    """A tiny model trained to tag capitalised words after 'di' as LOC and after 'kata' as PER
    gives those words the matching silver type on unlabelled text; function words get Se=0."""
    train = [
        [("Ia", "O"), ("tinggal", "O"), ("di", "O"), ("Bandung", "B-LOC"), (".", "O")],
        [("Kami", "O"), ("datang", "O"), ("di", "O"), ("Medan", "B-LOC"), (".", "O")],
        [("Itu", "O"), ("benar", "O"), (",", "O"), ("kata", "O"), ("Budi", "B-PER"), (".", "O")],
        [("Tidak", "O"), ("ada", "O"), (",", "O"), ("kata", "O"), ("Siti", "B-PER"), (".", "O")],
    ] * 5
    feat = Featurizer({}, {})
    model = tmp_path / "m.crfsuite"
    tn.train(feat, train, {"c1": 0.0, "c2": 0.01, "iters": 50, "minfreq": 0}, model)
    news = [
        ["Mereka", "tinggal", "di", "Bandung", "."],
        ["Hujan", "turun", "di", "Bandung", "."],
        ["Sudah", "selesai", ",", "kata", "Budi", "."],
        ["Belum", "tahu", ",", "kata", "Budi", "."],
    ]
    silver = tn.build_silver(feat, model, news)
    assert silver["bandung"] == "Se=3|St=LOC"
    assert silver["budi"] == "Se=3|St=PER"
    assert silver["di"] == "Se=0"
    assert "hujan" not in silver  # seen once


def test_heldout_split_keeps_every_fifth_sentence_apart(tn: ModuleType) -> None:
    sents = [[(f"w{i}", "O")] for i in range(12)]
    rest, fold = tn.heldout_split(sents)
    assert [s[0][0] for s in fold] == ["w0", "w5", "w10"]
    assert len(rest) == 9 and not any(s in fold for s in rest)
    assert tn.heldout_split(sents, every=4)[1] == [sents[0], sents[4], sents[8]]
