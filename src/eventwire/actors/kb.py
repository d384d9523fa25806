"""The actor knowledge base: countries, capitals and seats of government,
international organisations, role nouns, and people with dated positions.

Bundled tables live in data/actors/*.tsv (each with its own source note).
Codes follow CAMEO conventions: country (ISO alpha-3) or IGO code + role.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..data_files import data_path, read_tsv, split_multi
from ..errors import DataError

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


def _date(cell: str, where: str) -> date | None:
    if not cell:
        return None
    try:
        return date.fromisoformat(cell)
    except ValueError as exc:
        raise DataError(f"bad date {cell!r}", source=where) from exc


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass(frozen=True)
class Tenure:
    country: str
    role: str
    position: str
    start: date | None
    end: date | None

    def active_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class KbEntry:
    kb_id: str
    kind: str  # country | government | igo | person
    name: str
    country: str | None = None
    role: str | None = None
    tenures: tuple[Tenure, ...] = ()

    def code_on(self, day: date | None) -> tuple[str | None, str | None, str | None, str]:
        """(code, country, role, why) of this entry on `day` (None: the latest known)."""
        if self.kind != "person":
            code = (self.country or "") + (self.role or "") if self.kind != "igo" else self.country
            return code or None, self.country, self.role, self.kind
        if not self.tenures:
            return self.country, self.country, None, "person without positions"
        tenures = sorted(self.tenures, key=lambda t: POSITION_RANK.get(t.position, 9))
        if day is None:
            latest = max(self.tenures, key=lambda t: t.start or date.min)
            return latest.country + latest.role, latest.country, latest.role, "latest position"
        for t in tenures:
            if t.active_on(day):
                why = f"{t.position} {t.country} {t.start or '?'}..{t.end or 'now'}"
                return t.country + t.role, t.country, t.role, why
        past = [t for t in self.tenures if t.end is not None and t.end <= day]
        if past:
            last = max(past, key=lambda t: t.end or date.min)
            why = f"former {last.position} {last.country} (until {last.end})"
            if last.country.startswith(("IGO", "NGO")):
                return last.country, last.country, None, why
            return last.country + FORMER_ROLE, last.country, FORMER_ROLE, why
        first = min(self.tenures, key=lambda t: t.start or date.min)
        return first.country, first.country, None, f"before first position ({first.start})"


@dataclass
class KnowledgeBase:
    """Aliases to entries, plus the vocabularies actor resolution needs."""

    aliases: dict[str, list[KbEntry]] = field(default_factory=lambda: defaultdict(list))
    demonyms: dict[str, str] = field(default_factory=dict)  # "Colombian" -> COL
    role_nouns: dict[str, str] = field(default_factory=dict)  # "police" -> COP
    countries: dict[str, KbEntry] = field(default_factory=dict)
    entries: dict[str, KbEntry] = field(default_factory=dict)

    def add(self, entry: KbEntry, names: list[str]) -> None:
        """Register an entry; later additions of the same kb_id replace earlier ones."""
        old = self.entries.get(entry.kb_id)
        if old is not None:
            for lst in self.aliases.values():
                if old in lst:
                    lst.remove(old)
        self.entries[entry.kb_id] = entry
        for name in names:
            for variant in _variants(name):
                if entry not in self.aliases[variant]:
                    # Imported and later entries take precedence over bundled ones.
                    self.aliases[variant].insert(0, entry)

    def lookup(self, name: str, day: date | None = None) -> list[KbEntry]:
        """Entries for a surface name, best first for the given date."""
        found = list(self.aliases.get(name.strip(), []))
        if day is not None:
            found.sort(key=lambda e: 0 if any(t.active_on(day) for t in e.tenures) else 1)
        return found

    def best(self, name: str, day: date | None) -> KbEntry | None:
        found = self.lookup(name, day)
        return found[0] if found else None


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
        gov = KbEntry(
            f"government:{code}", "government", f"Government of {row['name']}", code, "GOV"
        )
        kb.add(gov, [*split_multi(row["capital"]), *split_multi(row["metonyms"])])


def load_igos(kb: KnowledgeBase, path: Path) -> None:
    for row in read_tsv(path):
        entry = KbEntry(f"igo:{row['code']}", "igo", row["name"], country=row["code"])
        kb.add(entry, [row["name"], *split_multi(row["aliases"])])


def load_roles(kb: KnowledgeBase, path: Path) -> None:
    for row in read_tsv(path):
        for noun in split_multi(row["nouns"]):
            kb.role_nouns.setdefault(noun.lower(), row["role"])


def load_people(kb: KnowledgeBase, path: Path) -> None:
    by_name: dict[str, tuple[list[str], list[Tenure]]] = {}
    for row in read_tsv(path):
        where = f"{path}: {row['name']}"
        tenure = Tenure(
            row["country"],
            row["role"] or "GOV",
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
    """A knowledge base from a folder holding countries/igos/roles/people.tsv."""
    kb = KnowledgeBase()
    load_countries(kb, folder / "countries.tsv")
    load_igos(kb, folder / "igos.tsv")
    load_roles(kb, folder / "roles.tsv")
    load_people(kb, folder / "people.tsv")
    return kb


@lru_cache(maxsize=1)
def bundled_kb() -> KnowledgeBase:
    """The knowledge base shipped with eventwire."""
    return load_kb(data_path("actors"))
