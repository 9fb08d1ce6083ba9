"""A possessive determiner stands for "the" before an average that is the mean of its own
count (``place_wording.OWN_AVERAGE_DETERMINER``, rule ``possessed_average``, in
``AN_AVERAGE``): "their average loss was £2,150" keeps the area of its clause or document,
as "the average loss was" does, and is no yardstick of no area. Every sentence is invented
for the test; the near misses are yardsticks."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Suffolk Constabulary said 80 pensioners were scammed last year, and that their "
            "average loss was £3,100.",
            [(80, "Suffolk"), (3100, "Suffolk")],
            id="their-average-loss",
        ),
        pytest.param(
            "Wiltshire Police said its average response time to emergency calls was 13 "
            "minutes in May.",
            [(13, "Wiltshire")],
            id="its-average-response-time",
        ),
        pytest.param(
            "Gwent Police said its fund helped 45 firms, and its average grant was £850.",
            [(45, "Gwent"), (850, "Gwent")],
            id="its-average-grant",
        ),
        # near misses: an average with "of" right after it is a yardstick
        pytest.param(
            "Suffolk Constabulary said reports rose by 8%, above their average of 11%.",
            [(8, "Suffolk"), (11, None)],
            id="near-miss-their-average-of",
        ),
        pytest.param(
            "Suffolk Constabulary said reports rose by 8%, below the national average of 11%.",
            [(8, "Suffolk"), (11, None)],
            id="near-miss-national-average",
        ),
    ],
)
def test_a_possessed_average_is_a_mean(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
