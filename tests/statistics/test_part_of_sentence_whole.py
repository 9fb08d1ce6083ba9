"""A part told right after its count as "of whom", "of them", "of these" takes the area of
its whole counted earlier in its sentence, not the place the sentence opens on (rule
``part-of-sentence-whole``, module ``part_places``). Every sentence is invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In Leeds, 19 people were charged, while officers in Bradford dealt with 11 "
            "shoplifters, seven of whom were under 18.",
            [(19, "Leeds"), (11, "Bradford"), (7, "Bradford")],
            id="of-whom-after-a-while-clause",
        ),
        pytest.param(
            "In Swansea, 40 drivers were stopped, and officers in Neath seized 12 cars, five of "
            "them uninsured.",
            [(40, "Swansea"), (12, "Neath"), (5, "Neath")],
            id="of-them",
        ),
        pytest.param(
            "Across Dorset, 300 people attended, while the team in Poole trained 45 volunteers, "
            "more than 20 of whom have since joined.",
            [(300, "Dorset"), (45, "Poole"), (20, "Poole")],
            id="a-qualified-part",
        ),
        # near misses: a place of the part's own; a whole of the place the sentence opens on
        pytest.param(
            "In Leeds, officers dealt with 11 shoplifters, seven of whom were from Bradford.",
            [(11, "Leeds"), (7, "Bradford")],
            id="near-miss-own-place",
        ),
        pytest.param(
            "In Leeds, 19 people were charged, and 11 shoplifters were cautioned, seven of "
            "whom were under 18.",
            [(19, "Leeds"), (11, "Leeds"), (7, "Leeds")],
            id="near-miss-whole-of-the-opening-place",
        ),
    ],
)
def test_a_part_takes_its_whole_s_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
