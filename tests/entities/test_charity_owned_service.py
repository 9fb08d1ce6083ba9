"""Rule ``charity_owned_service`` (:func:`pressfacts.entities.service_owners.charity_owned`):
a service an ORG rule names ("… Service", "… Programme") right after the possessive of a
known charity is the charity's named service, a CHARITY (the contract's "a named service or
campaign it runs"); after a force's or council's possessive it stays as it was. Sentences
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brake's National Crash Support Service helped 900 families.",
         [("Brake", "CHARITY"), ("National Crash Support Service", "CHARITY")]),
        ("Barnardo's National Fostering Service placed 40 children.",
         [("Barnardo's", "CHARITY"), ("National Fostering Service", "CHARITY")]),
        ("The NSPCC's National Schools Service visited 300 schools.",
         [("NSPCC", "CHARITY"), ("National Schools Service", "CHARITY")]),
        # near misses: a force's or a council's own service
        ("Gwent Police's National Victim Care Service helped 40 people.",
         [("Gwent Police", "FORCE"), ("National Victim Care Service", "ORG")]),
        ("Norfolk County Council's Family Support Service helped 40 families.",
         [("Norfolk County Council", "ORG"), ("Family Support Service", "ORG")]),
    ],
)  # fmt: skip
def test_charity_owned_service(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: object
) -> None:
    assert [(found, label) for found, label, _ in organisations(nlp, text)] == expected
