""" "The whole force area", "the entire force area", "the wider force area" are the area of
the force the text names (:data:`pressfacts.statistics.place_phrases.FORCE_AREA`), as "the
force area" is; sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Greater Manchester Police recorded 57 firearms discharges in the city of "
            "Manchester in 2024. Across the whole force area there were 96.",
            [(57, "Manchester"), (96, "Greater Manchester")],
        ),
        (
            "Kent Police recorded 57 burglaries in Medway in 2024. Across the entire force "
            "area there were 960.",
            [(57, "Medway"), (960, "Kent")],
        ),
        (
            "Kent Police recorded 57 burglaries in Medway in 2024. In the wider force area, "
            "officers made 310 arrests.",
            [(57, "Medway"), (310, "Kent")],
        ),
        # near miss: "the whole force" with no "area" is no place
        (
            "Kent Police recorded 57 burglaries in Medway in 2024. The whole force was "
            "involved, and 12 officers were hurt.",
            [(57, "Medway"), (12, "Medway")],
        ),
    ],
)
def test_whole_force_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
