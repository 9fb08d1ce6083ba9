"""Holidays, quarters named by their months, and "the past quarter" as periods
(``period_holidays``; sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

P = dt.date(2025, 2, 11)


def periods(text: str, published: dt.date | None = P) -> list[tuple[str, str] | None]:
    """Every period phrase of ``text`` as ISO dates (None when undated)."""
    return [
        None if p.kind == UNRESOLVED else (p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, published)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the latest such day on or before P; a year stated
        ("Officers made 12 arrests on Boxing Day.", P, [("2024-12-26", "2024-12-26")]),
        ("Calls peaked on New Year's Eve 2023.", None, [("2023-12-31", "2023-12-31")]),
        ("Calls rose on New Year’s Day.", P, [("2025-01-01", "2025-01-01")]),
        ("Fires rose on Bonfire Night.", dt.date(2024, 11, 8), [("2024-11-05", "2024-11-05")]),
        # a fixed day's weekend: the Saturday and Sunday nearest it (a Wednesday's after it)
        ("Crews met 40 calls over the Bonfire Night weekend.", dt.date(2026, 11, 20),
         [("2026-11-07", "2026-11-08")]),
        ("Fires rose over the Halloween weekend.", dt.date(2023, 11, 9),
         [("2023-10-28", "2023-10-29")]),
        ("Arrests rose over the Bonfire Night weekend 2025.", None,
         [("2025-11-08", "2025-11-09")]),
        ("Calls peaked across the Boxing Day weekend.", dt.date(2021, 1, 4),
         [("2020-12-26", "2020-12-27")]),
        # near miss: no "weekend", the day alone; the weekend not yet begun at P: last year's
        ("Fires rose on Halloween.", dt.date(2023, 11, 9), [("2023-10-31", "2023-10-31")]),
        ("Fires rose over the Bonfire Night weekend.", dt.date(2026, 11, 6),
         [("2025-11-08", "2025-11-09")]),
        ("Calls rose at Halloween.", dt.date(2024, 10, 1), [("2023-10-31", "2023-10-31")]),
        # Easter: Good Friday to Easter Monday, the latest begun by P (cut at P)
        ("Calls rose over the Easter weekend.", P, [("2024-03-29", "2024-04-01")]),
        ("Calls rose over the four-day Easter weekend.", P, [("2024-03-29", "2024-04-01")]),
        ("Calls rose over the long Easter weekend.", P, [("2024-03-29", "2024-04-01")]),
        ("Thefts fell over the Easter bank holiday weekend.", dt.date(2023, 4, 12),
         [("2023-04-07", "2023-04-10")]),
        ("Patrols ran over Easter 2019.", None, [("2019-04-19", "2019-04-22")]),
        # without P nothing is guessed
        ("Officers made 12 arrests on Boxing Day.", None, [None]),
        # near misses: a holiday as a modifier, no preposition
        ("Halloween fires rose.", P, []),
        ("A Boxing Day sale drew crowds.", P, []),
    ],
)  # fmt: skip
def test_named_day(text: str, published: dt.date | None, expected: object) -> None:
    assert periods(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the N days before a fixed holiday, the day itself not included
        ("Crews went to 212 fires in the week leading up to Bonfire Night.",
         dt.date(2025, 11, 10), [("2025-10-29", "2025-11-04")]),
        ("Thefts rose in the fortnight before Christmas Day.", dt.date(2024, 1, 8),
         [("2023-12-11", "2023-12-24")]),
        ("Calls rose over the ten days ahead of Halloween 2023.", None,
         [("2023-10-21", "2023-10-30")]),
        # still running at P: cut at P
        ("Shops sold 300 boxes in the two weeks running up to Bonfire Night.",
         dt.date(2024, 11, 1), [("2024-10-22", "2024-11-01")]),
        # not yet begun by P: last year's
        ("Fires rose in the week before Bonfire Night.", dt.date(2024, 10, 20),
         [("2023-10-29", "2023-11-04")]),
        # without P nothing is guessed
        ("Fires rose in the week leading up to Bonfire Night.", None, [None]),
        # near misses: an event of the day, or no holiday named ("in the week" left
        # undated, as the back-reference rules leave it with nothing before)
        ("Stalls opened in the week before the Bonfire Night display.", P, [None]),
        ("Arrests rose in the week leading up to the match.", P, [None]),
    ],
)  # fmt: skip
def test_days_before_a_holiday(text: str, published: dt.date | None, expected: object) -> None:
    assert periods(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a named bank holiday: the Monday; with "weekend" Saturday to Monday
        ("Patrols stopped 31 vans over the August bank holiday weekend.", dt.date(2024, 9, 4),
         [("2024-08-24", "2024-08-26")]),
        ("Calls peaked on the spring bank holiday 2023.", None, [("2023-05-29", "2023-05-29")]),
        ("Thefts rose during the early May bank holiday weekend.", dt.date(2023, 6, 1),
         [("2023-04-29", "2023-05-01")]),
        ("Nine boats sank over the bank holiday weekend at the end of May.", dt.date(2022, 7, 1),
         [("2022-05-28", "2022-05-30")]),
        ("Crews saw 14 fires over the bank holiday weekend at the start of May.",
         dt.date(2025, 5, 8), [("2025-05-03", "2025-05-05")]),
        # not over by P: the year before; begun but not over: cut at P
        ("Calls rose over the August bank holiday weekend.", dt.date(2024, 8, 1),
         [("2023-08-26", "2023-08-28")]),
        ("Calls rose over the August bank holiday weekend.", dt.date(2024, 8, 25),
         [("2024-08-24", "2024-08-25")]),
        # no name: the latest Monday bank holiday begun by P (here Easter Monday)
        ("Twelve people were hurt over the bank holiday weekend.", dt.date(2024, 4, 9),
         [("2024-03-30", "2024-04-01")]),
        # the same weekend a year back (same_period_last_year)
        ("Police held 19 drivers over the summer bank holiday weekend, up from 11 over the "
         "same weekend last year.", dt.date(2023, 9, 5),
         [("2023-08-26", "2023-08-28"), ("2022-08-26", "2022-08-28")]),
        # undated without P; no preposition and article: no period
        ("Calls rose over the August bank holiday weekend.", None, [None]),
        ("Bank holiday traffic was heavy on the A30.", P, []),
    ],
)  # fmt: skip
def test_bank_holiday(text: str, published: dt.date | None, expected: object) -> None:
    assert periods(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Calls rose in the October to December quarter.", P, [("2024-10-01", "2024-12-31")]),
        ("Thefts fell in the January-March period of 2024.", None, [("2024-01-01", "2024-03-31")]),
        # across a new year: the span ending in the year stated
        ("Thefts fell in the November to January period of 2024.", None,
         [("2023-11-01", "2024-01-31")]),
        # not over by P: the year before
        ("Calls rose in the January to March quarter.", P, [("2024-01-01", "2024-03-31")]),
        ("Calls rose in the October to December quarter.", None, [None]),
    ],
)  # fmt: skip
def test_months_quarter(text: str, published: dt.date | None, expected: object) -> None:
    assert periods(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Reports doubled in the past quarter.", P, [("2024-10-01", "2024-12-31")]),
        ("Crimes rose in the most recent quarter.", dt.date(2024, 7, 1),
         [("2024-04-01", "2024-06-30")]),
        ("Crimes rose in the latest quarter.", None, [None]),
        # near miss: a quarter of a year named is the quarter rule's
        ("Arrests rose in the last quarter of 2024.", P, [("2024-10-01", "2024-12-31")]),
    ],
)  # fmt: skip
def test_recent_quarter(text: str, published: dt.date | None, expected: object) -> None:
    assert periods(text, published) == expected


def test_a_half_term_is_no_season() -> None:
    assert periods("Thefts fell during the autumn half-term.") == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a day range ending on a fixed holiday: placed as a day range (P 2025-02-11)
        ("The campaign ran from 1 December to Christmas Eve and 96 drivers were arrested.", P,
         [("2024-12-01", "2024-12-24")]),
        ("Between 20 December and New Year's Day, 31 thefts were reported in Bury.", P,
         [("2024-12-20", "2025-01-01")]),
        ("From 1 October to Halloween 2023, crews attended 44 fires.", P,
         [("2023-10-01", "2023-10-31")]),
        # one to come stays in P's year
        ("Patrols will run from 1 December to Christmas Eve.", dt.date(2025, 11, 20),
         [("2025-12-01", "2025-12-24")]),
        ("The campaign ran from 1 December to Christmas Eve.", None, [None]),
    ],
)  # fmt: skip
def test_a_day_range_to_a_holiday(text: str, published: dt.date | None, expected: object) -> None:
    assert periods(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a range between two shopping days or holidays (P 2025-02-11): the latest begun
        ("Between Black Friday and Christmas Eve, stores in Derby reported 640 thefts.", P,
         [("2024-11-29", "2024-12-24")]),
        ("Shops logged 212 thefts between Black Friday and Christmas Eve last year.", P,
         [("2024-11-29", "2024-12-24")]),
        ("From Black Friday to Cyber Monday 2023, 75 people were arrested in Leeds.", P,
         [("2023-11-24", "2023-11-27")]),
        ("From Christmas Eve to New Year's Day, officers in Hull seized 14 cars.", P,
         [("2024-12-24", "2025-01-01")]),
        # one under way at P is cut at P
        ("Between Black Friday and Christmas Eve, 40 arrests were made.", dt.date(2025, 12, 10),
         [("2025-11-28", "2025-12-10")]),
        ("Between Black Friday and Christmas Eve, 40 arrests were made.", None, [None]),
        # near misses: a shopping day with no range
        ("Black Friday sales drew 900 shoppers to Meadowhall.", P, []),
        ("Thefts rose on Black Friday weekend in Luton.", P, []),
    ],
)  # fmt: skip
def test_a_range_between_shopping_days(
    text: str, published: dt.date | None, expected: object
) -> None:
    assert periods(text, published) == expected
