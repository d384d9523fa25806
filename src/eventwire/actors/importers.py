"""User extensions of the actor knowledge base.

Two formats are read:

* **jsonl** — people with positions held, one position per line (Wikidata-like):
  ``{"name": "Jane Roe", "aliases": ["Roe"], "country": "NOR", "position":
  "foreign_minister", "role": "GOV", "start": "2025-03-01", "end": null}``.
  ``name`` and ``country`` are required; ``aliases`` (list, or one '|'-separated
  string), ``position`` (one of kb.POSITION_RANK, or free text), ``role`` (CAMEO role
  code; default from the position: GOV, OPP for opposition_leader, REB for
  armed_group_leader, none for officials of an IGO) and ``start``/``end``
  (YYYY-MM-DD, YYYY-MM, YYYY or a Wikidata time like +2017-01-20T00:00:00Z; end is
  the first day out of office) are optional. Lines of the same name add positions
  to one person; other keys are ignored.
* **petrarch** — PETRARCH / TABARI actor dictionaries: a primary phrase with words
  joined by '_' or ' ' and an optional default code (``HAMID_KARZAI_ [AFGGOV]``),
  ``+SYNONYM`` lines, and indented dated codes ``[USAGOV 20170120-20210120]``,
  ``[USAELI >20210120]``, ``[AFGELI <19780427]`` (dates YYYYMMDD or YYMMDD, 00-30 =
  20YY, limits inclusive); a dated code may also follow the phrase on its own line.
  Comments: ``#`` and ``;`` to the end of the line, ``<!-- ... -->``. A record with
  no code at all is skipped (PETRARCH's null code), and reported. Entries with a
  dated code become people (kind "person": their former-office role is ELI unless
  the record has a default code); others are kind "actor" with a fixed code.
  All-capital phrases are recased for matching ("ABU_BAKR_AL-BAGHDADI" ->
  "Abu Bakr al-Baghdadi"; short acronyms such as FARC stay in capitals).

An imported entry replaces a bundled entry of the same name (see
KnowledgeBase.override). `install_import` validates a file and keeps a copy in the
user data directory, from where `kb.bundled_kb()` loads it on every later run.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..errors import DataError, InputNotFound
from .kb import (
    IMPORT_SUFFIXES,
    ORG_PREFIXES,
    POSITION_RANK,
    ROLE_CODES,
    KbEntry,
    KnowledgeBase,
    Tenure,
    bundled_kb,
    fold,
    slug,
    split_code,
    user_actor_dir,
)
from .names import name_problem

FORMATS = ("jsonl", "petrarch")
MAX_IMPORT_BYTES = 200 * 1024 * 1024


@dataclass
class ImportedActor:
    """One actor read from an import file, before it enters a KnowledgeBase."""

    name: str
    kind: str  # person | actor
    line: int
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    tenures: list[Tenure] = field(default_factory=list)
    code: str | None = None  # fixed (actor) or default (person) code

    def entry(self, source: str) -> KbEntry:
        role = split_code(self.code)[1] if self.code and self.kind == "actor" else None
        return KbEntry(
            f"{self.kind}:{slug(self.name)}", self.kind, self.name, country=self.country,
            role=role, tenures=tuple(self.tenures), code=self.code, source=source,
        )


@dataclass
class ImportResult:
    path: Path
    format: str
    actors: list[ImportedActor]
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, phrase) without code
    # (line, reason): entries or aliases refused for an invalid name (see names.py)
    rejected: list[tuple[int, str]] = field(default_factory=list)


# -- reading -------------------------------------------------------------------------


def read_text(path: Path) -> str:
    """The text of an actor file. Only a regular file is opened (a FIFO would block, a
    device never ends) and no more than MAX_IMPORT_BYTES + 1 bytes are read."""
    from ..reading import open_regular, os_error, read_capped

    source = str(path)
    if not os.path.lexists(path):
        raise InputNotFound("no such file", source=source)
    try:
        with open_regular(path, source) as fh:
            data = read_capped(fh, MAX_IMPORT_BYTES, source, "actor file")
    except OSError as exc:
        raise os_error(exc, source) from None
    if b"\x00" in data[:4096]:
        raise DataError("binary file, not an actor dictionary", source=str(path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # old PETRARCH / TABARI dictionaries


def detect_format(path: Path, text: str) -> str:
    """jsonl for .jsonl/.json/.ndjson files or text whose first entry starts with '{'."""
    if path.suffix.lower() in {".jsonl", ".json", ".ndjson"}:
        return "jsonl"
    for line in text.splitlines():
        s = line.strip()
        if s and not s.startswith(("#", ";", "<!--")):
            return "jsonl" if s.startswith("{") else "petrarch"
    return "petrarch"


def read_import(path: Path, fmt: str = "auto", *, kb: KnowledgeBase | None = None) -> ImportResult:
    """Parse and validate an actor file; DataError (E210) names the line of a problem.
    With `kb`, JSON Lines country codes are checked against its countries and IGOs."""
    text = read_text(path)
    rejected: list[tuple[int, str]] = []
    if fmt == "auto":
        fmt = IMPORT_SUFFIXES.get(path.suffix) or detect_format(path, text)
    if fmt == "jsonl":
        known = None
        if kb is not None:
            known = set(kb.countries) | {
                e.country for e in kb.entries.values() if e.kind == "igo" and e.country}
        result = ImportResult(path, fmt, parse_jsonl(text, str(path), known, rejected),
                              rejected=rejected)
    elif fmt == "petrarch":
        actors, skipped = parse_petrarch(text, str(path), rejected)
        result = ImportResult(path, fmt, actors, skipped, rejected)
    else:
        raise DataError(f"unknown actor file format {fmt!r} (use {', '.join(FORMATS)})",
                        source=str(path))
    if not result.actors:
        why = f"; {len(rejected)} refused for an invalid name" if rejected else ""
        raise DataError(f"no actor entries found ({fmt} format){why}", source=str(path))
    return result


def apply_import(kb: KnowledgeBase, result: ImportResult) -> list[tuple[KbEntry, list[KbEntry]]]:
    """Add the actors of an import to `kb`; returns (entry, entries it replaced)."""
    source = f"imported:{result.path.name}"
    out = []
    for actor in result.actors:
        entry = actor.entry(source)
        out.append((entry, kb.override(entry, [actor.name, *actor.aliases])))
    return out


# -- JSON Lines ----------------------------------------------------------------------

_WIKIDATA_TIME = re.compile(r"^\+?(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T[0-9:]+Z?)?$")


def parse_day(value: object, what: str, where: str) -> date | None:
    """YYYY-MM-DD, YYYY-MM, YYYY, or a Wikidata time (+2017-01-20T00:00:00Z)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise DataError(f"{what} must be a date string, not {value!r}", source=where)
    m = _WIKIDATA_TIME.match(value.strip())
    if m:
        year, month, day = int(m[1]), int(m[2] or 1) or 1, int(m[3] or 1) or 1
        try:
            return date(year, month, day)
        except ValueError:
            pass
    raise DataError(f"bad {what} date {value!r} (expected YYYY-MM-DD)", source=where)


def _default_role(position: str | None, country: str) -> str | None:
    if country.startswith(ORG_PREFIXES):
        return None
    return {"opposition_leader": "OPP", "armed_group_leader": "REB"}.get(position or "", "GOV")


def parse_jsonl(text: str, source: str, known: set[str] | None = None,
                rejected: list[tuple[int, str]] | None = None) -> list[ImportedActor]:
    """People of a JSON Lines file. A line whose name is invalid (names.py) is left out
    and an invalid alias dropped, each noted in `rejected` as (line, reason)."""
    people: dict[str, ImportedActor] = {}
    refused = rejected if rejected is not None else []
    for n, raw in enumerate(text.splitlines(), 1):
        s = raw.strip()
        if not s:
            continue
        where = f"{source}: line {n}"

        def bad(message: str, where: str = where) -> DataError:
            return DataError(message, source=where)

        try:
            obj = json.loads(s)
        except json.JSONDecodeError as exc:
            raise bad(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
        except RecursionError:
            raise bad("JSON nested too deeply") from None
        if not isinstance(obj, dict):
            raise bad("expected a JSON object with name, country, position, start, end")
        name = obj.get("name")
        if not isinstance(name, str) or not name.strip():
            raise bad("missing or empty 'name'")
        name = " ".join(name.split())
        if problem := name_problem(name):
            refused.append((n, problem))
            continue
        aliases = obj.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a for a in aliases.split("|")]
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise bad("'aliases' must be a list of strings")
        aliases = [" ".join(a.split()) for a in aliases]
        for alias in aliases:
            if alias and (problem := name_problem(alias)):
                refused.append((n, f"alias: {problem}"))
        aliases = [a for a in aliases if a and not name_problem(a)]
        country = obj.get("country")
        if not isinstance(country, str) or not re.fullmatch(r"[A-Z]{3}(?:[A-Z0-9]{2,})?",
                                                             country):
            raise bad(f"missing or bad 'country' {country!r} (ISO alpha-3 like 'COL', or an "
                      f"IGO code like 'IGOUNO')")
        if known is not None and country not in known:
            raise bad(f"unknown country code {country!r}")
        position = obj.get("position")
        if position is not None and (not isinstance(position, str) or not position.strip()):
            raise bad("'position' must be a non-empty string")
        if position is not None and (problem := name_problem(position)):
            refused.append((n, f"position: {problem}"))
            continue
        role = obj.get("role")
        if role is not None:
            if not isinstance(role, str) or role.upper() not in ROLE_CODES:
                raise bad(f"unknown role {role!r} (a CAMEO role code such as GOV, MIL, OPP)")
            role = role.upper()
        start = parse_day(obj.get("start"), "start", where)
        end = parse_day(obj.get("end"), "end", where)
        if start and end and end < start:
            raise bad(f"end {end} is before start {start}")
        person = people.setdefault(name, ImportedActor(name, "person", n, country=country))
        person.aliases.extend(a.strip() for a in aliases
                              if a.strip() and a.strip() not in person.aliases)
        if position is None and role is None:
            if start or end:
                raise bad("'start'/'end' given without a 'position' or 'role'")
            continue
        position = position.strip() if position else "other"
        if position.lower() in POSITION_RANK:
            position = position.lower()
        person.tenures.append(Tenure(country, role or _default_role(position, country),
                                     position, start, end))
    for person in people.values():
        if person.tenures:
            person.country = person.tenures[0].country
    return list(people.values())


# -- PETRARCH actor dictionaries ------------------------------------------------------

_CODE = re.compile(r"[A-Za-z0-9]{3,15}|---")
# Matched against the stripped text inside [...]. Every quantifier is possessive (++, *+):
# the earlier pattern, \s*(?P<code>\S+)\s*(...)?\s*$, let the regex engine split a run
# of spaces between two \s* in every way before failing, so a 200 KB line such as
# "[A      ...      x]" took minutes (quadratic backtracking); now it is linear.
_RESTRICTION = re.compile(
    r"(?P<code>[^\s<>]++)\s*+"
    r"(?:(?P<op>[<>])\s*+(?P<day>\d++)|(?P<a>\d++)\s*+-\s*+(?P<b>\d++))?+$")
_SPACES = re.compile(r"\s*")
_SMALL = {"of", "the", "and", "for", "de", "del", "la", "le", "du", "des", "da", "do", "dos",
          "y", "al", "el", "bin", "ibn", "van", "von", "der", "den", "in", "on", "at", "to",
          "a", "an", "wal"}
_TITLES = {"MR", "MRS", "MS", "DR", "ST", "JR", "SR"}
_ARTICLE_PREFIXES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "ud", "ul", "e", "i")


def petrarch_date(text: str, where: str) -> date:
    """YYYYMMDD, or YYMMDD with 00-30 read as 20YY and 31-99 as 19YY (KEDS/TABARI rule)."""
    if len(text) == 8:
        y, m, d = int(text[:4]), int(text[4:6]), int(text[6:])
    elif len(text) == 6:
        yy = int(text[:2])
        y, m, d = (2000 + yy if yy <= 30 else 1900 + yy), int(text[2:4]), int(text[4:])
    else:
        raise DataError(f"bad date {text!r} (expected YYYYMMDD or YYMMDD)", source=where)
    try:
        return date(y, m, d)
    except ValueError:
        raise DataError(f"bad date {text!r}", source=where) from None


def _title_word(word: str, first: bool) -> str:
    if word[:1] in "(\"" or word[-1:] in ")\",":
        head = len(word) - len(word.lstrip("(\""))
        tail = len(word) - len(word.rstrip(")\","))
        core = word[head : len(word) - tail]
        return word[:head] + (_title_word(core, first) if core else "") + word[len(word) - tail:]
    if not any(c.isalpha() for c in word) or any(c in word for c in "./") or any(
            c.isdigit() for c in word):
        return word
    if "-" in word:
        parts = word.split("-")
        out = []
        for i, p in enumerate(parts):
            if i < len(parts) - 1 and p.lower() in _ARTICLE_PREFIXES:
                out.append(p.lower())  # al-Baghdadi, ul-Mujahideen
            else:
                out.append(_title_word(p, first and i == 0) if p else p)
        return "-".join(out)
    lower = word.lower()
    if not first and lower in _SMALL:
        return lower
    if 1 < len(word) <= 4 and not any(c in "AEIOUY" for c in word) and word not in _TITLES:
        return word  # PKK, MQM, ELN: acronyms stay in capitals
    if "'" in word:
        head, _, tail = word.partition("'")
        if len(head) == 1 and tail:
            return head.upper() + "'" + tail.capitalize()  # O'NEILL -> O'Neill
        return word.capitalize()  # PEOPLE'S -> People's
    return word.capitalize()


def _acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) <= 3 or not any(c in "AEIOUY" for c in letters)


def phrase_names(phrase: str) -> tuple[str, list[str]]:
    """(display name, extra names to match) of a PETRARCH phrase."""
    text = " ".join(phrase.replace("_", " ").split())
    extra: list[str] = []
    for inner in re.findall(r"\(([^()]*)\)", text):
        inner = inner.strip()
        letters = [c for c in inner if c.isalpha()]
        if inner and " " not in inner and inner == inner.upper() and 1 < len(letters) <= 6:
            extra.append(inner)  # "(ETA)", "(FARC-EP)": the acronym
    bare = " ".join(re.sub(r"\([^()]*\)", " ", text).split()) or text
    if any(c.islower() for c in text):
        return text, ([bare] if bare != text else []) + extra
    words = bare.split()
    if len(words) == 1 and (_acronym(bare) or all(len(p) <= 4 for p in bare.split("-"))
                            and "-" in bare):
        titled = bare  # ETA, AUC, PKK, FARC-EP: an acronym
    else:
        titled = " ".join(_title_word(w, i == 0) for i, w in enumerate(words))
    name = titled
    if bare != text:  # keep the qualifier in the name: "National Liberation Army (Colombia)"
        quals = []
        for inner in re.findall(r"\(([^()]*)\)", text):
            inner = inner.strip()
            quals.append(inner if inner in extra else " ".join(
                _title_word(w, i == 0) for i, w in enumerate(inner.split())))
        name = titled + "".join(f" ({q})" for q in quals if q)
        extra.insert(0, titled)
    if len(words) == 1 and bare != titled:
        extra.append(bare)  # "HAMAS", "FARC" as written in capitals
    return name, [e for e in dict.fromkeys(extra) if e != name]


@dataclass
class _Record:
    phrase: str
    line: int
    synonyms: list[str] = field(default_factory=list)
    default: str | None = None
    dated: list[Tenure] = field(default_factory=list)


def _strip_comments(text: str) -> list[tuple[int, str]]:
    """(line number, content) with #, ; and <!-- --> comments removed; the leading
    whitespace of a line is kept (it marks a date-restriction line)."""
    out = []
    in_comment = False
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw
        if in_comment:
            end = line.find("-->")
            if end < 0:
                continue
            line = line[end + 3:]
            in_comment = False
        if "<!--" in line:
            line, in_comment = _cut_comments(line)
        for mark in ("#", ";"):
            cut = line.find(mark)
            if cut >= 0:
                line = line[:cut]
        if line.strip():
            out.append((n, line.rstrip()))
    return out


def _cut_comments(line: str) -> tuple[str, bool]:
    """The line without its <!-- --> comments, and whether one is left open. One pass
    (not one string copy per comment: a line of many comments stays linear)."""
    parts = []
    pos = 0
    while (start := line.find("<!--", pos)) >= 0:
        parts.append(line[pos:start])
        end = line.find("-->", start + 4)
        if end < 0:
            return "".join(parts), True
        parts.append(" ")
        pos = end + 3
    parts.append(line[pos:])
    return "".join(parts), False


def _brackets(text: str, where: str) -> tuple[str, list[str]]:
    """Split 'PHRASE [A] [B]' into ('PHRASE', ['A', 'B']); text after a bracket is an error."""
    head, sep, rest = text.partition("[")
    if not sep:
        if "]" in head:
            raise DataError("']' without '['", source=where)
        return head.strip(), []
    groups = []
    pos = len(head)  # by index, not by re-slicing the rest: linear in the line length
    while (pos := _SPACES.match(text, pos).end()) < len(text):
        if text[pos] != "[":
            raise DataError(f"unexpected text after a code: {text[pos:pos + 40]!r}",
                            source=where)
        close = text.find("]", pos)
        if close < 0 or "[" in text[pos + 1:close]:
            raise DataError("missing ']'", source=where)
        groups.append(text[pos + 1:close].strip())
        pos = close + 1
    return head.strip(), groups


def _restriction(inner: str, rec: _Record, where: str) -> None:
    m = _RESTRICTION.match(inner.strip())
    if not m or not _CODE.fullmatch(m["code"]):
        shown = inner if len(inner) <= 40 else inner[:40] + "…"
        raise DataError(f"bad code or date restriction [{shown}] (expected [CODE], "
                        f"[CODE <YYYYMMDD], [CODE >YYYYMMDD] or [CODE YYYYMMDD-YYYYMMDD])",
                        source=where)
    code = m["code"].upper()
    if code == "---":
        return  # PETRARCH null code
    if m["op"] is None and m["a"] is None:
        rec.default = code
        return
    one_day = timedelta(days=1)
    if m["op"] == "<":
        start, end = None, petrarch_date(m["day"], where) + one_day
    elif m["op"] == ">":
        start, end = petrarch_date(m["day"], where), None
    else:
        start = petrarch_date(m["a"], where)
        end = petrarch_date(m["b"], where) + one_day
        if end <= start:
            raise DataError(f"end date before start date in [{inner}]", source=where)
    country, role = split_code(code)
    rec.dated.append(Tenure(country, role, "dated code", start, end, code=code))


def parse_petrarch(text: str, source: str, rejected: list[tuple[int, str]] | None = None,
                   ) -> tuple[list[ImportedActor], list[tuple[int, str]]]:
    """(actors, records skipped for having no code). A record whose phrase is an
    invalid name (names.py) is left out and an invalid synonym dropped, each noted in
    `rejected` as (line, reason)."""
    refused = rejected if rejected is not None else []
    records: list[_Record] = []
    current: _Record | None = None
    for n, line in _strip_comments(text):
        where = f"{source}: line {n}"
        stripped = line.strip()
        if stripped.startswith("+"):
            if current is None:
                raise DataError("synonym line '+…' before any actor phrase", source=where)
            phrase, codes = _brackets(stripped[1:], where)
            if codes:
                raise DataError("a synonym line cannot carry a code", source=where)
            if not phrase.strip("_ "):
                raise DataError("empty synonym", source=where)
            if problem := name_problem(" ".join(phrase.replace("_", " ").split())):
                refused.append((n, f"synonym: {problem}"))
            else:
                current.synonyms.append(phrase)
        elif stripped.startswith("["):
            if current is None:
                raise DataError("code line '[…]' before any actor phrase", source=where)
            _, codes = _brackets(stripped, where)
            for inner in codes:
                _restriction(inner, current, where)
        elif line[:1].isspace() and not current:
            raise DataError("indented line before any actor phrase", source=where)
        else:
            phrase, codes = _brackets(stripped, where)
            if not phrase.strip("_ "):
                raise DataError("empty actor phrase", source=where)
            current = _Record(phrase, n)
            records.append(current)
            for inner in codes:
                _restriction(inner, current, where)
    actors: dict[str, ImportedActor] = {}
    skipped: list[tuple[int, str]] = []
    for rec in records:
        if rec.default is None and not rec.dated:
            skipped.append((rec.line, rec.phrase))
            continue
        if problem := name_problem(" ".join(rec.phrase.replace("_", " ").split())):
            refused.append((rec.line, problem))
            continue
        name, extra = phrase_names(rec.phrase)
        aliases = list(extra)
        for syn in rec.synonyms:
            syn_name, syn_extra = phrase_names(syn)
            aliases.extend([syn_name, *syn_extra])
        kind = "person" if rec.dated else "actor"
        code = rec.default
        country = split_code(code)[0] if code else None
        if rec.dated:
            country = country or rec.dated[0].country
        actor = ImportedActor(name, kind, rec.line, country=country, tenures=list(rec.dated),
                              code=code)
        actor.aliases = [a for a in dict.fromkeys(aliases) if a != name]
        actors[name] = actor  # a later record of the same name wins
    return list(actors.values()), skipped


# -- installing ----------------------------------------------------------------------


@dataclass
class Installed:
    stored: Path
    result: ImportResult
    overrides: list[tuple[KbEntry, list[KbEntry]]]
    replaced_file: bool


def install_import(path: Path, fmt: str = "auto", *, check_only: bool = False) -> Installed:
    """Validate an actor file against the bundled KB and copy it into the user data
    directory (unless `check_only`), so that `bundled_kb()` loads it from now on."""
    kb = bundled_kb(user_imports=False)
    result = read_import(path, fmt, kb=kb)
    # the bundled entries each actor replaces (same name, see KnowledgeBase.override)
    overrides = []
    for actor in result.actors:
        entry = actor.entry(f"imported:{path.name}")
        same = [kb.entries[i] for i in kb.by_name.get(fold(entry.name), [])
                if kb.entries[i].kind not in {"country", "government"}]
        overrides.append((entry, same))
    suffix = ".jsonl" if result.format == "jsonl" else ".actors"
    stem = path.name
    for ext in (".jsonl", ".ndjson", ".json", ".actors", ".txt", ".dict"):
        if stem.lower().endswith(ext) and len(stem) > len(ext):
            stem = stem[: -len(ext)]
            break
    folder = user_actor_dir()
    stored = folder / (re.sub(r"[^\w.-]+", "_", stem) + suffix)
    replaced = stored.exists()
    if not check_only:
        folder.mkdir(parents=True, exist_ok=True)
        data = path.read_bytes()
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".import-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, stored)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        result.path = stored
    return Installed(stored, result, overrides, replaced)
