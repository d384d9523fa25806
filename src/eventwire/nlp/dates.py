"""Event dates: time expressions attached to an event's clause, resolved against
the publication date with news conventions.

dateparser does the calendar arithmetic for explicit dates; we add what it lacks:

- a bare weekday in past-tense reporting is the most recent such day on or before
  publication (the publication day itself included); future tense or intent (will, going
  to, plans to, is due to, is scheduled for, reported "would") points forward, the
  publication day again included, as news style names the weekday even for the day of
  publication ("will vote Tuesday" in Tuesday's paper); a month or day of the year without
  a year follows the same rule, and when the clause states no tense it is the nearest one;
- "last July" / "next June" / "this week" / "last summer" / "the end of the year" / "six
  years ago" are computed here, with the precision (day | month | year) the expression
  states; durations ("a decade", "90 days", "five years'"), ages and bare numbers name no
  point in time and resolve to nothing.

`resolve` gives the date an event is stamped with; `timeml` gives the TimeML value of a
time expression (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-SU, YYYY-Qn, YYYY, decades, centuries,
PRESENT_REF / PAST_REF / FUTURE_REF), which the date evaluation scores against gold.
`time_expressions` finds the expressions of a parsed text and `clause_future` reads the
tense of the clause each one belongs to.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_RX = "|".join(MONTHS) + (
    r"|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?"
)
# Expressions that name no point in time: durations, ages, vague periods.
VAGUE = re.compile(
    r"^(the )?(past|last|next|coming|recent) (few |several )?(decades?|years|months|weeks|days)$"
    r"|^(decades?|years|months|weeks|days|recent years|the years|hours?|minutes?)$"
    r"|^\d+ (years?|months?|weeks?|days?)( old)?$|^(a|one|two|three) (year|month|week|day)s?$"
    r"|^(for )?decades$|^nightly$|^daily$|^weekly$|^annual$|^now$|^currently$",
    re.I,
)
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "hundred": 100, "a hundred": 100,
}
NUMBER_RX = r"\d+(?:[.,]\d+)?|" + "|".join(sorted(NUMBERS, key=len, reverse=True))
QUANTITY_RX = rf"(?:{NUMBER_RX}|several|a few|few|many|some|a couple of|a number of|dozens of)"
UNIT_RX = (r"(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?|seconds?"
           r"|quarters?)")
# "a decade", "90 days", "five years'", "four-week", "22-year-old", "ages 6 months",
# "a month earlier" (relative to some other time): durations, ages, offsets.
DURATION = re.compile(
    rf"^(?:the )?(?:(?:first|last|past|next|coming|previous|following|recent) )?"
    rf"{QUANTITY_RX}(?:(?: and a half)|(?:-plus))?[- ]{UNIT_RX}(?:[- ](?:old|long))?"
    r"(?: (?:earlier|later|before|after|since|on|prior|in advance|running|straight|more))?$"
    rf"|^{UNIT_RX}(?: (?:earlier|later|before|after))?$"
    r"|^ages? \d|^\d+-(?:year|month|week|day)-old$|^\d{1,3}$"
    r"|^(?:the (?:same|next|following|previous|preceding)|(?:the )?(?:first|second|third|"
    r"\w+th|\d+(?:st|nd|rd|th))) (?:day|night|week|month|year|season|hour|minute|time)$"
    r"|^(?:the )?\d0s$"
    r"|^(?:the|that|this|a) day$|^(?:the|that) (?:week|month|year|time|season)$"
    r"|^(?:each|every|recent|this|the) season$|^(?:annually|nightly|daily|weekly|monthly)$"
    r"|^(?:several|a few|few|many|some|recent) (?:days|weeks|months|years|seasons)$",
    re.I,
)
PRESENT = re.compile(
    r"^(?:now|right now|just now|currently|nowadays|presently|at present|at the moment|"
    r"at this time|these days|present|the present|present day|the present day|today's world)$",
    re.I,
)
PAST = re.compile(r"^(?:the past|the recent past|recently|lately|formerly|previously)$", re.I)
FUTURE = re.compile(
    r"^(?:the future|future|the near future|the foreseeable future|soon|someday|one day|"
    r"the coming years|the years to come|eventually)$",
    re.I,
)
# A period boundary or part, stripped before resolving what it modifies ("late last July",
# "the end of year", "earlier this week"). END-like ones matter for past-tense reporting.
MODIFIER = re.compile(
    r"^(?:(?P<end>late|the end of|end of|the close of|the latter part of|the last part of|"
    r"the second half of|the rest of|the remainder of|later|later in|late in)"
    r"|(?:early|the beginning of|beginning of|the start of|start of|the first half of|"
    r"the middle of|middle of|mid|the turn of|the dawn of|earlier|earlier in|early in))"
    r"[- ]\s*",
    re.I,
)
HEDGE = re.compile(
    r"^(?:just|about|around|roughly|nearly|almost|some|only|approximately|at least|"
    r"more than|less than|as early as|as late as|as recently as|sometime|some time|until|"
    r"not until|no later than|no earlier than|shortly|since)\s+",
    re.I,
)
PREPOSITION = re.compile(
    r"^(?:on|in|at|during|by|since|from|until|till|of|through|throughout|over|before|after|between|"
    r"within|for|as of|beginning|starting|ending|around|toward|towards)\s+",
    re.I,
)
# What a period boundary may modify though alone it is no date: "the end of (the) year".
BOUNDED = re.compile(r"^(?:the )?(?:year|month|week)$", re.I)
# Clock times and time zones: "about 6 p.m. Saturday" dates Saturday; "7:30 p.m." alone is
# no date.
CLOCK = re.compile(
    r"\b(?:\d{1,2}(?::\d{2})?\s*[-–]\s*)?\d{1,2}(?::\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)"
    r"|\b\d{1,2}:\d{2}\b|\b(?:noon|midnight)\b|\b(?:gmt|utc|est|edt|pst|pdt|cst|cdt|bst|cet)\b",
    re.I,
)
# Holidays on a fixed day: (month, day).
HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
            "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
            "valentine's day": (2, 14), "halloween": (10, 31), "may day": (5, 1)}
TIME_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night|midday|noon|overnight)$", re.I)
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9),
           "winter": ("WI", 12)}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
            "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
            "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
            "twenty-first": 21, "twenty first": 21}
ORDINAL_RX = r"\d{1,2}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINALS, key=len, reverse=True))


def period_end(value: date, precision: str | None) -> date:
    """The last day of the period a date stands for at its precision (its year, its
    month, or the day itself)."""
    if precision == "year":
        return date(value.year, 12, 31)
    if precision == "month":
        return date(value.year, value.month, monthrange(value.year, value.month)[1])
    return value


@dataclass(frozen=True)
class ResolvedDate:
    value: date
    precision: str  # day | month | year

    @property
    def iso(self) -> str:
        return self.value.isoformat()

    @property
    def end(self) -> date:
        """The last day of the period it names ("in May": May 31)."""
        return period_end(self.value, self.precision)


@dataclass(frozen=True)
class _Timex:
    """What an expression names. `kind` is day | week | weekend | month | season | quarter |
    year | decade | century | ref; `value` is the first day of the period (the day itself for
    a day); `label` the season (SU), quarter (Q1) or reference (PRESENT_REF); `point` the
    day an event is stamped with when it is not `value` (weeks: seven days back or ahead)."""

    kind: str
    value: date | None = None
    label: str = ""
    point: date | None = None

    def timeml(self) -> str | None:
        v = self.value
        if self.kind == "ref":
            return self.label
        if v is None:
            return None
        if self.kind == "day":
            return v.isoformat()
        if self.kind in {"week", "weekend"}:
            iso = v.isocalendar()
            return f"{iso[0]:04d}-W{iso[1]:02d}" + ("-WE" if self.kind == "weekend" else "")
        if self.kind == "month":
            return f"{v.year:04d}-{v.month:02d}"
        if self.kind in {"season", "quarter"}:
            return f"{v.year:04d}-{self.label}"
        if self.kind == "year":
            return f"{v.year:04d}"
        if self.kind == "decade":
            return f"{v.year // 10:03d}"
        if self.kind == "century":
            return f"{v.year // 100:02d}"
        return None

    def resolved(self) -> ResolvedDate | None:
        v = self.value
        if v is None or self.kind in {"ref", "decade", "century", "weekend"}:
            return None
        if self.kind == "day":
            return ResolvedDate(v, "day")
        if self.kind == "week":
            return ResolvedDate(self.point or v, "day")
        if self.kind == "month":
            return ResolvedDate(v.replace(day=1), "month")
        return ResolvedDate(v.replace(month=1, day=1), "year")  # year, season, quarter


@lru_cache(maxsize=1)
def _dateparser():
    import dateparser

    return dateparser


def _precision(text: str) -> str:
    t = text.lower()
    if re.search(r"\b(yesterday|today|tonight|ago|week)\b", t) or any(w in t for w in WEEKDAYS):
        return "day"
    has_month = re.search(rf"\b({MONTH_RX})\b", t) is not None
    if has_month and re.search(r"\b\d{1,2}(st|nd|rd|th)?\b(?!\d)", t.replace(",", " ")):
        # "January 7", "7 January 2026" (a 4-digit year alone is not a day)
        if re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", re.sub(r"\b\d{4}\b", "", t)):
            return "day"
    if has_month or re.search(r"\bmonth\b", t):
        return "month"
    if re.search(r"\b(year|\d{4})\b", t):
        return "year"
    return "day"


def _month_index(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w == "sept":
        return 9
    for i, name in enumerate(MONTHS):
        if w == name or (len(w) == 3 and name.startswith(w)):
            return i + 1
    return None


def _shift_months(d: date, n: int) -> date:
    m = d.year * 12 + (d.month - 1) + n
    y, mo = divmod(m, 12)
    return date(y, mo + 1, min(d.day, monthrange(y, mo + 1)[1]))


def _choose(candidates: list[date], published: date, future: bool | None,
            months: bool = False) -> date:
    """The candidate the tense points to: past = latest on or before publication, future =
    earliest on or after it, unknown = nearest (ties go to the past). With `months` each
    candidate stands for its whole month (the current month is both past and future)."""
    def last(d: date) -> date:
        return period_end(d, "month") if months else d

    before = [d for d in candidates if d <= published]
    after = [d for d in candidates if last(d) >= published]
    if future is True and after:
        return min(after)
    if future is False and before:
        return max(before)
    if future is None and before and after:
        b, a = max(before), min(after)
        if b == a:
            return b
        return b if (published - last(b)) <= (a - published) else a
    return max(before) if before else min(after)


def _number(word: str) -> float | None:
    w = word.lower()
    if w in NUMBERS:
        return NUMBERS[w]
    try:
        return float(w.replace(",", ""))
    except ValueError:
        return None


def _season(code: str, start_month: int, year: int) -> _Timex:
    return _Timex("season", date(year, start_month, 1), code)


def _season_end(start: date) -> date:
    return period_end(_shift_months(start, 2), "month")


def _normalise(text: str) -> str:
    raw = " ".join(text.replace("\u2019", "'").split()).strip(" ,.;:\"()")
    raw = re.sub(r"'s?$", "", raw).strip()
    for _ in range(3):
        new = HEDGE.sub("", PREPOSITION.sub("", raw))
        if new == raw:
            break
        raw = new
    raw = re.sub(r"\bfiscal\s+", "", raw, flags=re.I)
    if CLOCK.search(raw):
        raw = " ".join(CLOCK.sub(" ", raw).split()).strip(" ,.;:-–")
        raw = re.sub(r"^(?:and|or|to)\b\s*|\s*\b(?:and|or|to)$", "", raw, flags=re.I)
        return _normalise(raw) if raw else ""
    return raw


def _interpret(text: str, published: date, future: bool | None) -> _Timex | None:
    """What a time expression names, relative to `published`. `future`: True when the
    clause looks forward, False for past-tense reporting, None when it states no tense."""
    original = " ".join(text.split()).lower()
    m = re.fullmatch(rf"(?:in|within) ({NUMBER_RX}) (day|week|month|year)s?", original)
    if m and future:
        return _offset(published, _number(m.group(1)), m.group(2), +1)
    raw = _normalise(text)
    low = raw.lower()
    if not low:
        return None
    if PRESENT.match(low):
        return _Timex("ref", label="PRESENT_REF")
    if PAST.match(low) or (original in {"in the past", "in past"}):
        return _Timex("ref", label="PAST_REF")
    if FUTURE.match(low):
        return _Timex("ref", label="FUTURE_REF")
    if VAGUE.match(low) or DURATION.match(low):
        return None
    mod = MODIFIER.match(low)
    end_mod = False
    if mod:
        end_mod = mod.group("end") is not None
        low = low[mod.end():].strip()
        low = re.sub(r"^(?:in|of) ", "", low)
        if not low or (DURATION.match(low) and not BOUNDED.match(low)):
            return None
    low = TIME_OF_DAY.sub("", low) if not re.fullmatch(r"(this|last|tomorrow) \w+", low) else low
    return _calendar(low, raw, published, future, end_mod)


def _offset(published: date, n: float | None, unit: str, sign: int) -> _Timex | None:
    """The time n units before (sign -1) or after publication (one past the calendar's
    range raises; `_within_calendar` reads that as no date)."""
    if n is None or n != int(n) or n <= 0:
        return None
    n = int(n) * sign
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return _Timex("day", published + timedelta(days=n))
    if unit == "week":
        d = published + timedelta(weeks=n)
        return _Timex("week", d - timedelta(days=d.weekday()), point=d)
    if unit == "month":
        return _Timex("month", _shift_months(published, n).replace(day=1))
    if unit == "year":
        return _Timex("year", date(published.year + n, 1, 1))
    if unit == "decade":
        return _Timex("year", date(published.year + 10 * n, 1, 1))
    return None


def _calendar(low: str, raw: str, published: date, future: bool | None,
              end_mod: bool) -> _Timex | None:
    """The time a calendar expression names: the first reader whose form it has decides
    (its answer may be None: "the week" is anaphoric, no date); else the general parser."""
    for reader in CALENDAR_READERS:
        timex = reader(low, published, future, end_mod)
        if timex is not NOT_THIS:
            return timex
    return _fallback(raw, published, future)


NOT_THIS = object()  # a reader's answer when the expression is not of its form


def _weekday(low: str, published: date, future: bool | None, end_mod: bool):
    """Weekdays ("Tuesday", "last Friday", "next Monday", "this Thursday") and days named
    by a word ("today", "last night", "tomorrow")."""
    wd = "|".join(WEEKDAYS)
    m = re.fullmatch(rf"(?:(last|this|next|past|coming) )?({wd})", low)
    if m:
        rel, word = m.group(1), m.group(2)
        target = WEEKDAYS.index(word)
        delta = (published.weekday() - target) % 7
        if rel in {"next", "coming"} or (future and rel not in {"last", "past"}):
            # forward, the publication day included as it is backward: news style names
            # the weekday even for the day of publication ("will vote Tuesday")
            fwd = (target - published.weekday()) % 7
            if rel in {"next", "coming"} and fwd == 0:
                fwd = 7
            return _Timex("day", published + timedelta(days=fwd))
        if rel in {"last", "past"} and delta == 0:
            delta = 7
        return _Timex("day", published - timedelta(days=delta))
    if low in {"today", "tonight", "this morning", "this afternoon", "this evening",
               "earlier today", "later today"}:
        return _Timex("day", published)
    if low in {"yesterday", "last night"}:
        return _Timex("day", published - timedelta(days=1))
    if low in {"tomorrow", "tomorrow night"}:
        return _Timex("day", published + timedelta(days=1))
    return NOT_THIS


def _ago(low: str, published: date, future: bool | None, end_mod: bool):
    """A span from publication: "six years ago", "a decade ago", "three months from now"."""
    m = re.fullmatch(rf"({NUMBER_RX}) (day|week|month|year|decade)s? (ago|from now|hence)", low)
    if m:
        return _offset(published, _number(m.group(1)), m.group(2),
                       -1 if m.group(3) == "ago" else +1)
    return NOT_THIS


def _relative_unit(low: str, published: date, future: bool | None, end_mod: bool):
    """This / last / next week, month, year, weekend."""
    m = re.fullmatch(r"(?:(this|last|next|past|the past|the last|the coming|the current|"
                     r"current|the|coming|the following|the previous|previous)\s+)?"
                     r"(week|weekend|month|year|fiscal year)", low)
    if m and (m.group(1) or end_mod):
        rel = m.group(1) or "the"
        rel = "the" if rel == "the" else rel.removeprefix("the ")
        unit = m.group(2).replace("fiscal ", "")
        step = {"last": -1, "past": -1, "previous": -1, "next": +1, "coming": +1,
                "following": +1}.get(rel, 0)
        if rel in {"following", "previous"}:
            return None  # relative to another time, not to publication
        if rel == "the" and unit == "weekend" and not end_mod:
            # "over the weekend": the last one begun by publication, or the coming one
            step = 0 if future or published.weekday() >= 5 else -1
        elif rel == "the" and not end_mod:
            return None  # "the week": anaphoric
        if rel == "the" and end_mod and future is False:
            # "peaked by the end of the year" in past-tense reporting: the last such
            # boundary before publication, which is last year's unless it has passed.
            step = -1 if unit in {"year", "month"} else 0
        if unit in {"week", "weekend"}:
            d = published + timedelta(weeks=step)
            monday = d - timedelta(days=d.weekday())
            return _Timex(unit, monday, point=d)
        if unit == "month":
            return _Timex("month", _shift_months(published.replace(day=1), step))
        return _Timex("year", date(published.year + step, 1, 1))
    return NOT_THIS


def _season_named(low: str, published: date, future: bool | None, end_mod: bool):
    """Seasons: "last summer", "this spring", "the winter", "summer 2012", "autumn of
    2011"."""
    m = re.fullmatch(r"(?:(last|this|next|past|the past|the coming|coming|the)\s+)?"
                     r"(spring|summer|fall|autumn|winter)(?:,? (?:of )?(\d{4}))?", low)
    if m and (m.group(1) or m.group(3) or low in SEASONS):
        code, start = SEASONS[m.group(2)]
        if m.group(3):
            return _season(code, start, int(m.group(3)))
        rel = (m.group(1) or "").removeprefix("the ")
        candidates = [date(y, start, 1) for y in range(published.year - 2, published.year + 2)]
        if rel in {"last", "past"}:  # the last one over before publication
            return _season(code, start, max(c for c in candidates
                                            if _season_end(c) < published).year)
        if rel in {"next", "coming"}:  # the first one to begin after publication
            return _season(code, start, min(c for c in candidates if c > published).year)
        if rel == "this" or future is None:  # this year's (a winter runs December-February)
            year = published.year - 1 if start == 12 and published.month <= 2 else published.year
            return _season(code, start, year)
        if future is False:  # past tense: the latest one begun by publication
            return _season(code, start, max(c for c in candidates if c <= published).year)
        return _season(code, start, min(c for c in candidates
                                        if _season_end(c) >= published).year)
    return NOT_THIS


def _quarter(low: str, published: date, future: bool | None, end_mod: bool):
    """Quarters: "the first quarter", "the third quarter of 2012", "Q2"."""
    m = re.fullmatch(rf"(?:the )?(?:(?:{ORDINAL_RX}) quarter|q([1-4]))(?:,? (?:of )?(\d{{4}}))?",
                     low)
    if m:
        qm = re.match(rf"(?:the )?({ORDINAL_RX}) quarter", low)
        q = int(m.group(1)) if m.group(1) else _ordinal(qm.group(1)) if qm else None
        if q is None or not 1 <= q <= 4:
            return None
        year = int(m.group(2)) if m.group(2) else published.year
        if not m.group(2) and future is False and date(year, 3 * q - 2, 1) > published:
            year -= 1  # past tense: a quarter already begun
        elif not m.group(2) and future and date(year, 3 * q, 28) < published:
            year += 1
        return _Timex("quarter", date(year, 3 * q - 2, 1), f"Q{q}")
    return NOT_THIS


def _century_or_decade(low: str, published: date, future: bool | None, end_mod: bool):
    """Centuries and decades: "the 20th century", "the 1990s", "the '60s"."""
    m = re.fullmatch(rf"(?:the )?({ORDINAL_RX}) century", low)
    if m:
        n = _ordinal(m.group(1))
        return _Timex("century", date((n - 1) * 100 or 1, 1, 1)) if n else None
    m = re.fullmatch(r"(?:the )?(1\d|20)(\d)0'?s", low)
    if m:
        return _Timex("decade", date(int(m.group(1)) * 100 + int(m.group(2)) * 10 or 1, 1, 1))
    m = re.fullmatch(r"(?:the )?'(\d)0s", low)
    if m:
        year = 1900 + int(m.group(1)) * 10
        if year + 100 <= published.year:
            year += 100
        return _Timex("decade", date(year, 1, 1))
    return NOT_THIS


def _year_month_day(low: str, published: date, future: bool | None, end_mod: bool):
    """A year, alone or with a month or a day: "2010", "May 2010", "last July", "April 7",
    "7 April", "June", "Jan. 7, 2013"; a holiday; "May last year"."""
    m = re.fullmatch(r"(1[0-9]\d\d|20\d\d)", low)
    if m:
        return _Timex("year", date(int(m.group(1)), 1, 1))
    m = re.fullmatch(r"(?:(last|this|next|past|coming) )?(" + "|".join(HOLIDAYS)
                     + r")(?:,? (\d{4}))?", low)
    if m:
        month, day = HOLIDAYS[m.group(2)]
        return _month_day(month, str(day), m.group(3), m.group(1), published, future)
    # "May last year", "March of next year", "June 3 this year": a month of a year named
    # relative to publication
    m = re.fullmatch(rf"({MONTH_RX})(?: (\d{{1,2}})(?:st|nd|rd|th)?)?,? (?:of )?"
                     r"(last|this|next) year", low)
    if m and (month := _month_index(m.group(1))) is not None:
        year = published.year + {"last": -1, "this": 0, "next": 1}[m.group(3)]
        return _month_day(month, m.group(2), str(year), None, published, future)
    m = (re.fullmatch(rf"(?:(last|this|next|past|the past|coming) )?({MONTH_RX})"
                      r"(?: (\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?)?"
                      r"(?:,? (?:of )?(\d{4}))?", low)
         or re.fullmatch(rf"()(?:the )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({MONTH_RX})"
                         r"(?:,? (\d{4}))?", low))
    if m:
        rel, a, b, year = m.group(1), m.group(2), m.group(3), m.group(4)
        month_word, day_word = (a, b) if _month_index(a or "") else (b, a)
        month = _month_index(month_word or "")
        if month is not None:
            return _month_day(month, day_word, year, rel, published, future)
    return NOT_THIS


CALENDAR_READERS = (_weekday, _ago, _relative_unit, _season_named, _quarter,
                    _century_or_decade, _year_month_day)


def _ordinal(word: str) -> int | None:
    w = word.lower()
    if w in ORDINALS:
        return ORDINALS[w]
    m = re.match(r"(\d{1,2})", w)
    return int(m.group(1)) if m else None


def _month_day(month: int, day_word: str | None, year: str | None, rel: str | None,
               published: date, future: bool | None) -> _Timex | None:
    day = int(day_word) if day_word else None
    if day is not None and not 1 <= day <= 31:
        return None
    kind = "day" if day else "month"

    def at(y: int) -> date | None:
        if day is None:
            return date(y, month, 1)
        return date(y, month, day) if day <= monthrange(y, month)[1] else None

    if year:
        d = at(int(year))
        return _Timex(kind, d) if d else None
    rel = (rel or "").replace("the ", "")
    current = date(published.year, published.month, 1)
    candidates = [d for y in range(published.year - 1, published.year + 2) if (d := at(y))]
    if not candidates:
        return None
    if rel in {"last", "past"}:  # "last July": a July before this month
        earlier = [d for d in candidates if d.replace(day=1) < current]
        return _Timex(kind, max(earlier)) if earlier else None
    if rel in {"next", "coming"}:
        later = [d for d in candidates if d.replace(day=1) > current]
        return _Timex(kind, min(later)) if later else None
    if rel == "this":
        d = at(published.year)
        return _Timex(kind, d) if d else None
    if day is None:
        return _Timex(kind, _choose(candidates, published, future, months=True))
    return _Timex(kind, _choose(candidates, published, future))


def _fallback(raw: str, published: date, future: bool | None) -> _Timex | None:
    """Anything else dateparser can read ("3/22/2013", "2013-03-22"), guarded against the
    durations and numbers it would otherwise turn into dates."""
    low = raw.lower()
    years = [int(y) for y in re.findall(r"\b(1\d{3}|20\d\d)\b", low)]
    numeric = re.search(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b", low)
    if not (years or numeric or re.search(
            rf"\b(?:{MONTH_RX})(?!\w)|\b(?:yesterday|today|tomorrow|ago)\b", low)):
        return None  # "the 12th", "the 20s and 30s", "two 5-year": no calendar anchor
    precision = _precision(raw)
    if numeric:
        precision = "day"  # 3/22/2013, 2013-03-22
    elif re.fullmatch(r"\d{4}-\d{2}", low):
        precision = "month"
    settings = {
        "RELATIVE_BASE": datetime(published.year, published.month, published.day),
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = _dateparser().parse(raw, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        parsed = None
    if parsed is not None and (parsed.year not in years if years
                               else abs(parsed.year - published.year) > 1 and not numeric):
        parsed = None  # "2010-11 years" read as 1999, "Tuesday a July 26" as 1926
    if parsed is None:
        return _Timex("year", date(years[0], 1, 1)) if years else None
    value = parsed.date()
    if precision == "month":
        return _Timex("month", value.replace(day=1))
    if precision == "year":
        return _Timex("year", value.replace(month=1, day=1))
    return _Timex("day", value)


def resolve(text: str, published: date, *, future: bool | None = False) -> ResolvedDate | None:
    """The date a time expression names, relative to `published`, or None.

    `future`: True when the clause looks forward (future tense, intent), False for
    past-tense reporting (the default), None when the clause states no tense (a month or
    day of the year is then the nearest one; a bare weekday still the most recent)."""
    timex = _within_calendar(text, published, future)
    return timex.resolved() if timex is not None else None


def timeml(text: str, published: date, *, future: bool | None = None) -> str | None:
    """The TimeML value of a time expression (2013-03-22, 2013-W12, 2013-03, 2012-SU,
    2013-Q1, 2013, 199, 19, PRESENT_REF …) relative to `published`, or None when it names
    no point in time (durations, ages, anaphoric 'the day')."""
    timex = _within_calendar(text, published, future)
    return timex.timeml() if timex is not None else None


def _within_calendar(text: str, published: date, future: bool | None) -> _Timex | None:
    """_interpret, with a time the calendar cannot hold ("the summer of 0000", a span
    before year 1) read as no date rather than an error that loses the document."""
    try:
        return _interpret(text, published, future)
    except (ValueError, OverflowError):
        return None


# the last Doc clause_dates read and its (DATE entity, root) pairs: the coder asks for
# the dates of many clauses of one paragraph, and Doc.ents builds its spans anew on
# each read (one tuple, swapped whole, so a thread never sees a Doc with another's list)
_last_dated: tuple = (None, ())


def _date_entities(doc) -> tuple:
    global _last_dated
    last = _last_dated
    if last[0] is not doc:
        # "Tuesday's talks" dates the talks, not the clause
        last = _last_dated = (doc, tuple((ent, ent.root) for ent in doc.ents
                                         if ent.label_ == "DATE" and ent.root.dep_ != "poss"))
    return last[1]


# Prepositions whose date is where a span ends ("held until May", "extended till June").
SPAN_END_PREPS = {"until", "till", "til", "pending"}


def clause_dates(doc, trigger_tokens: list[int]) -> list[tuple[object, object]]:
    """DATE entities whose syntactic head path reaches one of the trigger tokens
    before passing through another verb: the time of that clause."""
    triggers = set(trigger_tokens)
    found = []
    for ent, node in _date_entities(doc):
        if node.head.dep_ == "prep" and node.head.lower_ in SPAN_END_PREPS:
            continue  # "extended the curfew until June": when it ends, not when it was done
        steps = 0
        while steps < 8:
            if node.i in triggers:
                found.append((ent, node))
                break
            if node.head.i == node.i:
                break
            node = node.head
            steps += 1
            if node.i in triggers:
                continue
            if node.pos_ in {"VERB", "AUX"}:
                break  # the time of another clause
            if node.pos_ in {"NOUN", "PROPN"} and node.dep_ != "npadvmod":
                break  # "a phone call on January 7" dates the call, not what follows it
    return found


FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll"}
# Heads of a to-infinitive that make it look forward: "plans to visit", "is due to be
# published", "agreed to meet", "is set to sign", "is going to".
INTENT = {
    "plan", "intend", "expect", "hope", "aim", "want", "wish", "agree", "decide", "promise",
    "pledge", "vow", "schedule", "set", "prepare", "threaten", "seek", "go", "mean", "propose",
    "offer", "due", "likely", "unlikely", "poised", "slate", "scheduled", "expected", "ready",
    "about", "bound", "determined", "eager", "planned", "intended", "slated",
}
# Passive verbs that look forward in the present tense: "talks are scheduled for Friday".
PROSPECTIVE = {"schedule", "set", "slate", "plan", "expect", "due"}


def _aux(verb) -> list:
    return [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]


def _verb_future(verb, depth: int = 0) -> bool:
    auxes = _aux(verb)
    if any(a.lower_ in FUTURE_AUX for a in auxes):
        return True
    if verb.dep_ == "ccomp" and any(a.lower_ in {"would", "'d"} for a in auxes) and not any(
            a.lemma_ == "have" for a in auxes):
        return True  # reported intent: "said elections would be held in October"
    if depth > 3:
        return False
    has_to = any(a.lower_ == "to" and a.tag_ == "TO" for a in auxes)
    head = verb.head
    if has_to and head.i != verb.i:
        if head.lemma_.lower() in INTENT or head.lower_ in INTENT:
            # "plans to visit", "is due to be published"; "was expected to arrive" reports
            # an intent of the past, whose time may be past too
            return not _verb_past_only(head) and not (
                head.pos_ == "ADJ" and _verb_past_only(head.head))
        if verb.dep_ in {"acl", "relcl"}:
            return True  # "a programme to run through June"
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for"
                                        for c in verb.children):
            return True  # "for the programme to run through June"
    if verb.lemma_.lower() in PROSPECTIVE and verb.tag_ == "VBN" and any(
            a.dep_ == "auxpass" and a.tag_ in {"VBZ", "VBP"} for a in auxes):
        return True
    if verb.dep_ in {"xcomp", "conj"} and head.i != verb.i:
        return _verb_future(head, depth + 1) and not _verb_past_only(verb)
    return False


def _verb_past_only(verb) -> bool:
    """A finite past form on the verb itself (agreed, had agreed, was told)."""
    if verb.tag_ == "VBD":
        return True
    return any(a.tag_ == "VBD" for a in _aux(verb))


def _verb_past(verb, depth: int = 0) -> bool:
    if _verb_past_only(verb):
        return True
    auxes = _aux(verb)
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return True  # present perfect: "has admitted this week"
    if depth > 3 or verb.head.i == verb.i:
        return False
    if verb.tag_ == "VBN" and not auxes:
        if verb.dep_ == "conj":
            return _verb_past(verb.head, depth + 1)  # "started in December and peaked"
        return verb.dep_ in {"acl", "advcl", "relcl"}  # "the man arrested on Friday"
    if verb.dep_ == "conj" and not auxes and verb.tag_ not in {"VBZ", "VBP"}:
        return _verb_past(verb.head, depth + 1)
    return False


def governing_verb(token):
    """The verb whose clause a token (the root of a time expression) belongs to."""
    node = token
    for _ in range(12):
        if node.pos_ in {"VERB", "AUX"} and node.i != token.i:
            return node
        if node.head.i == node.i:
            return node if node.pos_ in {"VERB", "AUX"} else None
        node = node.head
    return None


def clause_future(token) -> bool | None:
    """The tense of the clause a time expression belongs to: True when it looks forward
    (will, going to, plans/is due/is scheduled to), False in past-tense reporting, None
    when the clause states neither (present tense, no verb)."""
    verb = governing_verb(token)
    if verb is None:
        return None
    if _verb_future(verb):
        return True
    if _verb_past(verb):
        return False
    return None


def is_future(tokens) -> bool:
    """A clause in the future tense or expressing intent (will, 'going to', plans, is due
    to, is scheduled for)."""
    for t in tokens:
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in {"will", "'ll", "shall", "wo"}:
                return True
        if t.pos_ in {"VERB", "AUX"} and _verb_future(t):
            return True
    return False


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a parsed text: character offsets into the doc, the text
    to resolve (a year range's second part completed: '1957-58' → '1958'), and the token
    whose clause gives its tense."""

    start: int
    end: int
    text: str
    anchor: object

    def future(self) -> bool | None:
        return clause_future(self.anchor)


_REF_RX = re.compile(
    r"\b(?:right now|just now|now|currently|nowadays|presently|at present|at the moment|"
    r"these days|in the past|recently|lately|in the future|in future|in the near future|"
    r"soon)\b",
    re.I,
)
_RANGE_RX = re.compile(r"^(\d{4})\s*(?:-|–|—|/|to|and|through)\s*(\d{2}|\d{4})$")
# Two dates joined: "December 2003 to April 2004", "Monday and Tuesday", "between May and July".
_PAIR_RX = re.compile(r"^(.+?)\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\band\b|\bor\b)\s*(.+)$",
                      re.I)
_ANCHOR_RX = re.compile(rf"\b(?:1\d{{3}}|20\d\d|{MONTH_RX}|{'|'.join(WEEKDAYS)})(?!\w)", re.I)
_UNIT_ONLY = re.compile(r"^(?:year|week|month|weekend|season|spring|summer|fall|autumn|winter)$",
                        re.I)


def _split_range(text: str) -> list[tuple[int, int, str]]:
    """The parts of a range or pair of dates as (start, end, text to resolve) within `text`;
    one part, the whole text, when it is not one. '1957-58' → 1957 and 1958."""
    lead = re.match(r"(?:from|between|in|since)\s+", text, re.I)
    off = lead.end() if lead else 0
    body = text[off:]
    m = _RANGE_RX.match(body)
    if m:
        first, second = m.group(1), m.group(2)
        full = first[:2] + second if len(second) == 2 else second
        return [(off + m.start(1), off + m.end(1), first),
                (off + m.start(2), off + m.end(2), full)]
    m = _PAIR_RX.match(body)
    if m and _ANCHOR_RX.search(m.group(1)) and _ANCHOR_RX.search(m.group(2)) and not re.search(
            r"\d[-–]\d", body):
        return [(off + m.start(1), off + m.end(1), m.group(1)),
                (off + m.start(2), off + m.end(2), m.group(2))]
    return [(0, len(text), text)]


def time_expressions(doc) -> list[TimeExpression]:
    """The time expressions of a parsed text: spaCy DATE and TIME entities (ranges split in
    two: '2009-2010', 'December 2003 to April 2004'; a bare 'year' after this/last/next
    taken with it), plus the present, past and future references the entity recogniser
    leaves out ('now', 'currently', 'in the past', 'recently', 'in the future')."""
    out: list[TimeExpression] = []
    covered: set[int] = set()
    for ent in doc.ents:
        if ent.label_ not in {"DATE", "TIME"}:
            continue
        start, end, text = ent.start_char, ent.end_char, ent.text
        if _UNIT_ONLY.match(text) and ent.start > 0 and doc[ent.start - 1].lower_ in {
                "this", "last", "next", "that", "the"}:
            start = doc[ent.start - 1].idx
            text = doc.text[start:end]
        covered.update(range(start, end))
        for s, e, part in _split_range(text):
            out.append(TimeExpression(start + s, start + e, part, ent.root))
    for m in _REF_RX.finditer(doc.text):
        if any(i in covered for i in range(m.start(), m.end())):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        if m.group(0).lower() in {"now", "soon"} and span.root.pos_ not in {"ADV", "NOUN"}:
            continue  # "now" as a conjunction ("now that ...")
        out.append(TimeExpression(m.start(), m.end(), m.group(0), span.root))
    out.sort(key=lambda e: e.start)
    return out
