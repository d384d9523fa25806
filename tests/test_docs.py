"""The README documents what the code does: every error code has a row."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from eventwire import errors

README = Path(__file__).resolve().parent.parent / "README.md"


def _codes() -> set[str]:
    return {cls.code for _, cls in inspect.getmembers(errors, inspect.isclass)
            if issubclass(cls, errors.EventwireError) and cls.code != "E000"}


def _documented() -> set[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Errors and limits", 1)[1].split("\n## ", 1)[0]
    found = set()
    for first, last in re.findall(r"^\| (E\d{3})(?:–(E\d{3}))? \|", section, re.M):
        lo, hi = int(first[1:]), int((last or first)[1:])
        found |= {f"E{n}" for n in range(lo, hi + 1)}
    return found


@pytest.mark.skipif(not README.exists(), reason="README.md is not beside the tests")
def test_every_error_code_is_in_the_readme_table():
    missing = sorted(_codes() - _documented())
    assert not missing, f"error codes missing from README's 'Errors and limits': {missing}"
