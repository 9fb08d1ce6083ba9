"""Youth and community charities that proceeds-of-crime funds give to, and named services
charities run, are CHARITY entities of the gazetteer (``charities.jsonl``). Sentences
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "Children North East will run the sessions with Durham Constabulary.",
        {("CHARITY", "Children North East"), ("FORCE", "Durham Constabulary")},
    ),
    (
        "Street League and Groundwork UK each received a grant from Cleveland Police.",
        {("CHARITY", "Street League"), ("CHARITY", "Groundwork UK"), ("FORCE", "Cleveland Police")},
    ),
    # charities for children at risk on the streets and for drug prevention
    (
        "Railway Children and Mentor UK trained staff at Sheffield station.",
        {("CHARITY", "Railway Children"), ("CHARITY", "Mentor UK")},
    ),
    # a named helpline a charity runs is a CHARITY of its own
    (
        "Calls to the Stop Hate Line fell, Gwent Police said.",
        {("CHARITY", "Stop Hate Line"), ("FORCE", "Gwent Police")},
    ),
    # near miss: a lower-case "street league" is a sports league, not the charity
    (
        "Cleveland Police officers joined a street league in Hartlepool.",
        {("FORCE", "Cleveland Police")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_youth_charities(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
