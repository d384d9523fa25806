"""State agencies news names on their own ("the FBI", "Mossad", "the FSB"): agencies.tsv
gives each its country and role. Sentences of our own."""

from __future__ import annotations

import pytest

import eventwire

CASES = [
    ("The FBI arrested two Russian hackers.", {("USACOP", "173", "RUSCRM")}),
    ("The FSB detained a Ukrainian journalist in Moscow.", {("RUSSPY", "173", "UKRMED")}),
    ("The IDF struck Hamas positions in Gaza.", {("ISRMIL", "190", "PSEINS")}),
    ("The PLA held drills near Taiwan.", {("CHNMIL", "150", "TWN")}),
    ("Pakistan's ISI backed the Taliban, Afghan officials said.",
     {("PAKSPY", "050", "AFGREB")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_agencies_named_alone_have_a_country_and_role(engine, text, expected):
    got = {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
           for e in eventwire.code_text(text, published="2017-03-01", engine=engine)}
    assert got == expected


def test_every_agency_row_is_a_state_body_with_country_and_role():
    from eventwire.actors.kb import bundled_kb, read_tsv
    from eventwire.data_files import data_path

    rows = list(read_tsv(data_path("actors", "agencies.tsv")))
    assert len(rows) >= 40
    kb = bundled_kb(user_imports=False)
    for row in rows:
        assert row["country"] and row["code"] == row["country"] + row["role"], row
        entries = kb.lookup(row["name"])
        assert any(e.code == row["code"] for e in entries), row["name"]
