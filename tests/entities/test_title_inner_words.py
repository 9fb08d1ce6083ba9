"""No name starts on an inner word of a title: "Det Con Bryce said" is Detective
Constable Bryce, not a "Con Bryce" ("Con" is also a given name).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = {
    "det_con_surname_after_full_intro": (
        "The inquiry was led by Detective Constable Imran Bryce.\n\n"
        'Det Con Bryce said: "We never gave up."',
        {"Imran Bryce": ["Detective Constable"]},
    ),
    "det_con_surname_alone": (
        'Det Con Okafor said: "The victims were brave."',
        {"Okafor": ["Detective Constable"]},
    ),
    "trainee_det_con_full_name": (
        "Trainee Det Con Ruth Aldous said the calls had doubled.",
        {"Ruth Aldous": ["Trainee Detective Constable"]},
    ),
    "given_name_con_still_a_name": (
        "Con Mulcahy said the club would reopen.",
        {"Con Mulcahy": []},
    ),
}


@pytest.mark.parametrize(("text", "expected"), ROWS.values(), ids=list(ROWS))
def test_title_inner_words(nlp: Language, text: str, expected: dict[str, list[str]]) -> None:
    doc = nlp(text)
    people = {i.name: i.titles for i in doc._.entity_info.values() if i.type == "PERSON"}
    assert people == expected
