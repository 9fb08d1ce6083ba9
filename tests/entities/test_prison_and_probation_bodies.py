"""HM Prison and Probation Service is its own organisation (gazetteer entry
``org:hm-prison-and-probation-service`` in ``organisations.jsonl``, abbreviation "HMPPS"),
not another name of the Probation Service, one of the agencies it runs: a release naming
both has two organisations. Sentences invented for these tests, with near misses that stay
the Probation Service or HM Prison Service."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Figures from HM Prison and Probation Service show the Probation Service is recruiting.",
        [
            ("HM Prison and Probation Service", "ORG", "org:hm-prison-and-probation-service"),
            ("Probation Service", "ORG", "org:probation-service"),
        ],
    ),
    (
        "HMPPS said 310 prisoners were released from Hull in May.",
        [("HMPPS", "ORG", "org:hm-prison-and-probation-service")],
    ),
    (
        "A spokesperson for His Majesty's Prison and Probation Service said so.",
        [
            (
                "His Majesty's Prison and Probation Service",
                "ORG",
                "org:hm-prison-and-probation-service",
            )
        ],
    ),
    # near misses: the Probation Service by either of its names, and the older prison body
    (
        "The National Probation Service supervised 300 people in Wigan.",
        [("National Probation Service", "ORG", "org:probation-service")],
    ),
    (
        "Officers from the Probation Service visited 40 homes.",
        [("Probation Service", "ORG", "org:probation-service")],
    ),
    (
        "HM Prison Service ran the jail in 2005.",
        [("HM Prison Service", "ORG", "org:hm-prison-service")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_prison_and_probation_bodies(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected
