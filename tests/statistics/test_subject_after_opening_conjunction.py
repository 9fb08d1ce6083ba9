"""A conjunction opening the sentence ("But", "And", "Yet", "However") before the subject of
a level verb leaves that subject the counted noun (rule
``subject_after_opening_conjunction``, ``level_subjects.OPENING_CONJUNCTION``): "But thefts
of GPS units rose to 96, from 58" counts thefts at both levels. Near misses: a count with a
noun of its own after the conjunction keeps that noun, and a singular subject gives none.
Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2026, 3, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "But thefts of trailers rose to 84, from 51, and most were in the south.",
            [(84, "thefts"), (51, "thefts")],
            id="but-rose-to-from",
        ),
        pytest.param(
            "And burglaries from farm sheds fell to 212 in 2025.",
            [(212, "burglaries")],
            id="and-fell-to",
        ),
        pytest.param(
            "Yet reports of hare coursing reached 340 last year.",
            [(340, "reports")],
            id="yet-reached",
        ),
        # near misses: a noun of its own after the count; a singular subject
        pytest.param(
            "But officers visited 45 farms in 2025.",
            [(45, "farms")],
            id="own-noun",
        ),
        pytest.param(
            "But the total rose to 96.",
            [],
            id="singular-subject",
        ),
    ],
)
def test_subject_after_opening_conjunction(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str]],
) -> None:
    assert [(v, u) for v, u, _ in unit_periods_of(nlp, text, P)] == expected
