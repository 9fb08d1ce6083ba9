"""Rule `subject_coordinated_modifier`
(:data:`~pressfacts.statistics.level_subjects.COORDINATED_MODIFIER`): a level subject whose
modifiers are joined by "and" ("criminal damage and arson offences", "Theft and burglary
offences") is still the counted subject, so the level after a change by an amount ("fell
by 4% to 512,640") or after a level verb is read. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2025, 7, 3)
Y24 = ("2024-01-01", "2024-12-31")

ROWS = [
    pytest.param(
        "Vandalism and arson offences recorded in Suffolk fell by 6% to 7,420 in 2024.",
        [(6.0, "percent", ("2023-01-01", "2024-12-31")), (7420.0, "offences", Y24)],
        id="change-by-then-level",
    ),
    pytest.param(
        "The ONS said robbery and theft offences in Cumbria rose by 3% to 9,015 in 2024.",
        [(3.0, "percent", ("2023-01-01", "2024-12-31")), (9015.0, "offences", Y24)],
        id="after-a-verb-of-saying",
    ),
    pytest.param(
        "Graffiti and fly-posting complaints in Hull climbed by 12% to 1,310 in 2024.",
        [(12.0, "percent", ("2023-01-01", "2024-12-31")), (1310.0, "complaints", Y24)],
        id="hyphened-modifier-after-and",
    ),
    # near misses: the level already read without "and"; no modifier after "and"
    pytest.param(
        "Arson offences recorded in Suffolk fell by 6% to 1,120 in 2024.",
        [(6.0, "percent", ("2023-01-01", "2024-12-31")), (1120.0, "offences", Y24)],
        id="no-coordination",
    ),
    pytest.param(
        "Vandalism and graffiti fell by 6% to 7,420 in 2024.",
        [(6.0, "percent", ("2023-01-01", "2024-12-31"))],
        id="no-counted-head-noun",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_subject_coordinated_modifier(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str, tuple[str, str] | None]],
) -> None:
    assert unit_periods_of(nlp, text, PUBLISHED) == expected
