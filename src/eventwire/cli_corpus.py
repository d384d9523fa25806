"""The corpus commands of the CLI: ingest, query, export (registered in cli.py)."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from .cli_exit import fail
from .cli_explore import (
    BothDirections,
    Country,
    DbOption,
    Dyad,
    IncBg,
    IncHyp,
    IncNeg,
    MinConf,
    Modality,
    Polarity,
    Quad,
    Root,
    build_filter,
)
from .cli_spark import ParquetOption, open_read_store
from .errors import EventwireError
from .settings import (
    MAX_DECOMPRESSED_BYTES,
    MAX_DOCUMENT_BYTES,
    MAX_HTML_BYTES,
    MAX_HTML_TAGS,
    MAX_LINE_BYTES,
)


class _Progress:
    """A tqdm bar on stderr: documents/s, events, duplicates, skips."""

    def __init__(self, enabled: bool) -> None:
        from tqdm import tqdm

        self.bar = tqdm(total=None, unit="doc", file=sys.stderr, disable=not enabled,
                        mininterval=0.5, dynamic_ncols=True)
        self.count = 0

    def update(self, s) -> None:
        done = s.read
        if done != self.count:
            self.bar.update(done - self.count)
            self.count = done
            self.bar.set_postfix(events=s.events, dups=s.duplicates,
                                 skips=sum(s.skip_codes.values()), refresh=False)

    def close(self) -> None:
        self.bar.close()


def ingest(
    paths: Annotated[list[str], typer.Argument(metavar="PATH...",
                                               help="Files, folders or glob patterns.")],
    db: DbOption = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1,
                                         help="Coding processes.")] = 1,
    dup_threshold: Annotated[float, typer.Option(
        "--dup-threshold", min=0.1, max=0.95,
        help="MinHash Jaccard at or above which a document is a near-duplicate.")] = 0.8,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1,
                                            help="Documents per commit.")] = 64,
    max_doc_bytes: Annotated[int, typer.Option(
        "--max-doc-bytes", min=1,
        help="Skip (E105) any document text larger than this.")] = MAX_DOCUMENT_BYTES,
    max_html_bytes: Annotated[int | None, typer.Option(
        "--max-html-bytes", min=1,
        help="Skip (E105) an HTML page, feed or WARC response larger than this "
             f"[default: {MAX_HTML_BYTES}, or 5 x --max-doc-bytes if larger].")] = None,
    max_html_tags: Annotated[int, typer.Option(
        "--max-html-tags", min=1,
        help="Skip (E105) a page with more tags than this (before extraction).")
    ] = MAX_HTML_TAGS,
    max_line_bytes: Annotated[int, typer.Option(
        "--max-line-bytes", min=1, help="Skip (E105) a JSON line longer than this.")
    ] = MAX_LINE_BYTES,
    max_decompressed_bytes: Annotated[int, typer.Option(
        "--max-decompressed-bytes", min=1,
        help="Stop reading a .gz file (E105) past this many decompressed bytes.")
    ] = MAX_DECOMPRESSED_BYTES,
    text_field: Annotated[str, typer.Option(help="JSON Lines field with the text.")] = "text",
    date_field: Annotated[str, typer.Option(help="JSON Lines field with the date.")] = "date",
    title_field: Annotated[str, typer.Option(help="JSON Lines field with the title.")] = "title",
    url_field: Annotated[str, typer.Option(help="JSON Lines field with the URL.")] = "url",
    source_field: Annotated[str, typer.Option(
        help="JSON Lines field with the publisher (none stored when absent).")] = "source",
    id_field: Annotated[str, typer.Option(
        help="JSON Lines field with your record id, kept on the document and in every "
             "export (feeds' guid and WARC-Record-ID are read without asking).")] = "id",
    progress: Annotated[bool, typer.Option("--progress/--no-progress",
                                           help="Progress bar on stderr.")] = True,
    verbose: Annotated[bool, typer.Option("--verbose", "-v",
                                          help="Log each commit on stderr.")] = False,
    fmt: Annotated[str, typer.Option("--format", help="Summary format: text or json.")] = "text",
) -> None:
    """Read, deduplicate, code and store a corpus (txt, html, jsonl, rss/atom, warc[.gz]).

    Re-running on the same input adds nothing; an interrupted run resumes.
    Every unreadable input is kept as a Skip (see `eventwire query --skips`).

    Example: eventwire ingest news/ feeds/*.xml crawl.warc.gz --db events.duckdb --workers 2
    """
    from .ingest import EngineUnavailable, IngestOptions, JsonlFields
    from .ingest import ingest as run_ingest
    from .store import open_store

    options = IngestOptions(
        max_document_bytes=max_doc_bytes,
        max_html_bytes=max_html_bytes or max(max_doc_bytes * 5, MAX_HTML_BYTES),
        max_html_tags=max_html_tags,
        max_line_bytes=max_line_bytes,
        max_decompressed_bytes=max_decompressed_bytes,
        dup_threshold=dup_threshold,
        fields=JsonlFields(text_field, date_field, title_field, url_field, source_field,
                           id_field),
        workers=workers,
        batch_size=batch_size,
    )
    bar = _Progress(progress)

    def on_commit(s) -> None:
        if verbose:
            bar.bar.write(f"committed: {s.documents} documents, {s.events} events, "
                          f"{s.skips} skips", file=sys.stderr)
            sys.stderr.flush()

    try:
        with open_store(db) as store:
            summary = run_ingest(paths, store, options, command=" ".join(sys.argv[1:]),
                                 progress=bar.update, on_commit=on_commit)
    except EngineUnavailable as exc:
        bar.close()
        fail(exc.error)
    except EventwireError as exc:
        bar.close()
        fail(exc)
    bar.close()
    if fmt == "json":
        sys.stdout.write(json.dumps(summary.to_dict()) + "\n")
    else:
        codes = ", ".join(f"{k}: {v}" for k, v in sorted(summary.skip_codes.items()))
        typer.echo(
            f"read {summary.read} documents from {summary.files} files "
            f"({summary.files_unchanged} unchanged files not re-read) in {summary.seconds:.1f} s "
            f"({summary.docs_per_second:.1f} docs/s)\n"
            f"new documents: {summary.documents} (coded {summary.coded}, near-duplicates "
            f"{summary.duplicates}, failed {summary.failed}); already stored: {summary.already}\n"
            f"new events: {summary.events}\n"
            f"skips: {sum(summary.skip_codes.values())}" + (f" ({codes})" if codes else "")
        )
        if summary.warnings:
            notes = ", ".join(f"{k}: {v}" for k, v in sorted(summary.warnings.items()))
            typer.echo(f"stored with repairs (see `eventwire query --skips`): {notes}")
    if summary.nothing_read:
        typer.echo("eventwire: error: no input could be read as a document [E100]", err=True)
        raise typer.Exit(1)


class QueryFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


_TABLE_EVENT_COLS = ["day", "source_code", "source_text", "cameo", "cameo_label",
                     "target_code", "target_text", "evidence_text"]
_TABLE_CLUSTER_COLS = ["first_day", "last_day", "source_key", "cameo_root", "target_key",
                       "events", "articles", "sources", "example"]
_TABLE_SKIP_COLS = ["source", "code", "reason"]


def _write_rows(rows: list[dict], fmt: QueryFormat, table_cols: list[str], title: str,
                record=None) -> None:
    if fmt is QueryFormat.jsonl:
        for row in rows:
            obj = record(row) if record else row
            sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")
    elif fmt is QueryFormat.csv:
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        from rich.console import Console
        from rich.table import Table

        out = Console(width=None if sys.stdout.isatty() else 200, soft_wrap=False)
        table = Table(title=f"{title} ({len(rows)})")
        for col in table_cols:
            table.add_column(col, overflow="fold")
        for row in rows:
            table.add_row(*("-" if row.get(c) is None else str(row.get(c)) for c in table_cols))
        out.print(table)


def query(
    db: DbOption = None,
    parquet: ParquetOption = None,
    actor: Annotated[str | None, typer.Option(
        help="Actor as source or target: code prefix (COL, USAGOV) or name.")] = None,
    dyad: Annotated[tuple[str, str] | None, typer.Option(
        help="Source and target, directed: --dyad COL USA.")] = None,
    code: Annotated[str | None, typer.Option("--code", help="CAMEO code prefix: 19, 042.")
                    ] = None,
    since: Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="To date YYYY-MM-DD (inclusive).")] = None,
    country: Annotated[str | None, typer.Option(
        help="ISO alpha-3 of source, target or location.")] = None,
    text: Annotated[str | None, typer.Option(help="Substring of the sentence.")] = None,
    both_directions: BothDirections = False, root: Root = None, quad: Quad = None,
    min_confidence: MinConf = None, include_negated: IncNeg = False,
    include_hypothetical: IncHyp = False, include_background: IncBg = False,
    modality: Modality = None, polarity: Polarity = None,
    clusters: Annotated[bool, typer.Option(
        "--clusters", help="One row per cross-article cluster instead of raw events.")] = False,
    skips: Annotated[bool, typer.Option("--skips", help="List the skipped inputs.")] = False,
    limit: Annotated[int | None, typer.Option(min=1, help="At most N rows.")] = None,
    fmt: Annotated[QueryFormat, typer.Option("--format", help="Output format.")] = (
        QueryFormat.table),
) -> None:
    """Query stored events, clusters or skips. Negated, hypothetical and background
    events are left out unless --include-negated/-hypothetical/-background.

    Example: eventwire query --db events.duckdb --dyad COL USA --code 04 --since 2026-01-01
    """
    from .analysis import clusters_sql
    from .store.queries import events_sql, skips_sql
    from .store.records import event_record

    f = replace(build_filter(  # the filter shared with timeline, top, export and the API
        actor=actor, dyad=dyad, code=code, since=since, until=until, country=country,
        text=text, both_directions=both_directions, root=root, quad=quad,
        min_confidence=min_confidence, include_negated=include_negated,
        include_hypothetical=include_hypothetical, include_background=include_background,
        modality=modality, polarity=polarity,
    ), limit=limit)
    try:
        with open_read_store(db, parquet) as store:
            if skips:
                rows = store.rows(skips_sql(limit))
                _write_rows(rows, fmt, _TABLE_SKIP_COLS, "skips")
            elif clusters:
                sql, params = clusters_sql(f)
                _write_rows(store.rows(sql, params), fmt, _TABLE_CLUSTER_COLS,
                            "clusters")
            else:
                sql, params = events_sql(f)
                rows = store.rows(sql, params)
                _write_rows(rows, fmt, _TABLE_EVENT_COLS, "events",
                            record=event_record if fmt is QueryFormat.jsonl else None)
    except EventwireError as exc:
        fail(exc)


class ExportFormat(StrEnum):
    gdelt = "gdelt"
    plover = "plover"
    polecat = "polecat"
    csv = "csv"
    parquet = "parquet"


def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="Export format.")],
    out: Annotated[Path, typer.Option("--out", help="Output file.")],
    db: DbOption = None,
    parquet: ParquetOption = None,
    actor: Annotated[str | None, typer.Option(help="Only events with this actor.")] = None,
    code: Annotated[str | None, typer.Option("--code", help="CAMEO code prefix.")] = None,
    since: Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="To date YYYY-MM-DD.")] = None,
    dyad: Dyad = None, both_directions: BothDirections = False, country: Country = None,
    root: Root = None, quad: Quad = None, min_confidence: MinConf = None,
    include_negated: IncNeg = False, include_hypothetical: IncHyp = False,
    include_background: IncBg = False, modality: Modality = None, polarity: Polarity = None,
    text: Annotated[str | None, typer.Option(help="Substring of the sentence.")] = None,
    header: Annotated[bool, typer.Option(
        "--header/--no-header",
        help="A header row of GDELT's column names in the GDELT TSV (GDELT's own files "
             "have none, and neither does this one unless asked).")] = False,
) -> None:
    """Export stored events: GDELT 2.0 event TSV, PLOVER JSON Lines, a POLECAT-style TSV,
    CSV or Parquet (column rules: docs/exports.md).

    By default negated ("did not attack"), hypothetical ("could attack")
    and background events (dated over 30 days before their article) are
    left out: bring them back with --include-negated, --include-hypothetical,
    --include-background. Threats, intentions, future and reported events
    are kept (coded as such: THREATEN, AGREE); keep only what happened with
    --modality actual. GDELT rows need a day; PLOVER and POLECAT rows need
    a date and a PLOVER category (most CAMEO 01 statements have none).

    Example: eventwire export --db events.duckdb --format gdelt --out events.tsv
    """
    from .export import export as run_export
    f = build_filter(  # the filter shared with query, timeline, top and the API
        actor=actor, code=code, since=since, until=until, dyad=dyad,
        both_directions=both_directions, country=country, root=root, quad=quad,
        min_confidence=min_confidence, include_negated=include_negated,
        include_hypothetical=include_hypothetical, include_background=include_background,
        modality=modality, polarity=polarity, text=text)
    try:
        with open_read_store(db, parquet) as store:
            n = run_export(store, fmt.value, out, f, header=header)
    except EventwireError as exc:
        fail(exc)
    typer.echo(f"wrote {n} events to {out} ({fmt.value})", err=True)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("query")(query)
    app.command("export")(export)
