"""`eventwire actors import|lookup` through the CLI (typer CliRunner, no spaCy)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()


# every test here imports into its own user data folder (conftest.data_dir)
pytestmark = pytest.mark.usefixtures("data_dir")


def run(*args: str):
    return runner.invoke(app, ["actors", *args])


@pytest.mark.parametrize(
    ("name", "day", "code", "why"),
    [
        ("Donald Trump", "2019-06-01", "USAGOV", "head_of_state USA 2017-01-20..2021-01-20"),
        ("Donald Trump", "2022-06-01", "USAELI", "former head_of_state USA (until 2021-01-20)"),
        ("Trump", "2026-02-03", "USAGOV", "head_of_state USA 2025-01-20..now"),
        ("Barack Obama", "2016-03-01", "USAGOV", "head_of_state USA 2009-01-20..2017-01-20"),
        ("Nicolás Maduro", "2025-12-31", "VENGOV", "head_of_state VEN 2013-03-05..2026-01-03"),
        ("Maduro", "2026-02-03", "VENELI", "former head_of_state VEN (until 2026-01-03)"),
    ],
)
def test_lookup_shows_code_and_why(name, day, code, why):
    result = run("lookup", name, "--date", day)
    assert result.exit_code == 0, result.output
    assert f"code on {day}: {code}" in result.stdout
    assert f"why: {why}" in result.stdout
    assert "bundled" in result.stdout


def test_lookup_json_lists_every_entry():
    result = run("lookup", "Bush", "--date", "2003-01-01", "--format", "json")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["name"] == "George W. Bush" and rows[0]["code"] == "USAGOV"
    assert rows[0]["chosen"] and rows[0]["source"] == "bundled"
    assert rows[0]["tenures"][0]["position"] == "head_of_state"


def test_lookup_ignores_case_with_a_note():
    result = run("lookup", "donald trump", "--date", "2019-06-01")
    assert result.exit_code == 0
    assert "showing 'Donald Trump'" in result.stdout and "USAGOV" in result.stdout


def test_lookup_unknown_name_and_bad_date():
    result = run("lookup", "Zorblax Quuxley")
    assert result.exit_code == 1
    assert "not in the actor knowledge base" in result.stderr
    assert run("lookup", "Trump", "--date", "2019-13-45").exit_code == 2


def test_import_then_lookup(tmp_path, data_dir):
    src = tmp_path / "cabinet.jsonl"
    src.write_text(
        json.dumps({"name": "Aurelio Quintanar", "aliases": ["Quintanar"], "country": "COL",
                    "position": "foreign_minister", "start": "2024-07-01"}) + "\n"
        + json.dumps({"name": "Barack Obama", "country": "USA", "position": "other",
                      "role": "ELI", "start": "2017-01-20"}) + "\n",
        encoding="utf-8",
    )
    result = run("import", str(src))
    assert result.exit_code == 0, result.output
    assert "imported 2 actors (2 people)" in result.stdout
    assert "overrides bundled entries: Barack Obama" in result.stdout
    assert (data_dir / "actors" / "cabinet.jsonl").exists()

    result = run("lookup", "Quintanar", "--date", "2025-03-04")
    assert "code on 2025-03-04: COLGOV" in result.stdout
    assert "imported from cabinet.jsonl" in result.stdout
    assert "why: foreign_minister COL 2024-07-01..now" in result.stdout
    # the imported Obama replaced the bundled one ...
    result = run("lookup", "Obama", "--date", "2019-01-01")
    assert "imported from cabinet.jsonl" in result.stdout and "bundled" not in result.stdout
    # ... which --bundled-only still shows
    result = run("lookup", "Obama", "--date", "2016-01-01", "--bundled-only")
    assert "code on 2016-01-01: USAGOV" in result.stdout and "imported" not in result.stdout


def test_import_petrarch_with_explicit_format(tmp_path, data_dir):
    src = tmp_path / "mydict.txt"
    src.write_text("ZEMBLAN_FRONT_ [ZMBREB]\n+FRONT_OF_ZEMBLA\n"
                   "KARL_OSTROV_\n\t[RUSGOV 20200101-20221231]\n", encoding="utf-8")
    result = run("import", str(src), "--format", "petrarch")
    assert result.exit_code == 0, result.output
    assert "imported 2 actors (1 people)" in result.stdout
    assert (data_dir / "actors" / "mydict.actors").exists()
    result = run("lookup", "Karl Ostrov", "--date", "2021-05-05")
    assert "RUSGOV" in result.stdout and "dated code RUSGOV 2020-01-01..2023-01-01" in result.stdout


def test_import_malformed_file_fails_naming_the_line(tmp_path, data_dir):
    src = tmp_path / "broken.jsonl"
    src.write_text('{"name": "A B", "country": "COL", "position": "other"}\n'
                   '{"name": "C D", "country": "COL", "position": "other", '
                   '"start": "yesterday"}\n', encoding="utf-8")
    result = run("import", str(src))
    assert result.exit_code == 1
    assert result.stdout == ""
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1
    assert f"{src}: line 2: bad start date 'yesterday'" in message and message.endswith("[E210]")
    assert not (data_dir / "actors").exists() or not any((data_dir / "actors").iterdir())


def test_import_missing_file_and_check_only(tmp_path, data_dir):
    result = run("import", str(tmp_path / "nope.jsonl"))
    assert result.exit_code == 1 and "[E101]" in result.stderr
    src = tmp_path / "ok.actors"
    src.write_text("SOMEONE_ [USAGOV]\n", encoding="utf-8")
    result = run("import", str(src), "--check")
    assert result.exit_code == 0 and "checked 1 actors" in result.stdout
    assert not (data_dir / "actors").exists()
