"""A yardstick the country's words follow ("compared with 260 nationally") is the
country's, not the area of the count it is compared with (rule ``national-yardstick`` of
``sibling_areas.compared_count``). Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Lincolnshire Police released its rural crime figures on Monday. The force recorded "
        "31 attacks on livestock in 2024, compared with 260 nationally.",
        [(31, "Lincolnshire"), (260, "England")],
        id="nationally",
    ),
    pytest.param(
        "Dyfed-Powys Police published the figures on Friday. The force recorded 44 thefts "
        "of quad bikes, against 390 across the country.",
        [(44, "Dyfed-Powys"), (390, "Wales")],
        id="across-the-country",
    ),
    # near miss: a yardstick of no place of its own takes the count's
    pytest.param(
        "Lincolnshire Police released its rural crime figures on Monday. The force recorded "
        "31 attacks on livestock in 2024, compared with 26 in 2023.",
        [(31, "Lincolnshire"), (26, "Lincolnshire")],
        id="same-place-yardstick",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_national_yardstick(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert sorted(areas(nlp, text)) == sorted(expected)
