"""The one storage protocol, and the SQL both backends share.

:class:`Store` is what the rest of linimasa sees. :class:`SQLStore` implements it on top of
a DB-API connection with portable SQL (``?`` placeholders, rewritten per dialect); the
SQLite and PostgreSQL backends only supply the connection, the dialect's DDL and search.
Writes are idempotent upserts keyed on the article's content hash.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any, Protocol, Self, TypeVar

from ..model import (
    Article,
    Entity,
    Event,
    EventCluster,
    Family,
    Mention,
    Passage,
    Quantity,
    Quote,
    RunRecord,
    Sentence,
    Skip,
    TimeExpr,
    Token,
    from_dict,
    to_dict,
)

# Annotation lists kept with the article as one JSON document (read back together).
ANNOTATION_FIELDS = ("sentences", "quantities", "timexes", "mentions", "entities", "quotes", "events")
META_FIELDS = ("authors", "editors", "dateline", "wire_sources", "removed")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def dumps(obj: Any) -> str:
    return json.dumps(to_dict(obj), ensure_ascii=False, separators=(",", ":"))


class _Hashed(Protocol):
    @property
    def content_hash(self) -> str: ...


H = TypeVar("H", bound=_Hashed)  # an Article or its ArticleRows


@dataclass
class ArticleRows:
    """One article as the rows a store writes, its annotations already serialised to
    JSON: :func:`article_rows` is pure, so worker processes can do this part."""

    article: tuple[Any, ...]  # the articles row in the table's column order, without ingested_at
    events: list[tuple[Any, ...]]
    quotes: list[tuple[Any, ...]]
    entities: list[tuple[Any, ...]]
    entity_ids: list[str]

    id = property(lambda self: self.article[0])
    content_hash = property(lambda self: self.article[1])
    source = property(lambda self: self.article[2])
    title = property(lambda self: self.article[5])
    status = property(lambda self: self.article[8])
    skip_reason = property(lambda self: self.article[9])
    text = property(lambda self: self.article[10])


def _compact_encoder() -> Callable[[Any], str]:
    """JSON of a row's plain data, compact, non-ASCII kept. The C encoder that
    ``JSONEncoder.encode`` builds on every call (with a dict for catching cycles, which plain
    data has none of) is built once here and called per value: a third less work on the ~20
    small values of an article. Same text as ``JSONEncoder.encode`` (the same C code)."""
    from json import encoder

    make = getattr(encoder, "c_make_encoder", None)
    if make is None:  # no C accelerator: the plain encoder
        return json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    # (markers, default, string encoder, indent, key separator, item separator, sort_keys, skipkeys, allow_nan)
    chunks = make(None, json.JSONEncoder().default, encoder.encode_basestring, None, ":", ",", False, False, True)
    return lambda obj: "".join(chunks(obj, 0))


_compact = _compact_encoder()


def sentence_gaps(text: str, sentences: Sequence[Sentence]) -> list[list[Any]] | None:
    """Sentences as ``[start, end, paragraph, [gap, length, gap, length, ...]]``: each
    token as the gap from the end of the one before (from the sentence's start for the
    first) and its length, its text left out (a slice of the article text); or None when
    some text is not the slice its offsets name (then the article keeps the long form).
    Tokens are half of an article's annotations; written this way they are mostly one-digit
    numbers."""
    out: list[list[Any]] = []
    for s in sentences:
        if text[s.start:s.end] != s.text:
            return None
        flat: list[int] = []
        add = flat.append  # (two appends: 10% less work than extending by a new tuple per token)
        prev = s.start
        for t in s.tokens:
            start, end = t.start, t.end
            if text[start:end] != t.text:
                return None
            add(start - prev)
            add(end - start)
            prev = end
        out.append([s.start, s.end, s.paragraph, flat])
    return out


_NUMERALS = {i: str(i) for i in range(1000)}  # a gap or a token length as JSON writes it


def sentence_gaps_json(text: str, sentences: Sequence[Sentence]) -> str | None:
    """``_compact(sentence_gaps(text, sentences))``, or None where that is None, written
    straight from the tokens: each gap and length is looked up as text (no list of ints
    for the JSON encoder to walk again; a third less work). A number outside the table
    (a negative gap, a token of 1,000 characters) takes the general way."""
    num = _NUMERALS
    out: list[str] = []
    try:
        for s in sentences:
            if text[s.start:s.end] != s.text:
                return None
            parts: list[str] = []
            add = parts.append
            prev = s.start
            for t in s.tokens:
                start, end = t.start, t.end
                if text[start:end] != t.text:
                    return None
                add(num[start - prev])
                add(num[end - start])
                prev = end
            out.append(f"[{s.start!r},{s.end!r},{s.paragraph!r},[{','.join(parts)}]]")
    except KeyError:
        gaps = sentence_gaps(text, sentences)
        return None if gaps is None else _compact(gaps)
    return "[" + ",".join(out) + "]"


def sentences_from_gaps(text: str, gaps: Sequence[Sequence[Any]]) -> list[Sentence]:
    """The inverse of :func:`sentence_gaps`."""
    out = []
    for start, end, paragraph, flat in gaps:
        toks = []
        prev = start
        it = iter(flat)
        for gap, length in zip(it, it):
            s = prev + gap
            prev = s + length
            toks.append(Token(s, prev, text[s:prev]))
        out.append(Sentence(start, end, text[start:end], paragraph, toks))
    return out


def sentences_from_spans(text: str, spans: Sequence[Sequence[Any]]) -> list[Sentence]:
    """Sentences of the earlier stored form ``[start, end, paragraph, [token start, token
    end, ...]]`` (articles written before :func:`sentence_gaps`)."""
    out = []
    for start, end, paragraph, flat in spans:
        it = iter(flat)
        out.append(Sentence(start, end, text[start:end], paragraph,
                            [Token(s, e, text[s:e]) for s, e in zip(it, it)]))
    return out


# Flat annotations (every field a plain value) are stored as rows of their fields' values
# in the dataclass's field order -- no key repeated per item. A field added to one of these
# classes later must come last and have a default, so rows stored before it still read.
_ROW_CLASSES: dict[str, type[Any]] = {"quantities": Quantity, "timexes": TimeExpr, "mentions": Mention}
_ROW_FIELDS = {name: tuple(f.name for f in fields(cls)) for name, cls in _ROW_CLASSES.items()}
_ROW_GET = {name: attrgetter(*names) for name, names in _ROW_FIELDS.items()}


def _rows_json(name: str, items: Sequence[Any]) -> str:
    return _compact(list(map(_ROW_GET[name], items)))


def article_rows(a: Article) -> ArticleRows:
    """Events, quotes and entities are serialised once: their JSON goes into their own
    rows and, spliced, into the article's annotations document."""
    events = [_compact(to_dict(e)) for e in a.events]
    quotes = [_compact(to_dict(q)) for q in a.quotes]
    entities = [_compact(to_dict(e)) for e in a.entities]
    gaps = sentence_gaps_json(a.text, a.sentences)
    head = ('{"sentence_gaps":' + gaps if gaps is not None
            else '{"sentences":' + _compact(to_dict(a.sentences)))
    annotations = "".join((
        head, ',"quantity_rows":', _rows_json("quantities", a.quantities),
        ',"timex_rows":', _rows_json("timexes", a.timexes), ',"mention_rows":', _rows_json("mentions", a.mentions),
        ',"entities":[', ",".join(entities), '],"quotes":[', ",".join(quotes), '],"events":[', ",".join(events), "]}",
    ))
    return ArticleRows(
        article=(a.id, a.content_hash, a.source, a.url, a.outlet, a.title, a.published, a.language, a.status,
                 a.skip_reason, a.text, _compact({k: getattr(a, k) for k in META_FIELDS}), annotations),
        events=[(e.id, a.id, e.cluster_id, e.type, e.kind, e.date_start, e.date_end, d) for e, d in zip(a.events, events)],
        quotes=[(q.id, a.id, q.speaker, d) for q, d in zip(a.quotes, quotes)],
        entities=[(e.id, e.name, e.label, e.country, e.sector, d) for e, d in zip(a.entities, entities)],
        entity_ids=sorted({e.id for e in a.entities}),
    )


def read_annotations(art: Article, data: dict[str, Any]) -> None:
    """Fill ``art`` from the compact parts of a stored annotations document (the parts
    :func:`~linimasa.model.from_dict` does not read): sentences as gaps (or the earlier
    spans), and the row-stored annotation lists."""
    gaps = data.get("sentence_gaps")
    if gaps is not None:
        art.sentences = sentences_from_gaps(art.text, gaps)
    elif (spans := data.get("sentence_spans")) is not None:
        art.sentences = sentences_from_spans(art.text, spans)
    for name, cls in _ROW_CLASSES.items():
        rows = data.get(_ROW_KEYS[name])
        if rows is not None:
            setattr(art, name, [cls(*r) for r in rows])


_ROW_KEYS = {"quantities": "quantity_rows", "timexes": "timex_rows", "mentions": "mention_rows"}


class Store(Protocol):
    """What every backend offers. All methods are safe to call repeatedly."""

    url: str

    def close(self) -> None: ...
    # runs
    def start_run(self, inputs: Sequence[str]) -> RunRecord: ...
    def finish_run(self, run: RunRecord) -> None: ...
    def runs(self, limit: int = 20) -> list[RunRecord]: ...
    # articles
    def has_hash(self, content_hash: str) -> bool: ...
    def put_articles(self, articles: Sequence[Article]) -> int: ...
    def get_article(self, article_id: str) -> Article | None: ...
    def iter_articles(
        self, *, status: str | None = None, outlet: str | None = None, ids: Sequence[str] | None = None,
        limit: int | None = None, offset: int = 0, annotations: bool = True,
    ) -> Iterator[Article]: ...
    def count_articles(self, *, status: str | None = None) -> int: ...
    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]: ...
    # extracted data
    def events(
        self, *, article_id: str | None = None, cluster_id: str | None = None, type: str | None = None,
        limit: int | None = None, offset: int = 0,
    ) -> list[Event]: ...
    def quotes(self, *, article_id: str | None = None, limit: int | None = None, offset: int = 0) -> list[Quote]: ...
    def entities(self, *, label: str | None = None, limit: int | None = None, offset: int = 0) -> list[Entity]: ...
    # across articles
    def put_passages(self, passages: Sequence[Passage]) -> None: ...
    def passages(self, *, article_id: str | None = None, limit: int | None = None, offset: int = 0) -> list[Passage]: ...
    def replace_families(self, families: Sequence[Family]) -> None: ...
    def families(self) -> list[Family]: ...
    def replace_clusters(self, clusters: Sequence[EventCluster]) -> None: ...
    def clusters(self, *, limit: int | None = None, offset: int = 0) -> list[EventCluster]: ...
    def get_cluster(self, cluster_id: str) -> EventCluster | None: ...
    def stats(self) -> dict[str, Any]: ...


class SQLStore:
    """Portable SQL implementation of :class:`Store`; subclasses give the dialect."""

    placeholder = "?"
    url: str = ""

    # -- dialect hooks -------------------------------------------------------
    def _connect(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _migrations(self) -> list[list[str]]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _index_search(self, rows: Sequence[ArticleRows]) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:  # pragma: no cover
        raise NotImplementedError

    # -- plumbing ------------------------------------------------------------
    def __init__(self) -> None:
        self.conn = self._connect()
        self._migrate()

    def _sql(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cur = self.conn.cursor()
        cur.execute(self._sql(sql), tuple(params))
        return cur

    def _many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [tuple(r) for r in rows]
        if rows:
            self.conn.cursor().executemany(self._sql(sql), rows)

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self._exec(sql, params).fetchall())

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        self._exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        rows = self._all("SELECT version FROM schema_version")
        current = rows[0][0] if rows else 0
        migrations = self._migrations()
        for version, statements in enumerate(migrations, start=1):
            if version <= current:
                continue
            for stmt in statements:
                self._exec(stmt)
            if current == 0 and version == 1:
                self._exec("INSERT INTO schema_version (version) VALUES (?)", (version,))
            else:
                self._exec("UPDATE schema_version SET version = ?", (version,))
            current = version
        self.conn.commit()

    @property
    def schema_version(self) -> int:
        return int(self._all("SELECT version FROM schema_version")[0][0])

    # -- runs ----------------------------------------------------------------
    def start_run(self, inputs: Sequence[str]) -> RunRecord:
        import uuid

        run = RunRecord(id=uuid.uuid4().hex[:12], started=now_iso(), inputs=list(inputs))
        self._exec("INSERT INTO runs (id, started, finished, data) VALUES (?, ?, ?, ?)",
                   (run.id, run.started, None, dumps(run)))
        self.conn.commit()
        return run

    def finish_run(self, run: RunRecord) -> None:
        run.finished = now_iso()
        self._exec("UPDATE runs SET finished = ?, data = ? WHERE id = ?", (run.finished, dumps(run), run.id))
        self._exec("DELETE FROM skips WHERE run_id = ?", (run.id,))
        self._many("INSERT INTO skips (run_id, source, stage, reason) VALUES (?, ?, ?, ?)",
                   [(run.id, s.source, s.stage, s.reason) for s in run.skips])
        self.conn.commit()

    def runs(self, limit: int = 20) -> list[RunRecord]:
        rows = self._all("SELECT data FROM runs ORDER BY started DESC, id LIMIT ?", (limit,))
        return [from_dict(RunRecord, json.loads(r[0])) for r in rows]

    def skips(self, limit: int = 100) -> list[Skip]:
        rows = self._all("SELECT source, reason, stage FROM skips ORDER BY source LIMIT ?", (limit,))
        return [Skip(source=r[0], reason=r[1], stage=r[2]) for r in rows]

    # -- articles ------------------------------------------------------------
    def has_hash(self, content_hash: str) -> bool:
        return bool(self._all("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)))

    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        out: set[str] = set()
        for i in range(0, len(hashes), 500):
            chunk = list(hashes[i:i + 500])
            marks = ",".join("?" * len(chunk))
            out.update(r[0] for r in self._all(f"SELECT content_hash FROM articles WHERE content_hash IN ({marks})", chunk))
        return out

    def unstored(self, items: Sequence[H]) -> dict[str, H]:
        """The first item of each content hash the store does not hold yet, in input order."""
        known = self.known_hashes([x.content_hash for x in items])
        fresh: dict[str, H] = {}
        for x in items:
            if x.content_hash not in known:
                fresh.setdefault(x.content_hash, x)
        return fresh

    def put_articles(self, articles: Sequence[Article]) -> int:
        """Store new articles with everything extracted from them, in one transaction.
        Articles whose content hash is already stored are left untouched. Returns how
        many were new."""
        return self.put_rows([article_rows(a) for a in articles])

    def put_rows(self, rows: Sequence[ArticleRows]) -> int:
        """:meth:`put_articles` for articles already serialised by :func:`article_rows`
        (the Dask workers serialise; the one writing process only writes)."""
        if not rows:
            return 0
        fresh = list(self.unstored(rows).values())
        if not fresh:
            return 0
        try:
            self._write_rows(fresh)
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise
        return len(fresh)

    def _write_rows(self, fresh: Sequence[ArticleRows]) -> None:
        stamp = now_iso()
        self._many(
            "INSERT INTO articles (id, content_hash, source, url, outlet, title, published, language, status,"
            " skip_reason, text, meta, annotations, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT DO NOTHING",
            [(*r.article, stamp) for r in fresh],
        )
        self._many(
            "INSERT INTO events (id, article_id, cluster_id, type, kind, date_start, date_end, data)"
            " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
            [e for r in fresh for e in r.events],
        )
        self._many(
            "INSERT INTO quotes (id, article_id, speaker, data) VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
            [q for r in fresh for q in r.quotes],
        )
        ents: dict[str, tuple[Any, ...]] = {}
        for r in fresh:  # the first record of an entity wins, whatever the batches
            for e in r.entities:
                ents.setdefault(e[0], e)
        self._many(
            "INSERT INTO entities (id, name, label, country, sector, data) VALUES (?,?,?,?,?,?)"
            " ON CONFLICT DO NOTHING",
            list(ents.values()),
        )
        self._many(
            "INSERT INTO article_entities (article_id, entity_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [(r.id, eid) for r in fresh for eid in r.entity_ids],
        )
        self._index_search([r for r in fresh if r.status == "ok"])

    _ARTICLE_COLS = "id, content_hash, source, url, outlet, title, published, language, status, skip_reason, text, meta"

    def _row_to_article(self, row: Sequence[Any], annotations: str | None) -> Article:
        (id_, hash_, source, url, outlet, title, published, language, status, skip_reason, text, meta) = row
        data: dict[str, Any] = {
            "id": id_, "content_hash": hash_, "source": source, "url": url, "outlet": outlet, "title": title,
            "published": published, "language": language, "status": status, "skip_reason": skip_reason,
            "text": text,
        }
        data.update(json.loads(meta))
        compact = None
        if annotations:
            compact = json.loads(annotations)
            data.update(compact)
        art = from_dict(Article, data)
        if compact is not None:
            read_annotations(art, compact)
        return art

    def get_article(self, article_id: str) -> Article | None:
        rows = self._all(f"SELECT {self._ARTICLE_COLS}, annotations FROM articles WHERE id = ?", (article_id,))
        if not rows:
            return None
        return self._row_to_article(rows[0][:-1], rows[0][-1])

    def _where(self, clauses: dict[str, Any]) -> tuple[str, list[Any]]:
        parts: list[str] = []
        params: list[Any] = []
        for col, val in clauses.items():
            if val is None:
                continue
            if isinstance(val, (list, tuple)):
                parts.append(f"{col} IN ({','.join('?' * len(val))})")
                params.extend(val)
            else:
                parts.append(f"{col} = ?")
                params.append(val)
        return (" WHERE " + " AND ".join(parts) if parts else ""), params

    no_limit = "-1"  # how the dialect spells "no limit" before an OFFSET

    def _page(self, limit: int | None, offset: int) -> str:
        if limit is not None:
            return f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return f" LIMIT {self.no_limit} OFFSET {int(offset)}" if offset else ""

    def iter_articles(
        self, *, status: str | None = None, outlet: str | None = None, ids: Sequence[str] | None = None,
        limit: int | None = None, offset: int = 0, annotations: bool = True,
    ) -> Iterator[Article]:
        where, params = self._where({"status": status, "outlet": outlet, "id": list(ids) if ids is not None else None})
        if ids is not None and not ids:
            return
        cols = self._ARTICLE_COLS + (", annotations" if annotations else ", NULL")
        sql = f"SELECT {cols} FROM articles{where} ORDER BY published, id" + self._page(limit, offset)
        for row in self._all(sql, params):
            yield self._row_to_article(row[:-1], row[-1])

    def count_articles(self, *, status: str | None = None) -> int:
        where, params = self._where({"status": status})
        return int(self._all(f"SELECT COUNT(*) FROM articles{where}", params)[0][0])

    # -- extracted data ------------------------------------------------------
    def events(
        self, *, article_id: str | None = None, cluster_id: str | None = None, type: str | None = None,
        limit: int | None = None, offset: int = 0,
    ) -> list[Event]:
        where, params = self._where({"article_id": article_id, "cluster_id": cluster_id, "type": type})
        rows = self._all(f"SELECT data, cluster_id FROM events{where} ORDER BY date_start, id" + self._page(limit, offset), params)
        out = []
        for data, cid in rows:
            ev = from_dict(Event, json.loads(data))
            ev.cluster_id = cid
            out.append(ev)
        return out

    def set_event_clusters(self, mapping: dict[str, str | None]) -> None:
        self._many("UPDATE events SET cluster_id = ? WHERE id = ?", [(cid, eid) for eid, cid in mapping.items()])
        self.conn.commit()

    def quotes(self, *, article_id: str | None = None, limit: int | None = None, offset: int = 0) -> list[Quote]:
        where, params = self._where({"article_id": article_id})
        rows = self._all(f"SELECT data FROM quotes{where} ORDER BY article_id, id" + self._page(limit, offset), params)
        return [from_dict(Quote, json.loads(r[0])) for r in rows]

    def entities(self, *, label: str | None = None, limit: int | None = None, offset: int = 0) -> list[Entity]:
        where, params = self._where({"label": label})
        rows = self._all(f"SELECT data FROM entities{where} ORDER BY name, id" + self._page(limit, offset), params)
        return [from_dict(Entity, json.loads(r[0])) for r in rows]

    # -- across articles -----------------------------------------------------
    def put_passages(self, passages: Sequence[Passage]) -> None:
        self._many(
            "INSERT INTO passages (article_a, start_a, end_a, article_b, start_b, end_b, similarity, data)"
            " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
            [(p.article_a, p.start_a, p.end_a, p.article_b, p.start_b, p.end_b, p.similarity, dumps(p)) for p in passages],
        )
        self.conn.commit()

    def passages(self, *, article_id: str | None = None, limit: int | None = None, offset: int = 0) -> list[Passage]:
        if article_id is None:
            where, params = "", []
        else:
            where, params = " WHERE article_a = ? OR article_b = ?", [article_id, article_id]
        rows = self._all(f"SELECT data FROM passages{where} ORDER BY article_a, start_a, article_b, start_b" + self._page(limit, offset), params)
        return [from_dict(Passage, json.loads(r[0])) for r in rows]

    def replace_families(self, families: Sequence[Family]) -> None:
        self._exec("DELETE FROM families")
        self._many("INSERT INTO families (id, data) VALUES (?, ?)", [(f.id, dumps(f)) for f in families])
        self.conn.commit()

    def families(self) -> list[Family]:
        return [from_dict(Family, json.loads(r[0])) for r in self._all("SELECT data FROM families ORDER BY id")]

    def replace_clusters(self, clusters: Sequence[EventCluster]) -> None:
        try:
            self._exec("DELETE FROM clusters")
            self._many(
                "INSERT INTO clusters (id, type, date_start, date_end, data) VALUES (?,?,?,?,?)",
                [(c.id, c.type, c.date_start, c.date_end, dumps(c)) for c in clusters],
            )
            self._exec("UPDATE events SET cluster_id = NULL")
            self._many("UPDATE events SET cluster_id = ? WHERE id = ?",
                       [(c.id, eid) for c in clusters for eid in c.event_ids])
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise

    def clusters(self, *, limit: int | None = None, offset: int = 0) -> list[EventCluster]:
        rows = self._all("SELECT data FROM clusters ORDER BY date_start, id" + self._page(limit, offset))
        return [from_dict(EventCluster, json.loads(r[0])) for r in rows]

    def get_cluster(self, cluster_id: str) -> EventCluster | None:
        rows = self._all("SELECT data FROM clusters WHERE id = ?", (cluster_id,))
        return from_dict(EventCluster, json.loads(rows[0][0])) if rows else None

    def event_records(self) -> Iterator[tuple[str, str | None]]:
        """Every event's stored JSON and cluster id, unparsed, for bulk passes (linking)
        that decode only what they need."""
        yield from self._exec("SELECT data, cluster_id FROM events ORDER BY id")

    def article_texts(self, ids: Sequence[str]) -> list[tuple[str, str]]:
        """(id, text) of the 'ok' articles among ``ids``, in id order, without decoding
        anything else (the texts distributed linking sends to its workers)."""
        out: list[tuple[str, str]] = []
        uniq = sorted(set(ids))
        for i in range(0, len(uniq), 500):
            chunk = uniq[i:i + 500]
            marks = ",".join("?" * len(chunk))
            out.extend((a, t) for a, t in self._all(
                f"SELECT id, text FROM articles WHERE status = 'ok' AND id IN ({marks}) ORDER BY id", chunk))
        return out

    def undated_siblings(self) -> list[tuple[str, str, str, str | None, str | None]]:
        """(id, article id, type, kind, date_start) of every event of each article that has an
        undated event (linking attaches such references to their dated siblings' clusters)."""
        return self._all("SELECT id, article_id, type, kind, date_start FROM events WHERE article_id IN "
                         "(SELECT article_id FROM events WHERE date_start IS NULL) ORDER BY id")

    def event_articles(self) -> Iterator[tuple[str, str]]:
        """Every event's article id and stored JSON, in event id order (the order of
        :meth:`event_records`): distributed linking ships the JSON undecoded."""
        yield from self._exec("SELECT article_id, data FROM events ORDER BY id")

    def article_summaries(self) -> Iterator[tuple[str, int, str | None, str | None, list[str]]]:
        """(id, text length, published, outlet, wire sources) of every 'ok' article, cheaply."""
        for id_, length, published, outlet, meta in self._exec(
                "SELECT id, LENGTH(text), published, outlet, meta FROM articles WHERE status = 'ok' ORDER BY id"):
            yield id_, int(length), published, outlet, list(json.loads(meta).get("wire_sources") or [])

    def passage_spans(self) -> Iterator[tuple[str, int, int, str, int, int, float]]:
        """Every passage as (article_a, start_a, end_a, article_b, start_b, end_b, similarity), no text."""
        yield from self._exec("SELECT article_a, start_a, end_a, article_b, start_b, end_b, similarity FROM passages"
                              " ORDER BY article_a, start_a, article_b, start_b")

    # -- linking state (COMMON_DDL_V2): LSH band keys of every indexed article ----------
    def unlinked_article_ids(self) -> list[str]:
        """Ids of 'ok' articles whose passages have not been looked for yet."""
        rows = self._all("SELECT id FROM articles WHERE status = 'ok' AND id NOT IN"
                         " (SELECT article_id FROM link_done) ORDER BY id")
        return [r[0] for r in rows]

    def link_key_matches(self, keys: Sequence[int]) -> list[tuple[int, str]]:
        """(key, article_id) of every stored band key among ``keys``."""
        out: list[tuple[int, str]] = []
        uniq = sorted(set(keys))
        for i in range(0, len(uniq), 500):
            chunk = uniq[i:i + 500]
            marks = ",".join("?" * len(chunk))
            out.extend((int(k), a) for k, a in self._all(
                f"SELECT key, article_id FROM link_keys WHERE key IN ({marks})", chunk))
        return out

    def put_link_keys(self, rows: Sequence[tuple[int, str]], done: Sequence[str]) -> None:
        """Store band keys and mark ``done`` articles as indexed, in one transaction."""
        try:
            self._many("INSERT INTO link_keys (key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING", rows)
            self._many("INSERT INTO link_done (article_id) VALUES (?) ON CONFLICT DO NOTHING", [(a,) for a in done])
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise

    def stats(self) -> dict[str, Any]:
        def one(sql: str) -> int:
            return int(self._all(sql)[0][0])

        by_lang = dict(self._all("SELECT COALESCE(language, '?'), COUNT(*) FROM articles GROUP BY language ORDER BY 2 DESC"))
        by_outlet = dict(self._all("SELECT COALESCE(outlet, '?'), COUNT(*) FROM articles GROUP BY outlet ORDER BY 2 DESC"))
        by_type = dict(self._all("SELECT type, COUNT(*) FROM events GROUP BY type ORDER BY 2 DESC"))
        return {
            "articles": one("SELECT COUNT(*) FROM articles"),
            "articles_ok": one("SELECT COUNT(*) FROM articles WHERE status = 'ok'"),
            "articles_skipped": one("SELECT COUNT(*) FROM articles WHERE status <> 'ok'"),
            "events": one("SELECT COUNT(*) FROM events"),
            "quotes": one("SELECT COUNT(*) FROM quotes"),
            "entities": one("SELECT COUNT(*) FROM entities"),
            "passages": one("SELECT COUNT(*) FROM passages"),
            "clusters": one("SELECT COUNT(*) FROM clusters"),
            "runs": one("SELECT COUNT(*) FROM runs"),
            "by_language": by_lang,
            "by_outlet": by_outlet,
            "events_by_type": by_type,
        }


# Tables shared by both dialects (the dialects add search and their own types).
COMMON_DDL_V1 = [
    """CREATE TABLE IF NOT EXISTS articles (
        id TEXT PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, source TEXT NOT NULL, url TEXT,
        outlet TEXT, title TEXT, published TEXT, language TEXT, status TEXT NOT NULL, skip_reason TEXT,
        text TEXT NOT NULL, meta TEXT NOT NULL, annotations TEXT NOT NULL, ingested_at TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS articles_published ON articles (published)",
    "CREATE INDEX IF NOT EXISTS articles_outlet ON articles (outlet)",
    """CREATE TABLE IF NOT EXISTS events (
        id TEXT PRIMARY KEY, article_id TEXT NOT NULL, cluster_id TEXT, type TEXT NOT NULL, kind TEXT,
        date_start TEXT, date_end TEXT, data TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS events_article ON events (article_id)",
    "CREATE INDEX IF NOT EXISTS events_cluster ON events (cluster_id)",
    "CREATE TABLE IF NOT EXISTS quotes (id TEXT PRIMARY KEY, article_id TEXT NOT NULL, speaker TEXT, data TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id)",
    """CREATE TABLE IF NOT EXISTS entities (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, label TEXT NOT NULL, country TEXT, sector TEXT, data TEXT NOT NULL)""",
    "CREATE TABLE IF NOT EXISTS article_entities (article_id TEXT NOT NULL, entity_id TEXT NOT NULL, PRIMARY KEY (article_id, entity_id))",
    """CREATE TABLE IF NOT EXISTS passages (
        article_a TEXT NOT NULL, start_a INTEGER NOT NULL, end_a INTEGER NOT NULL,
        article_b TEXT NOT NULL, start_b INTEGER NOT NULL, end_b INTEGER NOT NULL,
        similarity REAL NOT NULL, data TEXT NOT NULL, PRIMARY KEY (article_a, start_a, article_b, start_b))""",
    "CREATE TABLE IF NOT EXISTS families (id TEXT PRIMARY KEY, data TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS clusters (
        id TEXT PRIMARY KEY, type TEXT NOT NULL, date_start TEXT, date_end TEXT, data TEXT NOT NULL)""",
    "CREATE TABLE IF NOT EXISTS runs (id TEXT PRIMARY KEY, started TEXT NOT NULL, finished TEXT, data TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS skips (run_id TEXT NOT NULL, source TEXT NOT NULL, stage TEXT NOT NULL, reason TEXT NOT NULL)",
]

# Linking state: LSH band keys per article (incremental near-duplicate search), and which
# articles have been indexed. BIGINT is a 64-bit integer in both dialects.
COMMON_DDL_V2 = [
    """CREATE TABLE IF NOT EXISTS link_keys (
        key BIGINT NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (key, article_id))""",
    "CREATE TABLE IF NOT EXISTS link_done (article_id TEXT PRIMARY KEY)",
]
