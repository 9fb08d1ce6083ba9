"""A described person set off by commas before a known given name is a person, the given
name alone enough: "One survivor, Tomas, who was trafficked …" (the person rule
``described_given_name``). Every sentence is invented; near misses find no person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One survivor, Tomas, who was brought to the UK in a lorry, spoke to the charity.",
         {"Tomas"}),
        ("Another victim, Daniel, was forced to work in a car wash in Luton.", {"Daniel"}),
        ("Her son, Callum, was killed on the A49 in 2022.", {"Callum"}),
        ("A volunteer, Amira, has worked at the hub since it opened.", {"Amira"}),
        # a description of age and sex, with the helper named in a contact clause
        ("One young man the charity supported, Ryan, said he had been threatened.", {"Ryan"}),
        ("One woman the service helped, Nadia, now lives in Leeds.", {"Nadia"}),
        ("A teenager, Jack, was beaten in the attack.", {"Jack"}),
        # a description with a clause saying the person took part in a survey or study
        ("One woman who took part, Aisha, said a driver followed her home.", {"Aisha"}),
        ("A driver who responded, Marek, was punched twice last year.", {"Marek"}),
        ("One man who took part in the survey, Owen, said he felt unsafe.", {"Owen"}),
        ("A victim who came forward, Jade, gave evidence in court.", {"Jade"}),
        # whose relative: a person named before, or a description, with a possessive
        ("In a statement, Mr Okafor's wife, Grace, said she was heartbroken.", {"Okafor", "Grace"}),
        ("Daniel's uncle, Tariq, found him in the garden.", {"Tariq"}),
        ("The boy's mother, Leanne, said he loved football.", {"Leanne"}),
        ("The victim's widow, Sandra, thanked the paramedics.", {"Sandra"}),
        # an age before the given name, a home town after it
        ("One victim, 79-year-old Doreen from Rye, lost £6,000 to the caller.", {"Doreen"}),
        ("Another survivor, Priya from Slough, spoke at the event.", {"Priya"}),
        ("One victim, 19-year-old Kyle, was stabbed twice.", {"Kyle"}),
        # near misses: no given name after the description
        ("Another victim, a man from Margate, lost £9,000.", set()),
        ("Mr Okafor's wife, who cannot be named, was in the car.", {"Okafor"}),
        ("Kent Police's partner, Victim Support, runs the service.", set()),
        ("One survivor, aged 30, was moved to a safe house.", set()),
        ("One victim, Kent Police said, was only 15.", set()),
        ("The victim, who cannot be named, was found in Dover.", set()),
        ("The man, who cannot be named, was taken to hospital.", set()),
        ("One man, aged 24, was arrested.", set()),
        ("A woman the charity helped, Kent Police said, was safe.", set()),
        ("One woman who took part, Kent Police said, was attacked.", set()),
        ("One woman who took part, aged 19, was followed home.", set()),
        ("One woman who lives in Hull, Aisha, said she felt unsafe.", set()),
    ],
)  # fmt: skip
def test_described_given_names(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(people(nlp, text)) == expected
