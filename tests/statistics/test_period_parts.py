"""Parts of a year, runs of years and a year so far (``period_parts``; sentences invented
for these tests)."""

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
        ("Calls rose so far this financial year.", P, [("2024-04-01", "2025-02-11")]),
        ("Calls rose since the start of the financial year.", dt.date(2024, 9, 3),
         [("2024-04-01", "2024-09-03")]),
        ("Calls rose since the beginning of the year.", P, [("2025-01-01", "2025-02-11")]),
        ("Calls rose this financial year to date.", P, [("2024-04-01", "2025-02-11")]),
        ("Calls rose so far in 2024/25.", P, [("2024-04-01", "2025-02-11")]),
        # a stated financial year "since the start of" it: its 1 April to P
        ("Since the start of the 2023/24 financial year, Gwent Police has seized 212 vans.",
         dt.date(2024, 6, 5), [("2023-04-01", "2024-06-05")]),
        ("Complaints rose since the beginning of 2024-25.", P, [("2024-04-01", "2025-02-11")]),
        ("Since the start of the 2024/25 year, 61 cars were crushed.", P,
         [("2024-04-01", "2025-02-11")]),
        # near misses: a day at its start, a year not begun by P, a year that is no year
        ("At the start of the 2024/25 financial year, 40 officers joined.", P,
         [("2024-04-01", "2025-03-31")]),
        ("Since the start of the 2025/26 financial year, 40 officers will join.", P, []),
        ("Since the start of the 2019/22 financial year, 40 cars went.", P, []),
        ("Calls rose so far this financial year.", None, [None]),
        # "the (financial) year to date", with or without "the", hyphenated or not
        ("Thefts fell by 6% in the financial year to date.", P, [("2024-04-01", "2025-02-11")]),
        ("In the year to date, 88 riders were stopped.", dt.date(2023, 7, 19),
         [("2023-01-01", "2023-07-19")]),
        ("Year-to-date figures show 40 burglaries.", P, [("2025-01-01", "2025-02-11")]),
        ("Over the year-to-date, calls rose.", None, [None]),
        # "the same point last year" / "in 2023": the dates before, a year back
        ("In the year to date, 70 vans were seized, against 91 at the same point last year.",
         dt.date(2024, 10, 2), [("2024-01-01", "2024-10-02"), ("2023-01-01", "2023-10-02")]),
        ("So far this financial year 310 calls came in, up from 250 at the same point in 2022/23.",
         dt.date(2023, 11, 20), [("2023-04-01", "2023-11-20"), ("2022-04-01", "2022-11-20")]),
        # a report's "year to date" after its stated span from that year's start: to its end
        ("Fife logged 610 thefts in April to June 2024. In the financial year to date, 40% "
         "were solved.", dt.date(2024, 8, 14),
         [("2024-04-01", "2024-06-30"), ("2024-04-01", "2024-06-30")]),
        ("Calls fell between January and May 2024, down 3% on the same period last year. The "
         "year to date rate was 12%.", dt.date(2024, 7, 2),
         [("2024-01-01", "2024-05-31"), ("2023-01-01", "2023-05-31"),
          ("2024-01-01", "2024-05-31")]),
        # near misses: a span from another start, or one running to P, stated last
        ("Fife logged 610 thefts in May and June 2024. In the financial year to date, 40% "
         "were solved.", dt.date(2024, 8, 14),
         [("2024-05-01", "2024-06-30"), ("2024-04-01", "2024-08-14")]),
        ("Fife logged 610 thefts in April to June 2024 and 90 since July. In the financial "
         "year to date, 40% were solved.", dt.date(2024, 8, 14),
         [("2024-04-01", "2024-06-30"), ("2024-07-01", "2024-08-14"),
          ("2024-04-01", "2024-08-14")]),
    ],
)  # fmt: skip
def test_year_so_far(text: str, published: dt.date | None, expected: object) -> None:
    assert periods(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Calls rose in the first half of 2022.", None, [("2022-01-01", "2022-06-30")]),
        ("Calls rose in the second half of 2023/24.", None, [("2023-10-01", "2024-03-31")]),
        ("Calls rose in the first half of the year.", dt.date(2024, 8, 1),
         [("2024-01-01", "2024-06-30")]),
        # the whole year stated just before
        ("In 2021, thefts rose. In the first half of the year, calls rose.", P,
         [("2021-01-01", "2021-12-31"), ("2021-01-01", "2021-06-30")]),
        # near miss: "last year" before it is a yardstick, not the year it points back to
        ("More than the 71 of last year. In the first half of the year, calls rose.",
         dt.date(2024, 8, 1), [("2023-01-01", "2023-12-31"), ("2024-01-01", "2024-06-30")]),
        # a plan's year after P is not the year a done half is of; a half still to come is
        ("The fund will grow next year. The trust helped 640 families in the first half of "
         "the year.", dt.date(2024, 10, 2),
         [("2025-01-01", "2025-12-31"), ("2024-01-01", "2024-06-30")]),
        ("The fund will grow next year. It will pay for 12 wardens in the first half of the "
         "year.", dt.date(2025, 10, 2),
         [("2026-01-01", "2026-12-31"), ("2026-01-01", "2026-06-30")]),
        # running at P: cut at P; no P: undated
        ("Calls rose in the first half of this year.", P, [("2025-01-01", "2025-02-11")]),
        ("Calls rose in the first half of the year.", None, [None]),
    ],
)  # fmt: skip
def test_half_year(text: str, published: dt.date | None, expected: object) -> None:
    assert periods(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calls rose in the three years to March 2024.", [("2021-04-01", "2024-03-31")]),
        ("Calls rose in the five years ending December 2023.", [("2019-01-01", "2023-12-31")]),
        # a year with no month: the N calendar years ending with it
        ("Seizures rose in the three years to 2023.", [("2021-01-01", "2023-12-31")]),
        ("Officers shut 90 grows over the four years up to 2022.", [("2019-01-01", "2022-12-31")]),
        # near miss: a financial year after "to" is no calendar year
        ("Calls rose in the three years to 2023/24.", [("2023-04-01", "2024-03-31")]),
        ("Calls rose between 2021/22 and 2023/24.", [("2021-04-01", "2024-03-31")]),
        ("Calls rose from 2019-20 to 2023-24.", [("2019-04-01", "2024-03-31")]),
        # near miss: calendar years are the year_range rule's
        ("Calls rose from 2019 to 2023.", [("2019-01-01", "2023-12-31")]),
    ],
)
def test_runs_of_years(text: str, expected: object) -> None:
    assert periods(text, None) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # rule month_so_far: P's month from its first day to P
        ("Wardens have issued 31 fines since the start of the month.", P,
         [("2025-02-01", "2025-02-11")]),
        ("Since the beginning of the month, Dyfed-Powys Police has seized 14 quad bikes.",
         dt.date(2025, 7, 22), [("2025-07-01", "2025-07-22")]),
        ("Reports rose, and 9 more came in since the start of the month.",
         dt.date(2024, 12, 31), [("2024-12-01", "2024-12-31")]),
        # near misses: no "since" (a day), a month named (since_month_start), no P
        ("At the start of the month, 40 officers joined.", P, []),
        ("Officers seized 12 cars since the start of the month of January.", P, []),
        ("Wardens have issued 31 fines since the start of the month.", None, [None]),
    ],
)  # fmt: skip
def test_month_so_far(text: str, published: dt.date | None, expected: object) -> None:
    assert periods(text, published) == expected
