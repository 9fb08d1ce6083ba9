"""A rank at the start of a line takes no owner from the line before: the place that
ends a list item ("• 3 boats checked on the River Witham") is not the rank's area."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.findings import RoleFinding


def roles(nlp: Language, text: str) -> dict[str, list[RoleFinding]]:
    doc = nlp(text)
    return {i.name: i.roles for i in doc._.entity_info.values() if i.type == "PERSON"}


ROWS = [
    pytest.param(
        '• 3 boats checked near Lincoln\n\nChief Inspector Jane Baxter said: "It went well."',
        {"Jane Baxter": [RoleFinding("Chief Inspector", None, None)]},
        id="place-on-the-line-before",
    ),
    pytest.param(
        'The Lincoln Chief Inspector Jane Baxter said: "It went well."',
        {"Jane Baxter": [RoleFinding("Chief Inspector", None, "Lincoln")]},
        id="place-on-the-same-line",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_owner_lines(nlp: Language, text: str, expected: dict[str, list[RoleFinding]]) -> None:
    assert roles(nlp, text) == expected
