"""BT, the telephone company that connects 999 calls, and RNID, the charity for deaf people
and people with hearing loss, are entries of the gazetteer; sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Silent calls are passed to Lancashire Constabulary by BT after 45 seconds.",
        [
            ("Lancashire Constabulary", "FORCE", "force:lancashire-constabulary"),
            ("BT", "ORG", "org:bt"),
        ],
    ),
    (
        "BT said most silent calls were made by accident.",
        [("BT", "ORG", "org:bt")],
    ),
    (
        "RNID said deaf people were still struggling to reach the police.",
        [("RNID", "CHARITY", "charity:rnid")],
    ),
    (
        "A survey by the Royal National Institute for Deaf People found gaps in text services.",
        [
            (
                "Royal National Institute for Deaf People",
                "CHARITY",
                "charity:rnid",
            )
        ],
    ),
    # near misses: the letters in lower case or inside a word; "deaf charity" unnamed
    ("The officer said the bt line was down.", []),
    ("A local deaf charity said the text service was hard to find.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_telecoms_and_deaf_charities(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_, span.id_) for span in spans] == expected
