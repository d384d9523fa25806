"""The lexicon is data: every pattern is valid and its example sentence codes to it."""

from __future__ import annotations

import pytest

from eventwire.coding.lexicon import load_lexicon
from eventwire.coding.ontology import load_ontology

LEXICON = load_lexicon()


def test_lexicon_covers_every_root_with_enough_patterns():
    roots = {p.code[:2] for p in LEXICON.patterns}
    assert roots == set(load_ontology().roots())
    assert len(LEXICON.patterns) >= 150
    assert len({p.id for p in LEXICON.patterns}) == len(LEXICON.patterns)


def test_examples_replay(engine):
    """Each pattern's example must produce an event with the pattern's code via that pattern."""
    import eventwire
    from eventwire.coding.lexicon import check_examples

    failures = check_examples(LEXICON, lambda text: eventwire.code_text(
        text, published="2024-06-01", engine=engine))
    assert not failures, f"{len(failures)} examples fail:\n" + "\n".join(map(str, failures))


def test_an_example_that_no_longer_fires_is_e224(engine):
    import eventwire
    from eventwire.coding.lexicon import Lexicon, Pattern, check_examples

    lexicon = Lexicon()
    lexicon.add(Pattern(id="19.shell", code="194", lemma="shell",
                        example="The committee discussed the budget."))
    (error,) = check_examples(lexicon, lambda text: eventwire.code_text(
        text, published="2024-06-01", engine=engine))
    assert error.code == "E224" and "19.shell" in str(error)


@pytest.mark.parametrize(("raw", "code"), [
    ({"id": "x", "code": "190", "lemma": "x", "example": "x", "prep_requried": True}, "E220"),
    ({"id": "x", "code": "999", "lemma": "x", "example": "x"}, "E221"),
    ({"id": "x", "code": "190", "lemma": "x", "example": "x", "obj": ["@no_such_class"]},
     "E222"),
    ({"id": "x", "code": "190", "lemma": "x"}, "E225"),
    ({"id": "x", "code": "190", "lemma": "x", "example": "x", "pos": "adverb"}, "E225"),
    # the pattern fields solo, clause_code and joint_code
    ({"id": "x", "code": "150", "lemma": "x", "example": "x", "solo": "yes"}, "E225"),
    ({"id": "x", "code": "150", "lemma": "x", "example": "x", "solo": True,
      "needs_target": True}, "E225"),
    ({"id": "x", "code": "030", "lemma": "x", "example": "x", "clause_code": "0199"}, "E221"),
    ({"id": "x", "code": "150", "lemma": "x", "example": "x", "joint_code": "999"}, "E221"),
])
def test_lexicon_errors_are_coded(tmp_path, raw, code):
    import yaml

    from eventwire.coding.lexicon import Lexicon, load_patterns_file
    from eventwire.errors import DataError

    f = tmp_path / "19_bad.yaml"
    f.write_text(yaml.safe_dump({"patterns": [raw]}))
    with pytest.raises(DataError) as info:
        load_patterns_file(f, Lexicon(), set())
    assert info.value.code == code


def test_duplicate_ids_are_e223(tmp_path):
    import yaml

    from eventwire.coding.lexicon import Lexicon, load_patterns_file
    from eventwire.errors import DataError

    raw = {"id": "x", "code": "190", "lemma": "x", "example": "x"}
    f = tmp_path / "19_bad.yaml"
    f.write_text(yaml.safe_dump({"patterns": [raw, raw]}))
    with pytest.raises(DataError) as info:
        load_patterns_file(f, Lexicon(), set())
    assert info.value.code == "E223"


@pytest.mark.parametrize(("control", "code"), [
    ({"control": [{"id": "c", "lemmas": ["x"], "effect": "threat", "recode": {}, "mood": 1}]},
     "E220"),
    ({"control": [{"id": "c", "lemmas": ["x"], "effect": "maybe"}]}, "E225"),
    ({"control": [{"id": "c", "lemmas": ["x"], "effect": "threat", "own_code": "999"}]}, "E221"),
    ({"supprt_verbs": ["hold"]}, "E220"),
])
def test_control_errors_are_coded(tmp_path, control, code):
    import yaml

    from eventwire.coding.lexicon import Lexicon, load_control_file
    from eventwire.errors import DataError

    f = tmp_path / "control.yaml"
    f.write_text(yaml.safe_dump(control))
    with pytest.raises(DataError) as info:
        load_control_file(f, Lexicon())
    assert info.value.code == code


def test_word_classes_expand_into_patterns():
    (p,) = [p for p in LEXICON.patterns if p.id == "19.fire-rockets-at"]
    assert p.obj_classes == ("heavy_weapons",)
    assert {"howitzers", "torpedoes", "rockets"} <= set(p.obj)


@pytest.mark.parametrize("bad", [{"id": "x", "code": "999", "lemma": "x", "example": "x"}])
def test_unknown_code_is_a_data_error(tmp_path, bad):
    import yaml

    from eventwire.coding.lexicon import Lexicon, load_patterns_file
    from eventwire.errors import DataError

    f = tmp_path / "01_bad.yaml"
    f.write_text(yaml.safe_dump({"patterns": [bad]}))
    with pytest.raises(DataError, match="unknown CAMEO code"):
        load_patterns_file(f, Lexicon(), set())


def test_patterns_compile_to_dependency_trees(engine):
    """Every lexicon pattern compiles to DependencyMatcher trees, and the trees find the
    pattern on its own example sentence (a sample of one in three): the trees are what
    matching runs on, lemmatiser slips, frame nouns, measures and classes included."""
    from eventwire.coding.trees import tree_index, tree_patterns

    assert all(tree_patterns(p) for p in LEXICON.patterns)
    index = tree_index(LEXICON)
    missed = [p.id for p in LEXICON.patterns[::3] if not any(
        p.id in hits for hits in index.candidates(engine.nlp(p.example)).values())]
    assert missed == []


def test_a_tree_pattern_has_the_patterns_parts():
    from eventwire.coding.trees import tree_patterns

    (p,) = [p for p in LEXICON.patterns if p.id == "19.fire-rockets-at"]
    trees = tree_patterns(p)
    assert set(trees) == {"obj", "conj", "conj2", "prep", "prep2", "deep", "deep2"}
    for tree in trees.values():
        assert tree[0] == {"RIGHT_ID": "trigger",
                           "RIGHT_ATTRS": {"_": {"ew_trigger": "verb:fire"}}}
        (obj,) = [node for node in tree if node["RIGHT_ID"] == "obj"]
        assert "howitzers" in obj["RIGHT_ATTRS"]["_"]["ew_names"]["INTERSECTS"]
