"""Two organisations of different kinds joined by "and", where the first rule's words stop
inside the second name ("the University of Strathclyde and Strathclyde Students' Union":
the head-first rule runs to "Students"), are two names, the first cut before the "and"
(rule ``crossing_joined_name`` of ``joined_names.joined_second``, read by
``joined_names.cut_at_joined_names``). One name with "and" inside stays whole. Sentences
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import Found, OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The University of Salford and Salford Students' Union ran stalls at the fair.",
         [("University of Salford", "ORG", "org:university-of-salford"),
          ("Salford Students' Union", "ORG", "org:salford-students-union")]),
        ("Posters were paid for by the University of Dundee and Dundee Students' Union.",
         [("University of Dundee", "ORG", "org:university-of-dundee"),
          ("Dundee Students' Union", "ORG", "org:dundee-students-union")]),
        # near misses: one name with "and" inside it
        ("The Department of Health and Social Care said the kits were safe.",
         [("Department of Health and Social Care", "ORG",
           "org:department-of-health-and-social-care")]),
        ("Crews from Kent Fire and Rescue Service attended.",
         [("Kent Fire and Rescue Service", "ORG", "org:kent-fire-and-rescue-service")]),
        ("The Office of the Police and Crime Commissioner for Lancashire paid for it.",
         [("Office of the Police and Crime Commissioner for Lancashire", "ORG",
           "org:office-of-the-police-and-crime-commissioner-for-lancashire")]),
    ],
)  # fmt: skip
def test_crossing_joined_name(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
