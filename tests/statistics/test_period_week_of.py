"""A week named by its dates: "the week of 9 to 15 November", "the week beginning 14 October"."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a day range of one month after "the week of"
        (
            "During the week of 3 to 9 June, 58 knives were handed in.",
            dt.date(2024, 6, 14),
            {58: ("2024-06-03", "2024-06-09")},
        ),
        (
            "In the week of 14-20 October 2023, police made 19 arrests.",
            None,
            {19: ("2023-10-14", "2023-10-20")},
        ),
        # across two months; a week after P's date is last year's
        (
            "Over the week of 27 November to 3 December, 44 drivers were stopped.",
            dt.date(2025, 3, 2),
            {44: ("2024-11-27", "2024-12-03")},
        ),
        # a week named by its first day: seven days
        (
            "In the week beginning 4 March, officers seized 12 vehicles.",
            dt.date(2024, 3, 20),
            {12: ("2024-03-04", "2024-03-10")},
        ),
        (
            "During the week commencing Monday 2 December 2024, 31 people were arrested.",
            None,
            {31: ("2024-12-02", "2024-12-08")},
        ),
        # near misses: a week of action with no dates stays undated
        ("During the week of action, 27 people were arrested.", dt.date(2024, 5, 1), {27: None}),
    ],
)
def test_week_of(
    periods_of: PeriodsOf, nlp: Language, text: str, published: dt.date | None, expected: object
) -> None:
    assert periods_of(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a week of action named by a capitalised name, dated by the week stated later
        (
            "Officers seized 96 knives during Sceptre week. The week ran from 12 to 18 May.",
            dt.date(2025, 5, 22),
            {96: ("2025-05-12", "2025-05-18")},
        ),
        (
            "During Knife Crime Awareness Week, 140 knives were handed in across Essex. The "
            "amnesty ran from 19 to 25 May.",
            dt.date(2025, 6, 2),
            {140: ("2025-05-19", "2025-05-25")},
        ),
        # "last year's <Name> week": the same dates a year earlier
        (
            "During the week of 12 to 18 May, 96 knives were seized, up from 70 during last "
            "year's Sceptre week.",
            dt.date(2025, 5, 22),
            {96: ("2025-05-12", "2025-05-18"), 70: ("2024-05-12", "2024-05-18")},
        ),
        # "last year's amnesty / surrender": the same dates a year earlier
        (
            "The knife amnesty ran from 3 to 16 March, when 210 blades were handed in, up from "
            "150 during last year's amnesty.",
            dt.date(2025, 3, 20),
            {210: ("2025-03-03", "2025-03-16"), 150: ("2024-03-03", "2024-03-16")},
        ),
        (
            "The gun surrender ran from 1 to 14 July. Some 90 guns were handed in, against 64 "
            "in last year's surrender.",
            dt.date(2025, 7, 20),
            {90: ("2025-07-01", "2025-07-14"), 64: ("2024-07-01", "2024-07-14")},
        ),
        # near miss: a place before "last week" is no week's name
        (
            "Officers arrested 40 people in Leeds last week.",
            dt.date(2025, 5, 22),
            {40: ("2025-05-12", "2025-05-18")},
        ),
    ],
)
def test_a_named_week(
    periods_of: PeriodsOf, nlp: Language, text: str, published: dt.date, expected: object
) -> None:
    assert periods_of(nlp, text, published) == expected
