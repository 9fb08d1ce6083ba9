"""A football supporters' trust ("… Supporters' Trust", "… Supporters Trust", "… Fans'
Trust") is an ORG (``supporters-trust`` in ``resources/organisation_patterns.jsonl``), a
fans' group, not a CHARITY as other "… Trust" names are.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def typed(nlp: Language, text: str) -> dict[str, str]:
    """Organisation name -> type of every non-person entity the pipeline finds."""
    doc = nlp(text)
    return {i.name: i.type for i in doc._.entity_info.values() if i.type != "PERSON"}


CASES = {
    "apostrophe_supporters_trust": (
        "The code was drawn up with the Tynedale Supporters' Trust after a survey of fans.",
        ("Tynedale Supporters' Trust", "ORG"),
    ),
    "no_apostrophe_supporters_trust": (
        "Members of the Hollowmere Supporters Trust voted for the new stand.",
        ("Hollowmere Supporters Trust", "ORG"),
    ),
    "fans_trust": (
        "A spokesman for the Castlebeck Fans' Trust said the ticket prices were too high.",
        ("Castlebeck Fans' Trust", "ORG"),
    ),
    # near miss: another "… Trust" stays a charity
    "other_trust_stays_charity": (
        "Volunteers from the Hollin Bridge Trust ran the workshops.",
        ("Hollin Bridge Trust", "CHARITY"),
    ),
}


def _folded(name: str) -> str:
    return name.replace("'", "").replace("’", "")


@pytest.mark.parametrize("case", sorted(CASES))
def test_supporters_trusts(nlp: Language, case: str) -> None:
    text, (name, kind) = CASES[case]
    found = {_folded(n): t for n, t in typed(nlp, text).items()}
    assert found.get(_folded(name)) == kind
