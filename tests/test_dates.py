"""Time expressions resolved against the publication date (Tue 2026-02-03)."""

from datetime import date

import pytest

from eventwire.nlp.dates import resolve

PUB = date(2026, 2, 3)


@pytest.mark.parametrize(
    ("text", "future", "value", "precision"),
    [
        ("on Tuesday", False, "2026-02-03", "day"),  # the publication day itself
        ("on Friday", False, "2026-01-30", "day"),
        ("on Monday", False, "2026-02-02", "day"),
        ("on Friday", True, "2026-02-06", "day"),
        ("last Tuesday", False, "2026-01-27", "day"),
        ("on January 7", False, "2026-01-07", "day"),
        ("in February 2025", False, "2025-02-01", "month"),
        ("last year", False, "2025-01-01", "year"),
        ("yesterday", False, "2026-02-02", "day"),
        ("two weeks ago", False, "2026-01-20", "day"),
        ("next month", True, "2026-03-01", "month"),
        ("since 2022", False, "2022-01-01", "year"),
    ],
)
def test_resolve(text, future, value, precision):
    r = resolve(text, PUB, future=future)
    assert r is not None
    assert (r.iso, r.precision) == (value, precision)


@pytest.mark.parametrize("text", ["decades", "the past few years", "three years", "now"])
def test_vague_expressions_are_not_dates(text):
    assert resolve(text, PUB) is None


def test_event_dates_follow_their_own_clause(engine):
    import eventwire

    text = (
        "Colombian President Gustavo Petro and US President Donald Trump met on Tuesday.\n"
        "After a warm phone call on January 7 the two agreed on Tuesday's talks.\n"
        "Colombia agreed on Friday to accept American deportation flights.\n"
    )
    events = eventwire.code_text(text, published="2026-02-03", engine=engine)
    dates = {(e.cameo, e.date, e.date_source) for e in events}
    assert ("041", "2026-01-07", "text") in dates  # the call, not the agreement after it
    assert ("036", "2026-02-03", "publication") in dates  # "Tuesday's talks" dates the talks
    assert ("035", "2026-01-30", "text") in dates


@pytest.mark.parametrize("text", ["2,500 years ago", "some 3000 years ago",
                                  "in 9000 years", "12,000 years from now"])
def test_spans_past_the_calendar_are_no_date(text):
    # a span the calendar cannot hold (before year 1 or after 9999) has no date; it used
    # to raise and lose the whole article
    assert resolve(text, date(2017, 3, 20)) is None


def test_a_story_on_the_ancient_past_still_codes(engine):
    import eventwire

    events = eventwire.code_text(
        "Archaeologists said the temple was built 2,500 years ago.\n"
        "Greek police arrested two men accused of looting the site on Monday.\n",
        published="2017-03-20", engine=engine)
    assert [(e.source.code[:3], e.cameo[:2], e.date) for e in events] == [
        ("GRC", "17", "2017-03-20")]
