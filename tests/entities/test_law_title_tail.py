"""Rule ``law_title_tail`` (:data:`pressfacts.entities.org_patterns.LAW_TITLE_WORDS`): a
name found by pattern right before "Act" or "Bill", as written, opens a law's title ("the
British Transport Commission Act 1949"), not an organisation. Sentences invented for the
test; near misses keep the name: "act" in lower case (a verb), the name then the law, and a
gazetteer name (which no pattern finds).
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def names(nlp: Language, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    return {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Trespass on the line is an offence under the British Transport Commission Act 1949.",
            set(),
            id="act-with-year",
        ),
        pytest.param(
            "Fines are set by the Northern Waterways Authority Act and its bylaws.",
            set(),
            id="authority-act",
        ),
        pytest.param(
            "MPs will debate the Coastal Rescue Agency Bill next month.",
            set(),
            id="bill",
        ),
        # near misses: "act" as a verb; the body named, then a law; a gazetteer name
        pytest.param(
            "The Northern Waterways Authority will act on the reports, Cumbria Police said.",
            {("ORG", "Northern Waterways Authority"), ("FORCE", "Cumbria Constabulary")},
            id="verb-act",
        ),
        pytest.param(
            "The Northern Waterways Authority said the Act gives it new powers.",
            {("ORG", "Northern Waterways Authority")},
            id="named-then-the-act",
        ),
        pytest.param(
            "The Gambling Commission Act was never passed, the Gambling Commission said.",
            {("ORG", "Gambling Commission")},
            id="gazetteer-name",
        ),
    ],
)
def test_a_law_title_is_no_organisation(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    assert names(nlp, text) == expected
