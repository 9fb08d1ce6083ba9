"""A multiple held up to another place's count with "as many as in <place>" keeps its own
side's place (``clause_breaks.MULTIPLE_YARDSTICK_PLACE``, rule
``multiple_yardstick_place``): the place after "as many as in" is the yardstick's. Every
sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In Leeds, 40 drivers were caught, three times as many as in Bradford.",
            [(40, "Leeds"), (3, "Leeds")],
            id="three-times-as-many-as-in",
        ),
        pytest.param(
            "In Swansea, 62 bikes were stolen, almost twice as many as in Cardiff.",
            [(62, "Swansea"), (2, "Swansea")],
            id="almost-twice",
        ),
        # near misses: a year for the yardstick; a place only before the multiple
        pytest.param(
            "West Yorkshire Police caught 40 drivers, twice as many as in 2022.",
            [(40, "West Yorkshire"), (2, "West Yorkshire")],
            id="yardstick-year",
        ),
        pytest.param(
            "Officers caught 40 drivers, twice as many as last year, in Bradford.",
            [(40, "Bradford"), (2, "Bradford")],
            id="place-after-a-year",
        ),
    ],
)
def test_area_multiple_yardstick_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
