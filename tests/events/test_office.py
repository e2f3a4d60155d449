"""The office behind "pihaknya"/"kami", and the one who answers on an interview page."""

from __future__ import annotations

from linimasa.events.office import interviewee_office

LEAD = "Jubi mewawancarai Kapolda Papua Barat, Irjen Pol Yohanis Mandowen, di Manokwari. Berikut petikannya.\n\n"


def test_the_interviewee_heads_the_office_named_with_him() -> None:
    text = LEAD + "Dari mana senjata itu masuk?\n\nLewat laut.\n\nApa yang sudah dilakukan?\n\nKami menangkap tiga orang.\n"
    who = interviewee_office(text)
    assert who is not None and who.name == "Polda Papua Barat", who


def test_no_interviewee_without_questions_on_their_own_lines() -> None:
    assert interviewee_office(LEAD + "Kami menangkap tiga orang, katanya.\n") is None
