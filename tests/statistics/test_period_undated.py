"""Without the publication date, a "same period last year" after an undated range stays
undated: it is that range a year earlier, which the text does not fix (never guessed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the range has no year: its comparison is undated, whatever is compared later
        (
            "Gwent Police made 96 arrests between May and July, up 14% on the same period last "
            "year, and seized drugs worth £9,300.\n\nAcross Wales, 4,210 thefts were recorded in "
            "the second quarter of 2021/22, up from 3,800 in the same quarter a year earlier.",
            {
                96: None,
                14: None,
                9300: None,
                4210: ("2021-07-01", "2021-09-30"),
                3800: ("2020-07-01", "2020-09-30"),
            },
        ),
        # near miss: with nothing stated before it, a comparison stated later dates it
        (
            "Bike thefts in Derby rose 30% on the same period last year.\n\nThere were 52 thefts "
            "between 1 June and 31 August, compared with 40 in the same period in 2020.",
            {
                30: ("2020-06-01", "2021-08-31"),
                52: ("2021-06-01", "2021-08-31"),
                40: ("2020-06-01", "2020-08-31"),
            },
        ),
    ],
)
def test_undated_document(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, None) == expected  # no publication date, no url
