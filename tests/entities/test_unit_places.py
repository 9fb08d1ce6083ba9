"""A unit named after the places it serves loses them in its leader's title (step
``unit_place``), in a list too, and in counties' short forms (rule ``county-short-form``);
sentences invented for these tests."""

from __future__ import annotations

import pytest

from pressfacts.entities.title_words import UNIT_LEADER_WORDS
from pressfacts.entities.unit_places import unit_place_dropped

PLACES = {
    "Kent",
    "Essex",
    "Thames Valley",
    "Hampshire",
    "North Yorkshire",
    "Cumbria",
    "Bedfordshire",
    "Cambridgeshire",
    "Hertfordshire",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("head of the Kent and Essex Serious Crime Directorate",
         "head of Serious Crime Directorate"),
        ("Head of the Thames Valley and Hampshire Joint Firearms Unit",
         "Head of Joint Firearms Unit"),
        ("commander of the North Yorkshire Roads Policing Group",
         "commander of Roads Policing Group"),
        ("lead for the Cumbria Rural Crime Team", "lead for Rural Crime Team"),
        # a list of places; county short forms (rule county-short-form)
        ("head of the Bedfordshire, Cambridgeshire and Hertfordshire Major Crime Unit",
         "head of Major Crime Unit"),
        ("head of the Beds, Cambs and Herts Road Policing Unit", "head of Road Policing Unit"),
        ("commander of the Herts & Essex Dog Unit", "commander of Dog Unit"),
        # no place, a place with nothing after it, a rank not leading a unit: unchanged
        ("head of the Serious Crime Directorate", None),
        ("head of the Kent", None),
        ("Chief Inspector of the Kent Dog Unit", None),
        ("head of the Kent and Sussex Dog Unit", None),  # "Sussex" not a known place here
        ("head of the Beds and Breakfast Unit", None),  # "Breakfast" no place
    ],
)  # fmt: skip
def test_unit_place_dropped(text: str, expected: str | None) -> None:
    assert unit_place_dropped(text, PLACES.__contains__, UNIT_LEADER_WORDS) == expected
