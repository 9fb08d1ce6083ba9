"""Weeks named relative to P (``relative_week``) and counts before words that open with a
month's letters ("12 markets": no day); sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

P = dt.date(2024, 3, 13)  # a Wednesday


def periods(text: str, published: dt.date | None = P) -> list[tuple[str, str] | None]:
    """Every period phrase of ``text`` as ISO dates (None when undated)."""
    return [
        None if p.kind == UNRESOLVED else (p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, published)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # this week: its Monday to P; last week: the whole week before P's
        ("This week, officers have visited 14 schools in Bangor.", P,
         [("2024-03-11", "2024-03-13")]),
        ("Nineteen people were arrested last week in Perth.", P, [("2024-03-04", "2024-03-10")]),
        ("Crews attended 31 fires last weekend.", P, [("2024-03-09", "2024-03-10")]),
        # on a Sunday "last weekend" is the one before
        ("Crews attended 31 fires last weekend.", dt.date(2024, 3, 17),
         [("2024-03-09", "2024-03-10")]),
        # rule the_week_not_relative: a place between "across the" / "in the" and "last week"
        # or "this week" is no week stated before
        ("Officers inspected 23 farms across the county last week.", P,
         [("2024-03-04", "2024-03-10")]),
        ("Police checked 15 nail bars in the city this week.", P,
         [("2024-03-11", "2024-03-13")]),
        ("Wardens visited 8 sites throughout the borough last week.", P,
         [("2024-03-04", "2024-03-10")]),
        # near misses: "the last week" / "the week" stay the rule the_week's (undated alone)
        ("Over the last week, 12 arrests were made.", P, [None]),
        ("During the busy week, 12 arrests were made.", P, [None]),
        # undated: no P, "this weekend"; not a span: a possessive, "every week"
        ("Nineteen people were arrested last week in Perth.", None, [None]),
        ("Patrols will be doubled this weekend.", P, [None]),
        ("This week's report names 12 towns.", P, []),
        ("Officers visit every week.", P, []),
    ],
)  # fmt: skip
def test_relative_week(text: str, published: dt.date | None, expected: object) -> None:
    assert periods(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "during the weekend" after a weekend stated just before: that weekend
        ("Crews met 40 calls over the Halloween weekend. Police made nine arrests during "
         "the weekend.", dt.date(2026, 11, 12),
         [("2026-10-31", "2026-11-01"), ("2026-10-31", "2026-11-01")]),
        ("Patrols ran from Friday 1 to Sunday 3 March. Officers made 12 arrests over the "
         "weekend.", P, [("2024-03-01", "2024-03-03"), ("2024-03-01", "2024-03-03")]),
        # near misses: a day stated before, not a weekend; a weekend stated too far before
        ("Calls peaked on 5 March. Officers made 12 arrests over the weekend.", P,
         [("2024-03-05", "2024-03-05"), ("2024-03-09", "2024-03-10")]),
        ("Crews met 40 calls over the Halloween weekend. " + "Crews were busy. " * 25
         + "Police made nine arrests over the weekend.", dt.date(2026, 11, 12),
         [("2026-10-31", "2026-11-01"), ("2026-11-07", "2026-11-08")]),
    ],
)  # fmt: skip
def test_the_weekend_stated_before(text: str, published: dt.date | None, expected: object) -> None:
    assert periods(text, published) == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        # after a verb of saying the week dates the saying: the figure takes its own span
        ("The commissioner told Gwynedd councillors last week that 420 thefts were recorded "
         "in 2021-22.", 420, ("2021-04-01", "2022-03-31")),
        ("Inspector Hale said this week there had been 35 break-ins in 2022.", 35,
         ("2022-01-01", "2022-12-31")),
        ("Asked this week whether thefts would rise, the sergeant replied that 61 thefts were "
         "logged in 2023.", 61, ("2023-01-01", "2023-12-31")),
        # no verb of saying: the week is the figure's
        ("Officers arrested 27 people in Bangor last week.", 27, ("2024-03-04", "2024-03-10")),
    ],
)  # fmt: skip
def test_a_week_of_saying(nlp: Language, text: str, value: float, expected: object) -> None:
    doc = nlp.make_doc(text)
    doc._.published = P
    found = {f.value: f.period for f in nlp(doc)._.statistics}
    period = found[value]
    assert period is not None
    assert (period.start.isoformat(), period.end.isoformat()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The team has visited 12 markets and 3 junctions.", []),
        ("Stalls at 5 mayoral events were checked.", []),
        ("Thefts peaked on 12 March and 3 Jun.", [("2024-03-12", "2024-03-12"),
                                                  ("2023-06-03", "2023-06-03")]),
    ],
)  # fmt: skip
def test_a_month_word_ends_with_its_word(text: str, expected: object) -> None:
    assert periods(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the last N weeks: the 7N days up to P
        ("Wardens issued 48 fines in Ripon in the last six weeks.", P,
         [("2024-01-31", "2024-03-13")]),
        ("Over the past two weeks, 17 cars were stopped.", P, [("2024-02-28", "2024-03-13")]),
        ("Wardens issued 48 fines over the past three weeks.", None, [None]),
        # a run of weekdays with no dates: the latest ending on or before P (a Wednesday)
        ("Between Friday and Sunday, crews attended 23 fires in Luton.", P,
         [("2024-03-08", "2024-03-10")]),
        ("From Monday to Wednesday, 12 drivers were caught.", P, [("2024-03-11", "2024-03-13")]),
        ("Between Thursday and Saturday officers made nine arrests.", dt.date(2024, 3, 16),
         [("2024-03-14", "2024-03-16")]),
        ("Between Friday and Sunday, crews attended 23 fires.", None, [None]),
        # "the early hours of" a weekday is that day
        ("Between Friday evening and the early hours of Monday, 31 people were arrested.", P,
         [("2024-03-08", "2024-03-11")]),
        ("From 8pm on Saturday until the small hours of Sunday, crews went to 14 fires.", P,
         [("2024-03-09", "2024-03-10")]),
        # the last N days, or a fortnight, up to P
        ("Officers made 40 arrests in the last seven days.", P, [("2024-03-06", "2024-03-13")]),
        ("Calls rose over the past fortnight.", P, [("2024-02-28", "2024-03-13")]),
        ("Calls rose over the past fortnight.", None, [None]),
        # weeks up to a stated day: the 7N days ending on it
        ("Calls peaked at 64 in the week ending 25 February.", P, [("2024-02-19", "2024-02-25")]),
        ("Police made 19 arrests in the fortnight to 3 March.", P, [("2024-02-19", "2024-03-03")]),
        ("There were 212 reports in the four weeks to Sunday 10 March 2024.", None,
         [("2024-02-12", "2024-03-10")]),
        ("Crews were called 30 times in the seven days up to 8 March.", P,
         [("2024-03-02", "2024-03-08")]),
        ("Calls peaked at 64 in the week ending 25 February.", None, [None]),
    ],
)  # fmt: skip
def test_past_weeks_and_weekday_runs(
    text: str, published: dt.date | None, expected: object
) -> None:
    assert periods(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The helpline, open from Monday to Friday, took 420 calls.",
        "Advisers are available between Monday and Saturday and answered 96 calls.",
    ],
)
def test_opening_hours_are_no_span(text: str) -> None:
    assert periods(text) == []


def test_a_weekday_run_with_dates_is_the_day_range() -> None:
    assert periods("From Monday 4 to Sunday 10 March, 52 drivers were caught.") == [
        ("2024-03-04", "2024-03-10")
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the start of a month, as "since" the month
        ("The helpline took 93 calls since the start of November.", P,
         [("2023-11-01", "2024-03-13")]),
        ("Since the beginning of February, 30 people were charged.", P,
         [("2024-02-01", "2024-03-13")]),
        # the school year so far: from the latest 1 September
        ("Officers visited 41 schools since the start of the school year.", P,
         [("2023-09-01", "2024-03-13")]),
        ("This academic year, 260 pupils took part.", dt.date(2024, 10, 2),
         [("2024-09-01", "2024-10-02")]),
        ("Officers visited 41 schools since the start of the school year.", None, [None]),
    ],
)  # fmt: skip
def test_month_start_and_school_year(
    text: str, published: dt.date | None, expected: object
) -> None:
    assert periods(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a run of weekdays in a week named relative to P: those days of that week
        ("Monday to Friday last week, officers in Luton made 23 arrests.", P,
         [("2024-03-04", "2024-03-08")]),
        ("Between Tuesday and Thursday last week, 17 cars were seized in Hull.", P,
         [("2024-03-05", "2024-03-07")]),
        ("From Monday to Wednesday this week, 9 people were stopped.", P,
         [("2024-03-11", "2024-03-13")]),
        # this week's run ends at P at the latest
        ("From Tuesday to Friday this week, 40 officers are on patrol.", P,
         [("2024-03-12", "2024-03-13")]),
        # near misses: a weekend, a run going backwards, no P
        ("Friday to Sunday last weekend, crews attended 31 fires.", P,
         [("2024-03-09", "2024-03-10")]),
        ("Thursday to Monday last week, 12 thefts were logged.", P, [None]),
        ("Monday to Friday last week, officers made 23 arrests.", None, [None]),
    ],
)  # fmt: skip
def test_weekdays_of_a_relative_week(
    text: str, published: dt.date | None, expected: object
) -> None:
    assert periods(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule weekend_after_a_count: "after" and a count opening a clause after "over the
        # weekend" says why; the weekend is still the latest one begun by P
        ("Gwent Police seized 9 cars over the weekend after more than 200 drivers met in "
         "Newport.", [("2024-03-09", "2024-03-10")]),
        ("Kent Police made 6 arrests over the weekend after dozens of bikers gathered.",
         [("2024-03-09", "2024-03-10")]),
        ("Officers stopped 21 vans over the weekend after two lorries were stolen.",
         [("2024-03-09", "2024-03-10")]),
        ("Crews put out 8 fires during the weekend after about 40 bins were set alight.",
         [("2024-03-09", "2024-03-10")]),
        # near misses: a weekend counted from an event, a date or a span
        ("Officers stopped 12 cars over the weekend after Christmas.", []),
        ("Officers stopped 12 cars over the weekend after the meet.", []),
        ("Officers stopped 12 cars over the weekend after two weeks of patrols.", []),
        ("Officers stopped 12 cars over the weekend after 5 March.",
         [("2024-03-05", "2024-03-05")]),
    ],
)  # fmt: skip
def test_weekend_after_a_count(text: str, expected: object) -> None:
    assert periods(text) == expected
