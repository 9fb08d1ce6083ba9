"""A place owning the measure a figure states ("Hull's rate of 23.1 …") is the figure's
own place, over a yardstick's place later in its clause or the next clause's place
(``PLACE_OWNS`` in ``figure_areas``, which also reads a change of the measure: "Fife's bill
fell by 4% to £2.1m"); a figure's noun holds no conjunction (``OWN_PLACE``). Sentences
invented for these tests."""

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
        # a change of the owned measure, its level after "to", before the next clause's place
        ("Fife's bill fell by 4% to £2.1m and the cost in Moray was £1.2m.",
         [(4, "Fife"), (2100000, "Fife"), (1200000, "Moray")]),
        ("Gwynedd's losses rose to £800,000, while in Conwy they stood at £500,000.",
         [(800000, "Gwynedd"), (500000, "Conwy")]),
        # near miss: a possessive place owning no measure keeps the nearest-place reading
        ("Cardiff's officers made 52 arrests across Wales.", [(52, "Wales")]),
    ],
)  # fmt: skip
def test_place_owns_measure(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
