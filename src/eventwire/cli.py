"""Command line: each command is a thin shell over the library.

Exit codes: 0 success, 1 input error (one line: input, message, error code),
2 usage error. Machine output goes to stdout; messages to stderr.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .cli_exit import EventwireGroup, fail
from .data_files import data_path
from .errors import EventwireError, InputNotFound, NotRegularFile
from .models import Event
from .settings import MAX_DOCUMENT_BYTES

app = typer.Typer(
    cls=EventwireGroup,
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="eventwire: turn news text into political event data (CAMEO / PLOVER).",
)


def _show_version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"eventwire {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """eventwire: turn news text into political event data (CAMEO / PLOVER)."""


class CodeFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


class CodeExportFormat(StrEnum):
    """`code --format`: the schema-1 JSON Lines, a table, or any `export` format (written by
    the same writers, with the same default filter)."""

    jsonl = "jsonl"
    table = "table"
    gdelt = "gdelt"
    plover = "plover"
    polecat = "polecat"
    csv = "csv"




def _check_date(value: str | None) -> str | None:
    """--date is a usage error (exit 2) unless it is one whole valid date, YYYY-MM-DD,
    in the range the date resolution supports."""
    if value is None:
        return None
    from datetime import date

    from .reading import parse_date

    try:
        date.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(f"not a date (expected YYYY-MM-DD): {value!r} [E106]"
                                 ) from None
    try:
        parse_date(value)
    except EventwireError as exc:
        raise typer.BadParameter(f"{exc.message} [{exc.code}]") from None
    return value


DateOpt = Annotated[str | None, typer.Option("--date", callback=_check_date,
                                             help="Publication date YYYY-MM-DD.")]
MaxBytesOpt = Annotated[int, typer.Option(
    "--max-bytes", min=1, help="Refuse (E105) an input larger than this many bytes.")]
TableOpt = Annotated[CodeFormat, typer.Option("--format", help="Output format.")]


def _actor_cell(actor) -> str:
    if actor is None:
        return "-"
    code = actor.code or "?"
    return f"{code} ({actor.text})"


def print_table(events: list[Event], title: str | None = None) -> None:
    out = Console(width=None if sys.stdout.isatty() else 180, soft_wrap=False)
    table = Table(title=title, show_lines=True)
    table.add_column("source")
    table.add_column("event")
    table.add_column("target")
    table.add_column("date")
    table.add_column("evidence", overflow="fold")
    for e in events:
        flags = []
        if e.polarity != "asserted":
            flags.append(e.polarity)
        if e.modality != "actual":
            flags.append(e.modality)
        label = f"{e.cameo} {e.cameo_label}" + (f" [{', '.join(flags)}]" if flags else "")
        table.add_row(_actor_cell(e.source), label, _actor_cell(e.target), e.date or "-",
                      e.evidence.text)
    out.print(table)


def _emit(events: list[Event], fmt: CodeFormat | CodeExportFormat,
          title: str | None = None) -> None:
    if fmt.value == "jsonl":
        for e in events:
            sys.stdout.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    else:
        print_table(events, title)


@app.command()
def code(
    file: Annotated[str, typer.Argument(help="Text file to code, or - for standard input.")],
    date: DateOpt = None,
    fmt: Annotated[CodeExportFormat, typer.Option(
        "--format", help="Output format: jsonl (schema 1, every event), table, or an export "
        "format (gdelt, plover, polecat, csv) which, like `export`, leaves out negated, "
        "hypothetical and background events.")] = CodeExportFormat.jsonl,
    max_bytes: MaxBytesOpt = MAX_DOCUMENT_BYTES,
) -> None:
    """Code one document and print its events.

    Example: eventwire code article.txt --date 2026-02-03 --format jsonl
    """
    try:
        doc = _read_input(file, date, max_bytes)
        events = _analyse(doc).events
        if fmt.value not in ("jsonl", "table"):
            _print_export(doc, events, fmt.value)
            return
    except EventwireError as exc:
        fail(exc)
    _emit(events, fmt)


@app.command()
def demo(
    fmt: TableOpt = CodeFormat.table,
    db: Annotated[Path | None, typer.Option(
        "--db", help="Also store the story and its events in this DuckDB file.")] = None,
) -> None:
    """Code the bundled example story (AFP, 2026-02-03) and show its events.

    Example: eventwire demo --db demo.duckdb && eventwire serve --db demo.duckdb
    """
    from .api import code_document
    from .reading import read_document

    path = data_path("demo", "petro-trump", "article.txt")
    try:
        doc = read_document(path)
        events = code_document(doc)
        if db is not None:  # a database to explore: eventwire serve / timeline --db
            from .store import open_store

            with open_store(db) as store:
                store.add(documents=[doc], events=events)
    except EventwireError as exc:
        fail(exc)
    title = f"{doc.title} — published {doc.published} — {len(events)} events"
    _emit(events, fmt, title)


def _print_export(doc, events: list[Event], fmt: str) -> None:
    """One coded document in an export format, on stdout (machine output only)."""
    import shutil
    import tempfile

    from .export.formats import export_coded

    with tempfile.TemporaryDirectory(prefix="eventwire-code-") as tmp:
        out = Path(tmp) / f"events.{fmt}"
        export_coded(doc, events, fmt, out)
        with open(out, "rb") as fh:
            shutil.copyfileobj(fh, sys.stdout.buffer)
    sys.stdout.flush()


LONG_DOCUMENT_CHARS = 100_000  # about 20 s of parsing: show progress beyond this


def _analyse(doc):
    """Code one document; a progress bar on stderr for long ones."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    from .api import default_engine

    engine = default_engine()
    if len(doc.text) < LONG_DOCUMENT_CHARS:
        return engine.analyse(doc)
    columns = (TextColumn("coding"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
               TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("coding", total=len(doc.text))
        return engine.analyse(doc, progress=lambda done, _total: bar.update(task,
                                                                             completed=done))


def _read_input(file: str, date: str | None, max_bytes: int):
    """The document of `code FILE` / `code -`: at most `max_bytes` are ever read (so
    `cat /dev/zero | eventwire code -` stops at the cap), and only a regular file is
    opened by name (a FIFO would block, a device never ends: pipe those to `-`)."""
    import os
    import stat

    from .reading import display_path, file_kind, read_bytes_limited, read_document

    if file == "-":
        data = read_bytes_limited(sys.stdin.buffer, max_bytes, "<stdin>")
        return read_document(data, published=date, source="<stdin>", max_bytes=max_bytes)
    try:
        mode = os.stat(file).st_mode
    except FileNotFoundError:
        raise InputNotFound("no such file", source=display_path(file)) from None
    except OSError:
        mode = None  # unreadable: read_document names the exact error
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise NotRegularFile(f"is {file_kind(mode)}, not a regular file (pipe it to "
                             f"`eventwire code -` instead)", source=display_path(file))
    return read_document(Path(file), published=date, max_bytes=max_bytes)


@app.command()
def quotes(
    file: Annotated[str, typer.Argument(help="Text file, or - for standard input.")],
    date: DateOpt = None,
    fmt: TableOpt = CodeFormat.table,
    max_bytes: MaxBytesOpt = MAX_DOCUMENT_BYTES,
) -> None:
    """List the direct quotes of a document with their speakers.

    Example: eventwire quotes article.txt --format jsonl
    """
    try:
        found = _analyse(_read_input(file, date, max_bytes)).quotes
    except EventwireError as exc:
        fail(exc)
    if fmt is CodeFormat.jsonl:
        for q in found:
            sys.stdout.write(json.dumps(q.to_dict(), ensure_ascii=False) + "\n")
        return
    table = Table(show_lines=True)
    table.add_column("speaker")
    table.add_column("code")
    table.add_column("date")
    table.add_column("quote", overflow="fold")
    for q in found:
        who = q.speaker.name or q.speaker.text if q.speaker else "-"
        table.add_row(who, (q.speaker.code if q.speaker else None) or "-", q.date or "-", q.text)
    Console(width=None if sys.stdout.isatty() else 180).print(table)


class EvalBy(StrEnum):
    root = "root"
    code = "code"
    tuple = "tuple"


class EvalSplit(StrEnum):
    read = "read"
    held = "held"
    all = "all"


class EvalFormat(StrEnum):
    table = "table"
    json = "json"


@app.command("eval")
def eval_(
    gold: Annotated[
        list[str], typer.Argument(metavar="GOLD", help="Gold .jsonl files, or folders of them.")
    ],
    by: Annotated[EvalBy, typer.Option("--by", help="Per-category breakdown level.")] = (
        EvalBy.root
    ),
    fmt: Annotated[EvalFormat, typer.Option("--format", help="Output format.")] = (
        EvalFormat.table
    ),
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Score only the first N sentences.")
    ] = None,
    keep_unresolved: Annotated[
        bool,
        typer.Option("--keep-unresolved", help="Also emit events whose source actor is unknown."),
    ] = False,
    split: Annotated[
        EvalSplit,
        typer.Option("--split", help="The read 70%, the held 30% (by a hash of the "
                     "record or document id), or all; for every kind of gold."),
    ] = EvalSplit.all,
) -> None:
    """Precision / recall / F1 of the coder on gold-standard event files.

    Example: eventwire eval ../shared/eval/events/ --by root --format table

    Toponym gold (records with `places[]`, e.g. ../shared/eval/places/) is scored for
    place recall, accuracy within 161 km and country accuracy; --limit counts documents.
    Time-expression gold (records with `dct` and `timexes[]`, e.g. ../shared/eval/dates/)
    is scored for exact TimeML-value accuracy of DATE expressions.
    """
    from .evaluation import evaluate
    from .evaluation.dates import evaluate_dates, print_dates_report, split_dates
    from .evaluation.places import evaluate_places, print_places_report, split_places
    from .evaluation.report import print_report, to_json

    try:
        events_gold, places_gold = split_places(gold)  # toponym gold: place accuracy
        events_gold, dates_gold = split_dates(events_gold)  # time-expression gold: dates
        scores = evaluate(events_gold, limit=limit, keep_unresolved=keep_unresolved,
                          show_progress=True, split=split.value) if events_gold else []
        place_scores = evaluate_places(places_gold, limit=limit, show_progress=True,
                                       split=split.value)
        date_scores = evaluate_dates(dates_gold, limit=limit, show_progress=True,
                                     split=split.value)
    except EventwireError as exc:
        fail(exc)
    if fmt is EvalFormat.json:
        options = {"by": by.value, "limit": limit, "keep_unresolved": keep_unresolved,
                   "split": split.value}
        data = to_json(scores, **options)
        data["sets"].extend(s.to_dict() for s in place_scores)
        data["sets"].extend(s.to_dict() for s in date_scores)
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
    else:
        out = Console(width=None if sys.stdout.isatty() else 180, soft_wrap=False)
        if scores:
            print_report(scores, by.value, out)
        if place_scores:
            print_places_report(place_scores, out)
        if date_scores:
            print_dates_report(date_scores, out)


# Corpus commands (ingest, query, export) live in cli_corpus.py.
from .cli_corpus import register as _register_corpus_commands  # noqa: E402

_register_corpus_commands(app)

# Explore commands (timeline, top, map, serve) live in cli_explore.py.
from .cli_explore import register as _register_explore_commands  # noqa: E402

_register_explore_commands(app)

# eventwire spark (the optional PySpark job) lives in cli_spark.py.
from .cli_spark import register as _register_spark_command  # noqa: E402

_register_spark_command(app)

# Actor knowledge-base commands (eventwire actors import|lookup) live in actors/commands.py.
from .actors.commands import app as _actors_app  # noqa: E402

app.add_typer(_actors_app, name="actors")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
