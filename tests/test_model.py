from linimasa.model import Article, Event, Location, Participant, content_hash, from_dict, to_dict


def test_roundtrip_nested_dataclasses() -> None:
    ev = Event(id="e1", article_id="a1", type="ASSAULT", sentence="x", sentence_start=0, sentence_end=1,
               trigger="x", trigger_start=0, trigger_end=1, actors=[Participant(name="A", country="ID")],
               location=Location(name="Wamena", country="ID", lat=-4.1, lon=138.9, precision="place"))
    art = Article(id="a1", source="s", text="x", content_hash="h", events=[ev])
    back = from_dict(Article, to_dict(art))
    assert back == art
    assert isinstance(back.events[0].location, Location)
    assert back.events[0].actors[0].country == "ID"


def test_content_hash_ignores_whitespace_layout() -> None:
    assert content_hash("a  b\r\nc") == content_hash("a b\nc")
    assert content_hash("a b") != content_hash("a c")
