""" "inside the Lake District": "inside" gives a place as a figure's scope, as "in" and
"within" do, before a place named otherwise in its clause (``areas.SCOPE_PLACE``;
sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cumbria Police said nine of the Cumbria cases, including four poisonings, were "
         "inside the Lake District.", [(9, "Cumbria"), (4, "Lake District")]),
        ("Devon and Cornwall Police said the Devon teams found 12 snares inside Dartmoor.",
         [(12, "Dartmoor")]),
        # near miss: "inside" a building names no place after it; the body's area stays
        ("Devon and Cornwall Police said the Devon teams found 12 snares inside a barn.",
         [(12, "Devon and Cornwall")]),
    ],
)  # fmt: skip
def test_inside_a_place(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
