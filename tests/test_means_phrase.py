"""An act told in an "-ing" phrase after "by", "after" or "upon" is done by the subject of
the verb the phrase hangs on (arguments.MEANS_PREPS); an answer told by its act
("retaliated by expelling ...") is that act, not a generic response (verbs._answered_by).
Sentences of our own; exact events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    ("Poland responded by expelling three Belarusian diplomats.",
     {ev("POL", "161", "BLRGOV")}),
    ("Japan reacted by summoning the Chinese ambassador.", {ev("JPN", "114", "CHNGOV")}),
    ("The Philippines hit back by filing a protest with Beijing.",
     {ev("PHL", "114", "CHNGOV")}),
    ("Upon arriving in Tokyo, the Indian prime minister met his Japanese counterpart.",
     {ev("INDGOV", "042", "JPNGOV"), ev("INDGOV", "040", "JPNGOV"),
      ev("JPNGOV", "040", "INDGOV")}),
    # an answer with no act told stays a generic one
    ("Iran retaliated against Israel.", {ev("IRN", "190", "ISR")}),
    # "of" + -ing is what someone is accused of, not what the accuser does
    ("Serbia accused Kosovo of blocking the border.", {ev("SRB", "112", "XKX")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_means_phrase(engine, text, expected):
    assert coded_with_flags(engine, text, published="2017-03-20") == expected
