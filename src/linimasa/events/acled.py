"""PLOVER type + mode (+ participants' sectors) -> ACLED event type and sub-event type.

==============================  ===========================================================
PLOVER / kind                    ACLED
==============================  ===========================================================
ASSAULT-aerial                   Explosions/Remote violence: Air/drone strike
ASSAULT-shelling                 Explosions/Remote violence: Shelling/artillery/missile attack
ASSAULT-suicide                  Explosions/Remote violence: Suicide bomb
ASSAULT-grenade                  Explosions/Remote violence: Grenade
ASSAULT-explosives               Explosions/Remote violence: Remote explosive/landmine/IED
ASSAULT-abduct                   Violence against civilians: Abduction/forced disappearance
ASSAULT-sexual                   Violence against civilians: Sexual violence
ASSAULT (armed vs armed)         Battles: Armed clash
ASSAULT (vs civilians/other)     Violence against civilians: Attack
ASSAULT-territory (capture)      Battles: Government regains territory (state actor) /
                                 Non-state actor overtakes territory (rebel actor)
COERCE-arrest/raid               Strategic developments: Arrests
COERCE-defuse, weapon seizures   Strategic developments: Disrupted weapons use
COERCE-loot/destroy              Strategic developments: Looting/property destruction
COERCE-disperse                  Protests: Protest with intervention
PROTEST-demo/strike              Protests: Peaceful protest (Protest with intervention when
                                 police intervene, Excessive force ... when protesters die)
PROTEST-riot                     Riots: Violent demonstration
PROTEST-mob                      Riots: Mob violence
AGREE                            Strategic developments: Agreement
MOBILIZE-enter, RETREAT-withdraw Strategic developments: Non-violent transfer of territory
MOBILIZE (other)                 Strategic developments: Change to group/activity
COERCE (other)                   Strategic developments: Other
others, DISASTER                 none
==============================  ===========================================================
"""

from __future__ import annotations

from typing import Final

from ..model import Participant

ARMED: Final = frozenset({"military", "police", "rebel"})
BATTLES, EXPL, VAC = "Battles", "Explosions/Remote violence", "Violence against civilians"
PROTESTS, RIOTS, SD = "Protests", "Riots", "Strategic developments"

_MODE_FIXED: Final[dict[tuple[str, str | None], tuple[str, str]]] = {
    ("ASSAULT", "aerial"): (EXPL, "Air/drone strike"),
    ("ASSAULT", "shelling"): (EXPL, "Shelling/artillery/missile attack"),
    ("ASSAULT", "suicide"): (EXPL, "Suicide bomb"),
    ("ASSAULT", "grenade"): (EXPL, "Grenade"),
    ("ASSAULT", "explosives"): (EXPL, "Remote explosive/landmine/IED"),
    ("ASSAULT", "abduct"): (VAC, "Abduction/forced disappearance"),
    ("ASSAULT", "sexual"): (VAC, "Sexual violence"),
    ("COERCE", "arrest"): (SD, "Arrests"),
    ("COERCE", "raid"): (SD, "Arrests"),
    ("COERCE", "defuse"): (SD, "Disrupted weapons use"),
    ("COERCE", "loot"): (SD, "Looting/property destruction"),
    ("COERCE", "destroy"): (SD, "Looting/property destruction"),
    ("COERCE", "disperse"): (PROTESTS, "Protest with intervention"),
    ("PROTEST", "riot"): (RIOTS, "Violent demonstration"),
    ("PROTEST", "mob"): (RIOTS, "Mob violence"),
    ("ASSAULT", "throw"): (RIOTS, "Violent demonstration"),
    ("MOBILIZE", "enter"): (SD, "Non-violent transfer of territory"),
    ("MOBILIZE", "weapons_test"): (SD, "Other"),
    ("RETREAT", "withdraw"): (SD, "Non-violent transfer of territory"),
}


def _sectors(parts: list[Participant]) -> set[str]:
    return {p.sector for p in parts if p.sector}


def acled_type(type_: str, mode: str | None, kind: str | None, actors: list[Participant],
               targets: list[Participant], *, weapons: bool = False, intervention: bool = False,
               fatalities: int | None = None) -> tuple[str | None, str | None]:
    """(event_type, sub_event_type), or (None, None) where ACLED has no category."""
    if kind is not None:
        return None, None
    fixed = _MODE_FIXED.get((type_, mode))
    if type_ == "COERCE" and mode == "seize" and weapons:
        return SD, "Disrupted weapons use"
    if fixed:
        return fixed
    a, t = _sectors(actors), _sectors(targets)
    if type_ == "ASSAULT" and mode != "territory":
        if t and t <= {"civilian"}:
            return VAC, "Attack"
        if (a & ARMED and (t & ARMED or not t)) or mode == "clash" or (not a and not t):
            return BATTLES, "Armed clash"
        return VAC, "Attack"
    if type_ == "ASSAULT" and mode == "territory":
        if a & {"rebel"}:
            return BATTLES, "Non-state actor overtakes territory"
        if a & {"military", "government", "police"}:
            return BATTLES, "Government regains territory"
        return SD, "Non-violent transfer of territory"
    if type_ == "PROTEST":
        if fatalities and a & {"police", "military"}:
            return PROTESTS, "Excessive force against protesters"
        if intervention:
            return PROTESTS, "Protest with intervention"
        return PROTESTS, "Peaceful protest"
    if type_ == "AGREE":
        return SD, "Agreement"
    if type_ == "MOBILIZE":
        return SD, "Change to group/activity"
    if type_ == "COERCE":
        return SD, "Other"
    return None, None
