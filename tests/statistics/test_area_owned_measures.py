"""A place owning the measure a figure states ("Hull's rate of 23.1 …") is the figure's
own place, over a yardstick's place later in its clause (``PLACE_OWNS`` in
``figure_areas``). Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blackpool's rate of 31.4 admissions is well above the average across England.",
         [(31.4, "Blackpool")]),
        ("Leeds's overall total was 412 burglaries, above the figure across Yorkshire.",
         [(412, "Leeds")]),
        ("Swansea’s share stood at nearly 40%, the highest across Wales.",
         [(40, "Swansea")]),
        # near miss: a possessive place owning no measure keeps the nearest-place reading
        ("Cardiff's officers made 52 arrests across Wales.", [(52, "Wales")]),
    ],
)  # fmt: skip
def test_place_owns_measure(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
