"""An age bound in digits after a plural person noun ("suspects under 18", "drivers over
70") is no statistic (exclusion ``age-bound-after-person``,
:data:`pressfacts.statistics.age_phrases.AGE_BOUND_AFTER_PERSON`); a count before the noun,
a share, a plural noun or a unit after the number, or a large number stays a statistic.
Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitsOf

P = dt.date(2025, 9, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers in Hull recorded 300 burglaries. Half of those burglaries involved "
            "suspects under 18.",
            [(300, "burglaries"), (50, "percent")],
            id="suspects-under",
        ),
        pytest.param(
            "Police in Devon recorded 120 crashes, and a third of those crashes involved "
            "drivers over 70.",
            [(120, "crashes"), (33.3, "percent")],
            id="drivers-over",
        ),
        pytest.param(
            "Magistrates in Luton saw 14 offenders under 21 last month.",
            [(14, "offenders")],
            id="count-before-noun",
        ),
        # near misses: a plural noun or a unit after the number; a share; a large number
        pytest.param(
            "Police in Kent named suspects under 12 operations last year.",
            [(12, "operations")],
            id="near-miss-plural-noun",
        ),
        pytest.param(
            "Cameras in Bury caught motorists over 30 mph near the school.",
            [(30, "mphs")],
            id="near-miss-speed",
        ),
        pytest.param(
            "Patrols in Crewe stopped passengers over 1,200 times.",
            [(1200, "occasions")],
            id="near-miss-large-number",
        ),
    ],
)
def test_age_bound_after_person(
    nlp: Language, units_of: UnitsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert units_of(nlp, text, P) == expected
