"""The country a relative clause says counted people had been brought into is no area of
the figure (place role ``arrival-clause``): "nearly half of them were foreign nationals
who had been brought to the UK" keeps the release's area. Sentences written for these
tests; the near misses keep the place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

CASES: list[tuple[str, list[tuple[float, str | None]]]] = [
    (
        "Dorset Police found 40 people in cannabis farms in 2024, and nearly half of them were "
        "foreign nationals who had been brought to the UK by traffickers.",
        [(40, "Dorset"), (50, "Dorset")],
    ),
    (
        "Kent Police found 30 workers in 2024, including 12 who were illegally smuggled into "
        "Britain.",
        [(30, "Kent"), (12, "Kent")],
    ),
    (
        "Essex Police said 18 of the gardeners were men who had been trafficked into England.",
        [(18, "Essex")],
    ),
    # near miss: no relative clause (the figure's own place)
    ("The NCA said 300 people were trafficked into the UK in 2024.", [(300, "UK")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_area_arrival_clause(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
