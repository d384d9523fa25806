"""The actor knowledge base on the date of a story (no spaCy needed)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.kb import bundled_kb, split_code
from eventwire.data_files import data_path, read_tsv


@pytest.fixture(scope="module")
def kb():
    return bundled_kb(user_imports=False)


def code(kb, name: str, day: str) -> str | None:
    entry = kb.best(name, date.fromisoformat(day))
    assert entry is not None, name
    return entry.code_on(date.fromisoformat(day))[0]


@pytest.mark.parametrize(
    ("name", "day", "expected"),
    [
        ("Donald Trump", "2019-06-01", "USAGOV"),
        ("Donald Trump", "2022-06-01", "USAELI"),  # former head of state
        ("Donald Trump", "2026-02-03", "USAGOV"),
        ("President Trump", "2019-06-01", "USAGOV"),
        ("Trump", "2022-06-01", "USAELI"),
        ("Barack Obama", "2016-06-01", "USAGOV"),
        ("Obama", "2016-06-01", "USAGOV"),
        ("Nicolás Maduro", "2025-12-31", "VENGOV"),
        ("Nicolás Maduro", "2026-02-03", "VENELI"),
        ("Maduro", "2026-02-03", "VENELI"),
    ],
)
def test_dated_roles(kb, name, day, expected):
    assert code(kb, name, day) == expected


def test_why_names_the_tenure(kb):
    trump = kb.best("Donald Trump", date(2022, 6, 1))
    assert "former head_of_state" in trump.code_on(date(2022, 6, 1))[3]
    assert "until 2021-01-20" in trump.code_on(date(2022, 6, 1))[3]
    assert trump.code_on(date(2019, 6, 1))[3].startswith("head_of_state USA 2017-01-20")
    maduro = kb.best("Maduro", date(2026, 2, 3))
    assert maduro.code_on(date(2026, 2, 3))[0] != "VENGOV"
    assert trump.source == "bundled"


def test_igo_officials_carry_the_igo_code(kb):
    assert code(kb, "António Guterres", "2022-06-01") == "IGOUNO"


def test_groups_table_follows_its_conventions():
    path = data_path("actors", "groups.tsv")
    assert path.read_text(encoding="utf-8").startswith("# source:")
    rows = list(read_tsv(path))
    assert {"code", "name", "aliases", "country", "role"} <= set(rows[0])
    assert len({r["name"] for r in rows}) >= 100
    for r in rows:
        assert r["code"] == (r["country"] or "IMG") + r["role"], r["name"]


@pytest.mark.parametrize(
    ("name", "day", "expected", "country"),
    [
        ("Hamas", "2023-10-07", "PSEINS", "PSE"),
        ("Hezbollah", "2024-09-27", "LBNINS", "LBN"),
        ("FARC", "2010-01-01", "COLREB", "COL"),
        ("ELN", "2025-01-01", "COLREB", "COL"),
        ("Sinaloa Cartel", "2025-01-01", "MEXCRM", "MEX"),
        ("Tren de Aragua", "2025-01-01", "VENCRM", "VEN"),
        ("AfD", "2025-01-01", "DEUOPP", "DEU"),
        ("Houthis", "2024-01-01", "YEMREB", "YEM"),
        # transnational groups: an IMG code and no country
        ("al-Qaeda", "2011-05-02", "IMGINS", None),
        ("ISIS", "2015-01-01", "IMGINS", None),
        ("Islamic State", "2015-01-01", "IMGINS", None),
        # groups whose status changed have dated codes
        ("Taliban", "2010-01-01", "AFGREB", "AFG"),
        ("Taliban", "2026-01-01", "AFGGOV", "AFG"),
        ("Rapid Support Forces", "2020-01-01", "SDNMIL", "SDN"),
        ("Rapid Support Forces", "2024-01-01", "SDNREB", "SDN"),
    ],
)
def test_groups(kb, name, day, expected, country):
    entry = kb.best(name, date.fromisoformat(day))
    assert entry is not None and entry.kind == "group", name
    got, got_country, role, _why = entry.code_on(date.fromisoformat(day))
    assert (got, got_country, role) == (expected, country, expected[3:6])


def test_longest_group_name_is_a_separate_entry(kb):
    # "Islamic State West Africa Province" is not the Islamic State itself
    entry = kb.best("Islamic State West Africa Province", date(2020, 1, 1))
    assert entry.code_on(date(2020, 1, 1))[0] == "NGAINS"


def test_split_code():
    assert split_code("USAGOV") == ("USA", "GOV")
    assert split_code("PSEREBHMS") == ("PSE", "REB")
    assert split_code("IGOUNO") == ("IGOUNO", None)
    assert split_code("IMGINS") == (None, "INS")
    assert split_code("COL") == ("COL", None)


@pytest.mark.parametrize(
    ("name", "day", "expected"),
    [
        # the pope of the day: one shared title, the holder chosen by date
        ("Pope", "2010-06-01", "VATGOV"),
        ("pope", "2020-06-01", "VATGOV"),
        ("Pope Francis", "2026-01-10", "VATELI"),
        ("Pope Leo", "2025-09-01", "VATGOV"),
        ("Patriarch Kirill", "2022-06-01", "RUSREL"),
        ("Sistani", "2021-03-06", "IRQREL"),
        # heads of state and government of smaller states, 2017-2026
        ("Robert Fico", "2019-06-01", "SVKELI"),
        ("Robert Fico", "2024-06-01", "SVKGOV"),
        ("Nauseda", "2024-06-01", "LTUGOV"),
        ("Rinkevics", "2020-06-01", "LVAGOV"),
        ("Andry Rajoelina", "2025-12-01", "MDGELI"),
    ],
)
def test_added_office_holders(kb, name, day, expected):
    assert code(kb, name, day) == expected


def test_pope_by_date(kb):
    assert kb.best("Pope", date(2010, 6, 1)).name == "Pope Benedict XVI"
    assert kb.best("Pope", date(2020, 6, 1)).name == "Pope Francis"
    assert kb.best("Pope", date(2025, 9, 1)).name == "Pope Leo XIV"
