"""People a foreign state's force falls on, named by no country and no place in their
sentence, are of the country the story is about, not the attacker's (coder._story_victims);
a state's force on its own story's people stays theirs. Stories of our own, paragraphs
separated by blank lines."""

from __future__ import annotations

import pytest

import eventwire

LEAD = ("BEIRUT (Reuters) - Syrian rebels said on Monday they had lost the town of Maarat "
        "to Syrian government forces.\n\nSyria's army said the town was taken after heavy "
        "fighting.\n\n")
YEMEN = ("SANAA (Reuters) - Yemen's Houthi movement said on Friday it had shot down a drone "
         "over Yemen.\n\nYemeni officials said the fighting in Yemen had spread.\n\n")


def coded(engine, text):
    return {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in eventwire.code_text(text, published="2017-03-20", engine=engine)}


@pytest.mark.parametrize(("story", "expected"), [
    (LEAD + "Russian jets bombed the town on Sunday, killing 12 civilians, activists said.",
     ("RUSMIL", "195", "SYRCVL")),
    (YEMEN + "Saudi warplanes bombed a market on Thursday, killing 20 civilians, medics said.",
     ("SAUMIL", "195", "YEMBUS")),
    # the story's own state keeps its own people
    (LEAD + "Syrian jets bombed the town on Sunday, killing 12 civilians, activists said.",
     ("SYRMIL", "195", "SYRCVL")),
])
def test_victims_of_a_foreign_force_are_of_the_story_country(engine, story, expected):
    assert expected in coded(engine, story)
    if expected[0][:3] != "SYR":
        # and never the attacker's own people
        attacker = expected[0][:3]
        assert not any(t and t.startswith(attacker) and t != expected[0]
                       for _s, _c, t in coded(engine, story)), coded(engine, story)


def test_government_forces_later_in_a_story_are_the_story_countrys(engine):
    story = LEAD + "Government forces shelled the town on Sunday, killing 12 civilians."
    assert ("SYRGOV", "194", "SYRCVL") in coded(engine, story)
    # alone, with no story yet, they have no country
    assert coded(engine, "Government forces shelled the town on Sunday, killing 12 "
                         "civilians.") == set()
