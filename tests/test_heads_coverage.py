"""Heads of state and government of every sovereign state (the UN members plus Kosovo,
Taiwan, Palestine and Vatican City) in the people table: on each test day someone of the
country holds head_of_state or head_of_government, so news naming a leader by surname
alone ("Weah said", "Mr Tshisekedi") gets the country's code. Sentences are our own; the publication
day decides whether the office was held (people.tsv tenures)."""

from __future__ import annotations

from datetime import date

import pytest

import eventwire
from eventwire.data_files import data_path, read_tsv

# codes of countries.tsv that are not sovereign states today: dependent territories,
# Antarctica, Western Sahara, and former states kept for archive news
NOT_STATES = frozenset("""
ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL
GUF GUM HKG HMD IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PYF REU SGS SHN
SJM SPM SXM TCA TKL UMI VGB VIR WLF
CSK DDR SCG SUN YUG ZAR
""".split())

DAYS = ("2005-06-01", "2012-06-01", "2017-06-01", "2024-06-01")

# states left without a holder on a test day, each with the reason
EXCEPTIONS = {
    # two Captains Regent serve together for six months, 108 pairs since 2000: left out
    ("SMR", "2005-06-01"): "San Marino's six-month Captains Regent are not listed",
    ("SMR", "2012-06-01"): "San Marino's six-month Captains Regent are not listed",
    ("SMR", "2017-06-01"): "San Marino's six-month Captains Regent are not listed",
    ("SMR", "2024-06-01"): "San Marino's six-month Captains Regent are not listed",
    ("SSD", "2005-06-01"): "South Sudan became independent on 2011-07-09",
}

BLOCK = ("# --- 2000-2026 heads of state and government of the states the lists above "
         "missed (public references: official lists of office holders) ---")


def _states() -> list[str]:
    codes = [r["code"] for r in read_tsv(data_path("actors", "countries.tsv"))]
    return sorted(c for c in codes if c not in NOT_STATES)


def _heads() -> list[dict[str, str]]:
    return [r for r in read_tsv(data_path("actors", "people.tsv"))
            if r["position"] in ("head_of_state", "head_of_government")]


def test_state_list_is_the_un_members_plus_four():
    states = _states()
    # the 193 UN members, Kosovo, Taiwan, and the two UN observer states Palestine and Vatican
    assert len(states) == 193 + 4
    assert {"XKX", "TWN", "PSE", "VAT", "SSD", "TLS", "MNE"} <= set(states)


@pytest.mark.parametrize("day", DAYS)
def test_every_state_has_a_head_on_the_day(day):
    holders: dict[str, list[str]] = {}
    for r in _heads():
        if r["start"] <= day and (not r["end"] or day < r["end"]):
            holders.setdefault(r["country"], []).append(r["name"])
    missing = [c for c in _states() if c not in holders and (c, day) not in EXCEPTIONS]
    assert missing == []
    # an exception that is filled after all should be dropped from the list
    assert [c for (c, d) in EXCEPTIONS if d == day and c in holders] == []


def test_the_block_is_well_formed():
    """Heads of state and government grouped by country, then a last group of other
    offices of the same people (European Commission, ILO, Republika Srpska ...) so that
    news of those years does not read them as former national leaders."""
    lines = data_path("actors", "people.tsv").read_text(encoding="utf-8").splitlines()
    start = lines.index(BLOCK)
    other_offices = False
    heads = 0
    for ln in lines[start + 1:]:
        if ln.startswith("# later and earlier offices"):
            other_offices = True
        if not ln or ln.startswith("#"):
            continue
        name, _aliases, country, role, position, begin, end = ln.split("\t")
        if other_offices:
            assert role == ("" if country.startswith("IGO") else "GOV"), name
        else:
            heads += 1
            assert role == "GOV" and position in ("head_of_state", "head_of_government"), name
            assert len(country) == 3 and country.isupper(), name
        assert date.fromisoformat(begin) < (date.fromisoformat(end) if end else
                                            date(2100, 1, 1)), name
    assert heads > 700


def test_aliases_of_the_block_name_one_person():
    """A surname alias of a new leader must not be a name or alias of someone else
    (two leaders of the same surname share nothing but their full names)."""
    lines = data_path("actors", "people.tsv").read_text(encoding="utf-8").splitlines()
    start = lines.index(BLOCK)
    new = {ln.split("\t")[0] for ln in lines[start + 1:] if ln and not ln.startswith("#")}
    owners: dict[str, set[str]] = {}
    for r in read_tsv(data_path("actors", "people.tsv")):
        for a in [r["name"], *filter(None, r["aliases"].split("|"))]:
            owners.setdefault(a.casefold(), set()).add(r["name"])
    shared = {a: sorted(n) for a, n in owners.items() if len(n) > 1 and n & new}
    assert shared == {}


def coded(engine, text, published):
    return {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in eventwire.code_text(text, published=published, engine=engine)}


CASES = [
    # a leader named by surname alone, in office on the publication day
    ("Sassou Nguesso criticized France over its military presence.", "2022-09-14",
     {("COGGOV", "111", "FRA")}),
    ("Holness praised Cuba for sending doctors.", "2018-07-20",
     {("JAMGOV", "051", "CUB")}),
    ("Bainimarama accused Australia of ignoring climate change.", "2020-02-10",
     {("FJIGOV", "112", "AUS")}),
    ("Mickoski accused Bulgaria of blackmail.", "2024-07-10",
     {("MKDGOV", "112", "BGR")}),
    ("Djukanovic invited Serbia to talks.", "2014-02-05",
     {("MNEGOV", "036", "SRB")}),
    ("Dombrovskis asked Russia to release the detained Latvians.", "2012-03-01",
     {("LVAGOV", "0253", "RUS")}),
    # a title and surname; both sides of a meeting
    ("President Weah met Ghanaian President Nana Akufo-Addo in Accra.", "2019-05-10",
     {("LBRGOV", "040", "GHAGOV"), ("GHAGOV", "040", "LBRGOV")}),
    ("Sogavare met Chinese officials in Beijing.", "2021-10-04",
     {("SLBGOV", "040", "CHNGOV"), ("CHNGOV", "040", "SLBGOV")}),
    # in office, then a former leader (an elite) after the tenure ended
    ("Zaev thanked Greece for its support.", "2019-06-10", {("MKDGOV", "051", "GRC")}),
    ("Zaev condemned Bulgaria.", "2023-06-15", {("MKDELI", "111", "BGR")}),
    ("Ravalomanana condemned Rajoelina.", "2010-05-03", {("MDGELI", "111", "MDGGOV")}),
    ("Sirleaf praised Nigeria for its support.", "2019-02-14", {("LBRELI", "051", "NGA")}),
    # one person, the office of the day: Luxembourg's prime minister, then the EU's
    ("Juncker urged Greece to sell state assets.", "2011-05-04", {("LUXGOV", "020", "GRC")}),
    ("Juncker criticized Hungary over its treatment of migrants.", "2018-09-12",
     {("IGOEU", "111", "HUN")}),
    # titled names of monarchs and emirs; an office below head of state (Republika Srpska)
    ("Sheikh Sabah al-Ahmad received the Iranian foreign minister in Kuwait City.",
     "2016-11-03", {("KWTGOV", "043", "IRNGOV")}),
    ("Mswati pardoned dozens of prisoners.", "2015-09-20", {("SWZGOV", "0841", "SWZCRM")}),
    ("Dodik threatened Bosnia's state court.", "2023-03-03", {("BIHGOV", "130", "BIHJUD")}),
    ("Mottley condemned Russia's invasion of Ukraine.", "2022-04-05",
     {("BRBGOV", "111", "RUS"), ("RUS", "192", "UKR")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES,
                         ids=[f"{c[0][:40]}@{c[1]}" for c in CASES])
def test_leaders_of_the_new_block_are_coded(engine, text, published, expected):
    assert coded(engine, text, published) == expected
