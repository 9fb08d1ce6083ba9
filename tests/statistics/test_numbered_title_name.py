""" "The 12 Scams of Christmas campaign": a number opening the capitalised name of a
campaign or event after "the" is no count (exclusion ``numbered-title-name`` of
:data:`pressfacts.statistics.idiom_exclusions.IDIOM_EXCLUSIONS`). Every sentence is invented
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Surrey Police will post a tip a day during the 12 Frauds of Christmas campaign.",
            [],
            id="digits-frauds-of-christmas",
        ),
        pytest.param(
            "The 12 Frauds of Christmas campaign returns to Suffolk this week.",
            [],
            id="name-opens-the-sentence",
        ),
        pytest.param(
            "Officers in Gwent arrested 31 people during the 5 Days of Action in March.",
            [(31, "people")],
            id="days-of-action-keeps-the-count",
        ),
        # near miss: a lower-case count
        pytest.param(
            "Detectives in Bolton looked at the 12 scams of the year reported to them.",
            [(12, "scams")],
            id="lower-case-is-a-count",
        ),
    ],
)
def test_numbered_title_name(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in nlp(text)._.statistics] == expected
