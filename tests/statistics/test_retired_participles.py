"""A participle saying a working animal or a member of staff is out of service or
re-housed ("27 retired horses", "12 rehomed dogs", "six retrained greyhounds") is an
adjective before the plural: the noun after it is counted
(``unit_words.SKIPPED_BEFORE_NOUN``). Every sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trust paid for 27 retired horses in Surrey in 2025.", [(27.0, "horses")]),
        ("Blue Cross found homes for 12 rehomed dogs in Leeds in 2025.", [(12.0, "dogs")]),
        ("The charity cared for six retrained greyhounds in 2025.", [(6.0, "greyhounds")]),
        ("The force welcomed back 40 retired officers in 2025.", [(40.0, "officers")]),
        # near misses: the participle is the count's verb, read as before
        (
            "Of the 80 handlers in Kent, 27 retired in 2025.",
            [(80.0, "handlers"), (27.0, "handlers")],
        ),
        (
            "The trust paid for 27 horses retired from the mounted section in 2025.",
            [(27.0, "horses")],
        ),
    ],
)
def test_retired_participle_before_noun(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(value, unit) for value, unit, _ in unit_periods_of(nlp, text, PUBLISHED)] == expected
