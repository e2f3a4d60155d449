from __future__ import annotations

import pytest

from linimasa.events.acled import acled_type
from linimasa.model import Participant

MIL = [Participant("tentara", sector="military")]
REB = [Participant("milisi", sector="rebel")]
CIV = [Participant("warga", sector="civilian")]
POL = [Participant("polisi", sector="police")]


@pytest.mark.parametrize("type_,mode,kind,actors,targets,kw,expected", [
    ("ASSAULT", "firearms", None, MIL, REB, {}, ("Battles", "Armed clash")),
    ("ASSAULT", "firearms", None, MIL, CIV, {}, ("Violence against civilians", "Attack")),
    ("ASSAULT", "aerial", None, MIL, CIV, {}, ("Explosions/Remote violence", "Air/drone strike")),
    ("ASSAULT", "shelling", None, MIL, [], {}, ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("ASSAULT", "suicide", None, [], [], {}, ("Explosions/Remote violence", "Suicide bomb")),
    ("ASSAULT", "grenade", None, REB, [], {}, ("Explosions/Remote violence", "Grenade")),
    ("ASSAULT", "explosives", None, [], [], {}, ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("ASSAULT", "abduct", None, REB, CIV, {}, ("Violence against civilians", "Abduction/forced disappearance")),
    ("ASSAULT", "sexual", None, MIL, CIV, {}, ("Violence against civilians", "Sexual violence")),
    ("ASSAULT", "territory", None, MIL, [], {}, ("Battles", "Government regains territory")),
    ("ASSAULT", "territory", None, REB, [], {}, ("Battles", "Non-state actor overtakes territory")),
    ("PROTEST", "demo", None, CIV, [], {}, ("Protests", "Peaceful protest")),
    ("PROTEST", "demo", None, CIV, [], {"intervention": True}, ("Protests", "Protest with intervention")),
    ("PROTEST", "demo", None, POL, [], {"fatalities": 2}, ("Protests", "Excessive force against protesters")),
    ("PROTEST", "riot", None, CIV, [], {}, ("Riots", "Violent demonstration")),
    ("PROTEST", "mob", None, CIV, CIV, {}, ("Riots", "Mob violence")),
    ("AGREE", None, None, [], [], {}, ("Strategic developments", "Agreement")),
    ("COERCE", "arrest", None, POL, CIV, {}, ("Strategic developments", "Arrests")),
    ("COERCE", "defuse", None, POL, [], {}, ("Strategic developments", "Disrupted weapons use")),
    ("COERCE", "seize", None, POL, [], {"weapons": True}, ("Strategic developments", "Disrupted weapons use")),
    ("COERCE", "destroy", None, CIV, [], {}, ("Strategic developments", "Looting/property destruction")),
    ("COERCE", "disperse", None, POL, CIV, {}, ("Protests", "Protest with intervention")),
    ("MOBILIZE", "enter", None, MIL, [], {}, ("Strategic developments", "Non-violent transfer of territory")),
    ("MOBILIZE", "military", None, MIL, [], {}, ("Strategic developments", "Change to group/activity")),
    ("COERCE", "expel", None, MIL, CIV, {}, ("Strategic developments", "Other")),
    ("CONSULT", None, None, [], [], {}, (None, None)),
    ("DISASTER", "flood", "DISASTER", [], [], {}, (None, None)),
])
def test_acled_mapping(type_, mode, kind, actors, targets, kw, expected) -> None:  # type: ignore[no-untyped-def]
    assert acled_type(type_, mode, kind, actors, targets, **kw) == expected
