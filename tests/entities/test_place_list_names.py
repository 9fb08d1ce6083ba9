"""An organisation name found by pattern that opens on a list of places, "P, Q and R …", is
found whole: the places before the comma are the name's (rule ``place_list_before``, in
``place_led_names``); a comma before "and", a list with no "and", or a word before the comma
that is no place leave the match as it was. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

Found = list[tuple[str, str, str]]
ROWS = [
    pytest.param(
        "Devon, Somerset and Torbay Trading Standards Service said it had 412 complaints.",
        [
            (
                "Devon, Somerset and Torbay Trading Standards Service",
                "ORG",
                "org:devon-somerset-and-torbay-trading-standards-service",
            )
        ],
        id="trading-standards-of-three-places",
    ),
    pytest.param(
        "Officers joined staff from Cumbria, Lancashire and Merseyside Partnership at the event.",
        [
            (
                "Cumbria, Lancashire and Merseyside Partnership",
                "ORG",
                "org:cumbria-lancashire-and-merseyside-partnership",
            )
        ],
        id="partnership-after-and",
    ),
    pytest.param(
        "Leeds, Bradford and Wakefield Partnership met on Monday.",
        [
            (
                "Leeds, Bradford and Wakefield Partnership",
                "ORG",
                "org:leeds-bradford-and-wakefield-partnership",
            )
        ],
        id="sentence-opening-list",
    ),
    # near misses: the match stays as it was
    pytest.param(
        "Burglaries fell in Exeter, and Torbay Trading Standards Service said so.",
        [("Torbay Trading Standards Service", "ORG", "org:torbay-trading-standards-service")],
        id="comma-before-and",
    ),
    pytest.param(
        "Exeter, Torbay Council said, saw the most reports.",
        [("Torbay Council", "ORG", "org:torbay-council")],
        id="no-and",
    ),
    pytest.param(
        "Meanwhile, Devon and Torbay Trading Standards Service warned residents.",
        [
            (
                "Devon and Torbay Trading Standards Service",
                "ORG",
                "org:devon-and-torbay-trading-standards-service",
            )
        ],
        id="no-place-before-the-comma",
    ),
    pytest.param(
        "Officers in Hull, Grimsby and Scunthorpe worked with Lincolnshire Trading Standards "
        "Service.",
        [
            (
                "Lincolnshire Trading Standards Service",
                "ORG",
                "org:lincolnshire-trading-standards-service",
            )
        ],
        id="list-of-places-apart",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_name_opening_on_a_list_of_places(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
