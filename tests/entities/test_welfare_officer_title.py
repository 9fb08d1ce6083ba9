"""The job title "Welfare Officer" (`titles.jsonl`, id ``welfare-officer``), written in lower
case after an owner that is no organisation the pipeline knows: a students' union's, a
club's or a federation's welfare officer keeps the whole title, not the bare "Officer".

Every sentence is invented for the test (other names, unions, clubs and places than any
release the rules were studied on).
"""

from __future__ import annotations

import pytest
from spacy.language import Language


def titles_of(nlp: Language, text: str) -> dict[str, list[str]]:
    """Person name -> titles, for every person the pipeline finds in ``text``."""
    doc = nlp(text)
    return {info.name: info.titles for info in doc._.entity_info.values() if info.type == "PERSON"}


WELFARE_OFFICER = {
    "students_union_owner_no_comma": (
        "Students' union welfare officer Aisha Morland said the drop-in would open on Mondays.",
        {"Aisha Morland": ["Welfare Officer"]},
    ),
    "possessive_owner_no_comma": (
        "The union's welfare officer Callum Reddy said freshers had been given door wedges.",
        {"Callum Reddy": ["Welfare Officer"]},
    ),
    "club_possessive_owner": (
        "The club's welfare officer Bethan Pryce said every coach had been checked.",
        {"Bethan Pryce": ["Welfare Officer"]},
    ),
    # near miss: another portfolio before "officer" is not made a welfare officer
    "other_portfolio_not_welfare": (
        "Union welfare lead Tomas Reilly said the hardship fund had been topped up.",
        {"Tomas Reilly": ["Union Welfare Lead"]},
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), list(WELFARE_OFFICER.values()), ids=list(WELFARE_OFFICER)
)
def test_welfare_officer_title(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    assert titles_of(nlp, text) == expected
