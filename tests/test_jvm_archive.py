"""The class archive of a local Spark run's JVM (batch/jvm_archive.py): dumped by a first
`eventwire spark`, published only whole, mapped in by later runs, off on request."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.batch import jvm_archive


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv(jvm_archive.ENV, raising=False)
    return tmp_path / "cache"


def _needs_java_and_spark():
    pytest.importorskip("pyspark", reason="the spark extra is not installed: "
                        "pip install -e '.[test,spark]'")
    if jvm_archive.archive_key() is None:
        pytest.skip("no java binary (JAVA_HOME or PATH): Spark needs Java 17")


def test_a_first_run_dumps_to_a_part_file_and_a_later_run_maps_the_archive(cache):
    _needs_java_and_spark()
    options, part = jvm_archive.jvm_options()
    assert part is not None and part.suffix == ".part" and part.parent == cache
    assert options[0] == f"-XX:ArchiveClassesAtExit={part}"
    final = jvm_archive.archive_path(jvm_archive.archive_key())
    final.write_bytes(jvm_archive.MAGIC + b"rest")
    options, part = jvm_archive.jvm_options()
    assert part is None
    assert options[:2] == [f"-XX:SharedArchiveFile={final}", "-Xshare:auto"]


@pytest.mark.parametrize("value", ["0", "off", "false", "no"])
def test_the_archive_can_be_turned_off(cache, monkeypatch, value):
    monkeypatch.setenv(jvm_archive.ENV, value)
    assert jvm_archive.jvm_options() == ([], None)


def test_a_missing_java_means_no_archive(cache, monkeypatch, tmp_path):
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "no-jdk"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    assert jvm_archive.jvm_options() == ([], None)


def test_only_a_whole_archive_of_a_clean_exit_is_published(cache):
    cache.mkdir()
    whole = cache / "spark-classes-abc.11.part"
    whole.write_bytes(jvm_archive.MAGIC + b"x" * 10)
    assert jvm_archive.publish(whole, 0)
    assert (cache / "spark-classes-abc.jsa").read_bytes().startswith(jvm_archive.MAGIC)
    assert not whole.exists()
    # a JVM that died while dumping, or a file that is no dynamic archive: removed
    for name, content, code in (("spark-classes-d.12.part", jvm_archive.MAGIC, 1),
                                ("spark-classes-e.13.part", jvm_archive.MAGIC, None),
                                ("spark-classes-f.14.part", b"\xa2\xab\x0b\xf0", 0),
                                ("spark-classes-g.15.part", b"", 0)):
        part = cache / name
        part.write_bytes(content)
        assert not jvm_archive.publish(part, code)
        assert not part.exists()
        assert not part.with_name(name.split(".")[0] + ".jsa").exists()
    # the JVM wrote nothing (it could not dump): nothing to publish, no error
    assert not jvm_archive.publish(cache / "spark-classes-h.16.part", 0)


def test_a_stale_part_of_a_dead_run_is_removed(cache):
    _needs_java_and_spark()
    cache.mkdir()
    stale, fresh = cache / "spark-classes-x.1.part", cache / "spark-classes-y.2.part"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"half")
    old = time.time() - 2 * jvm_archive.STALE_SECONDS
    os.utime(stale, (old, old))
    jvm_archive.jvm_options()
    assert not stale.exists() and fresh.exists()


def test_two_cli_runs_the_first_publishes_the_second_maps_it(cache, tmp_path):
    """End to end: `eventwire spark` twice on local[2]; the first run leaves a published
    archive (no .part), both print clean JSON and write the same events."""
    _needs_java_and_spark()
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(json.dumps({
        "text": "Kenya's foreign minister met his Ethiopian counterpart in Nairobi on "
                "Tuesday. Police in Lagos arrested dozens of protesters.",
        "date": "2025-05-06"}) + "\n", encoding="utf-8")
    env = {**os.environ, "EVENTWIRE_CACHE_DIR": str(cache)}
    summaries = []
    for run in ("first", "second"):
        out = tmp_path / f"out-{run}"
        proc = subprocess.run(
            [sys.executable, "-m", "eventwire.cli", "spark", str(corpus), "--out", str(out),
             "--master", "local[2]", "--format", "json"],
            capture_output=True, text=True, env=env, timeout=600)
        assert proc.returncode == 0, proc.stderr[-2000:]
        summaries.append(json.loads(proc.stdout.strip()))  # one JSON line, nothing else
        archives = sorted(p.name for p in cache.glob("spark-classes-*"))
        assert len(archives) == 1 and archives[0].endswith(".jsa"), archives
    assert summaries[0]["events"] == summaries[1]["events"] > 0
