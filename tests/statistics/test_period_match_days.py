"""Periods of sport and nights out: "the same point last season" as a year-earlier span,
a bare split year after a football season or academic year, a holiday as a modifier after
"at the", and "over the weekend" (``period_table``, ``period_wordings``,
``period_holidays``, ``period_weeks``; sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf, phrase_spans

periods = phrase_spans


MONDAY = dt.date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a season's span, one year earlier
        ("Stewards ejected 30 fans since the start of the season in August, up from 21 at "
         "the same point last season.", dt.date(2025, 2, 3),
         [("2024-08-01", "2025-02-03"), ("2023-08-01", "2024-02-03")]),
        ("Arrests fell between August and November, down 12% on the same period of last "
         "season.", dt.date(2025, 1, 20), [("2024-08-01", "2024-11-30"),
                                            ("2023-08-01", "2023-11-30")]),
        # a bare split year after a season or an academic year in the same sentence
        ("Clubs reported 52 pitch invasions in the 2023/24 season, double the number in "
         "2022/23.", None, [("2023-08-01", "2024-05-31"), ("2022-08-01", "2023-05-31")]),
        ("Pupils missed 400 days in the 2024-25 school year, up 8% on 2023-24.", None,
         [("2024-09-01", "2025-08-31"), ("2023-09-01", "2024-08-31")]),
        # near misses: the financial year when no season is stated, or in another sentence
        ("Spending was £2m in 2024/25, up on 2023/24.", None,
         [("2024-04-01", "2025-03-31"), ("2023-04-01", "2024-03-31")]),
        ("Bans rose in the 2024/25 season. The budget grew in 2023/24.", None,
         [("2024-08-01", "2025-05-31"), ("2023-04-01", "2024-03-31")]),
        # a holiday as a modifier after a preposition and "the"
        ("At the New Year's Day match, 11 fans were held.", dt.date(2025, 1, 9),
         [("2025-01-01", "2025-01-01")]),
        ("Seven people were hurt at the Bonfire Night display.", dt.date(2024, 11, 20),
         [("2024-11-05", "2024-11-05")]),
        ("The Boxing Day sales drew crowds.", dt.date(2025, 1, 9), []),
        # "last year's freshers' week": the week named before, a year earlier, past a
        # weekend stated since
        ("Freshers' week ran from 8 to 14 September. Over the weekend, 5 students were "
         "hurt. In a poll after last year's freshers' week, 40% said they felt safe.",
         dt.date(2025, 9, 15), [("2025-09-08", "2025-09-14"), ("2025-09-13", "2025-09-14"),
                                ("2024-09-08", "2024-09-14")]),
        # "last year's week of action": the week of action named before, past a month a
        # relative clause stated since
        ("The week of action ran from 12 to 18 May. In Leek, where a bin was fitted in "
         "March, 31 knives were left. Two shops sold knives, down from 5 during last year's "
         "week of action.", dt.date(2025, 5, 21),
         [("2025-05-12", "2025-05-18"), ("2025-03-01", "2025-03-31"),
          ("2024-05-12", "2024-05-18")]),
        # near miss: with no sentence naming the week, the span stated just before
        ("Over the weekend, 5 students were hurt. After last year's safety week, 40% felt "
         "safe.", dt.date(2025, 9, 15), [("2025-09-13", "2025-09-14"),
                                        ("2024-09-13", "2024-09-14")]),
        # over the weekend: the latest Saturday and Sunday begun by P, cut at P
        ("Officers made 16 arrests over the weekend.", MONDAY,
         [("2025-03-08", "2025-03-09")]),
        ("Door staff refused 40 people at the weekend.", dt.date(2025, 3, 9),
         [("2025-03-08", "2025-03-09")]),
        ("Patrols stopped 8 cars over the weekend.", dt.date(2025, 3, 8),
         [("2025-03-08", "2025-03-08")]),
        ("Pastors helped 25 people over the weekend.", None, [None]),
        # near misses: the weekend before an event, a possessive
        ("Police made 5 arrests over the weekend before the derby.", MONDAY, []),
        ("Police warned fans about the weekend's derby.", MONDAY, []),
    ],
)  # fmt: skip
def test_match_day_periods(text: str, published: dt.date | None, expected: object) -> None:
    assert periods(text, published) == expected


def test_dated_weekend_is_not_the_latest() -> None:
    """A weekend with its dates is not read as the latest one before P."""
    found = periods("Over the weekend of 1 and 2 March, 9 people were arrested.", MONDAY)
    assert ("2025-03-08", "2025-03-09") not in found


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Merseyside Police made 31 arrests at matches since the start of the season in "
         "August, down from 40 at the same point last season.", dt.date(2025, 12, 1),
         [(31, "arrests", ("2025-08-01", "2025-12-01")),
          (40, "arrests", ("2024-08-01", "2024-12-01"))]),
        # "the same period" after a single day repeats the longer span stated before it
        ("Cleveland Police made 50 arrests at matches since the start of the season in "
         "August. At the Boxing Day fixture, 6 people were held. Officers seized 15 flares, "
         "a rise of 25% on the same period last season.", dt.date(2026, 1, 20),
         [(50, "arrests", ("2025-08-01", "2026-01-20")),
          (6, "people", ("2025-12-26", "2025-12-26")),
          (15, "flares", ("2025-08-01", "2026-01-20")),
          (25, "percent", ("2024-08-01", "2026-01-20"))]),
        ("Over the weekend, officers in Cardiff took 12 reports of spiking. That is down "
         "from 19 over the same weekend last year.", MONDAY,
         [(12, "reports", ("2025-03-08", "2025-03-09")),
          (19, "reports", ("2024-03-08", "2024-03-09"))]),
    ],
)  # fmt: skip
def test_match_day_figures(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    published: dt.date,
    expected: list[tuple[float, str, tuple[str, str]]],
) -> None:
    assert unit_periods_of(nlp, text, published) == expected
