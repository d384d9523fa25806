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

    failures = []
    for p in LEXICON.patterns:
        events = eventwire.code_text(p.example, published="2024-06-01", engine=engine)
        if not any(e.cameo == p.code and p.id in e.rule.split("+") for e in events):
            got = [(e.cameo, e.rule) for e in events]
            failures.append(f"{p.id} ({p.code}): {p.example!r} -> {got}")
    assert not failures, f"{len(failures)} examples fail:\n" + "\n".join(failures)


@pytest.mark.parametrize("bad", [{"id": "x", "code": "999", "lemma": "x", "example": "x"}])
def test_unknown_code_is_a_data_error(tmp_path, bad):
    import yaml

    from eventwire.coding.lexicon import Lexicon, load_patterns_file
    from eventwire.errors import DataError

    f = tmp_path / "01_bad.yaml"
    f.write_text(yaml.safe_dump({"patterns": [bad]}))
    with pytest.raises(DataError, match="unknown CAMEO code"):
        load_patterns_file(f, Lexicon(), set())
