"""A parish or community council named for its village stands for that village in the area
rules (``named_bodies.NAMED_FOR_RULES``, rule ``parish-council``), as a town or district
council does: its figures with no place of their own are the village's, not the county's
of a county council, force or partnership named later. Every sentence is invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Speedwatch volunteers logged 640 drivers over the limit in the village last "
            "summer, Cottenham Parish Council said. Cambridgeshire County Council will "
            "review the limit.",
            [(640, "Cottenham")],
            id="parish-council-issues-the-release",
        ),
        pytest.param(
            "Wrington Parish Council has counted 212 lorries using the high street in "
            "March. Avon and Somerset Police said it would carry out checks.",
            [(212, "Wrington")],
            id="parish-council-opens-the-release",
        ),
        pytest.param(
            "Residents recorded 85 speeding cars outside the school in May, Llanberis "
            "Community Council said.",
            [(85, "Llanberis")],
            id="welsh-community-council",
        ),
        # near miss: an unnamed parish council names no place; the county's figure stays
        pytest.param(
            "The parish council said volunteers had recorded 310 speeding drivers in "
            "Derbyshire in April.",
            [(310, "Derbyshire")],
            id="unnamed-parish-council",
        ),
    ],
)
def test_a_parish_council_stands_for_its_village(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
