"""A sentence opened by "Its"/"Their" takes the place named last only when the sentence
right before names it (rule ``possessive_far_place`` of the ``possessive-opening`` area
rule); a place of an earlier paragraph is not what "Its" speaks of. Near misses keep the
place named just before."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

AreasOf = Callable[[Language, str], list[tuple[float, str | None]]]
"""The ``areas`` fixture (tests/statistics/conftest.py)."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Derbyshire Constabulary gave £50,000 to the unit. It includes £9,000 for a"
            " pilot in Buxton.\n\nIn 2023 the unit's programme reached 4,600 pupils. Its"
            " mentors supported 230 young people.",
            [(50000, "Derbyshire"), (9000, "Buxton"), (4600, "Derbyshire"), (230, "Derbyshire")],
        ),
        # near misses: the place is named in the sentence right before
        (
            "Derbyshire Constabulary gave £50,000 to the unit.\n\nThe unit works in Buxton."
            " Its mentors supported 230 young people.",
            [(50000, "Derbyshire"), (230, "Buxton")],
        ),
        (
            "Police in Belfast recorded 900 thefts. Its rate of 14 per 1,000 was the highest.",
            [(900, "Belfast"), (14, "Belfast")],
        ),
    ],
)
def test_its_takes_a_place_named_just_before(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
