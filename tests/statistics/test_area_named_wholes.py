"""A partitive opening that names its whole by its noun alone ("Of the firearms handed in,
96 were shotguns") takes the area of the largest recent count of that noun, not of the
last place of a breakdown before it (area rule ``named_whole`` of
:mod:`pressfacts.statistics.part_wholes`); sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers seized 437 knives in the West Midlands in July.\n\nBirmingham accounted "
            "for 188 of the knives, while Coventry saw 74. Of the knives handed in, 96 were "
            "machetes.",
            [(437, "West Midlands"), (188, "Birmingham"), (74, "Coventry"), (96, "West Midlands")],
        ),
        (
            "Police in Kent made 820 arrests last year. Medway accounted for 210 of them and "
            "Swale for 96. Of the arrests made, 130 were drivers.",
            [(820, "Kent"), (210, "Medway"), (96, "Swale"), (130, "Kent")],
        ),
        # near miss: a whole named with its count is the restated figure's (another rule)
        (
            "Officers seized 437 knives in the West Midlands in July. Birmingham accounted "
            "for 188 of the knives. Of the 188 knives, 40 were machetes.",
            [(437, "West Midlands"), (188, "Birmingham"), (188, "Birmingham"), (40, "Birmingham")],
        ),
    ],
)
def test_named_whole(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
