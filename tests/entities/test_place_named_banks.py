"""A bank trading under a town's name is an organisation only where a noun after it tells
it from the town (``organisation_patterns.jsonl`` rule ``place-named-bank``, allowed to be a
listed place by ``org_patterns.PLACE_NAMED_RULES``). Every sentence is invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

HALIFAX = ("Halifax", "ORG", "org:halifax")

ROWS = [
    pytest.param(
        "A cashier at the Halifax branch in Bangor called the police.",
        [HALIFAX],
        id="branch",
    ),
    pytest.param(
        "Two Halifax customers in Truro were told to move their savings.",
        [HALIFAX],
        id="customers",
    ),
    pytest.param(
        "The fraudster emptied her Halifax account in Stafford within an hour.",
        [HALIFAX],
        id="account",
    ),
    # near misses: the town itself
    pytest.param("A woman from Halifax lost £9,000 to the scam.", [], id="from-the-town"),
    pytest.param("Officers in Halifax town centre made two arrests.", [], id="town-centre"),
    pytest.param("Police in Halifax warned residents about the calls.", [], id="police-in"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_bank_named_after_a_town(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: object
) -> None:
    found = [org for org in organisations(nlp, text) if org[0] == "Halifax"]
    assert found == expected
