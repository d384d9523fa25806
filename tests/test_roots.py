"""One sentence per CAMEO root family that must give the exact event, and one
near-miss that must give no event of that family."""

from __future__ import annotations

import pytest

POSITIVE = [
    ("01", "Russia declined comment on the Ukrainian proposal.", ("RUS", "011", "UKR")),
    ("02", "Lebanon appealed to Syria for help.", ("LBN", "023", "SYR")),
    ("03", "Japan pledged aid to the Philippines.", ("JPN", "033", "PHL")),
    ("04", "The Chinese president visited Russia on Monday.", ("CHNGOV", "042", "RUS")),
    ("05", "Egypt praised Qatar for its mediation.", ("EGY", "051", "QAT")),
    ("06", "Mexico extradited a cartel boss to the United States.", ("MEX", "063", "USA")),
    ("07", "Turkey sent aid to Syria after the earthquake.", ("TUR", "073", "SYR")),
    ("08", "The European Union lifted sanctions on Syria.", ("IGOEU", "085", "SYR")),
    ("09", "French prosecutors investigated a Lebanese banker.", ("FRAJUD", "090", "LBNBUS")),
    ("10", "Ukraine demanded the withdrawal of Russian troops.", ("UKR", "1056", "RUSMIL")),
    ("11", "Germany criticized Turkey over its treatment of journalists.", ("DEU", "111", "TUR")),
    ("12", "North Korea rebuffed South Korea.", ("PRK", "120", "KOR")),
    ("13", "Iran threatened Israel on Sunday.", ("IRN", "130", "ISR")),
    ("14", "Iranian students protested against the United States.", ("IRNEDU", "140", "USA")),
    ("15", "Russia massed troops on the Ukrainian border.", ("RUS", "152", "UKR")),
    ("16", "Canada imposed sanctions on Belarus.", ("CAN", "163", "BLR")),
    ("17", "Turkish police arrested Syrian migrants.", ("TURCOP", "173", "SYRREF")),
    ("18", "Colombian rebels kidnapped Venezuelan soldiers.", ("COLREB", "181", "VENMIL")),
    ("19", "Russia invaded Ukraine.", ("RUS", "192", "UKR")),
    ("20", "Syrian forces gassed Kurdish civilians.", ("SYRMIL", "204", "SYRCVL")),
]

NEAR_MISS = [
    ("01", "The weather declined sharply on Monday."),
    ("02", "The film appeals to young audiences in Spain."),
    ("03", "The pledge drive raised money for the school."),
    ("04", "Tourists visited the museum in Paris."),
    ("05", "The critics praised the new film."),
    ("06", "The company handed over the keys to its new office."),
    ("07", "The medicine aided his recovery."),
    ("08", "The fog lifted over the harbour."),
    ("09", "The scientists investigated the new virus."),
    ("10", "The job demanded long hours."),
    ("11", "Germany did not criticize Turkey."),
    ("12", "The machine rejected the coin."),
    ("13", "Storms threatened the harvest."),
    ("14", "The players protested the referee's decision."),
    ("15", "The crowd massed in the square."),
    ("16", "The teacher imposed a ban on phones in class."),
    ("17", "The museum seized the opportunity to expand."),
    ("18", "The team kidnapped the spotlight with a late goal."),
    ("19", "The striker attacked the ball."),
    ("20", "The farmer gassed the rats in his barn."),
]


@pytest.mark.parametrize(("root", "text", "expected"), POSITIVE, ids=[p[0] for p in POSITIVE])
def test_root_positive(code, root, text, expected):
    triples = code(text)
    assert expected in triples, triples
    assert expected[1].startswith(root)


@pytest.mark.parametrize(("root", "text"), NEAR_MISS, ids=[n[0] for n in NEAR_MISS])
def test_root_near_miss(events, root, text):
    found = [
        (e.cameo, e.polarity, e.evidence.text)
        for e in events(text)
        if e.cameo.startswith(root) and e.polarity == "asserted"
    ]
    assert not found
