"""`eventwire actors …`: extend the actor knowledge base and look names up in it
(registered as a sub-command group in cli.py)."""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..cli_exit import fail
from ..errors import BadActorName, EventwireError

app = typer.Typer(
    name="actors",
    no_args_is_help=True,
    help="The actor knowledge base: import your own actor files, look names up.",
)


class ImportFormat(StrEnum):
    auto = "auto"
    jsonl = "jsonl"
    petrarch = "petrarch"


class LookupFormat(StrEnum):
    text = "text"
    json = "json"


def _day(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"not a date (YYYY-MM-DD): {value!r}",
                                 param_hint="--date") from None


@app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="Actor file: JSON Lines of people with "
                                         "positions, or a PETRARCH actor dictionary.")],
    fmt: Annotated[ImportFormat, typer.Option("--format", help="File format (auto: by "
                                               "suffix, else by the first entry).")] = (
        ImportFormat.auto
    ),
    check: Annotated[bool, typer.Option("--check", help="Validate only; do not install.")] = (
        False
    ),
) -> None:
    """Validate an actor file and add it to the knowledge base of every later run.

    The file is copied into the user data directory ($EVENTWIRE_DATA_DIR, else the
    platform's); its entries override bundled entries of the same name, and a later
    import of a file with the same name replaces the earlier one.

    Example: eventwire actors import ministers.jsonl
    """
    from .importers import install_import

    try:
        done = install_import(file, fmt.value, check_only=check)
    except EventwireError as exc:
        fail(exc)
    result = done.result
    people = sum(1 for a in result.actors if a.kind == "person")
    verb = "checked" if check else "imported"
    typer.echo(f"{verb} {len(result.actors)} actors ({people} people) from {file} "
               f"[{result.format}]")
    replaced = [f"{e.name} ({', '.join(o.kind for o in old)})" for e, old in done.overrides if old]
    if replaced:
        typer.echo(f"overrides bundled entries: {'; '.join(replaced)}")
    if result.skipped:
        lines = ", ".join(str(n) for n, _ in result.skipped[:10])
        more = " …" if len(result.skipped) > 10 else ""
        typer.echo(f"skipped {len(result.skipped)} records without a code (lines {lines}{more})")
    if result.rejected:
        shown = "; ".join(f"line {n}: {why}" for n, why in result.rejected[:5])
        more = " …" if len(result.rejected) > 5 else ""
        typer.echo(f"refused {len(result.rejected)} invalid names ({shown}{more}) "
                   f"[{BadActorName.code}]", err=True)
    if not check:
        again = " (replacing the previous import of that name)" if done.replaced_file else ""
        typer.echo(f"stored as {done.stored}{again}")


def lookup_rows(name: str, day: date, *, user_imports: bool = True) -> tuple[list[dict], str]:
    """What `name` resolves to on `day`: one dict per KB entry, the one actor
    resolution picks first; and the surface form that matched."""
    from .kb import bundled_kb

    kb = bundled_kb(user_imports=user_imports)
    surfaces = kb.search(name)
    rows: list[dict] = []
    seen: set[str] = set()
    for surface in surfaces:
        for i, entry in enumerate(kb.lookup(surface, day)):
            if entry.kb_id in seen:
                continue
            seen.add(entry.kb_id)
            code, country, role, why = entry.code_on(day)
            rows.append({
                "name": entry.name, "kind": entry.kind, "kb_id": entry.kb_id,
                "source": entry.source, "matched": surface, "date": day.isoformat(),
                "code": code, "country": country, "role": role, "why": why,
                "chosen": i == 0,
                "tenures": [
                    {"code": t.full_code, "position": t.position,
                     "start": t.start.isoformat() if t.start else None,
                     "end": t.end.isoformat() if t.end else None}
                    for t in sorted(entry.tenures, key=lambda t: t.start or date.min)
                ],
            })
    return rows, (surfaces[0] if surfaces else name)


@app.command()
def lookup(
    name: Annotated[str, typer.Argument(help="A name as written in news, e.g. 'Trump'.")],
    day: Annotated[str | None, typer.Option("--date", help="Story date YYYY-MM-DD "
                                            "(default: today).")] = None,
    bundled_only: Annotated[bool, typer.Option("--bundled-only",
                                               help="Ignore imported actor files.")] = False,
    fmt: Annotated[LookupFormat, typer.Option("--format", help="Output format.")] = (
        LookupFormat.text
    ),
) -> None:
    """Show every knowledge-base entry a name resolves to, its code on a date and why.

    Example: eventwire actors lookup "Donald Trump" --date 2022-06-01
    """
    when = _day(day)
    try:
        rows, matched = lookup_rows(name, when, user_imports=not bundled_only)
    except EventwireError as exc:
        fail(exc)
    if not rows:
        typer.echo(f"eventwire: {name!r} is not in the actor knowledge base (the coder keeps "
                   f"such actors with code null)", err=True)
        raise typer.Exit(1)
    if fmt is LookupFormat.json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    if matched != " ".join(name.split()):
        typer.echo(f"(no entry spelled {name!r}; showing {matched!r} — the coder matches "
                   f"names case-sensitively)")
    for row in rows:
        origin = "bundled" if row["source"] == "bundled" else row["source"].replace(
            "imported:", "imported from ")
        pick = "  <- used by the coder" if row["chosen"] and len(rows) > 1 else ""
        typer.echo(f"{row['name']}  [{row['kind']}, {origin}, {row['kb_id']}]{pick}")
        typer.echo(f"  code on {row['date']}: {row['code'] or 'null'}"
                   f"  (country {row['country'] or '-'}, role {row['role'] or '-'})")
        typer.echo(f"  why: {row['why']}")
        for t in row["tenures"]:
            typer.echo(f"    {t['position']:<20} {t['code'] or '-':<10} "
                       f"{t['start'] or '?'} .. {t['end'] or 'now'}")
