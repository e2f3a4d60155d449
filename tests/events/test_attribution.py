"""Who a sentence's report is claimed by (events.attribution)."""

from __future__ import annotations

import pytest

from linimasa.events.attribution import claimed_by

from .conftest import view_of


@pytest.mark.parametrize("text,source", [
    # a report verb after "dan": the subject is the first verb's, not the clause before "dan"
    ("Presiden Kolombia mengecam serangan itu dan menyebutnya serangan terhadap demokrasi.", "Presiden Kolombia"),
    ("Para menteri ASEAN membahas krisis itu dan menyatakan keprihatinan.", "Para menteri ASEAN"),
    ("Juru bicara militer mengatakan 12 orang tewas.", "Juru bicara militer"),
])
def test_the_subject_of_a_report_verb_after_and(text: str, source: str, res) -> None:  # type: ignore[no-untyped-def]
    v = view_of(text, res)
    src, _ = claimed_by(v, len(v.low) - 1, [], None)
    assert src == source, src
