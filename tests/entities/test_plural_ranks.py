"""A plural rank or title before a list of names (``plural_ranks``): "Detective
Constables Amy Ross and Ben Hart" names two people, each a Detective Constable; a plural
that is no title ("Friends Jo Bell and Sam Reed") names no one by this rule. Every
sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.test_person_rules import found

ROWS = {
    "detective_constables": (
        "Detective Constables Amy Ross and Ben Hart arrested him in Luton.",
        {"Amy Ross": ["Detective Constable"], "Ben Hart": ["Detective Constable"]},
    ),
    "abbreviated_rank": (
        "PCs Jo Bell and Sam Reed found the car in Yeovil.",
        {"Jo Bell": ["Police Constable"], "Sam Reed": ["Police Constable"]},
    ),
    "three_word_rank": (
        "Assistant Chief Constables Tom Knowles and Lucy Hutson lead the portfolios.",
        {
            "Tom Knowles": ["Assistant Chief Constable"],
            "Lucy Hutson": ["Assistant Chief Constable"],
        },
    ),
    "councillors": (
        "Councillors Ann Lee and Raj Patel voted against the plan.",
        {"Ann Lee": ["Councillor"], "Raj Patel": ["Councillor"]},
    ),
    "list_of_three": (
        "Sergeants Kerry Lowe, Dan Price and Ian Moss met the families.",
        {"Kerry Lowe": ["Sergeant"], "Dan Price": ["Sergeant"], "Ian Moss": ["Sergeant"]},
    ),
}


@pytest.mark.parametrize(("text", "expected"), ROWS.values(), ids=list(ROWS))
def test_plural_rank_names_each_person(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    assert found(nlp, text) == expected


def test_a_plural_that_is_no_title_names_no_one(nlp: Language) -> None:
    assert found(nlp, "Friends Tilly Vane and Osian Reed ran the stall.") == {}
