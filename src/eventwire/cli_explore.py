"""The explore commands of the CLI: timeline, top, map, serve (registered in cli.py).
Each is a thin shell over eventwire.analysis and eventwire.web."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .cli_exit import fail
from .cli_spark import ParquetOption, open_read_store
from .errors import EventwireError

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="DuckDB file (default: $EVENTWIRE_DB or the user data dir)."),
]


class OutFormat(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


class Period(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


class TopBy(StrEnum):
    dyad = "dyad"
    source = "source"
    target = "target"
    root = "root"
    country = "country"


class Rank(StrEnum):
    active = "active"
    hostile = "hostile"


FormatOpt = Annotated[OutFormat, typer.Option("--format", help="Output format.")]
Dyad = Annotated[tuple[str, str] | None, typer.Option(
    "--dyad", help="Source and target actors (code prefix or name): --dyad USA COL.")]
BothDirections = Annotated[bool, typer.Option(
    "--both-directions", help="Count the dyad either way round.")]
Actor = Annotated[str | None, typer.Option(help="An actor as source or target.")]
Country = Annotated[str | None, typer.Option(help="ISO alpha-3 of source, target or place.")]
Code = Annotated[str | None, typer.Option("--code", help="CAMEO code prefix: 19, 042.")]
Root = Annotated[list[str] | None, typer.Option("--root", help="CAMEO root (repeatable).")]
Quad = Annotated[list[int] | None, typer.Option("--quad", help="Quad class 1-4 (repeatable).")]
Since = Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")]
Until = Annotated[str | None, typer.Option(help="To date YYYY-MM-DD (inclusive).")]
Text = Annotated[str | None, typer.Option(help="Substring of the evidence sentence.")]
MinConf = Annotated[float | None, typer.Option("--min-confidence", help="0 to 1.")]
IncNeg = Annotated[bool, typer.Option("--include-negated", help="Keep negated events.")]
IncHyp = Annotated[bool, typer.Option("--include-hypothetical",
                                      help="Keep hypothetical events.")]
IncBg = Annotated[bool, typer.Option(
    "--include-background", help="Keep background events (dated >30 days before the article).")]
Modality = Annotated[list[str] | None, typer.Option(
    "--modality", help="Only these modalities (repeatable): actual, threat, intent, "
                       "hypothetical, future, reported, background.")]
Polarity = Annotated[str | None, typer.Option(
    "--polarity", help="Only asserted or only negated events.")]


def _day(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"not a date (YYYY-MM-DD): {value!r}", param_hint=name) from None


def build_filter(*, dyad=None, both_directions=False, actor=None, country=None, code=None,
            root=None, quad=None, since=None, until=None, text=None, min_confidence=None,
            include_negated=False, include_hypothetical=False, include_background=False,
            modality=None, polarity=None):
    """The shared EventFilter from CLI options; a malformed one is a usage error (exit 2)."""
    from .store.queries import EventFilter

    try:
        return EventFilter(
            dyad=tuple(dyad) if dyad else None, both_directions=both_directions, actor=actor,
            country=country, code=code, roots=tuple(r.zfill(2) for r in root) if root else None,
            quad_classes=tuple(quad) if quad else None, since=_day(since, "--since"),
            until=_day(until, "--until"), text=text, min_confidence=min_confidence,
            include_negated=include_negated, include_hypothetical=include_hypothetical,
            include_background=include_background,
            modalities=tuple(modality) if modality else None, polarity=polarity,
        )
    except EventwireError as exc:
        raise typer.BadParameter(str(exc)) from None


def write_table(table, fmt: OutFormat, title: str) -> None:
    """An Arrow table to stdout as a rich table, CSV or JSON Lines."""
    rows = table.to_pylist()
    if fmt is OutFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt is OutFormat.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(table.column_names)
        writer.writerows([[row[c] for c in table.column_names] for row in rows])
    else:
        from rich.console import Console
        from rich.table import Table

        out = Console(width=None if sys.stdout.isatty() else 200, soft_wrap=False)
        t = Table(title=f"{title} ({len(rows)} rows)")
        for col in table.column_names:
            t.add_column(col, justify="right" if col not in ("top_roots",) else "left")
        for row in rows:
            t.add_row(*("-" if row[c] is None else str(row[c]) for c in table.column_names))
        out.print(t)


def _open(db: Path | None, parquet: Path | None = None):
    return open_read_store(db, parquet)


def timeline(
    db: DbOption = None,
    parquet: ParquetOption = None,
    dyad: Dyad = None,
    both_directions: BothDirections = False,
    by: Annotated[Period, typer.Option("--by", help="Period length.")] = Period.week,
    actor: Actor = None, country: Country = None, code: Code = None, root: Root = None,
    quad: Quad = None, since: Since = None, until: Until = None, text: Text = None,
    min_confidence: MinConf = None, include_negated: IncNeg = False,
    include_hypothetical: IncHyp = False, include_background: IncBg = False,
    fmt: FormatOpt = OutFormat.table,
    plot: Annotated[Path | None, typer.Option(
        "--plot", help="Also draw the timeline: PNG (matplotlib) or HTML (plotly, offline).")
    ] = None,
) -> None:
    """Events per day, week or month: counts per quad class, Goldstein sum and mean, top
    CAMEO roots and distinct documents. Negated, hypothetical and background events are
    left out unless asked for.

    Example: eventwire timeline --db events.duckdb --dyad USA COL --by week --plot t.png
    """
    from .analysis import timeline as run_timeline

    f = build_filter(dyad=dyad, both_directions=both_directions, actor=actor, country=country,
                code=code, root=root, quad=quad, since=since, until=until, text=text,
                min_confidence=min_confidence, include_negated=include_negated,
                include_hypothetical=include_hypothetical,
                include_background=include_background)
    title = "timeline" + (f" {dyad[0]} {'<->' if both_directions else '->'} {dyad[1]}"
                          if dyad else "") + f" by {by.value}"
    try:
        with _open(db, parquet) as store:
            table = run_timeline(store, f, by=by.value)
        if plot is not None:
            from .analysis.plots import plot_timeline

            plot_timeline(table, plot, title=title)
    except EventwireError as exc:
        fail(exc)
    write_table(table, fmt, title)
    if plot is not None:
        typer.echo(f"wrote {plot}", err=True)


def top(
    db: DbOption = None,
    by: Annotated[TopBy, typer.Option("--by", help="What to rank.")] = TopBy.dyad,
    rank: Annotated[Rank, typer.Option(
        "--rank", help="active: most events; hostile: largest negative Goldstein total.")
    ] = Rank.active,
    limit: Annotated[int, typer.Option("--limit", min=1, max=10_000, help="Rows.")] = 20,
    dyad: Dyad = None, both_directions: BothDirections = False,
    actor: Actor = None, country: Country = None, code: Code = None, root: Root = None,
    quad: Quad = None, since: Since = None, until: Until = None, text: Text = None,
    min_confidence: MinConf = None, include_negated: IncNeg = False,
    include_hypothetical: IncHyp = False, include_background: IncBg = False,
    fmt: FormatOpt = OutFormat.table,
) -> None:
    """The most active (or most hostile) dyads, sources, targets, CAMEO roots or
    event countries.

    Example: eventwire top --db events.duckdb --by dyad --rank hostile --since 2026-01-01
    """
    from .analysis import top as run_top

    f = build_filter(dyad=dyad, both_directions=both_directions, actor=actor, country=country,
                code=code, root=root, quad=quad, since=since, until=until, text=text,
                min_confidence=min_confidence, include_negated=include_negated,
                include_hypothetical=include_hypothetical,
                include_background=include_background)
    try:
        with _open(db) as store:
            table = run_top(store, f, by=by.value, rank=rank.value, limit=limit)
    except EventwireError as exc:
        fail(exc)
    write_table(table, fmt, f"top {by.value} ({rank.value})")


def map_(
    out: Annotated[Path, typer.Option("--plot", help="PNG (matplotlib) or HTML (plotly).")],
    db: DbOption = None,
    dyad: Dyad = None, both_directions: BothDirections = False,
    actor: Actor = None, country: Country = None, code: Code = None, root: Root = None,
    quad: Quad = None, since: Since = None, until: Until = None,
    include_negated: IncNeg = False, include_hypothetical: IncHyp = False,
    include_background: IncBg = False,
) -> None:
    """Draw a map of where the matching events happened (offline world outline).

    Example: eventwire map --db events.duckdb --root 18 --root 19 --plot violence.png
    """
    from .analysis import places
    from .analysis.plots import plot_map

    f = build_filter(dyad=dyad, both_directions=both_directions, actor=actor, country=country,
                code=code, root=root, quad=quad, since=since, until=until,
                include_negated=include_negated, include_hypothetical=include_hypothetical,
                include_background=include_background)
    try:
        with _open(db) as store:
            table = places(store, f)
        plot_map(table, out, title="where the events happened")
    except EventwireError as exc:
        fail(exc)
    typer.echo(f"wrote {out} ({table.num_rows} places)", err=True)


def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
    token: Annotated[str | None, typer.Option(
        envvar="EVENTWIRE_API_TOKEN",
        help="Bearer token that enables POST /code (off without one).")] = None,
    max_body: Annotated[int, typer.Option(
        "--max-body", min=1, help="Largest request body in bytes (413 above).")] = 1_000_000,
    timeout: Annotated[float, typer.Option(
        "--timeout", min=0.1, help="Seconds a query may run before it is stopped (503).")
    ] = 10.0,
) -> None:
    """Serve the REST API (OpenAPI docs at /docs) and the dashboard at / over a
    database opened read-only.

    Example: eventwire demo --db demo.duckdb && eventwire serve --db demo.duckdb
    """
    try:
        from .web import ServerSettings, create_app
    except ImportError as exc:
        typer.echo(f"eventwire: error: serve needs the web extra: pip install "
                   f"'eventwire[web]' ({exc.name} is missing) [E400]", err=True)
        raise typer.Exit(1) from None
    import uvicorn

    if db is None:
        from .ingest.options import default_db_path

        db = default_db_path()
    try:
        app = create_app(ServerSettings(db=db, token=token, max_body=max_body,
                                        timeout=timeout))
    except EventwireError as exc:
        fail(exc)
    typer.echo(f"eventwire: serving {db} on http://{host}:{port}/ (API docs: /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command("timeline")(timeline)
    app.command("top")(top)
    app.command("map")(map_)
    app.command("serve")(serve)
