"""A place as the subject of a verb of tallying right before its figure is the figure's own
place, over the places of a clause after it (rule ``place-tallies``,
``own_places.PLACE_TALLIES``; sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

LEAD = "Kent Police recorded 3,100 hate crimes. In Canterbury, hate crimes fell to 300. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "Swale recorded 412, and Medway and Dartford together accounted for just over "
         "600.", [(3100, "Kent"), (300, "Canterbury"), (412, "Swale"),
                  (600, "Medway and Dartford")]),
        (LEAD + "Thanet saw 270, and Dover and Folkestone between them reported 350.",
         [(3100, "Kent"), (300, "Canterbury"), (270, "Thanet"), (350, "Dover and Folkestone")]),
        (LEAD + "Ashford recorded almost 190, and Maidstone and Tonbridge together accounted "
         "for 440.", [(3100, "Kent"), (300, "Canterbury"), (190, "Ashford"),
                  (440, "Maidstone and Tonbridge")]),
        (LEAD + "Thanet had 270, and Dover and Folkestone between them reported 350.",
         [(3100, "Kent"), (300, "Canterbury"), (270, "Thanet"), (350, "Dover and Folkestone")]),
        (LEAD + "Ashford alone registered 190, and Maidstone and Tonbridge together accounted "
         "for 440.", [(3100, "Kent"), (300, "Canterbury"), (190, "Ashford"),
                  (440, "Maidstone and Tonbridge")]),
        (LEAD + "Elsewhere Swale handled 412, and Medway and Dartford together accounted for "
         "600.", [(3100, "Kent"), (300, "Canterbury"), (412, "Swale"),
                  (600, "Medway and Dartford")]),
        # near miss: a place right after the figure is still its own (the subject is a team)
        (LEAD + "The team in Swale recorded 412 hate crimes in Medway and Dartford.",
         [(3100, "Kent"), (300, "Canterbury"), (412, "Medway and Dartford")]),
        # near miss: a force before the verb stands for its area, not a place of its own
        ("Essex Police logged 640 hate crimes across Basildon and Thurrock in 2025.",
         [(640, "Basildon and Thurrock")]),
    ],
)  # fmt: skip
def test_place_tallies_is_own_place(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
