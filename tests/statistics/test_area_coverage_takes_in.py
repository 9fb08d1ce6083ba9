"""Places an area "takes in" are what it covers, not a figure's scope
(``areas.SCOPE_PLACE``, rule ``coverage-takes-in``): "Across the force area, which also
takes in Herefordshire, Shropshire and Worcestershire, reports … rose by 9%" is the force
area's figure, where the "in" of "takes in" had ranked the list first as the scope.
Sentences written for these tests; the near misses are "took in" with a count after it and
a scope of its own, which keep their place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.areas import SCOPE_PLACE
from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Across Devon, which also takes in Exeter and Torbay, 312 thefts were recorded in "
         "2023.", [(312, "Devon")]),
        ("West Mercia Police said burglaries fell. Across the force area, which also takes in "
         "Herefordshire, Shropshire and Worcestershire, reports rose by 9% in 2023.",
         [(9, "West Mercia")]),
        ("Kent Police said thefts fell. Across the force area, which takes in Medway and "
         "Swale, officers made 212 arrests in 2023.", [(212, "Kent")]),
        # near misses: "took in" things, then a scope of their own
        ("The sanctuary took in 40 dogs in Leeds in 2023.", [(40, "Leeds")]),
        ("Staff in Leeds took in 40 dogs in 2023.", [(40, "Leeds")]),
    ],
)  # fmt: skip
def test_coverage_takes_in(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("before", "scope"),
    [
        ("which also takes in ", False),
        ("the division, which took in ", False),
        ("taking in ", False),
        # near misses: a scope word after other verbs, a borough's name
        ("children in ", True),
        ("which works in ", True),
        ("in the borough of ", True),
    ],
)
def test_coverage_particle_is_no_scope(before: str, scope: bool) -> None:
    assert (SCOPE_PLACE.search(before) is not None) == scope
