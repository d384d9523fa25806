"""The coder declared as spaCy pipeline components (`@Language.factory`), and the
Engine coding through them."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Document


@pytest.fixture(scope="module")
def nlp():
    from eventwire.coding.component import coding_pipeline
    from eventwire.nlp.pipeline import load_pipeline

    return coding_pipeline(load_pipeline())


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile expelled the Bolivian consul.", [("CHL", "161", "BOLGOV")]),
    ("Nepal received relief supplies from India.", [("IND", "070", "NPL")]),
    ("Venezuelan soldiers fired flares at a Guyanese patrol boat.", [("VENMIL", "190", "GUY")]),
])
def test_component_codes_like_the_engine(nlp, text, expected):
    from eventwire.api import default_engine

    doc = nlp(text)
    got = [(e.source.code, e.code, e.target.code) for e in doc._.eventwire_events]
    assert got == expected
    engine_got = [(e.source.code, e.cameo, e.target.code)
                  for e in default_engine().code(Document(text=text))]
    assert engine_got == expected


def test_factories_are_registered_and_the_engine_pipeline_is_declared():
    from spacy.language import Language

    from eventwire.api import default_engine
    from eventwire.nlp.pipeline import load_pipeline

    assert Language.has_factory("eventwire_actors")
    assert Language.has_factory("eventwire_coder")
    engine = default_engine()
    names = engine.pipeline.pipe_names
    assert names[-2:] == ["eventwire_actors", "eventwire_coder"]
    assert names[:-2] == load_pipeline().pipe_names == engine.nlp.pipe_names
    # the coding pipeline shares the parser's components: one copy of the weights
    assert all(engine.pipeline.get_pipe(n) is engine.nlp.get_pipe(n) for n in names[:-2])
    # and whoever only parses does not run the coder
    assert "eventwire_coder" not in engine.nlp.pipe_names


def test_the_coder_needs_the_actor_component_first(nlp):
    with pytest.raises(ValueError, match="needs eventwire_actors before it"):
        nlp("Chile expelled the Bolivian consul.", disable=["eventwire_actors"])


STORY = [
    "HANOI (Reuters) - Vietnamese Foreign Minister Bui Thanh Son met his Cambodian "
    "counterpart on Tuesday.",
    "He later criticized Thailand over the border closure.",
    "Thai Foreign Minister Maris Sangiampongsa rejected the criticism in Bangkok.",
    "He said Thai police had arrested twelve smugglers near the border.",
    "Son also praised Laos for its help, the ministry in Hanoi said.",
    "In Phnom Penh, protesters marched to the Thai embassy.",
]


@pytest.mark.parametrize("batch", [1, 2, 64])
def test_a_paragraph_is_coded_with_the_state_of_earlier_paragraphs_only(monkeypatch, batch):
    """spaCy batches paragraphs, but each one goes through eventwire_actors and
    eventwire_coder before the next one enters them: a batch of one paragraph and a
    batch of the whole story give the same events, places and people."""
    import eventwire.coding.document as document
    from eventwire.api import default_engine
    from eventwire.coding.component import CoderComponent

    seen: list = []  # what the coder finds in the document's memory, paragraph by paragraph
    code = CoderComponent.__call__

    def spy(self, doc):
        memory = doc._.eventwire_block.memory
        seen.append((doc.text[:20], dict(memory.countries), len(memory.persons)))
        return code(self, doc)

    monkeypatch.setattr(CoderComponent, "__call__", spy)
    engine = default_engine()
    story = Document(text="\n\n".join(STORY), published=date(2025, 4, 9))
    monkeypatch.setattr(document, "PIPE_BATCH_SIZE", 1)
    one_by_one = engine.analyse(story)
    before, seen[:] = list(seen), []
    monkeypatch.setattr(document, "PIPE_BATCH_SIZE", batch)
    assert engine.analyse(story) == one_by_one
    assert seen == before and len(before) == len(STORY)
    assert before[0][1] != before[-1][1]  # the memory grows along the story
    assert list(engine.analyse_many([story, story])) == [one_by_one, one_by_one]
    coded = {(e.source.code if e.source else None, e.cameo,
              e.target.code if e.target else None) for e in one_by_one.events}
    assert ("VNMGOV", "040", "KHMGOV") in coded or ("VNMGOV", "042", "KHMGOV") in coded, coded
    # "He" of paragraph 2 is the Vietnamese minister, not the Thai one of paragraph 3
    assert any(c[0] == "VNMGOV" and c[2] == "THA" for c in coded), coded
    assert ("KHMCVL", "141", "THAGOV") in coded, coded


def test_a_read_paragraph_lets_go_of_what_the_components_left_on_it():
    """The actors and coded sentences on a Doc refer back to it; the Engine drops them once
    the paragraph is read, so each parse is freed at once, not by the cycle collector."""
    from eventwire.api import default_engine

    engine = default_engine()
    story = Document(text="\n\n".join(STORY), published=date(2025, 4, 9))
    blocks = list(engine._coded(story))
    assert all(doc._.eventwire_actors is not None for _b, doc in blocks)
    analysis = engine._analyse_parsed(story, iter(blocks))
    assert analysis.events
    for _block, doc in blocks:
        assert doc._.eventwire_actors is None and doc._.eventwire_sentences is None
        assert doc._.eventwire_block is None
