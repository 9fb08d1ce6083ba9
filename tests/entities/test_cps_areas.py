"""The Crown Prosecution Service's Areas are organisations of their own ("CPS North
West"), as a charity's national branch is; the bare "CPS" stays the national body.
Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "The case was brought by CPS North West after a Cumbria Constabulary inquiry.",
        {("ORG", "CPS North West"), ("FORCE", "Cumbria Constabulary")},
    ),
    (
        "CPS Thames and Chiltern charged the man. The CPS said more cases would follow.",
        {("ORG", "CPS Thames and Chiltern"), ("ORG", "Crown Prosecution Service")},
    ),
    (
        "Lawyers from CPS Cymru-Wales worked with Dyfed-Powys Police.",
        {("ORG", "CPS Cymru-Wales"), ("FORCE", "Dyfed-Powys Police")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_cps_areas(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
