"""A few ideas counted in words ("Those two things are not in conflict", "for three
reasons", "in two ways") are no tally (the exclusion ``abstract-count`` of
:mod:`pressfacts.statistics.exclusions`). Every sentence is invented; near misses are
counts."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 7, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Those two things are not in conflict,” said Jo Bell.", []),
        ("She said the delays mattered for three reasons.", []),
        ("The scheme helps victims in four ways.", []),
        ("“There are two sides to every story,” he said.", []),
        # near misses: things counted, digits
        ("Officers found two knives and 12 ways into the estate.",
         [(2, "knives"), (12, "ways")]),
        ("The panel made three recommendations.", [(3, "recommendations")]),
    ],
)  # fmt: skip
def test_abstract_counts(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list
) -> None:
    assert [(value, unit) for value, unit, _ in unit_periods_of(nlp, text, P)] == expected
