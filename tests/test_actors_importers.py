"""Importers of user actor files: JSON Lines of people with positions, PETRARCH
actor dictionaries; imported entries override bundled ones (no spaCy needed)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from eventwire.actors.importers import (
    apply_import,
    install_import,
    parse_petrarch,
    read_import,
)
from eventwire.actors.kb import bundled_kb, load_kb, user_import_files
from eventwire.data_files import data_path
from eventwire.errors import DataError

D = date.fromisoformat


@pytest.fixture
def fresh_kb():
    """A private copy of the bundled KB (imports mutate it)."""
    return load_kb(data_path("actors"))


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "userdata"
    monkeypatch.setenv("EVENTWIRE_DATA_DIR", str(folder))
    return folder


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    return path


PEOPLE = [
    {"name": "Ingrid Falkvang", "aliases": ["Falkvang"], "country": "NOR",
     "position": "foreign_minister", "start": "2024-02-01", "end": None},
    {"name": "Ingrid Falkvang", "country": "NOR", "position": "head_of_government",
     "start": "+2026-01-15T00:00:00Z"},
    {"name": "Tomas Oyarzun", "aliases": "Oyarzun|T. Oyarzun", "country": "CHL",
     "position": "opposition_leader", "start": "2019", "end": "2023-06"},
    {"name": "Mira Solberg", "country": "IGOUNO", "position": "other", "start": "2025-01-01"},
]


def test_jsonl_people_with_positions(tmp_path, fresh_kb):
    result = read_import(write_jsonl(tmp_path / "people.jsonl", PEOPLE), kb=fresh_kb)
    assert result.format == "jsonl"
    assert [a.name for a in result.actors] == ["Ingrid Falkvang", "Tomas Oyarzun", "Mira Solberg"]
    apply_import(fresh_kb, result)
    falk = fresh_kb.best("Falkvang", D("2025-06-01"))
    assert falk.kind == "person" and falk.source == "imported:people.jsonl"
    assert falk.code_on(D("2025-06-01"))[:3] == ("NORGOV", "NOR", "GOV")
    # the head of government position outranks the foreign ministry it replaced
    assert falk.code_on(D("2026-02-01"))[3].startswith("head_of_government NOR 2026-01-15")
    assert falk.code_on(D("2020-01-01"))[0] == "NOR"  # before the first position
    oyarzun = fresh_kb.best("T. Oyarzun", D("2020-01-01"))
    assert oyarzun.code_on(D("2020-01-01"))[0] == "CHLOPP"  # role from the position
    assert oyarzun.code_on(D("2024-01-01"))[0] == "CHLELI"  # former
    assert fresh_kb.best("Mira Solberg", D("2025-06-01")).code_on(D("2025-06-01"))[0] == "IGOUNO"


def test_jsonl_entry_overrides_the_bundled_one(tmp_path, fresh_kb):
    # a user who tracks Maduro as still in office (e.g. for a counterfactual coding run)
    path = write_jsonl(tmp_path / "maduro.jsonl", [
        {"name": "Nicolas Maduro", "country": "VEN", "position": "head_of_state",
         "role": "GOV", "start": "2013-03-05"},
    ])
    before = fresh_kb.best("Maduro", D("2026-02-03"))
    assert before.code_on(D("2026-02-03"))[0] == "VENELI"
    replaced = apply_import(fresh_kb, read_import(path, kb=fresh_kb))
    assert [old.kb_id for old in replaced[0][1]] == ["person:nicolas-maduro"]
    # the bundled aliases ("Maduro", "Nicolás Maduro") now lead to the imported entry
    for surface in ("Maduro", "Nicolás Maduro", "Nicolas Maduro"):
        found = fresh_kb.lookup(surface, D("2026-02-03"))
        assert [e.source for e in found] == ["imported:maduro.jsonl"], surface
        assert found[0].code_on(D("2026-02-03"))[0] == "VENGOV"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "expected a JSON object"),
        ('{"country": "COL"}', "missing or empty 'name'"),
        ('{"name": "X Y", "country": "Colombia"}', "bad 'country'"),
        ('{"name": "X Y", "country": "QQQ"}', "unknown country code 'QQQ'"),
        ('{"name": "X Y", "country": "COL", "position": "other", "start": "2020-13-01"}',
         "bad start date"),
        ('{"name": "X Y", "country": "COL", "position": "other", "start": "2021-01-01", '
         '"end": "2020-01-01"}', "before start"),
        ('{"name": "X Y", "country": "COL", "role": "BOSS"}', "unknown role"),
        ('{"name": "X Y", "country": "COL", "start": "2020-01-01"}', "without a 'position'"),
        ('{"name": "X Y", "country": "COL", "aliases": [1, 2]}', "'aliases' must be"),
    ],
)
def test_jsonl_errors_name_the_line(tmp_path, fresh_kb, line, message):
    good = json.dumps(PEOPLE[0])
    path = tmp_path / "bad.jsonl"
    path.write_text(f"{good}\n\n{line}\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        read_import(path, kb=fresh_kb)
    text = str(err.value)
    assert f"{path}: line 3: " in text and message in text and text.endswith("[E210]")


PETRARCH = """\
<!-- eventwire test dictionary
     (a multi-line comment) -->
# people with dated codes, TABARI style
JOSE_ANTONIO_RIVERA_  ; CountryInfo.txt
+RIVERA_
+J._A._RIVERA
\t[COLELI 19800101-20180806]
\t[COLGOV 20180807-220806]
\t[COLELI]

MARTA_LINDQVIST_ [SWEGOV >20240301]  # dated code on the phrase line
+LINDQVIST_

# groups with a fixed code
HAMAS_  #  kkl 21 Mar 13
+ISLAMIC_RESISTANCE_MOVEMENT
\t[PSEREBHMS]
NORTHERN_FRONT_OF_ZEMBLA_(NFZ)_ [IMGREB]
KHEK_VANDY_  # CountryInfo.txt
\t[KHMGOVBUS 030101-041130]
\t[KHMGOV <021231]
NOTHING_CODED_  # a record without any code is skipped
"""


def test_petrarch_dictionary(tmp_path, fresh_kb):
    path = tmp_path / "test.actors"
    path.write_text(PETRARCH, encoding="utf-8")
    result = read_import(path)
    assert result.format == "petrarch"
    assert result.skipped == [(22, "NOTHING_CODED_")]
    names = {a.name: a for a in result.actors}
    assert set(names) == {"Jose Antonio Rivera", "Marta Lindqvist", "Hamas",
                          "Northern Front of Zembla (NFZ)", "Khek Vandy"}
    rivera = names["Jose Antonio Rivera"]
    assert rivera.kind == "person" and rivera.code == "COLELI"
    assert rivera.aliases == ["Rivera", "RIVERA", "J. A. Rivera"]
    zembla = names["Northern Front of Zembla (NFZ)"]
    assert zembla.kind == "actor" and "NFZ" in zembla.aliases
    assert "Northern Front of Zembla" in zembla.aliases
    apply_import(fresh_kb, result)

    def on(name, day):
        return fresh_kb.best(name, D(day)).code_on(D(day))

    # YYMMDD: 00-30 is 20YY; limits are inclusive
    assert on("Rivera", "2018-08-07")[0] == "COLGOV"
    assert on("Rivera", "2022-08-06")[0] == "COLGOV"
    assert on("Rivera", "2022-08-07")[0] == "COLELI"  # the record's default code
    assert "default code" in on("Rivera", "2022-08-07")[3]
    assert on("Marta Lindqvist", "2024-03-01")[0] == "SWEGOV"
    assert on("Lindqvist", "2023-01-01")[0] == "SWE"  # no default: before the first code
    assert on("Khek Vandy", "2004-01-01")[:3] == ("KHMGOVBUS", "KHM", "GOV")
    assert on("Khek Vandy", "2002-12-31")[0] == "KHMGOV"  # "<date" includes the date
    assert on("Khek Vandy", "2006-01-01")[0] == "KHMELI"  # former, no default
    assert on("NFZ", "2020-01-01")[:3] == ("IMGREB", None, "REB")


def test_petrarch_entry_overrides_bundled_group_and_keeps_its_names(tmp_path, fresh_kb):
    path = tmp_path / "test.actors"
    path.write_text(PETRARCH, encoding="utf-8")
    bundled = fresh_kb.best("Hamas", D("2023-10-07"))
    assert bundled.code_on(D("2023-10-07"))[0] == "PSEINS"
    overrides = dict((e.name, old) for e, old in apply_import(fresh_kb, read_import(path)))
    assert [o.kb_id for o in overrides["Hamas"]] == ["group:hamas"]
    for surface in ("Hamas", "HAMAS", "Islamic Resistance Movement", "Hamas movement"):
        found = fresh_kb.lookup(surface, D("2023-10-07"))
        assert len(found) == 1 and found[0].source == "imported:test.actors", surface
        assert found[0].code_on(D("2023-10-07"))[0] == "PSEREBHMS"


def test_petrarch_recases_capitals():
    actors, _ = parse_petrarch(
        "ABU_BAKR_AL-BAGHDADI_ [IRQREB]\n+AL-QAEDA_IN_IRAQ\nFARC [COLREB]\nETA_ [ESPINS]\n"
        "Mixed_Case_Name [USAGOV]\n", "x")
    got = {a.name: a.aliases for a in actors}
    assert got["Abu Bakr al-Baghdadi"] == ["al-Qaeda in Iraq"]
    assert got["Farc"] == ["FARC"]
    assert got["ETA"] == []
    assert "Mixed Case Name" in got


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("+SYNONYM_FIRST\n", 1, "before any actor phrase"),
        ("\t[USAGOV]\n", 1, "before any actor phrase"),
        ("NAME_ [USAGOV\n", 1, "missing ']'"),
        ("NAME_ [USAGOV] trailing words\n", 1, "unexpected text after a code"),
        ("NAME_\n\t[USAGOV 20171340-20180101]\n", 2, "bad date"),
        ("NAME_\n\t[USAGOV 2017-2018]\n", 2, "bad date"),
        ("NAME_\n\t[USAGOV 20180101-20170101]\n", 2, "end date before start"),
        ("NAME_\n\t[US AGOV]\n", 2, "bad code or date restriction"),
        ("NAME_ [USAGOV]\n+OTHER_ [USAMIL]\n", 2, "synonym line cannot carry a code"),
        ("NAME_ [USAGOV]\n+\n", 2, "empty synonym"),
    ],
)
def test_petrarch_errors_name_the_line(tmp_path, text, line, message):
    path = tmp_path / "bad.actors"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as err:
        read_import(path)
    assert f"line {line}: " in str(err.value) and message in str(err.value)


def test_empty_file_is_an_error(tmp_path):
    path = tmp_path / "empty.actors"
    path.write_text("# only a comment\n", encoding="utf-8")
    with pytest.raises(DataError, match="no actor entries"):
        read_import(path)


def test_format_detection(tmp_path):
    path = tmp_path / "people.txt"
    write_jsonl(path, PEOPLE[:1])
    assert read_import(path).format == "jsonl"  # first entry starts with '{'
    path.write_text("SOMEONE_ [USAGOV]\n", encoding="utf-8")
    assert read_import(path).format == "petrarch"
    with pytest.raises(DataError):
        read_import(path, "jsonl")


def test_installed_import_is_loaded_by_bundled_kb(tmp_path, data_dir):
    src = write_jsonl(tmp_path / "ministers.jsonl", PEOPLE[:2])
    assert user_import_files() == []
    done = install_import(src)
    assert done.stored == data_dir / "actors" / "ministers.jsonl" and done.stored.exists()
    assert not done.replaced_file
    kb = bundled_kb()
    assert kb.best("Falkvang", D("2025-01-01")).source == "imported:ministers.jsonl"
    assert bundled_kb(user_imports=False).best("Falkvang", D("2025-01-01")) is None
    # re-importing a file of the same name replaces the earlier import
    write_jsonl(src, [{"name": "Ingrid Falkvang", "country": "SWE", "position": "other",
                       "start": "2024-01-01"}])
    assert install_import(src).replaced_file
    assert len(user_import_files()) == 1
    assert bundled_kb().best("Falkvang", D("2025-01-01")) is None  # alias gone with the file
    falk = bundled_kb().best("Ingrid Falkvang", D("2025-01-01"))
    assert falk.code_on(D("2025-01-01"))[0] == "SWEGOV"


def test_check_only_does_not_install(tmp_path, data_dir):
    install_import(write_jsonl(tmp_path / "p.jsonl", PEOPLE), check_only=True)
    assert user_import_files() == []


def test_a_broken_stored_import_is_reported(tmp_path, data_dir):
    folder = data_dir / "actors"
    folder.mkdir(parents=True)
    (folder / "edited.jsonl").write_text('{"name": "A B", "country": "COL"}\n{oops\n')
    with pytest.raises(DataError, match=r"edited.jsonl: stored actor file cannot be loaded "
                                        r"\(line 2"):
        bundled_kb()
