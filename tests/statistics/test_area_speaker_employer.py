"""A territorial force in the possessive that closes a speaker's description before a verb
of saying or telling is who the speaker works for, not the area of the figures reported
(rule ``speaker-employer``); and two neighbourhoods joined before "areas" are one area (rule
``named_area``). Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.district_names import named_districts
from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Officers in Omagh dealt with 410 reports of theft. Inspector Cara Lynch, the PSNI's "
        "district commander, told councillors that one in six involved a shop.",
        [(410.0, "Omagh"), (16.7, "Omagh")],
        id="the-psnis-district-commander-told",
    ),
    pytest.param(
        "Police in Canterbury recorded 95 burglaries. Chief Inspector Sam Bright, Kent "
        "Police's head of neighbourhood policing, said 30 of them were solved.",
        [(95.0, "Canterbury"), (30.0, "Canterbury")],
        id="a-forces-head-said",
    ),
    # near misses: the force's own figures; a speaker "of" the force; a place of the sentence
    pytest.param(
        "Police in Canterbury recorded 95 burglaries. Kent Police's figures show 30 of them "
        "were solved.",
        [(95.0, "Canterbury"), (30.0, "Kent")],
        id="the-forces-figures",
    ),
    pytest.param(
        "Police in Canterbury recorded 95 burglaries. PC Ann Moss, Kent Police's schools "
        "officer for Dover, said the force took 30 knives from pupils in the county.",
        [(95.0, "Canterbury"), (30.0, "Kent")],
        id="a-portfolio-place-after-the-title",
    ),
    pytest.param(
        "Officers in Omagh dealt with 410 reports. Inspector Cara Lynch, the PSNI's district "
        "commander, said 12 thefts were reported in Strabane.",
        [(410.0, "Omagh"), (12.0, "Strabane")],
        id="a-place-of-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_speakers_force_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calls in the Shantallow and Creggan areas rose.", [(13, 35, "Shantallow and Creggan")]),
        ("Calls in the Creggan area rose.", [(13, 20, "Creggan")]),
        # near misses: a body's areas; a second name with "the" of its own
        ("Calls across the Gwent and Dyfed Police areas rose.", []),
        ("Calls from the Shantallow and the Creggan areas rose.", []),
    ],
)
def test_two_neighbourhoods_joined_before_areas(text: str, expected: object) -> None:
    assert list(named_districts(text)) == expected
