"""Event dates: time expressions attached to an event's clause, resolved against
the publication date with news conventions.

dateparser does the calendar arithmetic; we add what it lacks: a bare weekday
in past-tense reporting is the most recent such day on or before publication
(the publication day itself included), future tense points forward, and the
precision (day | month | year) follows what the expression states.
"""

from __future__ import annotations

import re
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


@dataclass(frozen=True)
class ResolvedDate:
    value: date
    precision: str  # day | month | year

    @property
    def iso(self) -> str:
        return self.value.isoformat()


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


def resolve(text: str, published: date, *, future: bool = False) -> ResolvedDate | None:
    """The date a time expression names, relative to `published`, or None."""
    raw = " ".join(text.split()).strip(" ,.")
    raw = re.sub(r"^(on|in|at|during|by|since|from|until|till|of)\s+", "", raw, flags=re.I)
    raw = re.sub(r"'s$", "", raw)
    if not raw or VAGUE.match(raw):
        return None
    low = raw.lower()
    if low in WEEKDAYS or re.fullmatch(r"(last|this|next) (" + "|".join(WEEKDAYS) + ")", low):
        word = low.split()[-1]
        target = WEEKDAYS.index(word)
        delta = (published.weekday() - target) % 7
        if low.startswith("next") or (future and not low.startswith("last")):
            fwd = (target - published.weekday()) % 7 or 7
            return ResolvedDate(published + timedelta(days=fwd), "day")
        if low.startswith("last") and delta == 0:
            delta = 7
        return ResolvedDate(published - timedelta(days=delta), "day")
    if low in {"today", "tonight", "this morning", "this afternoon", "this evening"}:
        return ResolvedDate(published, "day")
    precision = _precision(raw)
    settings = {
        "RELATIVE_BASE": datetime(published.year, published.month, published.day),
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = _dateparser().parse(raw, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        m = re.search(r"\b(1[89]\d\d|20\d\d)\b", raw)
        if m is None:
            return None
        return ResolvedDate(date(int(m.group(1)), 1, 1), "year")
    value = parsed.date()
    if precision == "month":
        value = value.replace(day=1)
    elif precision == "year":
        value = value.replace(month=1, day=1)
    return ResolvedDate(value, precision)


def clause_dates(doc, trigger_tokens: list[int]) -> list[tuple[object, object]]:
    """DATE entities whose syntactic head path reaches one of the trigger tokens
    before passing through another verb: the time of that clause."""
    triggers = set(trigger_tokens)
    found = []
    for ent in doc.ents:
        if ent.label_ != "DATE" or ent.root.dep_ == "poss":
            continue  # "Tuesday's talks" dates the talks, not the clause
        node = ent.root
        steps = 0
        while steps < 8:
            if node.i in triggers:
                found.append((ent, node))
                break
            if node.head is node:
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


def is_future(tokens) -> bool:
    """A clause in the future tense or expressing intent (will, 'going to', plans)."""
    for t in tokens:
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in {"will", "'ll", "shall", "wo"}:
                return True
    return False
