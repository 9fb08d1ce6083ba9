"""Scotland's territorial health boards, named "NHS <area>" ("NHS Highland", "NHS Western
Isles"), are ORG entries of ``organisations.jsonl``; without them the name was cut short.
Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

ROWS: list[tuple[str, list[str]]] = [
    ("Officers worked with NHS Western Isles on the scheme.", ["NHS Western Isles"]),
    ("NHS Highland and Police Scotland signed the agreement.", ["NHS Highland", "Police Scotland"]),
    ("Staff from NHS Greater Glasgow and Clyde were trained.", ["NHS Greater Glasgow and Clyde"]),
    ("NHS Orkney said it would share the leaflets.", ["NHS Orkney"]),
    ("The scheme is backed by NHS Dumfries and Galloway.", ["NHS Dumfries and Galloway"]),
    # near misses: the bare NHS is no entity (the golds' majority); the national bodies are
    ("The NHS said it would share the leaflets.", []),
    ("NHS Scotland and NHS England published the figures.", ["NHS Scotland", "NHS England"]),
]


@pytest.mark.parametrize(("text", "names"), ROWS)
def test_scottish_health_boards(
    nlp: Language, organisations: OrganisationsOf, text: str, names: list[str]
) -> None:
    assert [name for name, _label, _id in organisations(nlp, text)] == names
