"""Entity normalisation: one canonical entity per surface form, in and across articles."""

from __future__ import annotations

import pytest

from linimasa.model import Mention
from linimasa.nlp.entities import MentionHint, NameTables, load_name_tables, resolve


@pytest.fixture(scope="module")
def names() -> NameTables:
    return load_name_tables(None, regions={"bogor": "REG", "papua": "PROV"}, geo=False)


def _m(text: str, label: str) -> Mention:
    return Mention(start=0, end=len(text), text=text, label=label)


def _ids(items: list[tuple[str, str, MentionHint | None]], names: NameTables) -> list[str]:
    ms = [_m(t, lab) for t, lab, _ in items]
    resolve(ms, [h or MentionHint() for _, _, h in items], names)
    return [m.entity_id or "" for m in ms]


@pytest.mark.parametrize(("forms", "label"), [
    (["Kementerian Pertahanan Azerbaijan", "Kemenhan Azerbaijan", "kemenhan Azerbaijan"], "ORG"),
    (["Kementerian Luar Negeri RI", "Kemenlu RI", "Kemenlu Indonesia"], "ORG"),
    (["Perserikatan Bangsa-Bangsa", "PBB"], "ORG"),
    (["Kepolisian Daerah Jawa Barat", "Polda Jawa Barat"], "ORG"),
    (["Komisi Pemberantasan Korupsi", "KPK"], "ORG"),
    (["Rusia", "Federasi Rusia"], "LOC"),
    (["Korea Utara", "Korut"], "LOC"),
    (["Tiongkok", "China", "RRT"], "LOC"),
])
def test_surface_forms_share_one_id_across_articles(forms: list[str], label: str, names: NameTables) -> None:
    ids = {_ids([(f, label, None)], names)[0] for f in forms}  # each form in its own "article"
    assert len(ids) == 1


@pytest.mark.parametrize(("first", "second"), [
    ("Kementerian Pertahanan Azerbaijan", "Kementerian Pertahanan Armenia"),
    ("Rusia", "Ukraina"),
    ("Polda Jawa Barat", "Polda Papua"),
])
def test_different_entities_stay_apart(first: str, second: str, names: NameTables) -> None:
    label = "LOC" if first == "Rusia" else "ORG"
    a, b = _ids([(first, label, None), (second, label, None)], names)
    assert a != b


def test_partial_person_name_joins_the_full_name_within_an_article(names: NameTables) -> None:
    ids = _ids([("Ilham Aliyev", "PER", MentionHint(before=["Presiden", "Azerbaijan"])),
                ("Aliyev", "PER", MentionHint(before=["Presiden"])),
                ("Nikol Pashinyan", "PER", None)], names)
    assert ids[0] == ids[1] == "PER:ilham aliyev"
    assert ids[2] != ids[0]


def test_person_gets_country_and_sector_from_the_title(names: NameTables) -> None:
    ms = [_m("Ilham Aliyev", "PER"), _m("Paulus Waterpauw", "PER"), _m("Andika Perkasa", "PER")]
    hints = [MentionHint(before=["kata", "Presiden", "Azerbaijan"]), MentionHint(before=["Kapolda", "Papua", "Irjen"]),
             MentionHint(before=["Panglima", "TNI", "Jenderal"])]
    ents = {e.id: e for e in resolve(ms, hints, names)}
    assert (ents["PER:ilham aliyev"].country, ents["PER:ilham aliyev"].sector) == ("AZ", "government")
    assert ents["PER:paulus waterpauw"].sector == "police"
    assert ents["PER:andika perkasa"].sector == "military"


def test_org_without_country_takes_the_one_named_in_the_article(names: NameTables) -> None:
    ids = _ids([("Kementerian Pertahanan Armenia", "ORG", None), ("Kemenhan", "ORG", None)], names)
    assert ids[0] == ids[1] == "ORG:kementerian pertahanan|AM"


@pytest.mark.parametrize(("text", "label", "hint", "country", "sector"), [
    ("Kementerian Pertahanan Azerbaijan", "ORG", None, "AZ", "government"),
    ("Polda Jawa Barat", "ORG", None, "ID", "police"),
    ("TNI", "ORG", None, "ID", "military"),
    ("Densus 88", "ORG", None, "ID", "police"),
    ("Kemenhan", "ORG", None, None, "government"),
    ("PBB", "ORG", None, None, "igo"),
    ("Reuters", "ORG", None, None, "media"),
    ("Partai Golkar", "ORG", None, None, "party"),
    ("PT Pertamina", "ORG", None, None, "company"),
    ("KKB", "ORG", None, None, "rebel"),
    ("tentara Azerbaijan", "ORG", MentionHint(country="AZ", head="tentara"), "AZ", "military"),
    ("pemerintah Armenia", "ORG", MentionHint(country="AM", head="pemerintah"), "AM", "government"),
    ("warga Armenia", "NORP", MentionHint(country="AM", head="warga"), "AM", "civilian"),
    ("Rusia", "LOC", MentionHint(country="RU"), "RU", None),
    ("Bogor", "LOC", None, "ID", None),
])
def test_country_and_sector(text: str, label: str, hint: MentionHint | None, country: str | None,
                            sector: str | None, names: NameTables) -> None:
    (ent,) = resolve([_m(text, label)], [hint or MentionHint()], names)
    assert (ent.country, ent.sector) == (country, sector)
    assert ent.aliases == [text]


def test_aliases_collect_every_surface_form(names: NameTables) -> None:
    ms = [_m("Kementerian Pertahanan Azerbaijan", "ORG"), _m("Kemenhan Azerbaijan", "ORG")]
    (ent,) = resolve(ms, [MentionHint(), MentionHint()], names)
    assert ent.aliases == ["Kementerian Pertahanan Azerbaijan", "Kemenhan Azerbaijan"]
    assert ent.name == "Kementerian Pertahanan Azerbaijan"


def test_title_and_place_is_a_role_entity(names: NameTables) -> None:
    (ent,) = resolve([_m("Kapolrestabes Bogor", "PER")], [MentionHint()], names)
    assert (ent.id, ent.sector) == ("PER:kapolrestabes bogor", "police")
    (person,) = resolve([_m("Kombes Budi Sartono", "PER")], [MentionHint()], names)
    assert person.id == "PER:budi sartono"


def test_a_surname_shared_by_two_people_stays_unlinked_whatever_the_hash_seed() -> None:
    import os
    import subprocess
    import sys

    code = (
        "from linimasa.nlp.entities import _link_persons, _Key\n"
        "ks=[_Key(i,i,'PER',None,None) for i in ('PER:salman abedi','PER:jomana abedi','PER:abedi',"
        "'PER:joko widodo','PER:widodo')]\n"
        "_link_persons(ks); print(','.join(k.id for k in ks))\n"
    )
    outs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip()
        for seed in ("1", "2", "3", "4")
    }
    assert outs == {"PER:salman abedi,PER:jomana abedi,PER:abedi,PER:joko widodo,PER:joko widodo"}


def test_hints_and_keys_keep_their_dataclass_defaults() -> None:
    """MentionHint and the entity key write their ``__init__`` out (so mypyc compiles it): the
    defaults, a fresh word list per hint, equality and repr stay those of the dataclass."""
    from linimasa.nlp.entities import _Key

    a, b = MentionHint(), MentionHint()
    assert a.before == [] and a.before is not b.before and a == b
    assert MentionHint("ID", "warga", ["di"]) == MentionHint(country="ID", head="warga", before=["di"])
    assert repr(MentionHint(head="warga")) == "MentionHint(country=None, head='warga', before=[])"
    assert _Key("LOC:ID", "Indonesia", "LOC") == _Key("LOC:ID", "Indonesia", "LOC", None, None, None)
