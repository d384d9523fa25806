"""An event noun in a phrase of the trigger is that event, not the trigger's object, when
only its modifier names the pattern's kind (matching._object_of): "seized cocaine in a port
raid" takes no port. Sentences of our own; each gives exactly these events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    ("Iraqi police seized explosives in a village raid near Mosul.",
     {ev("IRQCOP", "171", "IRQ")}),
    ("Ecuador's army seized two tonnes of cocaine in a port raid.",
     {ev("ECUMIL", "171", "ECU")}),
    # a place named as such is still taken
    ("Kenyan rebels seized the town of Garissa.", {ev("KENREB", "192", "KEN")}),
    ("Malian soldiers recaptured the town of Kidal from Tuareg rebels.",
     {ev("MLIMIL", "192", "MLIREB")}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_event_noun_in_a_phrase(engine, text, expected):
    assert coded_with_flags(engine, text, published="2023-05-10") == expected
