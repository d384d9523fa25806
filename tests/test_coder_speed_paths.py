"""The coder's speed paths read the same as the slow ones they replace: the per-Doc
lemma and POS columns (Coder._columns) give each token's lemma_of and pos_, and a
LazyModality is worked out once, only when an event is emitted with it."""

from __future__ import annotations

from spacy.symbols import AUX, VERB

from eventwire.api import code_text
from eventwire.coding.sides import LazyModality
from eventwire.coding.syntax import lemma_of

TEXTS = [
    "Mongolia's cabinet WITHDREW its envoy from Bhutan and threatened to close the border.",
    "The Uruguayan Senate praised the deal, which Paraguay's minister called unacceptable.",
    "Officers in Lusaka were arrested on Friday; the Zambian court said they must pay.",
]


def test_columns_match_token_attributes(engine):
    coder = engine.pipeline.get_pipe("eventwire_coder").coder()
    for text in TEXTS:
        doc = engine.nlp(text)
        lemmas, poses = coder._columns(doc)
        assert lemmas == [lemma_of(t) for t in doc]
        assert [p in {VERB, AUX} for p in poses] == [t.pos_ in {"VERB", "AUX"} for t in doc]
        assert coder._columns(doc)[0] is lemmas  # read once per Doc
        other = engine.nlp(text)
        assert coder._columns(other)[0] is not lemmas  # a new Doc is read again


def test_lazy_modality_works_once_and_only_when_read():
    calls = []

    def work() -> str:
        calls.append(1)
        return "hypothetical"

    lazy = LazyModality(work)
    assert calls == []
    assert lazy() == "hypothetical"
    assert lazy() == "hypothetical"
    assert calls == [1]


def test_events_with_lazy_modality_keep_their_modality(engine):
    # an act told as done, one only possible, one threatened: the clause modality still
    # reaches the events emitted with it
    expected = {
        "Bolivia expelled the Chilean ambassador on Monday.":
            [("161", "actual", "Bolivia", "Chile GOV")],
        "Bolivia could expel the Chilean ambassador.":
            [("161", "hypothetical", "Bolivia", "Chile GOV")],
        "Ecuador might close its border with Peru.":
            [("191", "hypothetical", "Ecuador", "Peru")],
        "Mongolia threatened to close its border with Bhutan.":
            [("1381", "threat", "Mongolia", "Bhutan")],
    }
    for text, want in expected.items():
        events = code_text(text, "2020-03-02", engine=engine)
        got = [(e.cameo, e.modality, e.source.name if e.source else None,
                e.target.name if e.target else None) for e in events]
        assert got == want, text
