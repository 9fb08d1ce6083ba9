"""A name found by an organisation pattern never starts with a paired conjunction a
sentence opens on ("Both Everton FC and …", "Neither … nor", "Either … or"): the word is
leading noise of ``org_patterns._LEADING_NOISE``, as "the" and "and" are.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def names(nlp: Language, text: str) -> set[str]:
    """The names of every non-person entity the pipeline finds."""
    doc = nlp(text)
    return {i.name for i in doc._.entity_info.values() if i.type != "PERSON"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Both Dunmore Rovers FC and the league have been approached for comment.",
            "Dunmore Rovers FC",
            id="both-before-a-club",
        ),
        pytest.param(
            "Neither Harrowgate Housing Group nor the council would comment.",
            "Harrowgate Housing Group",
            id="neither-before-a-housing-group",
        ),
        pytest.param(
            "Either Castlebeck Town FC or the supporters will pay for the stewards.",
            "Castlebeck Town FC",
            id="either-before-a-club",
        ),
        # near miss: the name after the word inside a sentence, as before
        pytest.param(
            "Fans of Dunmore Rovers FC were both surprised and pleased.",
            "Dunmore Rovers FC",
            id="both-later-in-the-sentence",
        ),
    ],
)
def test_a_paired_opener_is_no_part_of_a_name(nlp: Language, text: str, expected: str) -> None:
    found = names(nlp, text)
    assert expected in found
    assert not any(name.split()[0] in {"Both", "Neither", "Either"} for name in found)
