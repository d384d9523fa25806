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


def _eager_story(told: list, before: bool) -> list[bool]:
    """The story state after each sentence, read sentence by sentence (as before _Story)."""
    out, old = [], before
    for t in told:
        old = t == "old" or (t is None and old)
        out.append(old)
    return out


def test_story_reads_each_time_once_and_as_sentence_by_sentence(monkeypatch):
    import itertools

    import eventwire.coding.document as document

    read = []

    def fake_time(sent, day):
        read.append(sent)
        return sent  # the "sentence" here is its own time

    monkeypatch.setattr(document, "narrative_time", fake_time)
    for n in range(5):
        for told in itertools.product(["old", "now", None], repeat=n):
            for before in (False, True):
                want = _eager_story(list(told), before)
                read.clear()
                story = document._Story([(t, []) for t in told], None, before)
                # asked at every sentence, in order, and again at the end
                assert [story.old_at(k) for k in range(n)] == want
                assert story.old_at(n - 1) == (want[-1] if want else before)
                assert len(read) <= n  # each sentence's time read at most once
                # asked only at the end: only the sentences back to one with a time
                read.clear()
                story = document._Story([(t, []) for t in told], None, before)
                assert story.old_at(n - 1) == (want[-1] if want else before)
                back = next((i for i in range(n - 1, -1, -1) if told[i] is not None), -1)
                assert len(read) == n - max(back, 0) if n else not read
