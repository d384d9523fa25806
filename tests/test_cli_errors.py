"""Bad input exits 1 with one line naming the input and the error code."""

from __future__ import annotations

from typer.testing import CliRunner

from eventwire.cli import app


def _run(args):
    return CliRunner().invoke(app, args)


def test_missing_path(tmp_path):
    missing = tmp_path / "nope.txt"
    r = _run(["code", str(missing)])
    assert r.exit_code == 1
    assert r.stderr.strip() == f"eventwire: error: {missing}: no such file [E101]"


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"  \n")
    r = _run(["code", str(p)])
    assert r.exit_code == 1
    assert r.stderr.strip() == f"eventwire: error: {p}: input is empty [E102]"


def test_binary_file(tmp_path):
    p = tmp_path / "blob.bin"
    p.write_bytes(bytes(range(256)) * 8)
    r = _run(["code", str(p)])
    assert r.exit_code == 1
    assert r.stderr.strip() == f"eventwire: error: {p}: input looks binary, not text [E103]"


def test_bad_date(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Russia invaded Ukraine.", encoding="utf-8")
    r = _run(["code", str(p), "--date", "03/02/2026"])
    assert r.exit_code == 1
    assert "[E106]" in r.stderr and str(p) in r.stderr


def test_usage_error_exits_2():
    r = _run(["code", "x.txt", "--format", "xml"])
    assert r.exit_code == 2


def test_stdin_and_latin1(tmp_path):
    r = CliRunner().invoke(app, ["code", "-", "--date", "2022-02-24"],
                           input="Russia invaded Ukraine.\n")
    assert r.exit_code == 0, r.output
    assert '"cameo": "192"' in r.stdout
    p = tmp_path / "latin1.txt"
    p.write_bytes("Bogotá criticized Venezuela.".encode("latin-1"))
    r = _run(["code", str(p), "--date", "2024-01-01"])
    assert r.exit_code == 0, r.output
    assert "Bogotá" in r.stdout
