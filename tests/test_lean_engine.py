"""The lean engine: spaCy only where text is parsed, the lexicon read with libyaml, the
gazetteer cached on disk (same tables as a fresh build, safe for concurrent writers)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import yaml

from eventwire.coding import lexicon as lex
from eventwire.nlp import gazetteer_cache
from eventwire.nlp.gazetteer import build_gazetteer

PROBE = "import sys; {body}; print(sorted(m for m in ('spacy', 'thinc') if m in sys.modules))"


def _modules_after(body: str) -> str:
    out = subprocess.run([sys.executable, "-c", PROBE.format(body=body)], capture_output=True,
                         text=True, check=True, env={**os.environ, "COLUMNS": "80"})
    return out.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize("body", [
    "import eventwire",
    "import eventwire.cli",
    # --help exits through SystemExit: catch it to print the modules afterwards
    "from eventwire.cli import main\ntry: sys.argv = ['eventwire', 'query', '--help']; main()\n"
    "except SystemExit: pass",
    "from eventwire.cli import main\ntry: sys.argv = ['eventwire', 'export', '--help']; main()\n"
    "except SystemExit: pass",
])
def test_spacy_is_not_imported_by_what_does_not_parse(body):
    assert _modules_after(body) == "[]"


def test_a_query_loads_neither_pyarrow_nor_numpy(tmp_path, engine):
    """`eventwire query` reads rows straight from DuckDB: pyarrow and numpy (about 0.15 s
    of a 0.45 s cold start) are left to the commands that write or plot."""
    from eventwire.models import Document
    from eventwire.store import open_store

    db = tmp_path / "q.duckdb"
    doc = Document(text="Chile expelled the Bolivian consul on Monday.")
    (event,) = engine.code(doc)
    with open_store(db) as store:
        store.add([doc], [event])
    body = (f"from eventwire.cli import main\ntry: sys.argv = ['eventwire', 'query', '--db', "
            f"{str(db)!r}, '--format', 'jsonl']; main()\nexcept SystemExit: pass")
    probe = (f"import sys; {body}; print(sorted(m for m in ('pyarrow', 'numpy', 'spacy') "
             "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True)
    lines = out.stdout.strip().splitlines()
    assert event.event_id in lines[0]
    assert lines[-1] == "[]"


def test_the_c_yaml_loader_reads_the_same_lexicon(monkeypatch):
    if not getattr(yaml, "__with_libyaml__", False):
        pytest.skip("PyYAML built without libyaml: the pure-Python loader is the only one")
    assert lex._YAML_LOADER is yaml.CSafeLoader
    fast = lex.load_lexicon.__wrapped__()
    monkeypatch.setattr(lex, "_YAML_LOADER", yaml.SafeLoader)
    assert lex.load_lexicon.__wrapped__() == fast


@pytest.fixture(scope="module")
def built():
    return build_gazetteer()


def _same(a, b) -> None:
    assert a.entries == b.entries
    assert a.index == b.index
    assert (a.demonyms, a.abbreviations, a.countries, a.admin1) == (
        b.demonyms, b.abbreviations, b.countries, b.admin1)


def test_gazetteer_cache_is_written_once_and_reads_back_the_same_tables(
        tmp_path, monkeypatch, built):
    monkeypatch.setenv(gazetteer_cache.CACHE_DIR_ENV, str(tmp_path))
    cold = gazetteer_cache.load_gazetteer()
    files = list(tmp_path.iterdir())
    assert [f.name for f in files] == [gazetteer_cache.cache_path().name]
    mtime = files[0].stat().st_mtime_ns
    warm = gazetteer_cache.load_gazetteer()
    assert files[0].stat().st_mtime_ns == mtime  # read, not rebuilt
    _same(cold, built)
    _same(warm, built)


def test_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch, built):
    monkeypatch.setenv(gazetteer_cache.CACHE_DIR_ENV, str(tmp_path))
    path = gazetteer_cache.cache_path()
    path.write_bytes(b"\x80\x05truncated")
    _same(gazetteer_cache.load_gazetteer(), built)
    assert path.stat().st_size > 1_000_000


def test_an_unwritable_cache_dir_builds_in_memory(tmp_path, monkeypatch, built):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(gazetteer_cache.CACHE_DIR_ENV, str(blocker / "cache"))
    _same(gazetteer_cache.load_gazetteer(), built)


def test_the_cache_key_follows_the_bundled_tables(monkeypatch):
    key = gazetteer_cache.cache_key()
    assert gazetteer_cache.cache_key() == key
    monkeypatch.setattr(gazetteer_cache, "_FORMAT", gazetteer_cache._FORMAT + 1)
    assert gazetteer_cache.cache_key() != key


def test_concurrent_writers_leave_one_whole_cache(tmp_path):
    code = ("from eventwire.nlp.gazetteer_cache import load_gazetteer; "
            "print(len(load_gazetteer()))")
    env = {**os.environ, gazetteer_cache.CACHE_DIR_ENV: str(tmp_path)}
    procs = [subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                              text=True) for _ in range(2)]
    sizes = {p.communicate()[0].strip() for p in procs}
    assert len(sizes) == 1 and all(p.returncode == 0 for p in procs)
    assert [f.suffix for f in tmp_path.iterdir()] == [".pickle"]  # no temp file left


def test_the_pipeline_runs_the_same_components_with_the_same_output():
    import spacy

    from eventwire.nlp.pipeline import DEFAULT_MODEL, load_pipeline

    # a fresh load: the cached pipeline may carry components other tests added
    lean, full = load_pipeline.__wrapped__(), spacy.load(DEFAULT_MODEL)
    assert lean.pipe_names == full.pipe_names  # every enabled component is still there
    assert "senter" not in lean.component_names
    text = ("Colombia's president Gustavo Petro met Donald Trump in Washington on Tuesday. "
            "Petro said he would not accept deportation flights, officials in Bogota said.")

    def attrs(doc):
        return [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_,
                 t.is_sent_start) for t in doc]
    assert attrs(lean(text)) == attrs(full(text))


RULER_TEXTS = [
    "Y'all gonna see it, ain't that right?  He's gotta leave, and let's not wait.",
    "There is a ferry; there were two. I'd say it was sunk by its own crew, wasn't it?",
    "c'mon, nothin' doin' 'em any good, somethin' ol' and 'nuff said.\n\n  The end.",
    "She does not know whom they've hired; does anyone? Nobody gets it, but it got done.",
    "   ",
]


def test_the_fast_attribute_ruler_gives_the_stock_matches_and_attributes():
    import spacy
    from spacy.pipeline import AttributeRuler

    from eventwire.nlp.fast_ruler import FastAttributeRuler
    from eventwire.nlp.pipeline import DEFAULT_MODEL, load_pipeline

    lean, full = load_pipeline.__wrapped__(), spacy.load(DEFAULT_MODEL)
    fast, stock = lean.get_pipe("attribute_ruler"), full.get_pipe("attribute_ruler")
    assert isinstance(fast, FastAttributeRuler) and type(stock) is AttributeRuler
    before = list(full.pipe(RULER_TEXTS, disable=["attribute_ruler", "lemmatizer", "ner"]))
    assert [fast.match(d) for d in before] == [stock.match(d) for d in before]

    def attrs(doc):
        return [(t.text, t.tag_, t.pos_, t.dep_, t.lemma_, str(t.morph), t.ent_type_)
                for t in doc]
    assert [attrs(d) for d in lean.pipe(RULER_TEXTS)] == [
        attrs(d) for d in full.pipe(RULER_TEXTS)]


def _docs():
    from eventwire.models import Document
    from eventwire.reading import parse_date

    day = parse_date("2025-05-14")
    return [
        Document(text="Kenya's president William Ruto met Tanzanian officials in Nairobi on "
                      "Monday.\n\nRuto praised Tanzania for reopening the border crossing.",
                 published=day),
        Document(text="", published=day),
        Document(text="Peru recalled its ambassador from Mexico after the Mexican president "
                      "criticized the Peruvian government.", published=day),
        Document(text="Polish police arrested two Belarusian men near the border. \"We will "
                      "not tolerate this,\" the interior minister said.", published=day),
    ]


def test_documents_coded_together_equal_documents_coded_one_by_one():
    from eventwire.api import default_engine

    engine = default_engine()
    docs = _docs()
    alone = [engine.analyse(d) for d in docs]
    assert list(engine.analyse_many(iter(docs))) == alone
    assert [r for _d, r in engine.analyse_each(docs)] == alone
    # the same Document object twice is coded twice
    assert list(engine.analyse_many([docs[0], docs[0]])) == [alone[0], alone[0]]
    assert sum(len(a.events) for a in alone) >= 3
    # the paragraphs of several documents share one nlp.pipe stream
    blocks = [(d.doc_id, b.start) for d, b, _doc in engine.parse_many(docs)]
    assert len({doc_id for doc_id, _ in blocks}) == 3 and len(blocks) == 4


class _FailingPipe:
    """The engine's coding pipeline, failing inside its pipe on a paragraph with
    'Zanzibar'."""

    def __init__(self, nlp):
        self._nlp = nlp

    def __getattr__(self, name):
        return getattr(self._nlp, name)

    def pipe(self, docs, **kwargs):
        def checked():
            for t in docs:
                if "Zanzibar" in t.text:
                    raise RuntimeError("spaCy failed")
                yield t
        return self._nlp.pipe(checked(), **kwargs)


def test_a_failure_is_the_failing_documents_only():
    from dataclasses import replace

    from eventwire.api import default_engine
    from eventwire.models import Document

    engine = default_engine()
    docs = _docs()
    alone = [engine.analyse(d) for d in docs]
    bad = Document(text="Officials in Zanzibar said the talks with Oman ended.")
    failing = replace(engine, pipeline=_FailingPipe(engine.pipeline))
    got = list(failing.analyse_each([docs[0], bad, *docs[1:]]))
    assert [d for d, _r in got] == [docs[0], bad, *docs[1:]]
    assert isinstance(got[1][1], RuntimeError)
    assert [r for _d, r in got[:1] + got[2:]] == alone

    # a bug in our own code on one document: that document's exception, the rest coded
    calls = []

    def broken(self, document, parsed, progress=None):
        calls.append(document)
        if document is docs[2]:
            raise ValueError("coder bug")
        return type(engine)._analyse_parsed(self, document, parsed, progress)

    class Broken(type(engine)):
        _analyse_parsed = broken

    results = list(Broken(**{f: getattr(engine, f) for f in engine.__dataclass_fields__}
                          ).analyse_each(docs))
    assert isinstance(results[2][1], ValueError)
    assert [r for i, (_d, r) in enumerate(results) if i != 2] == alone[:2] + alone[3:]


def test_the_fast_ruler_keys_unnamed_words_by_class_not_by_word():
    """Words no rule names share one table entry per (tag, dep, regex outcomes): new
    names in every article must not make the ruler evaluate its rules again."""
    from eventwire.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    ruler = nlp.get_pipe("attribute_ruler")
    words = [f"Zorv{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}ian" for i in range(300)]
    text = " ".join(f"The {w} envoy visited {w}ville on Monday." for w in words)
    before = len(getattr(ruler, "_by_key", ()))
    doc = nlp(text)
    assert len({t.lower for t in doc}) > 600  # the words are all new ...
    assert len(ruler._by_key) - before < 60, len(ruler._by_key) - before  # ... few keys
