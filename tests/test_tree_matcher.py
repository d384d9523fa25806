"""The trees' own matcher (coding/trees.py: _Tree, _DocView) finds what spaCy's
DependencyMatcher finds with the same compiled trees: every tree of every trigger key,
on sentences written for this test that exercise each node kind and object shape."""

from __future__ import annotations

import pytest
from spacy.matcher import DependencyMatcher

from eventwire.coding.trees import NAMED_DEPS, _DocView, compile_trees, tree_index

SENTENCES = [
    # direct objects, conjuncts of them (one and two deep), a clause taken for an object
    "Uruguay held talks and consultations with Paraguay on Monday.",
    "Kenya sent doctors, engineers and food aid to the flooded Somali towns.",
    "Norway shipped tents, blankets and medical supplies and relief goods to Sudan.",
    # an object in a phrase, in a two-word phrase, one phrase under the direct object
    "The Nigerian nurses went on strike over unpaid wages.",
    "Honduras pulled out of negotiations with Nicaragua after the vote.",
    "Laos accused the Thai army of shelling and of espionage near the border.",
    "Ghana pulled its soldiers out of the peace talks with Togo.",
    "Cuba accused the envoy because of espionage.",
    # measures: what is measured names the object
    "Japan delivered three shipments of rice and two tonnes of medicine to Haiti.",
    # particles and required modifiers
    "The Chilean police cracked down on student protesters in Santiago.",
    "Mali's junta leader stepped down and handed over power.",
    "The Peruvian military cooperation with Ecuador grew stronger this year.",
    "Teachers began a hunger strike and a general strike against the ministry.",
    # frame nouns and hyphened words split by the tokenizer
    "Oman launched a mediation effort between Yemen and the Saudi coalition.",
    "Students staged a sit-in and a walk-out at the Ministry of Education.",
    "Both sides agreed to a cease-fire and signed a peace accord in Doha.",
    # several sentences in one paragraph
    "Estonia expelled two Russian diplomats. Moscow vowed to retaliate. "
    "Later, Latvia recalled its ambassador from Minsk and froze aid to Belarus.",
]


def _reference(doc, index, triggers: dict[int, str]) -> set:
    """Every match of every tree by spaCy's DependencyMatcher, the `_.ew_` attributes
    set as the trees read them (`ew_names` on the tokens an object may stand on)."""
    view = _DocView(doc, index.lexicon.words("measures"))
    for tok in doc:
        tok._.ew_names = view.names(tok.i) if tok.dep_ in NAMED_DEPS else ""
    out = set()
    lex = index.lexicon
    for key in set(triggers.values()):
        kind, lemma = key.split(":", 1)
        frame = kind == "frame"
        patterns = lex.candidates("noun" if frame else kind, lemma)
        matcher = DependencyMatcher(doc.vocab)
        nodes = {}
        for shape, tree in compile_trees(patterns, key, lemma, frame).items():
            matcher.add(f"{key}|{shape}", [tree])
            nodes[f"{key}|{shape}"] = [n["RIGHT_ID"] for n in tree]
        for match_id, ids in matcher(doc):
            name = doc.vocab.strings[match_id]
            out.add((name, tuple(zip(nodes[name], ids, strict=True))))
    return out


def _ours(doc, index, triggers: dict[int, str]) -> set:
    view = _DocView(doc, index.lexicon.words("measures"))
    out = set()
    for i, key in triggers.items():
        plain, objects, _heads = index.trees_of(key)
        for tree in plain + objects:
            for at in tree.matches(view, i):
                out.add((f"{key}|{tree.shape}", tuple(at.items())))
    return out


@pytest.mark.parametrize("text", SENTENCES, ids=[s[:30] for s in SENTENCES])
def test_the_tree_matcher_finds_what_the_dependency_matcher_finds(engine, text):
    index = tree_index(engine.lexicon)
    doc = engine.nlp(text)
    if len(list(doc.sents)) > 1:  # a tree never leaves its sentence: one at a time
        docs = [s.as_doc() for s in doc.sents]
    else:
        docs = [doc]
    total = 0
    for d in docs:
        triggers = index.annotate_triggers(d)
        ours = _ours(d, index, triggers)
        assert ours == _reference(d, index, triggers)
        total += len(ours)
    assert total > 0


def test_names_of_a_measure_and_a_hyphened_word(engine):
    index = tree_index(engine.lexicon)
    doc = engine.nlp("Japan delivered two tonnes of rice. Unions staged a walk-out.")
    view = _DocView(doc, index.lexicon.words("measures"))
    tonnes = next(t for t in doc if t.text == "tonnes")
    assert {"tonne", "tonnes", "rice"} <= set(view.names(tonnes.i))
    out = next(t for t in doc if t.text == "out")
    if out.dep_ in NAMED_DEPS:
        assert "walk-out" in view.names(out.i)
    rice = next(t for t in doc if t.text == "rice")
    if rice.dep_ not in NAMED_DEPS:
        assert view.names(rice.i) == []
