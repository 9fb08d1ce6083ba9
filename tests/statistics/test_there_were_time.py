"""A "there were" count with a time closing its clause counts the noun of the count in the
sentence before (rule part ``there_were_time`` of
:func:`pressfacts.statistics.elided_subjects.opens_passive`, unit rule
``elided-subject``): "… fell to 61 in the year to June. There were 74 in the previous
year." Sentences invented for the test; near misses keep a noun of their own or no count."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 9, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arson attacks in Fife fell to 212 in the year to June 2025. There were 260 in"
            " the previous year.",
            [(212, "attacks", ("2024-07-01", "2025-06-30")),
             (260, "attacks", ("2023-07-01", "2024-06-30"))],
        ),
        (
            "Wardens issued 48 fines in 2024. There were 31 in 2023.",
            [(48, "fines", ("2024-01-01", "2024-12-31")),
             (31, "fines", ("2023-01-01", "2023-12-31"))],
        ),
        (
            "Wardens issued 48 fines in 2024. There were 31 the year before.",
            [(48, "fines", ("2024-01-01", "2024-12-31")),
             (31, "fines", ("2023-01-01", "2023-12-31"))],
        ),
        # near misses: a noun of its own; a noun after the time (no count of the fines)
        (
            "Wardens issued 48 fines in 2024. There were 31 wardens in 2023.",
            [(48, "fines", ("2024-01-01", "2024-12-31")),
             (31, "wardens", ("2023-01-01", "2023-12-31"))],
        ),
        (
            "Wardens issued 48 fines in 2024. There were 31 in the previous year's survey"
            " of shops.",
            [(48, "fines", ("2024-01-01", "2024-12-31"))],
        ),
    ],
)  # fmt: skip
def test_there_were_count_with_a_time(
    nlp: Language,
    unit_periods_of: UnitPeriodsOf,
    text: str,
    expected: list[tuple[float, str, object]],
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
