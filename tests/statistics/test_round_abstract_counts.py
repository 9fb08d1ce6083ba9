"""A round number of ideas in speech ("remember a dozen details", "a hundred questions",
"a thousand reasons") is no tally (the exclusion ``round-abstract-count`` of
:mod:`pressfacts.statistics.idiom_exclusions`). Every sentence is invented; near misses are
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
        ("“No carer should have to recall a dozen details in a panic,” said Jo Bell.", []),
        ("“Parents have a hundred questions when a child goes missing,” she said.", []),
        ("“There are a thousand reasons to fill in the form,” he said.", []),
        ("She said families faced half a dozen different worries at once.", []),
        # near misses: people or things counted, digits
        ("A dozen officers searched the woods.", [(12, "officers")]),
        ("The form records 12 details about the person.", [(12, "details")]),
    ],
)  # fmt: skip
def test_round_abstract_counts(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(value, unit) for value, unit, _ in unit_periods_of(nlp, text, P)] == expected
