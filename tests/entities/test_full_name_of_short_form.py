"""A person named by an honorific or rank and family name ("Mr Ridley said") whose given
name the text writes before the same family name elsewhere ("Marcus Ridley, a farmer near
Louth, lost 17 ewes") is one person with the full name (rule ``full_name_of_short_form``,
``full_names.full_name_of``). Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language


def people(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    spans = doc.spans["entities"]
    return sorted(
        (span.text, doc._.entity_info[span.id_].name) for span in spans if span.label_ == "PERSON"
    )


ROWS = [
    pytest.param(
        'Aled Price, a farmer near Bala, lost nine ewes in May. "It was cruel," Mr Price said.',
        [("Aled Price", "Aled Price"), ("Mr Price", "Aled Price")],
        id="described-then-honorific",
    ),
    pytest.param(
        'Shop owner Priya Shah had her till stolen twice. "We are scared," said Mrs Shah.',
        [("Mrs Shah", "Priya Shah"), ("Priya Shah", "Priya Shah")],
        id="verb-then-honorific",
    ),
    # near misses: a relative after a kin word; no given name before the family name
    pytest.param(
        '"It was awful," said Mr Lloyd, whose son Tom Lloyd farms nearby.',
        [("Lloyd", "Lloyd"), ("Mr Lloyd", "Lloyd")],
        id="kin",
    ),
    pytest.param(
        'The flock at Pen Farm was attacked. "It was awful," Mr Lloyd said.',
        [("Mr Lloyd", "Lloyd")],
        id="no-given-name",
    ),
    # near miss: a given name ending the line before is no part of the full name
    pytest.param(
        'The farm was run by Marcus \nRidley Farm Supplies. "It was awful," Mr Ridley said.',
        [("Mr Ridley", "Ridley"), ("Ridley", "Ridley")],
        id="given-name-across-a-line-break",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_full_name_of_short_form(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert people(nlp, text) == expected
