"""A name found by pattern loses a tail of "and the" and one capitalised word that a
lower-case noun follows ("the University of Plymouth and the Christmas party season"):
the capitalised word modifies that noun, outside the name (rule ``and_the_modifier_tail``,
``joined_names``, read by ``org_patterns.PatternRules._trim``). Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import Found, OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thousands of students return to the University of Plymouth and the Christmas "
            "party season begins.",
            [("University of Plymouth", "ORG", "org:university-of-plymouth")],
        ),
        (
            "Bars fill up as the University of Exeter and the Easter holidays empty the city.",
            [("University of Exeter", "ORG", "org:university-of-exeter")],
        ),
        (
            "Staff at the Institute of Criminology and the Freshers week stalls handed out "
            "leaflets.",
            [("Institute of Criminology", "ORG", "org:institute-of-criminology")],
        ),
        # near misses: more words of the name after the capitalised word; a verb after it;
        # two names of one head joined by "and the"
        (
            "The Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles "
            "of Scilly said it would help.",
            [
                (
                    "Office of the Police and Crime Commissioner for Devon, Cornwall and the "
                    "Isles of Scilly",
                    "ORG",
                    "org:office-of-the-police-and-crime-commissioner-for-devon-cornwall-and-the-isles-"
                    "of-scilly",
                )
            ],
        ),
        (
            "A spokesperson for the Department for Culture and the Arts said it would respond.",
            [
                (
                    "Department for Culture and the Arts",
                    "ORG",
                    "org:department-for-culture-and-the-arts",
                )
            ],
        ),
        (
            "Staff from the University of Kent and the Canterbury Christ Church University met.",
            [
                ("University of Kent", "ORG", "org:university-of-kent"),
                (
                    "Canterbury Christ Church University",
                    "ORG",
                    "org:canterbury-christ-church-university",
                ),
            ],
        ),
    ],
)
def test_and_the_modifier_tail(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
