"""How every eventwire command ends on an input error: one line on stderr naming the input,
the message and the error code, and exit status 1 (the CLI contract of ARCHITECTURE.md).

`EventwireGroup` is the click group of the app: whatever EventwireError or OSError a
command lets escape ends the same way, so no command can print a traceback for a bad
input, a bad --db or a full disk. Exceptions of any other type are bugs and keep theirs.
"""

from __future__ import annotations

import errno
from typing import NoReturn

import click
import typer
from typer.core import TyperGroup

from .errors import EventwireError, FileAccessError


def one_line(text: str) -> str:
    """`text` as one printable line: no line breaks, and lone surrogates (from a file
    name that is not UTF-8) escaped instead of failing the write to stderr."""
    text = " ".join(text.splitlines())
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def fail(exc: EventwireError) -> NoReturn:
    typer.echo(f"eventwire: error: {one_line(str(exc))}", err=True)
    raise typer.Exit(1)


def os_failure(exc: OSError) -> FileAccessError:
    reason = exc.strerror or type(exc).__name__
    name = exc.filename if isinstance(exc.filename, str) else None
    return FileAccessError(reason, source=name)


class EventwireGroup(TyperGroup):
    """The top-level command group (sub-groups run inside its `invoke`)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except EventwireError as exc:
            fail(exc)
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                raise  # `eventwire query | head`: click ends quietly on a closed pipe
            fail(os_failure(exc))
