"""Gold-standard event files read into one normalised form.

Three record layouts are understood, told apart by their fields (never the file name):

- CAMEO codebook examples: `text` and one gold `code`, no actors;
- PLOVER gold-standard records: `plover_event` (PLOVER 0.5b1 names) and
  `source[]` / `target[]` actors with a country `code`;
- PETRARCH2 unit-test records: `events[{source, target, code}]`, `date`
  (YYYYMMDD, the publication date) and an optional `noevents` flag.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import permutations, product
from pathlib import Path

from ..errors import EmptyInput, InputNotFound, MalformedInput

CAMEO = "cameo"
PLOVER = "plover"
PETRARCH = "petrarch"

# The levels each kind of gold can be scored at, headline order.
LEVELS: dict[str, tuple[str, ...]] = {
    CAMEO: ("root", "code"),
    PETRARCH: ("root", "code", "tuple"),
    PLOVER: ("plover", "tuple"),
}

# PLOVER 0.5b1 (2016) event names that differ from the 2021 names eventwire's ontology
# uses (data/ontology/cameo.tsv); every other 0.5b1 name is the same in both.
PLOVER_05_TO_OURS: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

# Country codes some gold records use that are not the ISO alpha-3 codes eventwire emits.
COUNTRY_FIXES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA"}
# PETRARCH writes an actor of unknown country as "---"; eventwire leaves it empty.
UNKNOWN_COUNTRY = "---"


@dataclass(frozen=True)
class GoldEvent:
    """One event as the scorer sees it; gold and emitted events share this form.

    `source` / `target` are country codes (first three letters of an actor code).
    """

    source: str | None = None
    target: str | None = None
    code: str | None = None
    plover: str | None = None

    @property
    def root(self) -> str | None:
        return self.code[:2] if self.code else None

    @property
    def has_actors(self) -> bool:
        return self.source is not None or self.target is not None


@dataclass(frozen=True)
class GoldSentence:
    id: str
    text: str
    published: date | None
    events: tuple[GoldEvent, ...]
    # Tuple level applies when the gold names actors for this sentence (or expects nothing).
    has_actors: bool = False


@dataclass(frozen=True)
class GoldSet:
    name: str
    path: str
    kind: str  # cameo | plover | petrarch
    sentences: tuple[GoldSentence, ...]
    part: str = "all"  # read | held | all (see split)
    # The records name a fictional actor dictionary (PETRARCH2's unit tests: Arnor,
    # Gondor ...) that no KB knows: coded keeping events whose actors are unknown.
    fictional_actors: bool = False

    @property
    def levels(self) -> tuple[str, ...]:
        return LEVELS[self.kind]

    @property
    def event_level(self) -> str:
        """The level an event's type is judged at: CAMEO root, or PLOVER event."""
        return "plover" if self.kind == PLOVER else "root"

    def head(self, limit: int | None) -> GoldSet:
        if limit is None:
            return self
        return GoldSet(self.name, self.path, self.kind, self.sentences[: max(limit, 0)],
                       self.part, self.fictional_actors)

    def split(self, part: str) -> GoldSet:
        """The `read` (70%) or `held` (30%) part of the set, by a hash of each record id
        (`all`: the whole set). Rules are written looking at the read part only; the held
        part is only ever scored, so its figures say how the coder does on unseen news."""
        if part == ALL:
            return self
        kept = in_part(self.sentences, part)
        return GoldSet(f"{self.name} [{part}]", self.path, self.kind, kept, part,
                       self.fictional_actors)


READ, HELD, ALL = "read", "held", "all"
SPLITS = (READ, HELD, ALL)


def in_part(records: Sequence, part: str) -> tuple:
    """The records (anything with an `id`) of the `read` or `held` part (split_of)."""
    if part not in SPLITS:
        raise ValueError(f"unknown split {part!r}: one of {', '.join(SPLITS)}")
    return tuple(r for r in records if part == ALL or split_of(r.id) == part)


def split_of(record_id: str) -> str:
    """`read` for 70% of record ids, `held` for the other 30%: sha256(id) mod 10 < 7."""
    digest = int(hashlib.sha256(str(record_id).encode("utf-8")).hexdigest(), 16)
    return READ if digest % 10 < 7 else HELD


def country(code: str | None) -> str | None:
    """Country part of a CAMEO actor code ("USAGOV" -> "USA"); None when unknown."""
    if not code:
        return None
    c = code.strip()[:3].upper()
    if len(c) < 3 or c == UNKNOWN_COUNTRY:
        return None
    return COUNTRY_FIXES.get(c, c)


def plover_name(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().upper()
    return PLOVER_05_TO_OURS.get(name, name)


def detect_kind(record: dict) -> str | None:
    if "plover_event" in record:
        return PLOVER
    if isinstance(record.get("events"), list):
        return PETRARCH
    if "code" in record:
        return CAMEO
    return None


def _published(value: object, where: str) -> date | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    for fmt in ("%Y%m%d", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise MalformedInput(f"not a date (expected YYYYMMDD): {text!r}", source=where)


def _cameo(record: dict, rid: str, where: str) -> GoldSentence:
    code = str(record["code"]).strip()
    if not code:
        raise MalformedInput("empty `code`", source=where)
    published = _published(record.get("date"), where)
    return GoldSentence(rid, record["text"], published, (GoldEvent(code=code),))


def _petrarch(record: dict, rid: str, where: str) -> GoldSentence:
    events = []
    for ev in record["events"] or []:
        if not isinstance(ev, dict) or not ev.get("code"):
            raise MalformedInput("an event needs a `code`", source=where)
        events.append(
            GoldEvent(country(ev.get("source")), country(ev.get("target")), str(ev["code"]).strip())
        )
    if record.get("noevents"):
        events = []
    published = _published(record.get("date"), where)
    return GoldSentence(rid, record["text"], published, tuple(events), has_actors=True)


def _actor_countries(actors: object) -> list[str | None]:
    # Some records carry a stray string in an actor list; only actor objects count.
    if not isinstance(actors, list):
        return []
    return [country(a.get("code")) for a in actors if isinstance(a, dict)]


def _plover(record: dict, rid: str, where: str) -> GoldSentence:
    event = plover_name(record.get("plover_event"))
    if event is None:
        raise MalformedInput("empty `plover_event`", source=where)
    sources = _actor_countries(record.get("source"))
    targets = _actor_countries(record.get("target"))
    if not targets and len(sources) >= 2 and "SRC/TAR" in (record.get("markup") or ""):
        # Compound "A and B agreed": each side acts on the other, as coders emit it.
        pairs = list(permutations(sources, 2))
    else:
        pairs = list(product(sources or [None], targets or [None]))
    events = tuple(GoldEvent(s, t, plover=event) for s, t in pairs)
    has_actors = any(e.has_actors for e in events)
    published = _published(record.get("date"), where)
    return GoldSentence(rid, record["text"], published, events, has_actors=has_actors)


READERS = {CAMEO: _cameo, PLOVER: _plover, PETRARCH: _petrarch}


def read_gold(path: str | Path) -> GoldSet:
    """A gold set from a JSON Lines file; raises an EventwireError (E1xx) for bad input."""
    path = Path(path)
    name = str(path)
    kind: str | None = None
    fictional = False
    sentences: list[GoldSentence] = []
    records = jsonl_records(
        path, lambda r: isinstance(r, dict) and isinstance(r.get("text"), str),
        "gold record is an object with a `text`")
    for lineno, where, record in records:
        found = detect_kind(record)
        if found is None:
            raise MalformedInput(
                "not a known gold record (needs `code`, `plover_event` or `events`)", source=where
            )
        if kind is not None and found != kind:
            raise MalformedInput(f"{found} record in a {kind} gold file", source=where)
        kind = found
        fictional = fictional or str(record.get("actor_dictionary", "")).startswith("fictional")
        rid = str(record.get("id") or f"{path.stem}:{lineno}")
        sentences.append(READERS[found](record, rid, where))
    if kind is None:
        raise EmptyInput("gold file has no records", source=name)
    return GoldSet(path.name, name, kind, tuple(sentences), fictional_actors=fictional)


def gold_paths(args: Iterable[str | Path]) -> list[Path]:
    """Files named by the arguments; a directory stands for every *.jsonl in it."""
    out: list[Path] = []
    for arg in args:
        p = Path(arg)
        if p.is_dir():
            found = sorted(p.glob("*.jsonl"))
            if not found:
                raise InputNotFound("no *.jsonl gold files in directory", source=str(p))
            out.extend(found)
        elif not p.exists():
            raise InputNotFound("no such file", source=str(p))
        else:
            out.append(p)
    return out


def jsonl_records(path: str | Path, accepts, expected: str):
    """(line number, where, record) for each line of a gold JSON Lines file, checked by
    `accepts(record)`: a missing file or a folder is E101, bad encoding, a bad line or a
    record `accepts` refuses is E107 (the message names `expected`).
    Lines split on newlines only: texts may hold U+2028 and other breaks inside strings."""
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise InputNotFound("no such file", source=name)
    if path.is_dir():
        raise InputNotFound("is a directory, not a gold file", source=name)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MalformedInput(f"not UTF-8 JSON Lines: {exc.reason}", source=name) from exc
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            rec = json.loads(line)
        except ValueError as exc:
            raise MalformedInput(f"not JSON: {exc.msg}", source=where) from exc
        if not accepts(rec):
            raise MalformedInput(f"a {expected}", source=where)
        yield lineno, where, rec
