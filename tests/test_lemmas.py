"""The lemmatizer of the lean pipeline (nlp/fast_lemmatizer.py) gives spaCy's own
lemmas: every token of sentences written for this test, parsed by the lean pipeline and
by the stock one, has the same lemma (and the same attributes otherwise)."""

from __future__ import annotations

import pytest

TEXTS = [
    # inflected verbs, plural nouns, comparatives, irregular forms
    "The rebels seized three towns and were fleeing north by Tuesday.",
    "Ministers had met twice, but the talks went nowhere and the envoys left.",
    "Bigger convoys carried better supplies than the earliest shipments did.",
    # the same forms again, in other roles (the table is keyed by form, POS, morphology)
    "Talks resumed; the envoy talks to both sides and met them where they meet.",
    "Seized weapons were burned; police seize weapons and burn them.",
    # words the attribute_ruler gives a lemma, contractions, possessives
    "It's the army's fault, they'd said, and we're not leaving, aren't we?",
    "I'm sure she'll go; you've seen it, haven't you?",
    # names, numbers, punctuation, odd casing and spaces
    "ZELENSKY and Zelensky met NATO's chief in Vilnius on 12 July 2023 -- twice.",
    "The U.S.-led coalition's  air-strikes hit 40 targets; 2,000 people fled.",
    "Mediators are mediating; mediated truces   broke down, truces are fragile.",
    "",
]


@pytest.fixture(scope="module")
def pipelines():
    import spacy

    from eventwire.nlp.pipeline import DEFAULT_MODEL, load_pipeline

    return load_pipeline.__wrapped__(), spacy.load(DEFAULT_MODEL)


def _attrs(doc):
    return [(t.text, t.tag_, t.pos_, t.dep_, t.lemma_, str(t.morph), t.ent_type_)
            for t in doc]


def test_the_lean_lemmatizer_is_the_fast_one(pipelines):
    from spacy.lang.en.lemmatizer import EnglishLemmatizer

    lean, full = pipelines
    fast, stock = lean.get_pipe("lemmatizer"), full.get_pipe("lemmatizer")
    assert getattr(type(fast), "_ew_fast", False)
    assert isinstance(fast, EnglishLemmatizer) and type(stock) is EnglishLemmatizer


def test_the_fast_lemmatizer_gives_spacys_lemmas(pipelines):
    lean, full = pipelines
    # twice: the second time every lemma comes from the table
    for _ in range(2):
        assert [_attrs(d) for d in lean.pipe(TEXTS)] == [_attrs(d) for d in full.pipe(TEXTS)]


def test_a_lemma_the_attribute_ruler_set_is_kept(pipelines):
    lean, full = pipelines
    doc, ref = lean("We're sure it's theirs."), full("We're sure it's theirs.")
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in ref]
    assert "be" in [t.lemma_ for t in doc]


def test_speed_up_is_idempotent_and_leaves_other_modes_alone():
    import spacy

    from eventwire.nlp.fast_lemmatizer import speed_up

    nlp = spacy.blank("en")
    lookup = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not speed_up(lookup)
    assert not getattr(type(lookup), "_ew_fast", False)
    from eventwire.nlp.pipeline import load_pipeline

    fast = load_pipeline().get_pipe("lemmatizer")
    cls = type(fast)
    assert speed_up(fast) and type(fast) is cls
