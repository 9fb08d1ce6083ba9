"""A level reported after a verb of reporting and "that" counts the reported clause's
subject, as after "said" (``subject_nouns.REPORTING_THAT``, rule ``reporting_verb_that``:
"The trade body reported that assaults … reached 1,900"), and a subject may be followed by
a phrase saying against whom (``level_subjects.PLACE_PREPOSITIONS``, rule
``subject_against_phrase``: "assaults against shop staff rose to 410"). Every sentence is
invented; the near misses are a noun after the count (read first) and a verb of reporting
with no "that" and no subject of a level after it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

UnitPeriodsOf = Callable[
    [Language, str, dt.date | None], list[tuple[float, str, tuple[str, str] | None]]
]
"""The ``unit_periods_of`` fixture (tests/statistics/conftest.py)."""

PUBLISHED = dt.date(2025, 10, 15)
YEAR_2024 = ("2024-01-01", "2024-12-31")

ROWS = [
    pytest.param(
        "The Federation of Small Businesses reported that thefts from members' vans "
        "reached 1,900 in 2024.",
        [(1900.0, "thefts", YEAR_2024)],
        id="reported-that",
    ),
    pytest.param(
        "The union warned that assaults against shop staff rose to 410 in 2024.",
        [(410.0, "assaults", YEAR_2024)],
        id="warned-that-against",
    ),
    pytest.param(
        "Attacks against bus drivers in Leeds reached 96 in 2024.",
        [(96.0, "attacks", YEAR_2024)],
        id="against-phrase",
    ),
    pytest.param(
        "The retailer confirmed that refunds obtained by fraud climbed to 230 in 2024.",
        [(230.0, "refunds", YEAR_2024)],
        id="confirmed-that",
    ),
    # near misses: a noun of its own after the count; no "that" and no level verb
    pytest.param(
        "The trade body reported that members lost 75 vans in 2024.",
        [(75.0, "vans", YEAR_2024)],
        id="noun-after",
    ),
    pytest.param("Shop staff reported 2024 as their worst year.", [], id="reported-a-year"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_reported_levels(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
