"""A finding reported after a present-tense "shows that" / "reveal that" opens a clause of
its own, as after "showed that" (rule ``finding_clause``), and so does a change told after
", as" (", as thefts fell by 9% …", as after " after reports rose …"): "Kent Police marked 512 bikes
between January and April, as figures show that thefts fell by 9% in the year to March"
dates the fall by the year to March alone, not by both spans. Sentences invented for the
test; near misses have no figure after the verb, or no "that"."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 5, 14)
JAN_APR = ("2025-01-01", "2025-04-30")
YEAR_TO_MARCH = ("2024-04-01", "2025-03-31")

ROWS = [
    (
        "Kent Police marked 512 bikes between January and April, as figures show that "
        "bike theft in the county fell by 9% in the year to March.",
        {512.0: JAN_APR, 9.0: YEAR_TO_MARCH},
    ),
    (
        "Officers visited 80 schools between January and April, as new data shows that "
        "knife crime rose by 6% in the year to March.",
        {80.0: JAN_APR, 6.0: YEAR_TO_MARCH},
    ),
    (
        "The council fined 140 drivers between January and April, and its figures reveal "
        "that complaints were down 12% in the year to March.",
        {140.0: JAN_APR, 12.0: YEAR_TO_MARCH},
    ),
    # near miss: a finding with no period of its own still falls back to the clause before
    (
        "A survey of 900 riders between January and April shows that 41% had been passed "
        "too closely.",
        {900.0: JAN_APR, 41.0: JAN_APR},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_present_finding_clause(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


AS_ROWS = [
    (
        "Officers marked 742 bikes between January and April, as cycle theft in the city fell "
        "by 14% in the year to March.",
        {742.0: JAN_APR, 14.0: YEAR_TO_MARCH},
    ),
    (
        "Kent Police seized 40 cars between January and April, as thefts of vehicles rose by "
        "8% in the year to March.",
        {40.0: JAN_APR, 8.0: YEAR_TO_MARCH},
    ),
    # near miss: "as" with no change verb after it is no clause of its own
    (
        "Officers marked 300 bikes between January and April, as part of a campaign.",
        {300.0: JAN_APR},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AS_ROWS)
def test_as_change_clause(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected
