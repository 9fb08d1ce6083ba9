"""A change measured against a past event of the kind counted, dated by its year ("up by a
fifth on the last national surrender in 2023") covers both: from the event's year to the
end of the period it is stated with (rule ``baseline_event`` of
:mod:`pressfacts.statistics.period_table`), and a figure after it keeps that period, not
the event's year. Every sentence is invented; near misses are no yardstick."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 8, 14)
JULY = ("2025-07-14", "2025-07-27")
LEAD = "The surrender ran from 14 to 27 July. Of the 14,286 items handed in, 4,109 were guns.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "The number of guns handed in was up by a fifth on the last national surrender "
         "in 2023.\n\nIn Scotland, 871 items were handed in.",
         {14286: JULY, 4109: JULY, 20: ("2023-01-01", "2025-07-27"), 871: JULY}),
        (LEAD + "That was 12% more than at the previous amnesty in 2022.",
         {14286: JULY, 4109: JULY, 12: ("2022-01-01", "2025-07-27")}),
        (LEAD + "Guns handed in rose by 30% compared with the last knife and gun amnesty in 2021.",
         {14286: JULY, 4109: JULY, 30: ("2021-01-01", "2025-07-27")}),
        # near misses: the year is the figure's own, no event compared with
        (LEAD + "The last national surrender, in 2023, collected 3,424 guns.",
         {14286: JULY, 4109: JULY, 3424: ("2023-01-01", "2023-12-31")}),
    ],
)  # fmt: skip
def test_baseline_event(nlp: Language, periods_of: PeriodsOf, text: str, expected: dict) -> None:
    assert periods_of(nlp, text, P) == expected
