"""Housing associations that cuckooing and cannabis-farm releases name as landlords and
partners are ORG entities of the gazetteer (``organisations.jsonl``: Incommunities, Torus,
Peabody, Gentoo, Bromford, Stonewater, Bernicia, Karbon Homes, Onward Homes, Jigsaw Homes,
Magenta Living); names the "… Housing Group" pattern cannot reach, as they carry no head
word. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "Officers worked with Gentoo to move the tenant of the flat in Sunderland.",
        {("ORG", "Gentoo")},
    ),
    (
        "Torus and Halton Borough Council applied for the closure order.",
        {("ORG", "Torus"), ("ORG", "Halton Borough Council")},
    ),
    (
        "Durham Constabulary said Karbon Homes and Bernicia had changed the locks.",
        {("FORCE", "Durham Constabulary"), ("ORG", "Karbon Homes"), ("ORG", "Bernicia")},
    ),
    (
        "The flats are let by Incommunities, which said it would evict the dealers.",
        {("ORG", "Incommunities")},
    ),
    # near misses: the words in lower case or part of another phrase stay what they are
    ("The torus-shaped sculpture in the square was damaged.", set()),
    ("A jigsaw of homes across the estate was searched.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_housing_associations(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
