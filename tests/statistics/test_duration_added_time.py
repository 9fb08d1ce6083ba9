"""A number of years, months or weeks with "more", "further", "extra" or "additional"
before the unit is time added on, a duration (``duration_guards.DURATION_ADDED`` in the
exclusion ``duration``), not a count or a change. Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 6, 2)
Y2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The council agreed £90,000 in 2024 to keep the refuge open for three more years.",
            [(90000, "pounds", Y2024)],
            id="three-more-years",
        ),
        pytest.param(
            "Durham Police funded 14 advocates in 2024 for two further years.",
            [(14, "advocates", Y2024)],
            id="two-further-years",
        ),
        pytest.param(
            "The pilot recruited 60 volunteers in 2024 and will run for six extra months.",
            [(60, "volunteers", Y2024)],
            id="six-extra-months",
        ),
        # "or more" before a unit of time: a threshold the count is sorted by
        pytest.param(
            "The team helped 310 pupils in 2024, and 96 had missed five or more school days.",
            [(310, "pupils", Y2024), (96, "pupils", Y2024)],
            id="five-or-more-school-days",
        ),
        pytest.param(
            "In 2024, 58 callers to the line had waited three or more hours.",
            [(58, "callers", Y2024)],
            id="three-or-more-hours",
        ),
        # near misses: more of a thing counted stays a figure
        pytest.param(
            "In 2024 the force sent 40 or more officers to the festival.",
            [(40, "officers", Y2024)],
            id="or-more-officers",
        ),
        pytest.param(
            "Kent Police recruited 40 more officers in 2024.",
            [(40, "officers", Y2024)],
            id="more-officers",
        ),
    ],
)
def test_added_time_is_a_duration(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
