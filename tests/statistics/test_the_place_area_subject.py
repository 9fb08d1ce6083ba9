"""Rule ``the_place_area_subject``: ", and the <place> district|area|borough …" + its verb
opens a clause about that place, whose figures are counted there, not in the place the
sentence opened on. A subject with no place of its own ("the force area") keeps the
opening place. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "In Oldham, arrests rose to 512, and the Rochdale district now has 38 more response "
        "officers than in 2022.",
        [(512, "Oldham"), (38, "Rochdale")],
        id="the-district-now-has",
    ),
    pytest.param(
        "Across Swindon, thefts rose to 2,410, and the Wiltshire area recorded 311 more "
        "burglaries than a year earlier.",
        [(2410, "Swindon"), (311, "Wiltshire")],
        id="the-area-recorded",
    ),
    pytest.param(
        "In Gateshead, officers made 420 arrests, and the Sunderland borough saw 65 more.",
        [(420, "Gateshead"), (65, "Sunderland")],
        id="the-borough-saw",
    ),
    # near miss: "the force area" names no place of its own
    pytest.param(
        "In Gateshead, officers made 420 arrests, and the force area saw 65 more.",
        [(420, "Gateshead"), (65, "Gateshead")],
        id="no-place-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_the_place_area_subject(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
