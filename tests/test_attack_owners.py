"""Who did a passive act of force, and when an attack on an official is an assassination.

- Coder._strike_owner: "were killed in a US drone strike": the nation named on the strike
  (or the means) a passive act happened in did it, not the victims' country.
- KILLING_RULE: only an act that kills is an assassination (CAMEO 186); attacking, ambushing
  or clashing with an official is an attack (190) or a violent protest (145).

Sentences of our own; each gives exactly these events."""

from __future__ import annotations

import pytest

from event_keys import coded_with_flags, ev

CASES = [
    # the strike's owner acts
    ("Two Somali militants were killed in an American drone strike in Jilib.",
     {ev("USA", "195", "SOMINS")}),
    ("Five Syrian civilians were wounded in a Russian airstrike near Idlib on Friday.",
     {ev("RUS", "195", "SYRCVL")}),
    ("Three Afghan policemen were wounded in a Pakistani artillery attack on Tuesday.",
     {ev("PAK", "190", "AFGCOP")}),
    # an attack on an official that kills no one is no assassination
    ("Rebels attacked the governor of North Kivu near Goma.",
     {ev("CODREB", "190", "CODGOV")}),
    ("Militants ambushed the Nigerian defence minister in Borno.",
     {ev("NGAINS", "190", "NGAGOV")}),
    ("Protesters clashed with the mayor of Nairobi on Friday.",
     {ev("KENCVL", "145", "KENGOV")}),
    # ... one that kills is
    ("Unknown assailants shot the Mexican mayor of Tijuana on Friday.",
     {ev("MEXUAF", "186", "MEXGOV")}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_attack_owner_and_assassination(engine, text, expected):
    assert coded_with_flags(engine, text, published="2017-03-20") == expected
