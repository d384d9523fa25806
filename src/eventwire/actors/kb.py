"""The actor knowledge base: countries, capitals and seats of government,
international organisations, role nouns, armed groups / parties / cartels, and
people with dated positions.

Bundled tables live in data/actors/*.tsv (each with its own source note).
Codes follow CAMEO conventions: country (ISO alpha-3) or IGO code + role.

User imports (`eventwire actors import FILE`, see importers.py) are stored in
the user data directory ($EVENTWIRE_DATA_DIR, else the platform's user data dir)
under actors/, and `bundled_kb()` loads them on top of the bundled tables;
`bundled_kb(user_imports=False)` is the bundled tables alone.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..data_files import data_path, read_tsv, split_multi
from ..errors import DataError, EventwireError, UserKbInvalid

# A former office holder is coded as an elite of the country (CAMEO ELI).
FORMER_ROLE = "ELI"
POSITION_RANK = {
    "head_of_state": 0,
    "head_of_government": 1,
    "vice_president": 2,
    "foreign_minister": 3,
    "defence_minister": 4,
    "secretary_general": 5,
    "opposition_leader": 6,
    "armed_group_leader": 7,
    "other": 8,
}
# CAMEO role codes an actor code may carry after its country (first role only).
ROLE_CODES = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "UAF", "CRM", "BUS",
    "MED", "EDU", "CVL", "REF", "LAB", "NGO", "HLH", "ELI", "SPY", "AGR", "DEV", "ENV",
    "HRI", "REL", "MOD", "RAD",
})
# Code prefixes that are organisations, not countries. For IGO/NGO codes the whole
# code stands in the `country` field (as in igos.tsv); IMG (international militarised
# group), INT, MNC and NGM actors have no country.
ORG_PREFIXES = ("IGO", "NGO")
TRANSNATIONAL_PREFIXES = ("IMG", "INT", "MNC", "NGM")
# States that seceded, and the day they did: a place of theirs named in news from before
# that day is of the state it then belonged to (Juba in 1995 is Sudan's). Source: public
# dates of independence (South Sudan 2011-07-09, Kosovo's declaration 2008-02-17, Eritrea
# 1993-05-24).
SECEDED = {"SSD": ("SDN", date(2011, 7, 9)), "XKX": ("SRB", date(2008, 2, 17)),
           "ERI": ("ETH", date(1993, 5, 24))}


# States that no longer exist, and the day they ended (ISO 3166-3 codes in countries.tsv).
# Source: public dates of dissolution (the Soviet Union 1991-12-26, East Germany's accession
# 1990-10-03, Czechoslovakia 1993-01-01, Zaire renamed 1997-05-17, the Federal Republic of
# Yugoslavia renamed Serbia and Montenegro 2003-02-04, Serbia and Montenegro 2006-06-05).
DISSOLVED = {"SUN": date(1991, 12, 26), "DDR": date(1990, 10, 3), "CSK": date(1993, 1, 1),
             "ZAR": date(1997, 5, 17), "YUG": date(2003, 2, 4), "SCG": date(2006, 6, 5)}


def ended_before(country: str | None, day: date | None) -> bool:
    """The state `country` no longer existed on `day`."""
    return country in DISSOLVED and day is not None and day >= DISSOLVED[country]


def country_on(country: str | None, day: date | None) -> str | None:
    """The country a place of `country` belonged to on `day`."""
    if country in SECEDED and day is not None and day < SECEDED[country][1]:
        return SECEDED[country][0]
    return country


# Entry kinds that an imported entry of the same name does not replace (it only takes
# precedence on the names they share): they also back demonyms and role phrases.
PLACE_KINDS = frozenset({"country", "government"})


def _date(cell: str, where: str) -> date | None:
    if not cell:
        return None
    try:
        return date.fromisoformat(cell)
    except ValueError as exc:
        raise DataError(f"bad date {cell!r}", source=where) from exc


def fold(text: str) -> str:
    """Case-, accent- and space-insensitive form of a name ("Nicolás" -> "nicolas")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def split_code(code: str) -> tuple[str | None, str | None]:
    """(country, role) of a CAMEO-style code: "USAGOV" -> (USA, GOV), "PSEREBHMS" ->
    (PSE, REB), "IGOUNO" -> (IGOUNO, None), "IMGINS" -> (None, INS), "COL" -> (COL, None)."""
    prefix, rest = code[:3], code[3:]
    if prefix in ORG_PREFIXES:
        return code, None
    role = rest[:3] if rest[:3] in ROLE_CODES else None
    return (None if prefix in TRANSNATIONAL_PREFIXES else prefix), role


@dataclass(frozen=True)
class Tenure:
    country: str | None
    role: str | None
    position: str
    start: date | None
    end: date | None
    code: str | None = None  # the full code when it is more than country + role ("PSEREBHMS")

    def active_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    @property
    def full_code(self) -> str | None:
        return self.code or ((self.country or "") + (self.role or "")) or None

    def span(self) -> str:
        return f"{self.start or '?'}..{self.end or 'now'}"


@dataclass(frozen=True)
class KbEntry:
    kb_id: str
    kind: str  # country | government | igo | group | person | actor (imported, type unknown)
    name: str
    country: str | None = None
    role: str | None = None
    tenures: tuple[Tenure, ...] = ()
    # group/actor: the fixed code; person/dated entries: the default code used when no
    # dated code applies (PETRARCH semantics), None for the bundled people.
    code: str | None = None
    source: str = "bundled"  # bundled | imported:<file name>

    def code_on(self, day: date | None) -> tuple[str | None, str | None, str | None, str]:
        """(code, country, role, why) of this entry on `day` (None: the latest known)."""
        if self.kind == "person":
            return self._person_code(day)
        if self.tenures:
            return self._dated_code(day)
        if self.kind in ("group", "actor"):
            return self.code, self.country, self.role, self.kind
        code = (self.country or "") + (self.role or "") if self.kind != "igo" else self.country
        return code or None, self.country, self.role, self.kind

    def _default(self, why: str) -> tuple[str | None, str | None, str | None, str]:
        country, role = split_code(self.code or "")
        return self.code, country, role, why

    def _person_code(self, day: date | None) -> tuple[str | None, str | None, str | None, str]:
        if not self.tenures:
            if self.code:
                return self._default("default code (no dated positions)")
            return self.country, self.country, None, "person without positions"
        tenures = sorted(self.tenures, key=lambda t: POSITION_RANK.get(t.position, 9))
        if day is None:
            latest = max(self.tenures, key=lambda t: t.start or date.min)
            return latest.full_code, latest.country, latest.role, "latest position"
        for t in tenures:
            if t.active_on(day):
                why = f"{t.position} {t.code or t.country} {t.span()}"
                return t.full_code, t.country, t.role, why
        if self.code:
            return self._default(f"default code (no dated code applies on {day})")
        past = [t for t in self.tenures if t.end is not None and t.end <= day]
        if past:
            last = max(past, key=lambda t: t.end or date.min)
            where = last.code or last.country
            why = f"former {last.position} {where} (until {last.end})"
            if last.country is None or last.country.startswith(ORG_PREFIXES):
                return last.country, last.country, None, why
            return last.country + FORMER_ROLE, last.country, FORMER_ROLE, why
        first = min(self.tenures, key=lambda t: t.start or date.min)
        return first.country, first.country, None, f"before first position ({first.start})"

    def _dated_code(self, day: date | None) -> tuple[str | None, str | None, str | None, str]:
        """Groups and imported actors whose code changes over time (the Taliban: AFGREB,
        then AFGGOV from 2021-08-15)."""
        by_start = sorted(self.tenures, key=lambda t: t.start or date.min)
        if day is None:
            t, how = by_start[-1], "latest"
        else:
            active = [t for t in by_start if t.active_on(day)]
            past = [t for t in by_start if t.end is not None and t.end <= day]
            if active:
                t, how = active[-1], "on the date"
            elif self.code:
                return self._default(f"default code (no dated code applies on {day})")
            elif past:
                t, how = max(past, key=lambda t: t.end or date.min), "last known"
            else:
                t, how = by_start[0], "first known"
        return t.full_code, t.country, t.role, f"{self.kind} {t.full_code} {t.span()} ({how})"


@dataclass
class KnowledgeBase:
    """Aliases to entries, plus the vocabularies actor resolution needs."""

    aliases: dict[str, list[KbEntry]] = field(default_factory=lambda: defaultdict(list))
    demonyms: dict[str, str] = field(default_factory=dict)  # "Colombian" -> COL
    role_nouns: dict[str, str] = field(default_factory=dict)  # "police" -> COP
    countries: dict[str, KbEntry] = field(default_factory=dict)
    entries: dict[str, KbEntry] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)  # kb_id -> alias keys
    by_name: dict[str, list[str]] = field(default_factory=dict)  # fold(name) -> kb_ids

    def add(self, entry: KbEntry, names: list[str]) -> None:
        """Register an entry; later additions of the same kb_id replace earlier ones."""
        if entry.kb_id in self.entries:
            self.remove(entry.kb_id)
        self.entries[entry.kb_id] = entry
        self.by_name.setdefault(fold(entry.name), []).append(entry.kb_id)
        keys = self.names.setdefault(entry.kb_id, [])
        for name in names:
            for variant in _variants(name):
                if entry not in self.aliases[variant]:
                    # Imported and later entries take precedence over bundled ones.
                    self.aliases[variant].insert(0, entry)
                    keys.append(variant)

    def remove(self, kb_id: str) -> KbEntry | None:
        """Drop an entry from every name it was registered under."""
        old = self.entries.pop(kb_id, None)
        if old is None:
            return None
        for key in self.names.pop(kb_id, []):
            lst = self.aliases.get(key)
            if lst and old in lst:
                lst.remove(old)
        ids = self.by_name.get(fold(old.name), [])
        if kb_id in ids:
            ids.remove(kb_id)
        return old

    def override(self, entry: KbEntry, names: list[str]) -> list[KbEntry]:
        """Add an imported entry. Entries with the same name (ignoring case and accents)
        are replaced, and the replacement inherits their names ("Trump" still finds an
        imported "Donald Trump"); countries and governments are kept, the imported entry
        just comes first on the names they share. Returns the replaced entries."""
        replaced = []
        inherited: list[str] = []
        for kb_id in list(self.by_name.get(fold(entry.name), [])):
            old = self.entries.get(kb_id)
            if old is None or old.kind in PLACE_KINDS:
                continue
            inherited.extend(self.names.get(kb_id, []))
            self.remove(kb_id)
            replaced.append(old)
        self.add(entry, [*names, *inherited])
        return replaced

    def lookup(self, name: str, day: date | None = None) -> list[KbEntry]:
        """Entries for a surface name, best first for the given date."""
        found = list(self.aliases.get(name.strip(), []))
        if day is not None:
            found.sort(key=lambda e: 0 if any(t.active_on(day) for t in e.tenures) else 1)
        return found

    def best(self, name: str, day: date | None) -> KbEntry | None:
        found = self.lookup(name, day)
        return found[0] if found else None

    def search(self, name: str) -> list[str]:
        """Surface names matching `name` exactly, else ignoring case and accents."""
        name = " ".join(name.split())
        if self.aliases.get(name):
            return [name]
        key = fold(name)
        return sorted(a for a, lst in self.aliases.items() if lst and fold(a) == key)


def _variants(name: str) -> list[str]:
    name = " ".join(name.split())
    out = [name]
    if name.startswith("the "):
        out.append("The " + name[4:])
    elif name[:1].islower():
        out.append(name[:1].upper() + name[1:])
    return out


def load_countries(kb: KnowledgeBase, path: Path) -> None:
    for row in read_tsv(path):
        code = row["code"]
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise DataError(f"bad country code {code!r}", source=str(path))
        country = KbEntry(f"country:{code}", "country", row["name"], country=code)
        kb.countries[code] = country
        kb.add(country, [row["name"], *split_multi(row["aliases"])])
        for dem in split_multi(row["demonyms"]):
            kb.demonyms.setdefault(dem, code)
        gov = KbEntry(f"government:{code}", "government", f"Government of {row['name']}", code,
                      "GOV")
        kb.add(gov, [*split_multi(row["capital"]), *split_multi(row["metonyms"])])


def load_igos(kb: KnowledgeBase, path: Path) -> None:
    for row in read_tsv(path):
        entry = KbEntry(f"igo:{row['code']}", "igo", row["name"], country=row["code"])
        kb.add(entry, [row["name"], *split_multi(row["aliases"])])


def load_roles(kb: KnowledgeBase, path: Path) -> None:
    for row in read_tsv(path):
        for noun in split_multi(row["nouns"]):
            kb.role_nouns.setdefault(noun.lower(), row["role"])


def load_groups(kb: KnowledgeBase, path: Path) -> None:
    """Armed groups, militant organisations, parties and cartels (groups.tsv): code =
    country + role; transnational groups have no country and an IMG code; a group
    whose status changed has one dated row per period."""
    rows: dict[str, list[dict[str, str]]] = {}
    for row in read_tsv(path):
        where = f"{path}: {row['name']}"
        country, role, code = row["country"] or None, row["role"], row["code"]
        if role not in ROLE_CODES:
            raise DataError(f"unknown role {role!r}", source=where)
        if country is not None and not re.fullmatch(r"[A-Z]{3}", country):
            raise DataError(f"bad country code {country!r}", source=where)
        if code != (country or "IMG") + role:
            raise DataError(f"code {code!r} is not country + role", source=where)
        rows.setdefault(row["name"], []).append(row)
    for name, group in rows.items():
        where = f"{path}: {name}"
        aliases: list[str] = []
        for row in group:
            aliases.extend(a for a in split_multi(row["aliases"]) if a not in aliases)
        first = group[0]
        country = first["country"] or None
        dated = len(group) > 1 or bool(first.get("start") or first.get("end"))
        tenures = tuple(
            Tenure(r["country"] or None, r["role"], "status", _date(r.get("start", ""), where),
                   _date(r.get("end", ""), where))
            for r in group
        ) if dated else ()
        entry = KbEntry(
            f"group:{slug(name)}", "group", name, country=country,
            role=None if dated else first["role"], tenures=tenures,
            code=None if dated else first["code"],
        )
        kb.add(entry, [name, *aliases])


def load_people(kb: KnowledgeBase, path: Path) -> None:
    by_name: dict[str, tuple[list[str], list[Tenure]]] = {}
    for row in read_tsv(path):
        where = f"{path}: {row['name']}"
        country = row["country"]
        # officials of an IGO carry the IGO code alone (IGOUNO), not IGOUNOGOV
        role = row["role"] or (None if country.startswith(ORG_PREFIXES) else "GOV")
        tenure = Tenure(
            country,
            role,
            row["position"] or "other",
            _date(row["start"], where),
            _date(row["end"], where),
        )
        aliases, tenures = by_name.setdefault(row["name"], ([], []))
        aliases.extend(a for a in split_multi(row["aliases"]) if a not in aliases)
        tenures.append(tenure)
    for name, (aliases, tenures) in by_name.items():
        add_person(kb, name, aliases, tenures)


def add_person(kb: KnowledgeBase, name: str, aliases: list[str], tenures: list[Tenure]) -> None:
    home = tenures[0].country if tenures else None
    entry = KbEntry(f"person:{slug(name)}", "person", name, country=home, tenures=tuple(tenures))
    kb.add(entry, [name, *aliases])


def load_kb(folder: Path) -> KnowledgeBase:
    """A knowledge base from a folder holding countries/igos/roles/people.tsv (and
    groups.tsv and agencies.tsv if present)."""
    kb = KnowledgeBase()
    load_countries(kb, folder / "countries.tsv")
    load_igos(kb, folder / "igos.tsv")
    load_roles(kb, folder / "roles.tsv")
    if (folder / "groups.tsv").exists():
        load_groups(kb, folder / "groups.tsv")
    if (folder / "agencies.tsv").exists():
        # state agencies named on their own ("the FBI", "Mossad"): named organisations
        # with a country and a role, read as groups are
        load_groups(kb, folder / "agencies.tsv")
    load_people(kb, folder / "people.tsv")
    return kb


# -- user imports --------------------------------------------------------------------

# Stored import files by suffix: what `eventwire actors import` writes.
IMPORT_SUFFIXES = {".jsonl": "jsonl", ".actors": "petrarch"}


def user_data_dir() -> Path:
    """$EVENTWIRE_DATA_DIR, else the platform's user data directory for eventwire."""
    env = os.environ.get("EVENTWIRE_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir as platform_dir

    return Path(platform_dir("eventwire"))


def user_actor_dir() -> Path:
    """Where imported actor files are kept."""
    return user_data_dir() / "actors"


def user_import_files(folder: Path | None = None) -> list[Path]:
    """Imported actor files, oldest import first (later imports override earlier ones)."""
    folder = folder or user_actor_dir()
    if not folder.is_dir():
        return []
    files = [p for p in folder.iterdir() if p.suffix in IMPORT_SUFFIXES and p.is_file()]
    return sorted(files, key=lambda p: (p.stat().st_mtime_ns, p.name))


def bundled_kb(*, user_imports: bool = True) -> KnowledgeBase:
    """The knowledge base shipped with eventwire, plus the user's imported actor files
    (unless `user_imports` is False). Built once per set of import files."""
    if not user_imports:
        return _kb_with(())
    key = []
    for p in user_import_files():
        try:
            st = p.stat()
        except OSError as exc:
            raise _invalid_import(p, exc.strerror or str(exc)) from None
        key.append((str(p), st.st_mtime_ns, st.st_size))
    return _kb_with(tuple(key))


def _invalid_import(path: Path, reason: str) -> UserKbInvalid:
    return UserKbInvalid(
        f"stored actor file cannot be loaded ({reason}); delete it (rm '{path}') or "
        "import a corrected file of the same name with `eventwire actors import`",
        source=str(path))


@lru_cache(maxsize=4)
def _kb_with(imports: tuple[tuple[str, int, int], ...]) -> KnowledgeBase:
    kb = load_kb(data_path("actors"))
    if imports:
        from .importers import apply_import, read_import

        for path, _mtime, _size in imports:
            # A stored file is validated as on import: a broken one (edited by hand,
            # truncated, replaced) is one coded error naming it, not a crash of every
            # code / ingest / demo.
            try:
                result = read_import(Path(path), kb=kb)
            except EventwireError as exc:
                where = (exc.source or "").removeprefix(path).lstrip(": ")  # "line 3"
                reason = f"{where}: {exc.message}" if where else exc.message
                raise _invalid_import(Path(path), reason) from exc
            except (OSError, ValueError, RecursionError) as exc:
                raise _invalid_import(Path(path), f"{type(exc).__name__}: {exc}") from exc
            apply_import(kb, result)  # without its invalid names, as reported on import
    return kb


def clear_kb_cache() -> None:
    """Forget built knowledge bases (after the bundled tables changed in place)."""
    _kb_with.cache_clear()
