from __future__ import annotations

import os

import pytest
from hypothesis import settings

import eventwire
from eventwire.api import default_engine

# In CI the property tests replay the same examples every run (a failure there must be
# reproducible and must not depend on luck); locally they explore new ones each run.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session", autouse=True)
def _isolated_user_data(tmp_path_factory):
    """A developer's own actor imports must not change what the tests code."""
    mp = pytest.MonkeyPatch()
    mp.setenv("EVENTWIRE_DATA_DIR", str(tmp_path_factory.mktemp("user-data")))
    yield
    mp.undo()


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A user data folder of the test's own (actor imports land there)."""
    folder = tmp_path / "userdata"
    monkeypatch.setenv("EVENTWIRE_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def engine(_isolated_user_data):
    return default_engine()


@pytest.fixture(scope="session")
def events(engine):
    """Code a text and return its Event objects."""

    def run(text: str, published: str = "2026-02-03"):
        return eventwire.code_text(text, published=published, engine=engine)

    return run


@pytest.fixture(scope="session")
def code(engine):
    """Code a text and return (source code, cameo, target code) triples."""

    def run(text: str, published: str = "2026-02-03"):
        events = eventwire.code_text(text, published=published, engine=engine)
        return [
            (e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in events
        ]

    return run
