"""A part's count "of the <noun>" points back only to a count of that noun at least as
large (``part_within_whole``): a count stated nearer but smaller cannot hold it.
Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 3)
YEAR = ("2024-04-01", "2025-03-31")
JULY = ("2024-07-01", "2024-07-31")
Y2024 = ("2024-01-01", "2024-12-31")
DEC = ("2024-12-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Humberside Police logged 3,120 calls about missing people in the year to March "
            "2025. In July 2024, officers took 341 calls. Hull accounted for 1,006 of the "
            "calls.",
            {3120: YEAR, 341: JULY, 1006: YEAR},
            id="a-part-larger-than-the-nearer-count",
        ),
        pytest.param(
            "Merseyside Police made 2,480 arrests in 2024. In December, officers made 190 "
            "arrests. Liverpool accounted for around 1,300 of the arrests.",
            {2480: Y2024, 190: DEC, 1300: Y2024},
            id="a-qualified-part-larger-than-the-nearer-count",
        ),
        # near misses: a part the nearer count can hold; a share (no count to compare)
        pytest.param(
            "Humberside Police logged 3,120 calls about missing people in the year to March "
            "2025. In July 2024, officers took 341 calls. Hull accounted for 106 of the calls.",
            {3120: YEAR, 341: JULY, 106: JULY},
            id="a-part-within-the-nearer-count-stays-its",
        ),
    ],
)
def test_part_within_whole(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
