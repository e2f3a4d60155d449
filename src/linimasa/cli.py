"""The ``linimasa`` command: a thin layer that parses arguments, calls one library
function, and turns library errors into one clean line on stderr."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer

from .config import load_settings
from .errors import LinimasaError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="linimasa: a sourced, deduplicated, geolocated timeline of events from Indonesian news.")
eval_app = typer.Typer(no_args_is_help=True, help="Score linimasa against gold data (prints JSON).")
app.add_typer(eval_app, name="eval")

DbOpt = typer.Option("linimasa.db", "--db", help="SQLite path, sqlite:///PATH or postgresql://USER@HOST/DB.",
                     envvar="LINIMASA_DB")
QuietOpt = typer.Option(False, "--quiet", "-q", help="No progress bar, no summary; errors only.")


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"linimasa: error: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def errors() -> Iterator[None]:
    """Library errors -> one line on stderr, exit 1; Ctrl-C -> exit 130, no traceback."""
    try:
        yield
    except LinimasaError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        typer.echo("linimasa: interrupted; everything written before stays consistent", err=True)
        raise typer.Exit(130)


def _setup_logging(quiet: bool) -> None:
    logging.basicConfig(level=logging.ERROR if quiet else logging.WARNING,
                        format="linimasa: %(message)s", stream=sys.stderr)


def _open(db: str) -> Any:
    from .store import open_store

    return open_store(db)


@contextmanager
def _progress(quiet: bool, label: str) -> Iterator[Callable[[str], None] | None]:
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), TextColumn("{task.completed} pages"),
                  TimeElapsedColumn(), transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda _src: bar.advance(task)


def _summary(run: Any, quiet: bool) -> None:
    if quiet:
        return
    c = run.counts
    typer.echo(
        f"run {run.id}: read {c.get('read', 0)}, new {c.get('new', 0)}, unchanged {c.get('unchanged', 0)}, "
        f"skipped {c.get('skipped', 0)}, not Indonesian {c.get('not_indonesian', 0)}"
        + "".join(f", {k} {v}" for k, v in c.items()
                  if k not in {"read", "new", "unchanged", "skipped", "not_indonesian"})
    )
    for s in run.skips:
        typer.echo(f"  skipped {s.source}: {s.reason}")


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or - for standard input."),
    db: str = DbOpt,
    quiet: bool = QuietOpt,
) -> None:
    """Read and clean pages (txt, html, jsonl, warc), identify their language, store them."""
    from .run.local import execute

    _setup_logging(quiet)
    with errors(), _open(db) as store, _progress(quiet, "ingest") as progress:
        run = execute(store, paths, load_settings(), stages=("clean",), link=False, progress=progress)
    _summary(run, quiet)


@app.command()
def run(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or - for standard input."),
    db: str = DbOpt,
    executor: str = typer.Option("local", help="local | dask"),
    workers: int = typer.Option(2, help="Dask: workers of a LocalCluster started for this run."),
    scheduler: str | None = typer.Option(None, help="Dask: address of a running scheduler (tcp://HOST:PORT)."),
    quiet: bool = QuietOpt,
) -> None:
    """Ingest, then every analysis stage: language layer, events, linking across articles."""
    _setup_logging(quiet)
    settings = load_settings()
    with errors(), _open(db) as store:
        if executor == "local":
            from .run.local import execute

            with _progress(quiet, "run") as progress:
                result = execute(store, paths, settings, progress=progress)
        elif executor == "dask":
            from .run.dask import execute as dask_execute

            result = dask_execute(store, paths, settings, workers=workers, scheduler=scheduler)
        else:
            fail(f"--executor {executor!r}: expected 'local' or 'dask'", 2)
    _summary(result, quiet)


@app.command()
def articles(
    db: str = DbOpt,
    limit: int = typer.Option(50, help="How many rows to show."),
    all_: bool = typer.Option(False, "--all", help="Include skipped (non-Indonesian, boilerplate-only) pages."),
) -> None:
    """A readable table of stored articles."""
    from rich.console import Console
    from rich.table import Table

    with errors(), _open(db) as store:
        rows = list(store.iter_articles(status=None if all_ else "ok", limit=limit, annotations=False))
    table = Table("id", "published", "outlet", "title", "lang", "chars", "wire", "status")
    for a in rows:
        table.add_row(a.id, a.published or "-", a.outlet or "-", (a.title or a.text[:60]).replace("\n", " ")[:70],
                      a.language or "-", str(len(a.text)), ", ".join(a.wire_sources) or "-",
                      a.status if a.status == "ok" else f"{a.status}: {a.skip_reason}")
    Console(width=200).print(table)


@app.command()
def export(
    kind: str = typer.Argument(..., help="articles | events | quotes | entities | clusters | passages"),
    format: str = typer.Option("jsonl", "--format", "-f",
                               help="jsonl (all kinds); csv (articles); acled, geojson (events)."),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write here instead of standard output."),
    db: str = DbOpt,
) -> None:
    """Write stored data in one of the documented export formats."""
    from .export import export as do_export

    with errors(), _open(db) as store:
        if output is None:
            do_export(store, kind, format, sys.stdout)
        else:
            with output.open("w", encoding="utf-8", newline="") as fh:
                n = do_export(store, kind, format, fh)
            typer.echo(f"wrote {n} {kind} to {output}", err=True)


@app.command()
def stats(db: str = DbOpt) -> None:
    """Counts of what is stored (JSON)."""
    with errors(), _open(db) as store:
        typer.echo(json.dumps(store.stats(), ensure_ascii=False, indent=1))


@app.command()
def timeline(
    db: str = DbOpt,
    date_from: str | None = typer.Option(None, "--from", help="ISO date: clusters ending on/after it."),
    date_to: str | None = typer.Option(None, "--to", help="ISO date: clusters starting on/before it."),
    type_: str | None = typer.Option(None, "--type", help="PLOVER type (or kind, e.g. DISASTER)."),
    actor: str | None = typer.Option(None, "--actor", help="Text in an actor's name or country."),
    place: str | None = typer.Option(None, "--place", help="Text in the place name or country."),
    limit: int = typer.Option(200, help="How many rows to show."),
) -> None:
    """Event clusters in date order: what happened, where, casualties, independent sources, conflicts."""
    from .link.timeline import render_timeline

    with errors(), _open(db) as store:
        render_timeline(store, date_from=date_from, date_to=date_to, type_=type_, actor=actor, place=place,
                        limit=limit)


@app.command()
def serve(
    db: str = DbOpt,
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    allow_ingest: bool = typer.Option(False, "--allow-ingest", help="Enable POST /api/ingest (needs --token)."),
    token: str | None = typer.Option(None, envvar="LINIMASA_TOKEN", help="Bearer token for POST /api/ingest."),
) -> None:
    """The web app and REST API (read-only unless --allow-ingest and a token)."""
    from .web.app import serve as do_serve

    if allow_ingest and not token:
        fail("--allow-ingest needs --token (or LINIMASA_TOKEN)", 2)
    with errors():
        do_serve(db=db, host=host, port=port, allow_ingest=allow_ingest, token=token)


def _print_json(result: dict[str, Any]) -> None:
    typer.echo(json.dumps(result, ensure_ascii=False, indent=1))


def _gate(result: dict[str, Any], floors: Path | None, section: str) -> None:
    """With --floors FILE, exit 1 when any metric of ``section`` is below its floor."""
    if floors is None:
        return
    from .evaluate.gate import check

    failures = check(result, floors, section)
    for line in failures:
        typer.echo(f"linimasa: below floor: {line}", err=True)
    if failures:
        raise typer.Exit(1)


FloorsOpt = typer.Option(None, "--floors", help="JSON file of minimum scores; exit 1 if any is missed.")


@eval_app.command("clean")
def eval_clean(
    gold: Path = typer.Option(..., help="Gold JSON (e.g. ../shared/gold/seeds.json)."),
    inputs: Path = typer.Option(..., help="Folder of the pages the gold describes."),
    floors: Path | None = FloorsOpt,
) -> None:
    """Body-vs-boilerplate line P/R/F1 and metadata accuracy."""
    from .evaluate.clean import evaluate_clean

    with errors():
        result = evaluate_clean(gold, inputs, load_settings())
    _print_json(result)
    _gate(result, floors, "clean")


@eval_app.command("ner")
def eval_ner(
    conll: Path = typer.Option(..., help="BIO file (tab/space separated, tag in last column)."),
    floors: Path | None = FloorsOpt,
) -> None:
    """Entity-level P/R/F1 (exact span and type) of the NER model."""
    from .evaluate.ner import evaluate_ner

    with errors():
        result = evaluate_ner(conll, load_settings())
    _print_json(result)
    _gate(result, floors, "ner")


@eval_app.command("timex")
def eval_timex(
    timeml: Path = typer.Option(..., help="Folder of TimeML (.tml) files with TIMEX3 gold and a DCT."),
    floors: Path | None = FloorsOpt,
) -> None:
    """TIMEX3 recognition F1 (exact, overlap) and normalisation accuracy."""
    from .evaluate.timex import evaluate_timex

    with errors():
        result = evaluate_timex(timeml, load_settings())
    _print_json(result)
    _gate(result, floors, "timex")


@eval_app.command("events")
def eval_events(
    gold: Path = typer.Option(..., help="Gold JSON with 'events' per document."),
    inputs: Path = typer.Option(..., help="Folder of the pages the gold describes."),
    floors: Path | None = FloorsOpt,
) -> None:
    """Event P/R/F1 and the accuracy of type, date, actor, location, numbers, claimed_by."""
    from .evaluate.events import evaluate_events

    with errors():
        result = evaluate_events(gold, inputs, load_settings())
    _print_json(result)
    _gate(result, floors, "events")


@eval_app.command("link")
def eval_link(
    gold: Path = typer.Option(..., help="Gold JSON with 'passages' and 'clusters'."),
    inputs: Path = typer.Option(..., help="Folder of the pages the gold describes."),
    floors: Path | None = FloorsOpt,
) -> None:
    """Shared-passage recall/precision and pairwise cluster P/R/F1."""
    from .evaluate.link import evaluate_link

    with errors():
        result = evaluate_link(gold, inputs, load_settings())
    _print_json(result)
    _gate(result, floors, "link")


def main() -> None:  # console-script entry point
    app()


if __name__ == "__main__":
    main()
