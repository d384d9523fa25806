"""Bad input exits 1 with one line naming the input and the error code."""

from __future__ import annotations

import os
import re
import sys

import pytest
import typer
from typer.testing import CliRunner

from eventwire import __version__
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


@pytest.mark.parametrize(("value", "message"), [
    ("03/02/2026", "not a date (expected YYYY-MM-DD): '03/02/2026' [E106]"),
    ("2026-02-03garbage", "not a date (expected YYYY-MM-DD): '2026-02-03garbage' [E106]"),
    ("2026-02-30", "not a date (expected YYYY-MM-DD): '2026-02-30' [E106]"),
    ("2026-02-03T10:00", "not a date (expected YYYY-MM-DD): '2026-02-03T10:00' [E106]"),
    ("0001-01-01", "date 0001-01-01 is outside 1800-2200 [E106]"),
])
@pytest.mark.parametrize("command", ["code", "quotes"])
def test_bad_date_is_a_usage_error(tmp_path, value, message, command):
    p = tmp_path / "a.txt"
    p.write_text("Russia invaded Ukraine.", encoding="utf-8")
    r = _run([command, str(p), "--date", value])
    assert r.exit_code == 2
    assert f"Invalid value for '--date': {message}" in " ".join(r.stderr.replace("│", "")
                                                                 .split())


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


def test_version():
    r = _run(["--version"])
    assert r.exit_code == 0
    assert r.stdout == f"eventwire {__version__}\n"


def _command_paths(group, prefix=()):
    for name, command in group.commands.items():
        path = (*prefix, name)
        yield path
        if hasattr(command, "commands"):
            yield from _command_paths(command, path)


COMMANDS = list(_command_paths(typer.main.get_command(app)))


def test_every_command_is_listed():
    names = {" ".join(p) for p in COMMANDS}
    assert {"code", "demo", "ingest", "query", "export", "eval", "actors import",
            "actors lookup"} <= names


@pytest.mark.parametrize("path", [(), *COMMANDS], ids=lambda p: " ".join(p) or "eventwire")
def test_short_help_on_the_app_and_every_command(path):
    short, long = _run([*path, "-h"]), _run([*path, "--help"])
    assert short.exit_code == 0, short.output
    assert short.stdout == long.stdout
    assert "Usage: " in short.stdout
    assert re.search(r"--help\s+-h\s", short.stdout), short.stdout


# ---- inputs that are not a readable regular file --------------------------------------


def _one_line(r, source, code):
    assert r.exit_code == 1, r.output
    [line] = r.stderr.strip().splitlines()
    assert line.startswith(f"eventwire: error: {source}: ") and line.endswith(f"[{code}]")
    return line


def test_directory(tmp_path):
    assert _one_line(_run(["code", str(tmp_path)]), tmp_path, "E101") == (
        f"eventwire: error: {tmp_path}: is a directory, not a file [E101]")


def test_device_is_refused_before_reading():
    # before: read until memory ran out (/dev/zero reports size 0, so no size check hit)
    assert _one_line(_run(["code", "/dev/zero"]), "/dev/zero", "E110") == (
        "eventwire: error: /dev/zero: is a character device, not a regular file (pipe it "
        "to `eventwire code -` instead) [E110]")


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)  # no writer: opening it for reading would block forever
    line = _one_line(_run(["code", str(fifo)]), fifo, "E110")
    assert "is a FIFO, not a regular file" in line


def test_unreadable_file(tmp_path):
    # /proc/self/mem is a regular file that no one can read at offset 0 (EIO, even as root)
    line = _one_line(_run(["code", "/proc/self/mem"]), "/proc/self/mem", "E111")
    assert line == "eventwire: error: /proc/self/mem: cannot read: Input/output error [E111]"
    if os.geteuid() != 0:
        p = tmp_path / "secret.txt"
        p.write_text("Russia invaded Ukraine.", encoding="utf-8")
        p.chmod(0)
        assert "Permission denied" in _one_line(_run(["code", str(p)]), p, "E111")


def test_stdin_is_read_with_a_byte_limit():
    class Endless:
        """Standard input that never ends (cat /dev/zero | eventwire code -)."""

        served = 0

        def read(self, n=-1):
            assert n > 0, "stdin read without a size"
            Endless.served += n
            return b"\0" * n

    runner = CliRunner()
    with runner.isolation() as (_out, err, *_):
        real = sys.stdin
        sys.stdin = type("Stdin", (), {"buffer": Endless()})()
        try:
            from typer.main import get_command

            code = get_command(app).main(["code", "-", "--max-bytes", "1000"],
                                         standalone_mode=False)
        finally:
            sys.stdin = real
        message = err.getvalue().decode()
    assert code == 1
    assert message.strip() == (
        "eventwire: error: <stdin>: input is over the limit of 1000 bytes [E105]")
    assert Endless.served <= 1001


def test_file_over_max_bytes(tmp_path):
    p = tmp_path / "long.txt"
    p.write_text("Russia invaded Ukraine. " * 100, encoding="utf-8")
    line = _one_line(_run(["code", str(p), "--max-bytes", "1000"]), p, "E105")
    assert "limit of 1000 bytes" in line


@pytest.mark.parametrize(("meta", "why"), [
    ("[1, 2]", "must be a JSON object, not list"),
    ("not json", "not valid JSON"),
])
def test_meta_json_that_is_not_an_object(tmp_path, meta, why):
    p = tmp_path / "a.txt"
    p.write_text("Russia invaded Ukraine.", encoding="utf-8")
    (tmp_path / "meta.json").write_text(meta, encoding="utf-8")
    line = _one_line(_run(["code", str(p)]), tmp_path / "meta.json", "E107")
    assert why in line


def test_os_errors_outside_readers_are_one_coded_line(tmp_path):
    """Any OSError a command lets escape ends as one line with E130 (here: the export
    folder cannot be created because a file has its name)."""
    db = tmp_path / "events.duckdb"
    assert _run(["demo", "--db", str(db), "--format", "jsonl"]).exit_code == 0
    out = db / "events.tsv"  # a folder "inside" the database file
    r = _run(["export", "--db", str(db), "--format", "gdelt", "--out", str(out)])
    assert _one_line(r, db, "E130") == f"eventwire: error: {db}: File exists [E130]"


def test_endless_pipe_on_stdin_stops_at_the_cap():
    """`cat /dev/zero | eventwire code -` (before: over 2 GB in 4 s), in a real pipe."""
    import resource
    import subprocess

    def limit_memory():  # 1 GB of address space: reading everything would fail
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    zeros = subprocess.Popen(["cat", "/dev/zero"], stdout=subprocess.PIPE)
    try:
        r = subprocess.run([sys.executable, "-m", "eventwire.cli", "code", "-"],
                           stdin=zeros.stdout, capture_output=True, text=True, timeout=120,
                           preexec_fn=limit_memory,
                           env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})
    finally:
        zeros.kill()
        zeros.wait()
    assert r.returncode == 1, r.stderr
    assert r.stderr.strip() == (
        "eventwire: error: <stdin>: input is over the limit of 2097152 bytes [E105]")
