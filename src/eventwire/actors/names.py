"""Which actor names the knowledge base accepts.

Every name and alias of an imported actor becomes a key of spaCy's string store and of
the DuckDB store. A lone surrogate (a JSON "\\ud800" escape) cannot be encoded as UTF-8,
so one such name made every later `code`, `ingest` and `demo` crash; NULs and control
characters match nothing in news text; an absurdly long "name" is a broken file. Such
names are refused one by one (with the line and the reason), never stored.
"""

from __future__ import annotations

import re

# The longest real actor names ("Democratic Forces for the Liberation of Rwanda ...")
# are under 120 characters; PETRARCH phrases with qualifiers stay well under 200.
MAX_NAME_CHARS = 200

# Lone surrogates, NUL and the C0/C1 control characters that are not whitespace
# (whitespace is folded to single spaces before the check).
_BAD_CHAR = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff]")


def name_problem(name: str) -> str | None:
    """Why `name` cannot be an actor name, or None when it can."""
    if not name.strip():
        return "empty name"
    if len(name) > MAX_NAME_CHARS:
        return f"name longer than {MAX_NAME_CHARS} characters ({len(name)})"
    bad = _BAD_CHAR.search(name)
    if bad is None:
        return None
    char = bad.group()
    if "\ud800" <= char <= "\udfff":
        kind = "a lone surrogate"
    elif char == "\x00":
        kind = "a NUL character"
    else:
        kind = "a control character"
    return f"name contains {kind} (U+{ord(char):04X})"
