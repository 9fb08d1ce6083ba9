""" "Jo Bell, the Children's Commissioner for Wales, called on firms to act": a stance the
person takes (called for/on, paid tribute, condemned, …) opens the predicate after a
titled appositive as a verb of saying does (``ACTIVITY_VERBS``; sentences invented for
these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people
from tests.entities.test_person_rules import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Megan Ashworth, the chief constable of Dyfed-Powys Police, paid tribute to the crew.",
         {"Megan Ashworth": ["Chief Constable"]}),
        ("Tomasz Nowak, the Victims' Commissioner for London, called for faster trials.",
         {"Tomasz Nowak": ["Victims' Commissioner"]}),
        ("Gareth Lloyd, head of operations at the Harbour Trust, called on landlords to help.",
         {"Gareth Lloyd": ["Head of Operations"]}),
        ("Priya Shah, the council's cabinet member for housing, condemned the attack.",
         {"Priya Shah": ["Cabinet Member for Housing"]}),
        ("Ruth Kemp, chair of the Lanterns Trust, thanked the volunteers.",
         {"Ruth Kemp": ["Chair"]}),
        # near misses: a body before the stance, and "called" naming someone
        ("The Harbour Trust, a charity in Grimsby, called for more refuges.", {}),
        ("Merseyside Police, the region's largest force, condemned the attack.", {}),
    ],
)  # fmt: skip
def test_stance_after_a_titled_appositive(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule post_predicate: a post the person holds opens the predicate
        ("Inspector Aled Morris, of North Wales Police, sits on the county's safety board.",
         {"Aled Morris": [("Inspector", "force:north-wales-police")]}),
        ("Harriet Lowe, head of safeguarding at the NSPCC, chairs the review panel.",
         {"Harriet Lowe": [("Head of Safeguarding", "charity:nspcc")]}),
        ("Sergeant Omar Daley, of Essex Police, oversees 12 rural officers.",
         {"Omar Daley": [("Sergeant", "force:essex-police")]}),
    ],
)  # fmt: skip
def test_a_post_held_after_an_appositive(
    nlp: Language, text: str, expected: dict[str, list[tuple[str, str]]]
) -> None:
    found = people(nlp, text)
    assert {name: [(r.title, r.organisation) for r in found[name].roles] for name in expected} == (
        expected
    )
