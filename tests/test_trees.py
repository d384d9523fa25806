"""The lexicon's DependencyMatcher trees drive trigger matching (coding/trees.py): each
construction asserts exactly the events a sentence codes and the shape of the tree that
found the pattern's object, particle or modifier. All sentences are written for these
tests."""

from __future__ import annotations

import pytest

import eventwire
from event_keys import INTENT, coded_with_flags, ev
from eventwire.coding.lexicon import Lexicon, Pattern
from eventwire.coding.trees import TreeIndex, tree_index, tree_patterns


def _hits(engine, text: str) -> dict[str, dict]:
    """What the trees found, by trigger word: {pattern id: TreeHit}."""
    doc = engine.nlp(text)
    return {doc[i].text: hits for i, hits in tree_index(engine.lexicon).candidates(doc).items()}


def _shapes(engine, text: str, pattern_id: str) -> set[str]:
    """The shapes of the trees that found the pattern's object (or "prt"/"plain")."""
    for hits in _hits(engine, text).values():
        if pattern_id in hits:
            hit = hits[pattern_id]
            return {s for s, _ in hit.objs} or ({"prt"} if hit.prts else {"plain"})
    return set()


# (sentence, pattern whose tree found it, shape of that tree, exact events)
CASES = [
    # a direct object
    ("Brazil held talks with Argentina.", "04.hold-talks", "obj",
     {ev("BRA", "040", "ARG"), ev("ARG", "040", "BRA")}),
    ("Thailand called off talks with Cambodia.", "16.call-off-talks", "obj",
     {ev("THA", "164", "KHM")}),
    ("Indian troops opened fire on Pakistani soldiers.", "19.open-fire", "obj",
     {ev("INDMIL", "193", "PAKMIL")}),
    # a conjunct of the direct object
    ("Kenya sent surgeons and medical aid to Somalia.", "07.send-aid", "conj",
     {ev("KEN", "073", "SOM")}),
    ("Italy sent engineers and humanitarian aid to Libya.", "07.send-aid", "conj",
     {ev("ITA", "073", "LBY")}),
    ("Sweden sent nurses and emergency aid to Haiti.", "07.send-aid", "conj",
     {ev("SWE", "073", "HTI")}),
    # the object of a preposition
    ("The Ghanaian nurses went on strike.", "14.go-on-strike", "prep",
     {ev("GHAHLH", "143", "GHA")}),
    ("Bolivia entered into talks with Chile.", "04.enter-talks", "prep",
     {ev("BOL", "046", "CHL"), ev("CHL", "046", "BOL")}),
    ("Morocco accused Algeria of aggression.", "11.accuse-aggression", "prep",
     {ev("MAR", "1123", "DZA")}),
    # the object of a two-word preposition
    ("Colombia pulled out of talks with the ELN rebels.", "16.back-out-of-talks", "prep2",
     {ev("COL", "164", "COLREB")}),
    ("Venezuela walked away from negotiations with Guyana.", "16.walk-away-from-talks",
     "prep2", {ev("VEN", "164", "GUY")}),
    ("Ukraine backed out of the talks with Russia.", "16.back-out-of-talks", "prep2",
     {ev("UKR", "164", "RUS")}),
    # one phrase in, under the direct object ("accused X of Y")
    ("Kenya accused the Somali government of genocide.", "11.accuse-war-crimes", "deep",
     {ev("KEN", "1124", "SOMGOV")}),
    ("Ghana accused the Togolese army of abuses against civilians.", "11.accuse-abuses",
     "deep", {ev("GHA", "1122", "TGOMIL")}),
    ("The Indian navy accused Pakistani fishermen of espionage.", "11.accuse-espionage",
     "deep", {ev("INDMIL", "1125", "PAKAGR")}),
    # a measure noun: what it measures names the object
    ("Japan sent 20 tonnes of relief supplies to Nepal.", "07.send-aid", "obj",
     {ev("JPN", "073", "NPL")}),
    ("China shipped a consignment of weapons to Myanmar.", "07.ship-weapons", "obj",
     {ev("CHN", "072", "MMR")}),
    ("Canada delivered two shipments of food aid to Haiti.", "07.deliver-aid", "obj",
     {ev("CAN", "073", "HTI")}),
    # a particle
    ("The Peruvian police cracked down on illegal miners.", "17.crack-down", "prt",
     {ev("PERCOP", "175", "PERLAB")}),
    ("The Liberian president stepped down.", "08.step-down", "prt",
     {ev("LBRGOV", "0831", "LBR")}),
    ("The Greek government backed down on the pension cuts.", "08.back-down", "prt",
     {ev("GRCGOV", "080", "GRC")}),
    # a required modifier of an event noun
    ("The Thai naval cooperation with Vietnam expanded.", "06.military-cooperation-noun",
     "plain", {ev("THA", "062", "VNM")}),
    ("The Kenyan economic cooperation with Ethiopia grew.", "06.economic-cooperation-noun",
     "plain", {ev("KEN", "061", "ETH")}),
    ("The Zambian general strike against the government shut down Lusaka.",
     "14.general-strike-noun", "plain", {ev("ZMB", "143", "ZMBGOV")}),
]


@pytest.mark.parametrize(("text", "pattern_id", "shape", "expected"), CASES,
                         ids=[c[0][:40] for c in CASES])
def test_a_tree_finds_the_pattern(engine, text, pattern_id, shape, expected):
    assert shape in _shapes(engine, text, pattern_id)
    assert coded_with_flags(engine, text) == expected


# a frame noun: the event is named by its compound, its actors hang on the head noun
FRAMES = [
    ("Qatar launched a mediation effort between Sudan and Chad.", "effort",
     {ev("QAT", "045", "SDN"), ev("QAT", "045", "TCD")}),
    ("Egypt announced a mediation drive between Israel and Hamas.", "drive",
     {ev("EGY", "045", "ISR"), ev("EGY", "045", "PSEINS")}),
    ("Ghana offered a mediation bid between Togo and Benin.", "bid",
     {ev("GHA", "039", "TGO", INTENT), ev("GHA", "039", "BEN", INTENT)}),
]


@pytest.mark.parametrize(("text", "frame", "expected"), FRAMES, ids=[c[1] for c in FRAMES])
def test_a_frame_noun_tree(engine, text, frame, expected):
    hit = _hits(engine, text)[frame]["04.mediation-noun"]
    assert hit.frame
    assert coded_with_flags(engine, text) == expected


# a pattern whose trees find nothing does not fire
NOTHING = [
    # "hold" + an object that names no talks
    ("Chad held elections.", "04.hold-talks", set()),
    # "cooperation" with no military or economic modifier
    ("The Turkish cooperation with Azerbaijan grew.", "06.military-cooperation-noun",
     {ev("TUR", "050", "AZE")}),
    # "pull" with no particle "out"
    ("The Sudanese army pulled its tanks toward the border.", "08.pull-out", None),
]


@pytest.mark.parametrize(("text", "pattern_id", "expected"), NOTHING,
                         ids=[c[1] for c in NOTHING])
def test_a_pattern_whose_trees_find_nothing_does_not_fire(engine, text, pattern_id,
                                                          expected):
    assert all(pattern_id not in hits for hits in _hits(engine, text).values())
    rules = {e.rule for e in eventwire.code_text(text, published="2024-06-01", engine=engine)}
    assert pattern_id not in rules
    if expected is not None:
        assert coded_with_flags(engine, text) == expected


def test_a_pattern_fires_only_on_what_its_own_trees_found(engine):
    """Two patterns of one lemma share its trees; what a tree found goes to the pattern
    whose own words it carries."""
    lex = Lexicon()
    talks = Pattern(id="t.hold-talks", code="040", lemma="hold", example="", obj=("talks",))
    vote = Pattern(id="t.hold-vote", code="080", lemma="hold", example="", obj=("vote",))
    down = Pattern(id="t.hold-down", code="080", lemma="hold", example="", prt="down")
    for p in (talks, vote, down):
        lex.add(p)
    index = TreeIndex(lex)
    doc = engine.nlp("Peru held talks with Chile.")
    assert set(index.candidates(doc)[1]) == {"t.hold-talks"}
    doc = engine.nlp("Peru held a vote and held down prices.")
    found = index.candidates(doc)
    assert set(found[1]) == {"t.hold-vote"}
    assert set(found[5]) == {"t.hold-down"}
    assert found[5]["t.hold-down"].prts == {6}


def test_a_pattern_added_drops_the_compiled_trees():
    lex = Lexicon()
    lex.add(Pattern(id="t.a", code="040", lemma="hold", example="", obj=("talks",)))
    first = tree_index(lex)
    assert tree_index(lex) is first
    lex.add(Pattern(id="t.b", code="080", lemma="hold", example="", obj=("vote",)))
    assert tree_index(lex) is not first


def test_one_patterns_trees_need_what_it_needs():
    p = Pattern(id="t.crack", code="175", lemma="crack", example="", prt="down")
    assert set(tree_patterns(p)) == {"prt"}
    q = Pattern(id="t.meet", code="040", lemma="meet", example="")
    assert tree_patterns(q) == {"base": [{"RIGHT_ID": "trigger",
                                          "RIGHT_ATTRS": {"_": {"ew_trigger": "verb:meet"}}}]}


def test_the_trees_run_on_the_docs_of_any_vocabulary():
    """Docs of two pipelines (two vocabularies) coded in turn: the trees compare string
    ids, the same in every vocabulary, so one compiled set serves both."""
    import spacy
    from spacy.tokens import Doc

    lex = Lexicon()
    lex.add(Pattern(id="t.hold-talks", code="040", lemma="hold", example="", obj=("talks",)))
    index = TreeIndex(lex)

    def parsed(vocab):
        return Doc(vocab, words=["Peru", "held", "talks", "."], heads=[1, 1, 1, 1],
                   deps=["nsubj", "ROOT", "dobj", "punct"], lemmas=["Peru", "hold", "talk", "."],
                   pos=["PROPN", "VERB", "NOUN", "PUNCT"], tags=["NNP", "VBD", "NNS", "."])

    one, two = spacy.blank("en").vocab, spacy.blank("en").vocab
    for vocab in (one, two, one):
        assert {i: set(h) for i, h in index.candidates(parsed(vocab)).items()} == {
            1: {"t.hold-talks"}}
    assert list(index.trees) == ["verb:hold"]
    # an unparsed Doc: no tree finds anything
    assert index.candidates(spacy.blank("en")("Peru held talks.")) == {}


def test_a_paragraph_is_matched_sentence_by_sentence(engine):
    """A tree never leaves its sentence: what the trees find in a paragraph, with the
    paragraph's token indices, is what they find on each sentence alone."""
    sentences = ["Chilean troops fired tear gas at Peruvian farmers.",
                 "Later, Bolivia held talks with Paraguay in Asuncion.",
                 "Ecuador accused Colombia of espionage."]
    index = tree_index(engine.lexicon)
    whole = engine.nlp(" ".join(sentences))
    assert len(list(whole.sents)) == 3
    got = {(whole[i].text, pid, tuple(sorted(whole[j].text for _, at in h.objs
                                                for j in at.values())))
           for i, hits in index.candidates(whole).items() for pid, h in hits.items()}
    alone = set()
    for text in sentences:
        doc = engine.nlp(text)
        alone |= {(doc[i].text, pid, tuple(sorted(doc[j].text for _, at in h.objs
                                                  for j in at.values())))
                  for i, hits in index.candidates(doc).items() for pid, h in hits.items()}
    assert got == alone
    assert {t for t, _, _ in got} >= {"fired", "held", "accused"}
