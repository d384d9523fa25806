"""A class-data archive for the JVM of a local Spark run, so later runs start sooner.

Every `eventwire spark --master local[N]` starts a JVM that loads and verifies about
15,000 classes of Spark before the first document is read. Java 13+ can dump the classes
one run loaded into an archive (`-XX:ArchiveClassesAtExit`) that the next runs map in
(`-XX:SharedArchiveFile`): measured here, the session starts about 1 s sooner and the
first SQL job about 1 s sooner idle, 3 to 4 s sooner on a loaded machine
(bench/spark_scale.py reports its runs with the archive in place).

A JVM that maps a truncated archive dies (SIGBUS), so an archive is written under a
`.part` name and published (renamed) only after its JVM has exited cleanly and the file
starts with the dynamic-archive magic. It lives in eventwire's cache dir
(EVENTWIRE_CACHE_DIR, else the user cache dir), named by a hash of the Java binary and
the Spark jars it was made from: another JDK or Spark version makes a new one. Set
EVENTWIRE_SPARK_ARCHIVE=0 to turn it off. Only the local runs that `job.session` starts
itself use it; under spark-submit the JVM options are the cluster's.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

from ..nlp.gazetteer_cache import cache_dir

ENV = "EVENTWIRE_SPARK_ARCHIVE"
# the first four bytes of a dynamic CDS archive (HotSpot's CDS_DYNAMIC_ARCHIVE_MAGIC)
MAGIC = (0xF00BABA8).to_bytes(4, "little")
# a .part file this old belongs to a run that died before publishing it
STALE_SECONDS = 3600


def _java() -> Path | None:
    """The java binary spark-submit runs: JAVA_HOME's, else the first on PATH."""
    home = os.environ.get("JAVA_HOME")
    found = Path(home) / "bin" / "java" if home else None
    if found is None or not found.exists():
        on_path = shutil.which("java")
        found = Path(on_path) if on_path else None
    return found.resolve() if found is not None and found.exists() else None


def archive_key() -> str | None:
    """A short hash of what an archive is valid for: the Java binary and Spark's jars."""
    java = _java()
    if java is None:
        return None
    try:
        import pyspark
    except ImportError:
        return None
    h = hashlib.sha256()
    stat = java.stat()
    h.update(f"{java}|{stat.st_size}|{stat.st_mtime_ns}|{pyspark.__version__}".encode())
    jars = Path(pyspark.__file__).parent / "jars"
    if jars.is_dir():
        h.update("|".join(sorted(p.name for p in jars.glob("*.jar"))).encode())
    return h.hexdigest()[:16]


def archive_path(key: str) -> Path:
    return cache_dir() / f"spark-classes-{key}.jsa"


def _clean_stale(folder: Path) -> None:
    now = time.time()
    for part in folder.glob("spark-classes-*.part"):
        try:
            if now - part.stat().st_mtime > STALE_SECONDS:
                part.unlink()
        except OSError:
            pass


def jvm_options() -> tuple[list[str], Path | None]:
    """(JVM options, the .part file to publish once the JVM has exited, or None).

    With a published archive: map it in. Without one: dump this run's classes to a .part
    file. Nothing at all when turned off, when no java or cache dir is usable."""
    if os.environ.get(ENV, "1").strip().lower() in {"0", "false", "no", "off"}:
        return [], None
    key = archive_key()
    if key is None:
        return [], None
    final = archive_path(key)
    # (the JVM's own notes on classes it leaves out of an archive, and on an archive
    # it cannot use, would print on stdout: only its errors are shown, on stderr)
    quiet = ["-Xlog:disable", "-Xlog:all=error:stderr"]
    if final.is_file():
        return [f"-XX:SharedArchiveFile={final}", "-Xshare:auto", *quiet], None
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        _clean_stale(final.parent)
    except OSError:
        return [], None
    part = final.with_name(f"{final.stem}.{os.getpid()}.part")
    return [f"-XX:ArchiveClassesAtExit={part}", *quiet], part


def publish(part: Path, exit_code: int | None) -> bool:
    """Rename a dumped archive to its final name if its JVM exited cleanly and the file
    is a dynamic archive; else remove it. True when published."""
    final = part.with_name(part.name.split(".")[0] + ".jsa")
    try:
        with part.open("rb") as f:
            ok = exit_code == 0 and f.read(4) == MAGIC
    except OSError:
        return False
    try:
        if ok:
            os.replace(part, final)
        else:
            part.unlink()
    except OSError:
        return False
    return ok
