"""A network, club or named charity whose name is a plural possessive before its head
("Survivors' Network", "Veterans' Club", "the charity Parents' Advice Line"): rules
``club-network`` and ``charity-named`` of ``organisation_patterns.jsonl``; and a students'
union named after its university ("University of Kent Students' Union"): rule
``students-union`` (sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import Found, OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The project will be run with the Sussex charity Survivors' Network.",
            [("Survivors' Network", "CHARITY", "charity:survivors-network")],
            id="charity-named-plural-possessive",
        ),
        pytest.param(
            "The domestic abuse charity Parents’ Advice Line said it was busy.",
            [("Parents’ Advice Line", "CHARITY", "charity:parents-advice-line")],
            id="charity-named-curly",
        ),
        pytest.param(
            "Carers' Voice, a Leeds-based charity, said 40 families had been helped.",
            [("Carers' Voice", "CHARITY", "charity:carers-voice")],
            id="hyphen-described-appositive",
        ),
        pytest.param(
            "Staff at the Carers’ Network in Leeds said so.",
            [("Carers’ Network", "ORG", "org:carers-network")],
            id="network",
        ),
        pytest.param(
            "Members of the Veterans' Club in Hull met officers.",
            [("Veterans' Club", "ORG", "org:veterans-club")],
            id="club",
        ),
        pytest.param(
            "Volunteers from the University of Kent Students' Union handed out covers.",
            [
                (
                    "University of Kent Students' Union",
                    "ORG",
                    "org:university-of-kent-students-union",
                )
            ],
            id="university-of-place-students-union",
        ),
        pytest.param(
            "Staff from the College of Richmond Students’ Union said so.",
            [
                (
                    "College of Richmond Students’ Union",
                    "ORG",
                    "org:college-of-richmond-students-union",
                )
            ],
            id="college-of-place-students-union",
        ),
        # near misses: a lower-case head, a head word used as a plain noun, a lower-case union
        pytest.param("Members of the survivors' network met on Tuesday.", [], id="lower-case"),
        pytest.param("Survivors' views were heard by the board.", [], id="no-head"),
        pytest.param(
            "Staff at the University of Kent said the students' union would help.",
            [("University of Kent", "ORG", "org:university-of-kent")],
            id="lower-case-union",
        ),
    ],
)
def test_plural_possessive_networks(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
