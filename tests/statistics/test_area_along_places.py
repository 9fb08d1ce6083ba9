"""A place named right after a figure with "along" ("12 stolen boats along the Pembrokeshire
coast") is the figure's own (``own_places.OWN_PLACE``), over a force named as the
sentence's subject; "along with" a body names no place. Every sentence is invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "North Wales Police said officers had found 21 stolen engines along the Anglesey "
            "coast in 2025.",
            [(21, "Anglesey")],
            id="force-subject-then-along-coast",
        ),
        pytest.param(
            "Essex Police recovered 9 kayaks along the Tendring shoreline in 2025.",
            [(9, "Tendring")],
            id="along-a-district-shoreline",
        ),
        # near misses: "along with" a body; "along" with no place after it
        pytest.param(
            "Kent Police seized 14 boats along with Essex Police in 2025.",
            [(14, "Kent")],
            id="along-with-a-force",
        ),
        pytest.param(
            "Norfolk Constabulary recovered 8 boats along the river in 2025.",
            [(8, "Norfolk")],
            id="along-no-place",
        ),
    ],
)
def test_a_figure_takes_the_place_along_which_it_lies(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
