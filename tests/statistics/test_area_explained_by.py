"""A clause explaining a figure is no place of the figure's (rule ``explained_by``,
``clause_breaks.EXPLAINED_BY``).

"The figure is down 8% on 2022, which the force puts down to more patrols in Maidstone":
the places of the cause are not the figure's, so the 8% takes the release's area.
Sentences written for these tests; near misses keep a place of the figure's own clause.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

CASES: list[tuple[str, list[tuple[float, str | None]]]] = [
    (
        "Kent Police recorded 400 thefts in 2023. The figure is down 8% on 2022, which the "
        "force puts down to more patrols in Maidstone and Ashford.",
        [(400, "Kent"), (8, "Kent")],
    ),
    (
        "Essex Police said burglaries fell by 12%, which officers attribute to extra patrols "
        "in Colchester.",
        [(12, "Essex")],
    ),
    (
        "Anti-social behaviour on Northern trains fell by 9% in 2025, which the operator has "
        "credited to late patrols out of Leeds.",
        [(9, None)],
    ),
]

NEAR_MISSES: list[tuple[str, list[tuple[float, str | None]]]] = [
    # the figure's own place before the explanation stays; the cause's place is not taken
    (
        "Essex Police said burglaries fell by 12% in Colchester, which the force puts down "
        "to patrols.",
        [(12, "Colchester")],
    ),
    (
        "Burglaries in Colchester fell by 12% last year, which police attribute to patrols "
        "in Harlow.",
        [(12, "Colchester")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_area_explained_by(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert sorted(areas(nlp, text)) == sorted(expected)
