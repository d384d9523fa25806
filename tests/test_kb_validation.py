"""A knowledge base that cannot be poisoned: `eventwire actors import` refuses invalid
names with a count (E211), a broken stored import is one coded error naming the file
(E212) instead of a crash of every command, and the PETRARCH reader stays linear on
long lines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from eventwire.actors.importers import parse_petrarch, read_import
from eventwire.actors.kb import bundled_kb
from eventwire.actors.names import MAX_NAME_CHARS, name_problem
from eventwire.cli import app
from eventwire.errors import UserKbInvalid

runner = CliRunner()


# every test here imports into its own user data folder (conftest.data_dir)
pytestmark = pytest.mark.usefixtures("data_dir")


def _jsonl(path, rows):
    # ensure_ascii: a lone surrogate is written as the escape \ud800, as real files have it
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


GOOD = {"name": "Ingrid Solberg", "country": "NOR", "position": "foreign_minister",
        "start": "2025-03-01"}


@pytest.mark.parametrize(("name", "why"), [
    ("Jane \ud800 Roe", "a lone surrogate (U+D800)"),
    ("Jane\x00Roe", "a NUL character (U+0000)"),
    ("Jane\x07Roe", "a control character (U+0007)"),
    ("x" * (MAX_NAME_CHARS + 1), f"longer than {MAX_NAME_CHARS} characters"),
    ("   ", "empty name"),
])
def test_name_problem(name, why):
    assert why in name_problem(name)


def test_ordinary_names_are_accepted():
    for name in ("Nicolás Maduro", "Abu Bakr al-Baghdadi", "O'Neill", "习近平", "محمد",
                 "FARC-EP"):
        assert name_problem(name) is None


def test_import_refuses_invalid_names_with_a_count(tmp_path, data_dir):
    path = _jsonl(tmp_path / "people.jsonl", [
        GOOD,
        {**GOOD, "name": "Jane \ud800 Roe"},
        {**GOOD, "name": "Nul\x00Person"},
        {**GOOD, "name": "Ola Nordmann", "aliases": ["Nordmann", "Bad\x1bAlias"]},
    ])
    r = runner.invoke(app, ["actors", "import", str(path)])
    assert r.exit_code == 0, r.output
    assert "imported 2 actors (2 people)" in r.stdout
    assert r.stderr.strip() == (
        "refused 3 invalid names (line 2: name contains a lone surrogate (U+D800); line 3: "
        "name contains a NUL character (U+0000); line 4: alias: name contains a control "
        "character (U+001B)) [E211]")
    kb = bundled_kb()
    assert kb.lookup("Ingrid Solberg") and kb.lookup("Nordmann")
    names = " ".join(kb.aliases)
    assert "\ud800" not in names and "\x00" not in names and "\x1b" not in names


def test_import_of_only_invalid_names_is_refused(tmp_path, data_dir):
    path = _jsonl(tmp_path / "bad.jsonl", [{**GOOD, "name": "Jane \ud800 Roe"}])
    r = runner.invoke(app, ["actors", "import", str(path)])
    assert r.exit_code == 1
    assert r.stderr.strip() == (f"eventwire: error: {path}: no actor entries found (jsonl "
                                "format); 1 refused for an invalid name [E210]")
    assert not (data_dir / "actors").exists()


def test_petrarch_phrases_and_synonyms_are_validated(tmp_path):
    rejected: list = []
    actors, _ = parse_petrarch(
        "GOOD_GROUP_ [COLREB]\n+GOOD_ALIAS\n+BAD\x01ALIAS\nBAD\x02PHRASE_ [COLREB]\n",
        "x.actors", rejected)
    assert [a.name for a in actors] == ["Good Group"]
    assert actors[0].aliases == ["Good Alias"]
    assert rejected == [(3, "synonym: name contains a control character (U+0001)"),
                        (4, "name contains a control character (U+0002)")]


def test_poisoned_import_no_longer_breaks_code(tmp_path, data_dir):
    """The audit's case end to end: before, every `eventwire code` crashed with a
    UnicodeEncodeError in spaCy once this file was imported."""
    path = _jsonl(tmp_path / "people.jsonl", [GOOD, {**GOOD, "name": "Jane \ud800 Roe"}])
    assert runner.invoke(app, ["actors", "import", str(path)]).exit_code == 0
    article = tmp_path / "a.txt"
    article.write_text("Russia invaded Ukraine.", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "eventwire.cli", "code", str(article),
                        "--date", "2022-02-24"], capture_output=True, text=True,
                       env={**os.environ, "EVENTWIRE_DATA_DIR": str(data_dir)}, timeout=300)
    assert r.returncode == 0, r.stderr
    assert '"cameo": "192"' in r.stdout


# ---- the stored knowledge base is validated on load ---------------------------------


def _store_then_break(tmp_path, data_dir, damage: bytes):
    path = _jsonl(tmp_path / "ministers.jsonl", [GOOD])
    assert runner.invoke(app, ["actors", "import", str(path)]).exit_code == 0
    stored = data_dir / "actors" / "ministers.jsonl"
    with open(stored, "ab") as fh:
        fh.write(damage)
    return stored


@pytest.mark.parametrize(("damage", "reason"), [
    (b'{"name": \n', "line 2: not valid JSON (Expecting value at column 9)"),
    (b"\x00\x01\x02" * 2000, "binary file, not an actor dictionary"),
    (b"[" * 100_000 + b"\n", "line 2: JSON nested too deeply"),
])
def test_broken_stored_import_is_one_coded_error_naming_it(tmp_path, data_dir, damage,
                                                           reason):
    stored = _store_then_break(tmp_path, data_dir, damage)
    with pytest.raises(UserKbInvalid) as info:
        bundled_kb()
    assert str(info.value) == (
        f"{stored}: stored actor file cannot be loaded ({reason}); delete it "
        f"(rm '{stored}') or import a corrected file of the same name with "
        f"`eventwire actors import` [E212]")
    r = runner.invoke(app, ["actors", "lookup", "Ingrid Solberg"])
    assert r.exit_code == 1
    assert r.stderr.strip() == f"eventwire: error: {info.value}"
    assert bundled_kb(user_imports=False).countries  # the bundled tables still load


def test_broken_stored_import_stops_code_with_the_fix(tmp_path, data_dir):
    stored = _store_then_break(tmp_path, data_dir, b"{not json}\n")
    article = tmp_path / "a.txt"
    article.write_text("Russia invaded Ukraine.", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "eventwire.cli", "code", str(article)],
                       capture_output=True, text=True,
                       env={**os.environ, "EVENTWIRE_DATA_DIR": str(data_dir)}, timeout=300)
    assert r.returncode == 1
    [line] = r.stderr.strip().splitlines()
    assert line.startswith(f"eventwire: error: {stored}: stored actor file cannot be loaded")
    assert f"rm '{stored}'" in line and line.endswith("[E212]")


# ---- the PETRARCH reader is linear ----------------------------------------------------

LONG = 200_000
LONG_LINES = {
    # 146 s before: \s*(\S+)\s*(…)?\s*$ tried every split of the spaces between two \s*
    "spaces inside a code": "X [A" + " " * LONG + "x]",
    "digits after a code": "X [A " + "1" * LONG + "<]",
    "a long code": "X [" + "A" * LONG + " <x]",
    "many codes": "X " + "[ABC] " * (LONG // 6),
    "many comments": "X [ABC] " + "<!---->" * (LONG // 7),
    "a long phrase": "A_" * (LONG // 2) + " [ABC]",
}


@pytest.mark.parametrize("line", LONG_LINES.values(), ids=list(LONG_LINES))
def test_petrarch_reader_is_fast_on_a_200_kb_line(tmp_path, line):
    path = tmp_path / "long.actors"
    path.write_text(line + "\n", encoding="utf-8")
    started = time.perf_counter()
    try:
        read_import(path, "petrarch")
    except Exception as exc:  # a bad line may be refused; it must be refused quickly
        assert getattr(exc, "code", None) == "E210", exc
    assert time.perf_counter() - started < 0.5


def test_import_reads_only_regular_files(tmp_path):
    fifo = tmp_path / "actors.fifo"
    os.mkfifo(fifo)  # no writer: opening it for reading would block forever
    for path, message in ((fifo, "is a FIFO, not a regular file [E110]"),
                          ("/dev/zero", "is a character device, not a regular file [E110]"),
                          (tmp_path / "none.jsonl", "no such file [E101]")):
        r = runner.invoke(app, ["actors", "import", str(path)])
        assert r.exit_code == 1
        assert r.stderr.strip() == f"eventwire: error: {path}: {message}"
