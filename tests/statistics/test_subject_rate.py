"""A count "at a rate of" or "at an average of" so many a day, week, month or year, with no
count before it in its sentence, counts the sentence's subject when that subject arrives or
is recorded at that rate ("Referrals now arrive at a rate of about 200 a month": referrals;
unit rule ``subject-rate``, ``rate_units.SUBJECT_RATE_BEFORE``). Before, the count had no
noun and was dropped. Every sentence is invented; the near misses are a verb with an object
of its own, a rate with no time unit after it, a count with a noun of its own and a rate per
head of population (rule ``rate-base``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.rate_units import subject_rate
from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2025, 10, 15)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Referrals now arrive at a rate of about ", " a month, the charity said.", "referrals"),
        ("Burglary reports are being logged at an average of ", " a day.", "reports"),
        ("Calls come in at a rate of ", " a week.", "calls"),
        ("The applications were received at a rate of nearly ", " a year.", "applications"),
        # near misses: a verb with an object, no time unit, a count in the middle of a clause
        ("Officers make arrests at a rate of ", " a week.", None),
        ("Referrals now arrive at a rate of about ", ", the charity said.", None),
        ("Staff said referrals now arrive at a rate of ", " a month.", None),
    ],
)  # fmt: skip
def test_subject_rate_rule(before: str, after: str, expected: str | None) -> None:
    assert subject_rate(before, after) == expected


ROWS = [
    pytest.param(
        "Referrals to the scheme now arrive at a rate of about 90 a month.",
        [],
        id="subject-with-a-phrase-after-it-is-not-read",
    ),
    pytest.param(
        "Referrals now arrive at a rate of about 90 a month, the charity said.",
        [(90.0, "referrals", None)],
        id="arrive-at-a-rate-of-about",
    ),
    pytest.param(
        "Burglary reports are being recorded at an average of 14 a day in Hull.",
        [(14.0, "reports", None)],
        id="recorded-at-an-average-of",
    ),
    pytest.param(
        "Calls to the line come in at a rate of 60 a week.",
        [],
        id="phrase-after-subject-not-read",
    ),
    # near misses: a noun of its own, a rate per head (rule ``rate-base``)
    pytest.param(
        "Referrals now arrive at a rate of about 90 cases a month.",
        [(90.0, "cases", None)],
        id="own-noun",
    ),
    pytest.param(
        "Burglaries are recorded at a rate of 41 per 1,000 homes.",
        [(41.0, "per 1,000 homes", None)],
        id="rate-base",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_subject_rate(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
