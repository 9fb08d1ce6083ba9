"""The national body of lowland search and rescue teams is a listed charity
(``charity:lowland-rescue`` in ``charities.jsonl``), by its name, its full name and its
short form, as Mountain Rescue England and Wales is; the words in lower case name no
body. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

LOWLAND = ("CHARITY", "charity:lowland-rescue")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The team's 40 members are trained to Lowland Rescue standards.", [LOWLAND]),
        ("The Association of Lowland Search and Rescue said 30 teams took part.", [LOWLAND]),
        ("Volunteers from ALSAR teams searched the marsh.", [LOWLAND]),
        # near misses: the words in lower case, the short form in lower case
        ("Volunteers trained in lowland rescue searched the marsh.", []),
        ("The alsar teams searched the marsh.", []),
    ],
)
def test_lowland_rescue(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(kind, entity_id) for _, kind, entity_id in organisations(nlp, text)] == expected
