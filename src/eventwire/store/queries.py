"""The one event filter shared by `query`, `export`, `timeline`, `top` and the REST API,
compiled to a parameterised DuckDB WHERE clause (values are always bound, never pasted)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..errors import FilterError

POLARITIES = ("asserted", "negated")
MODALITIES = ("actual", "threat", "intent", "hypothetical", "future", "reported", "background")
QUAD_CLASSES = (1, 2, 3, 4)  # verbal coop, material coop, verbal conflict, material conflict

# An event is background when the coder flags it so (modality 'background') or when the
# text dates it more than this many days before its article was published: an old act
# recalled for context ("since the 2014 invasion"), not news of the day.
BACKGROUND_DAYS = 30

_CODE = re.compile(r"^\d{2,4}$")
_ACTOR = re.compile(r"^[\w .'\-]{1,80}$")


@dataclass(frozen=True)
class EventFilter:
    """What to select; None means no filter on that field.

    By default negated, hypothetical and background events are left out (an analyst
    counting what happened does not want "did not attack" or "could attack"); the
    include_* switches, or an explicit polarity/modality, bring them back."""

    actor: str | None = None  # code prefix (COL, COLGOV) or part of a name, either side
    dyad: tuple[str, str] | None = None  # (source, target)
    both_directions: bool = False  # the dyad either way round
    code: str | None = None  # CAMEO code prefix: 19, 042
    roots: tuple[str, ...] | None = None  # CAMEO roots (two digits), any of them
    quad_classes: tuple[int, ...] | None = None
    since: date | None = None
    until: date | None = None  # inclusive
    country: str | None = None  # ISO alpha-3 of source, target or location
    text: str | None = None  # substring of the evidence sentence, case-insensitive
    polarity: str | None = None
    modalities: tuple[str, ...] | None = None
    min_confidence: float | None = None
    include_negated: bool = False
    include_hypothetical: bool = False
    include_background: bool = False
    limit: int | None = None

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Raise FilterError (E401) naming the first malformed field."""
        def bad(name: str, why: str) -> None:
            raise FilterError(f"{name}: {why}", source="filter")

        if self.dyad is not None:
            if len(self.dyad) != 2 or not all(self.dyad):
                bad("dyad", "give two actors, source and target (e.g. USA COL)")
            for a in self.dyad:
                if not _ACTOR.match(a):
                    bad("dyad", f"not an actor code or name: {a!r}")
        if self.actor is not None and not _ACTOR.match(self.actor):
            bad("actor", f"not an actor code or name: {self.actor!r}")
        if self.code is not None and not _CODE.match(self.code):
            bad("code", f"a CAMEO code is 2 to 4 digits, not {self.code!r}")
        for r in self.roots or ():
            if not re.fullmatch(r"\d{2}", r) or not 1 <= int(r) <= 20:
                bad("root", f"a CAMEO root is 01 to 20, not {r!r}")
        for q in self.quad_classes or ():
            if q not in QUAD_CLASSES:
                bad("quad_class", f"a quad class is 1 to 4, not {q!r}")
        if self.since and self.until and self.since > self.until:
            bad("since", f"{self.since} is after until {self.until}")
        if self.country is not None and not re.fullmatch(r"[A-Za-z]{2,3}", self.country):
            bad("country", f"an ISO alpha-3 code, not {self.country!r}")
        if self.text is not None and not 1 <= len(self.text) <= 200:
            bad("text", "1 to 200 characters")
        if self.polarity is not None and self.polarity not in POLARITIES:
            bad("polarity", f"one of {', '.join(POLARITIES)}, not {self.polarity!r}")
        for m in self.modalities or ():
            if m not in MODALITIES:
                bad("modality", f"one of {', '.join(MODALITIES)}, not {m!r}")
        if self.min_confidence is not None and not 0.0 <= self.min_confidence <= 1.0:
            bad("min_confidence", f"between 0 and 1, not {self.min_confidence!r}")
        if self.limit is not None and self.limit < 1:
            bad("limit", "at least 1")

    def where(self, alias: str = "e") -> tuple[str, list]:
        """A WHERE clause (possibly "TRUE") and its parameters."""
        parts: list[str] = []
        params: list = []
        e = alias

        def actor(side: str, value: str) -> str:
            # Short values are codes (US, COL): a name substring match would be noise.
            if len(value) <= 3:
                params.append(f"{value}%")
                return f"({e}.{side}_code ILIKE ?)"
            params.extend([f"{value}%", f"%{value}%", f"%{value}%"])
            return (f"({e}.{side}_code ILIKE ? OR {e}.{side}_name ILIKE ?"
                    f" OR {e}.{side}_text ILIKE ?)")

        if self.actor:
            parts.append(f"({actor('source', self.actor)} OR {actor('target', self.actor)})")
        if self.dyad:
            a, b = self.dyad
            forward = f"({actor('source', a)} AND {actor('target', b)})"
            if self.both_directions:
                parts.append(f"({forward} OR ({actor('source', b)} AND {actor('target', a)}))")
            else:
                parts.append(forward)
        if self.code:
            parts.append(f"{e}.cameo LIKE ?")
            params.append(f"{self.code}%")
        def one_of(column: str, values) -> None:
            parts.append(f"{e}.{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)

        if self.roots:
            one_of("cameo_root", self.roots)
        if self.quad_classes:
            one_of("quad_class", self.quad_classes)
        if self.since:
            parts.append(f"{e}.day >= ?")
            params.append(self.since)
        if self.until:
            parts.append(f"{e}.day <= ?")
            params.append(self.until)
        if self.country:
            parts.append(
                f"(upper({e}.source_country) = ? OR upper({e}.target_country) = ?"
                f" OR upper({e}.location_country) = ?)"
            )
            params.extend([self.country.upper()] * 3)
        if self.text:
            parts.append(f"{e}.sentence ILIKE ?")
            # A user's % or _ widen the search; that is never an error.
            params.append(f"%{self.text}%")
        if self.polarity:
            parts.append(f"{e}.polarity = ?")
            params.append(self.polarity)
        elif not self.include_negated:
            parts.append(f"{e}.polarity IS DISTINCT FROM 'negated'")
        modalities = self.modalities
        if modalities:
            one_of("modality", modalities)
        if not self.include_hypothetical and not (modalities and "hypothetical" in modalities):
            parts.append(f"{e}.modality IS DISTINCT FROM 'hypothetical'")
        if not self.include_background and not (modalities and "background" in modalities):
            parts.append(f"NOT ({background_sql(e)})")
        if self.min_confidence is not None:
            parts.append(f"{e}.confidence >= ?")
            params.append(self.min_confidence)
        return (" AND ".join(parts) if parts else "TRUE"), params


def background_sql(alias: str = "e") -> str:
    """True for a background event (see BACKGROUND_DAYS). The dated-before-publication
    test is an uncorrelated set of event ids: DuckDB runs a correlated EXISTS with a date
    inequality about five times slower on every query."""
    return (
        f"coalesce({alias}.modality = 'background', FALSE) OR {alias}.event_id IN ("
        f"SELECT bgx.event_id FROM events bgx JOIN documents bgd ON bgd.doc_id = bgx.doc_id"
        f" WHERE bgx.day < bgd.published - INTERVAL {BACKGROUND_DAYS} DAY)"
    )


ORDER = "e.day NULLS LAST, e.doc_id, e.sentence_index, e.evidence_start, e.event_id"


def events_sql(f: EventFilter) -> tuple[str, list]:
    where, params = f.where("e")
    sql = f"SELECT e.* FROM events e WHERE {where} ORDER BY {ORDER}"
    if f.limit:
        sql += f" LIMIT {int(f.limit)}"
    return sql, params


def skips_sql(limit: int | None = None) -> str:
    sql = "SELECT source, code, reason, doc_id, skipped_at FROM skips ORDER BY source, code"
    return sql + (f" LIMIT {int(limit)}" if limit else "")
