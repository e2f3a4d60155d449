"""``linimasa eval ner``: layout detection, label mapping, seqeval-style scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from linimasa.config import load_settings
from linimasa.errors import EvalError
from linimasa.evaluate.ner import error_kinds, evaluate_ner, read_bio, score, spans

TAB = "Gubernur\tO\nAnies\tB-PERSON\nBaswedan\tI-PERSON\ndi\tO\nJakarta\tB-PLACE\n\nKPK\tB-ORGANISATION\n.\tO\n"
SPACE_CRLF = "Warga PROPN O\r\nBandung PROPN B-LOC\r\nberunjuk VERB O\r\n\r\nPolda PROPN B-ORG\r\nJabar PROPN I-ORG\r\n"
OTHER_TYPES = "Senin\tB-TIME\npagi\tI-TIME\n3\tB-QUANTITY\norang\tI-QUANTITY\ndi\tO\nmedan\tB-PLC\n"


@pytest.mark.parametrize(("content", "sentences", "first"), [
    (TAB, 2, [("Gubernur", "O"), ("Anies", "B-PER"), ("Baswedan", "I-PER"), ("di", "O"), ("Jakarta", "B-LOC")]),
    (SPACE_CRLF, 2, [("Warga", "O"), ("Bandung", "B-LOC"), ("berunjuk", "O")]),
    (OTHER_TYPES, 1, [("Senin", "O"), ("pagi", "O"), ("3", "O"), ("orang", "O"), ("di", "O"), ("medan", "B-LOC")]),
])
def test_read_bio_detects_layout_and_maps_labels(tmp_path: Path, content: str, sentences: int,
                                                 first: list[tuple[str, str]]) -> None:
    f = tmp_path / "x.txt"
    f.write_bytes(content.encode("utf-8"))
    sents, _ = read_bio(f)
    assert len(sents) == sentences
    assert sents[0] == first


def test_read_bio_lists_ignored_types(tmp_path: Path) -> None:
    f = tmp_path / "x.tsv"
    f.write_text(OTHER_TYPES, encoding="utf-8")
    _, ignored = read_bio(f)
    assert dict(ignored) == {"TIME": 1, "QUANTITY": 1}


@pytest.mark.parametrize("content", ["", "satu-kolom-saja\n"])
def test_read_bio_rejects_bad_files(tmp_path: Path, content: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError):
        read_bio(f)


@pytest.mark.parametrize(("tags", "expected"), [
    (["B-PER", "I-PER", "O", "B-LOC"], {(0, 2, "PER"), (3, 4, "LOC")}),
    (["I-ORG", "I-ORG", "O"], {(0, 2, "ORG")}),  # I- without B- opens an entity
    (["B-PER", "I-LOC", "I-LOC"], {(0, 1, "PER"), (1, 3, "LOC")}),  # a type change opens a new one
    (["B-LOC", "B-LOC"], {(0, 1, "LOC"), (1, 2, "LOC")}),
    (["O", "O"], set()),
])
def test_spans_follow_seqeval(tags: list[str], expected: set[tuple[int, int, str]]) -> None:
    assert spans(tags) == expected


def test_score_exact_span_and_type() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    pred = [["B-PER", "O", "O", "B-LOC"], ["B-ORG", "O"]]  # the person is cut short: a miss
    r = score(gold, pred)
    assert (r["precision"], r["recall"]) == (pytest.approx(2 / 3, abs=1e-3), pytest.approx(2 / 3, abs=1e-3))
    assert r["per_type"]["PER"]["f1"] == 0.0 and r["per_type"]["LOC"]["f1"] == 1.0


def test_error_kinds_sort_each_gold_entity_and_spurious_predictions() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "O", "B-LOC", "O"]]
    pred = [["B-PER", "O", "O", "B-ORG", "O", "B-ORG", "I-ORG", "O", "B-PER"]]
    assert error_kinds(gold, pred) == {
        "LOC": {"exact": 0, "boundary": 0, "type": 1, "boundary_type": 0, "missed": 1, "spurious": 0},
        "ORG": {"exact": 0, "boundary": 1, "type": 0, "boundary_type": 0, "missed": 0, "spurious": 0},
        "PER": {"exact": 0, "boundary": 1, "type": 0, "boundary_type": 0, "missed": 0, "spurious": 1},
    }
    # a longer prediction of another type over a gold name: both bounds and type are wrong
    assert error_kinds([["B-LOC", "O"]], [["B-ORG", "I-ORG"]])["LOC"]["boundary_type"] == 1


def test_evaluate_ner_runs_the_model_on_given_tokens(tmp_path: Path) -> None:
    f = tmp_path / "mini.txt"
    f.write_text("Presiden\tO\nJoko\tB-PERSON\nWidodo\tI-PERSON\nberkunjung\tO\nke\tO\nSurabaya\tB-PLACE\n"
                 "pada\tO\nSenin\tB-TIME\n.\tO\n", encoding="utf-8")
    r = evaluate_ner(f, load_settings())
    assert {"precision", "recall", "f1", "per_type", "ignored_types", "errors"} <= set(r)
    assert set(r["model_only"]["errors"]) <= {"PER", "ORG", "LOC"}
    assert r["ignored_types"] == {"TIME": 1}
    assert r["tokens"] == 9
    assert r["f1"] > 0.5


@pytest.mark.shared
def test_nergrit_dev_score(shared_dir: Path) -> None:
    r = evaluate_ner(shared_dir / "data" / "ner" / "nergrit" / "valid_preprocess.txt", load_settings())
    assert r["f1"] >= 0.72
