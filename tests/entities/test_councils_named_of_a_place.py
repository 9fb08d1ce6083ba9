"""Council names built on "Isle/Isles/Riding/Vale/Forest of <place>" (rule
``council-of-place``) are found whole, not from the word after "of", and the title of a
person who speaks for one loses the whole name. Sentences invented; near misses are the
place alone, a title before "of" and a council with no place name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "The scheme is run by the Isle of Wight Council and local schools.",
        [("Isle of Wight Council", "ORG", "org:isle-of-wight-council")],
    ),
    (
        "Vale of Glamorgan Council agreed to fund two more cameras.",
        [("Vale of Glamorgan Council", "ORG", "org:vale-of-glamorgan-council")],
    ),
    (
        "Staff from Forest of Dean District Council joined the patrol.",
        [("Forest of Dean District Council", "ORG", "org:forest-of-dean-district-council")],
    ),
    (
        "Isle of Anglesey County Council's highways team met residents.",
        [("Isle of Anglesey County Council", "ORG", "org:isle-of-anglesey-county-council")],
    ),
    (
        "The North Riding of Yorkshire Council was abolished long ago.",
        [
            (
                "North Riding of Yorkshire Council",
                "ORG",
                "org:north-riding-of-yorkshire-council",
            )
        ],
    ),
    # near misses: the place alone, a council with no place, a title before "of"
    ("Visitors to the Isle of Wight were warned about the roads.", []),
    ("The vale of the river was flooded and the council closed the road.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_councils_named_of_a_place(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
