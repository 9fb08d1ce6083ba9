"""Northern Ireland's volunteer search and rescue charities are listed charities
(``charity:community-rescue-service``, ``charity:foyle-search-and-rescue`` and
``charity:lough-neagh-rescue`` in ``charities.jsonl``), as Lowland Rescue is; the words in
lower case name no body. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

CRS = ("CHARITY", "charity:community-rescue-service")
FOYLE = ("CHARITY", "charity:foyle-search-and-rescue")
NEAGH = ("CHARITY", "charity:lough-neagh-rescue")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volunteers from the Community Rescue Service searched fields near Lurgan.", [CRS]),
        ("Foyle Search and Rescue crews checked the river bank overnight.", [FOYLE]),
        ("Lough Neagh Rescue launched two boats at first light.", [NEAGH]),
        # near misses: the words in lower case name no body
        ("A community rescue service was set up by residents.", []),
        ("Crews carried out a search and rescue on the Foyle.", []),
    ],
)
def test_northern_ireland_rescue_charities(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(kind, entity_id) for _, kind, entity_id in organisations(nlp, text)] == expected
