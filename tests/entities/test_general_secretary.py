"""A union's "general secretary" is the whole title "General Secretary" (``general-secretary``
of ``titles.jsonl``), not "Secretary". Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        'The RMT, whose general secretary, Colin Ashdown, said: "Staff need protection."',
        "Colin Ashdown",
        ["General Secretary"],
    ),
    (
        "General Secretary Hannah Morrow told members the vote was clear.",
        "Hannah Morrow",
        ["General Secretary"],
    ),
    (
        "Ravi Chandra, the union's general secretary, welcomed the funding for Leeds.",
        "Ravi Chandra",
        ["General Secretary"],
    ),
    # near misses: a plain secretary, a club secretary
    ("The club secretary, Joan Firth, said the ground would reopen.", "Joan Firth", ["Secretary"]),
    ('Its secretary, Martin Hale, said: "We will keep going."', "Martin Hale", ["Secretary"]),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_general_secretary(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    doc = nlp(text)
    people = {i.name: i.titles for i in doc._.entity_info.values() if i.type == "PERSON"}
    assert people[name] == titles
