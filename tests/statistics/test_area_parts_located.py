"""Areas around a part located by its verb, and around a cause: "rose by 21%, and 23 of
the 52 thefts took place in Powys" (the 23 is Powys's; the 21% and the whole 52 are the
issuer's: ``clause_breaks.PART_OF`` reads "of the 52", ``figure_areas.PART_LOCATED``);
"a shortage of staff in north Powys has led to a drive offering up to £8,000" (the cause's
place is not the figure's: ``clause_breaks.CAUSE``). Powys is a known place
(``places.txt``). Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dyfed-Powys Police said thefts of trailers rose by 18%, and 14 of the 40 "
            "reported thefts took place in Powys.",
            [(18, "Dyfed-Powys"), (14, "Powys"), (40, "Dyfed-Powys")],
            id="part-located-after-a-change",
        ),
        pytest.param(
            "North Yorkshire Police logged 90 attacks on sheep, and nine of the 31 attacks "
            "on lambs happened in Selby.",
            [(90, "North Yorkshire"), (9, "Selby"), (31, "North Yorkshire")],
            id="part-located-happened",
        ),
        pytest.param(  # near miss: the place inside the whole's own words is the whole's
            "Dyfed-Powys Police said 14 of the 40 thefts in Powys involved quad bikes.",
            [(14, "Powys"), (40, "Powys")],
            id="place-of-the-whole",
        ),
        pytest.param(
            "Dyfed-Powys Police said a lack of vets in rural Powys has led to a scheme "
            "paying up to £6,000.",
            [(6000, "Dyfed-Powys")],
            id="cause-before-effect",
        ),
        pytest.param(  # near miss: what the operation led to is its own count
            "Operation Harrow in Powys, which has led to 37 arrests, ends in May.",
            [(37, "Powys")],
            id="operation-led-to-count",
        ),
    ],
)
def test_parts_located_and_causes(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
