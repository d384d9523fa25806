"""How every eventwire command ends on an input error: one line on stderr naming the input,
the message and the error code, and exit status 1 (the CLI contract of ARCHITECTURE.md)."""

from __future__ import annotations

from typing import NoReturn

import typer

from .errors import EventwireError


def fail(exc: EventwireError) -> NoReturn:
    typer.echo(f"eventwire: error: {exc}", err=True)
    raise typer.Exit(1)
