"""An area the gazetteer lists as "A and B" that the text words only as "A and the B" is given
as worded (rule ``the_as_worded``, ``place_spellings.worded_areas``; sentences invented for
these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

FORCE = "Hampshire and Isle of Wight Constabulary"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{FORCE} has trained 75 new detectives. Burglaries across Hampshire and the Isle of "
         "Wight fell by 9% last year. The force made 1,240 arrests in 2025.",
         [(75, "Hampshire and the Isle of Wight"), (9, "Hampshire and the Isle of Wight"),
          (1240, "Hampshire and the Isle of Wight")]),
        (f"Officers of {FORCE} seized 31 vehicles in May, the force said. Patrols cover "
         "Hampshire and the Isle of Wight.",
         [(31, "Hampshire and the Isle of Wight")]),
        # near miss: the text also words the area without "the", so it stays as listed
        (f"{FORCE} has trained 75 new detectives. Burglaries across Hampshire and the Isle of "
         "Wight fell by 9% last year. Hampshire and Isle of Wight saw 1,240 arrests in 2025.",
         [(75, "Hampshire and Isle of Wight"), (9, "Hampshire and the Isle of Wight"),
          (1240, "Hampshire and Isle of Wight")]),
    ],
)  # fmt: skip
def test_area_with_the_as_worded(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
