"""The coder declared as a spaCy pipeline component (`@Language.factory`)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    import eventwire.coding.component  # noqa: F401  (registers the factory)
    from eventwire.nlp.pipeline import load_pipeline

    pipe = load_pipeline()
    if "eventwire_coder" not in pipe.pipe_names:
        pipe.add_pipe("eventwire_coder", last=True)
    return pipe


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile expelled the Bolivian consul.", [("CHL", "161", "BOLGOV")]),
    ("Nepal received relief supplies from India.", [("IND", "070", "NPL")]),
    ("Venezuelan soldiers fired flares at a Guyanese patrol boat.", [("VENMIL", "190", "GUY")]),
])
def test_component_codes_like_the_engine(nlp, text, expected):
    doc = nlp(text)
    got = [(e.source.code, e.code, e.target.code) for e in doc._.eventwire_events]
    assert got == expected


def test_factory_is_registered():
    from spacy.language import Language

    import eventwire.coding.component  # noqa: F401

    assert Language.has_factory("eventwire_coder")
