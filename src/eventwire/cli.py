"""Command line: each command is a thin shell over the library.

Exit codes: 0 success, 1 input error (one line: input, message, error code),
2 usage error. Machine output goes to stdout; messages to stderr.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from .data_files import data_path
from .errors import EventwireError
from .models import Event

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="eventwire: turn news text into political event data (CAMEO / PLOVER).",
)


class CodeFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


def _fail(exc: EventwireError) -> None:
    typer.echo(f"eventwire: error: {exc}", err=True)
    raise typer.Exit(1)


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


def _emit(events: list[Event], fmt: CodeFormat, title: str | None = None) -> None:
    if fmt is CodeFormat.jsonl:
        for e in events:
            sys.stdout.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    else:
        print_table(events, title)


@app.command()
def code(
    file: str = typer.Argument(..., help="Text file to code, or - for standard input."),
    date: str = typer.Option(None, "--date", help="Publication date YYYY-MM-DD."),
    fmt: CodeFormat = typer.Option(CodeFormat.jsonl, "--format", help="Output format."),
) -> None:
    """Code one document and print its events.

    Example: eventwire code article.txt --date 2026-02-03 --format jsonl
    """
    from .api import code_document
    from .reading import read_document

    try:
        if file == "-":
            doc = read_document(sys.stdin.buffer.read(), published=date, source="<stdin>")
        else:
            doc = read_document(Path(file), published=date)
        events = code_document(doc)
    except EventwireError as exc:
        _fail(exc)
    _emit(events, fmt)


@app.command()
def demo(
    fmt: CodeFormat = typer.Option(CodeFormat.table, "--format", help="Output format."),
) -> None:
    """Code the bundled example story (AFP, 2026-02-03) and show its events.

    Example: eventwire demo
    """
    from .api import code_document
    from .reading import read_document

    path = data_path("demo", "petro-trump", "article.txt")
    try:
        doc = read_document(path)
        events = code_document(doc)
    except EventwireError as exc:
        _fail(exc)
    title = f"{doc.title} — published {doc.published} — {len(events)} events"
    _emit(events, fmt, title)


# Corpus commands (ingest, query, export) live in cli_corpus.py.
from .cli_corpus import register as _register_corpus_commands  # noqa: E402

_register_corpus_commands(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
