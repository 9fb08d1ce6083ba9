"""What came from the county, region or area changing by a figure makes the area named
before the figure's own (rule ``region-from-change``, ``own_places.REGION_WORDS_BEFORE``):
"Stop Hate UK said calls from the county had risen by 15%" after a Leicestershire figure is
Leicestershire's, not the national charity's UK. Near miss: no back-pointing words (the
charity's area). Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

LEAD = "Leicestershire Police recorded 1,903 hate crimes in 2025.\n\n"


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (LEAD + "Stop Hate UK said calls from the county had risen by 15% since January.", 15,
         "Leicestershire"),
        (LEAD + "Victim Support said referrals from the area rose by 22% in the spring.", 22,
         "Leicestershire"),
        # near miss: no back-pointing words
        (LEAD + "Stop Hate UK said calls had risen by 15% since January.", 15, "UK"),
    ],
)  # fmt: skip
def test_region_from_change(
    areas: AreasOf, nlp: Language, text: str, value: float, expected: str | None
) -> None:
    assert dict(areas(nlp, text))[value] == expected
