"""The counted noun of a level read past figures named by a participle (rule
``figures_showing_participle``) and past a discourse adverb between commas after the
subject (rule ``subject_discourse_aside``), pressfacts.statistics.level_subjects.
Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2025, 6, 10)

ROWS = [
    pytest.param(
        "The county council has published figures showing that referrals to its youth "
        "service in Barnsley rose to 640 in 2024.",
        [(640.0, "referrals", ("2024-01-01", "2024-12-31"))],
        id="figures-showing",
    ),
    pytest.param(
        "The trust released data revealing that admissions for stab wounds fell from 96 in "
        "2023 to 71 in 2024.",
        [
            (96.0, "admissions", ("2023-01-01", "2023-12-31")),
            (71.0, "admissions", ("2024-01-01", "2024-12-31")),
        ],
        id="data-revealing",
    ),
    pytest.param(
        "Robberies, however, rose by 4% to 1,180 in 2024.",
        [
            (4.0, "percent", ("2023-01-01", "2024-12-31")),
            (1180.0, "robberies", ("2024-01-01", "2024-12-31")),
        ],
        id="however-aside",
    ),
    pytest.param(
        "Call-outs, meanwhile, fell to 312 in 2024.",
        [(312.0, "call-outs", ("2024-01-01", "2024-12-31"))],
        id="meanwhile-aside",
    ),
    # near misses: no plural subject after the showing clause; a noun of its own
    pytest.param(
        "The council published figures showing that the team reached 40.",
        [],
        id="showing-no-plural-subject",
    ),
    pytest.param(
        "Officers, however, made 40 arrests in 2024.",
        [(40.0, "arrests", ("2024-01-01", "2024-12-31"))],
        id="aside-noun-after",
    ),
    pytest.param(
        "Thefts fell, and burglaries, the force said, reached 90.",
        [],
        id="no-discourse-word",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_level_subject_showing_and_asides(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    """(value, unit, period) of each figure."""
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
