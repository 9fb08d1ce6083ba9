"""A sentence with no figure that tells, in the present perfect continuous, how long
something has been going on ("The charity has been running the scheme since 2019") gives
no main period: the figures after it take the span stated before it (rule
``background_since``, :mod:`pressfacts.statistics.background_spans`); sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

PUBLISHED = dt.date(2026, 6, 18)
WEEK = ("2026-06-01", "2026-06-07")
MAY = ("2026-05-01", "2026-05-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers in Essex stopped 210 vans between 1 and 7 June. The DVSA has been "
            "lending its weighbridge to the force since 2022. Almost half of those stopped "
            "were overloaded.",
            {210: WEEK, 50: WEEK},
        ),
        (
            "In May, officers in Hull stopped 96 lorries. The council has been paying for "
            "the checks since April 2024. Nineteen drivers were reported for drivers' hours "
            "offences.",
            {96: MAY, 19: MAY},
        ),
        # near misses: a figure of its own; not continuous; as before
        (
            "Officers in Essex stopped 210 vans between 1 and 7 June. The DVSA has been "
            "lending 12 weighpads to forces since 2022. Almost half of those stopped were "
            "overloaded.",
            {210: WEEK, 12: ("2022-01-01", "2026-06-18"), 50: ("2022-01-01", "2026-06-18")},
        ),
        (
            "Officers in Essex stopped 210 vans between 1 and 7 June. The DVSA has lent its "
            "weighbridge to the force since 2022. Almost half of those stopped were "
            "overloaded.",
            {210: WEEK, 50: ("2022-01-01", "2026-06-18")},
        ),
    ],
)
def test_background_since(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    assert periods_of(nlp, text, PUBLISHED) == expected
