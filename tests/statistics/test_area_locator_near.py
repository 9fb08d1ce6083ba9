"""A named place, then the larger place it lies near, set off by a comma: the larger place
locates the first and is not the figures' area (place role ``locator-near`` of
:mod:`pressfacts.statistics.place_roles`). Sentences written for these tests. Near misses:
a site near a town ("on a farm near Dover"), a road near a town ("on the A6, near
Matlock"), a place near another with no comma."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The village of Downton, near Salisbury, recorded 340 speeding vehicles in June.",
         [(340, "Downton")]),
        ("Pateley Bridge, near Harrogate, had 27 volunteers out in May.",
         [(27, "Pateley Bridge")]),
        ("Bakewell, just outside Matlock, logged 95 drivers over the limit.", [(95, "Bakewell")]),
        # near misses: a rural site; a road; no comma
        ("Three buzzards were found dead on a farm near Dover.", [(3, "Dover")]),
        ("Volunteers on the A6, near Matlock, recorded 210 speeding cars.", [(210, "Matlock")]),
        ("Volunteers recorded 210 speeding cars near Harrogate.", [(210, "Harrogate")]),
    ],
)  # fmt: skip
def test_locator_near(nlp: Language, areas: AreasOf, text: str, expected: list) -> None:
    assert areas(nlp, text) == expected
