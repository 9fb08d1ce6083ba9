"""Bodies that cyber crime and scam releases cite for advice are gazetteer entities: the
National Council for Voluntary Organisations (CHARITY, abbreviation NCVO) and Get Safe
Online (ORG). Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "The National Council for Voluntary Organisations (NCVO) is working with Gwent "
        "Police on the guidance.",
        {("CHARITY", "National Council for Voluntary Organisations"), ("FORCE", "Gwent Police")},
    ),
    (
        "Small charities can find free templates on the NCVO website.",
        {("CHARITY", "National Council for Voluntary Organisations")},
    ),
    (
        "Get Safe Online and Sussex Police will run the sessions in Hastings.",
        {("ORG", "Get Safe Online"), ("FORCE", "Sussex Police")},
    ),
    # near miss: the words in lower case are no body's name
    (
        "Residents should get safe online by using strong passwords, Sussex Police said.",
        {("FORCE", "Sussex Police")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_cyber_advice_bodies(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
