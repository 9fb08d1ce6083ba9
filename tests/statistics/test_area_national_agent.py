"""A nation's body named as the funder or the crew of what a sentence counts is not the
figures' area ("awarded £80,000 by the Welsh Government", "paramedics from the Welsh
Ambulance Service took 40 of them": the place role ``national-agent`` of
``place_roles.PLACE_ROLE_RULES``); the release's own area is. Sentences invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Newport City Council has opened a hub. The council has been awarded £80,000 by "
         "the Welsh Government to run it in 2025/26.", [(80000, "Newport")]),
        ("Dundee City Council has opened a hub. The council was given £55,000 by the "
         "Scottish Government for the first year.", [(55000, "Dundee")]),
        ("Wrexham Council has opened a hub. The hub treated 640 people in 2024, and "
         "paramedics from the Welsh Ambulance Service took 40 of them to hospital.",
         [(640, "Wrexham"), (40, "Wrexham")]),
        # near misses: the nation's body as the subject, or the nation named as the scope
        ("Dundee City Council has opened a hub. The Scottish Government will invest "
         "£240,000 in hubs in 2025/26.", [(240000, "Scotland")]),
        ("Wrexham Council has opened a hub. Across Wales, hubs cost £90,000 in 2024.",
         [(90000, "Wales")]),
    ],
)  # fmt: skip
def test_area_national_agent(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
