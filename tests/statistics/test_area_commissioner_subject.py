"""A figure an unplaced police and crime commissioner speaks of or gives is the force
area's, not the town the lead spoke of (area rule ``commissioner-subject``,
:mod:`pressfacts.statistics.force_subjects`). Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

_LEAD = "Thames Valley Police officers pulled a teenager from the river in Reading.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "Police and Crime Commissioner Amy Lowther said her office would spend "
         "£40,000 on new signs.", [(40000, "Thames Valley")]),
        (_LEAD + "The PCC has given £15,000 to a swimming charity.", [(15000, "Thames Valley")]),
        (_LEAD + "The Police, Fire and Crime Commissioner, Tom Ayres, said he had set aside "
         "£22,000 for lessons.", [(22000, "Thames Valley")]),
        # near misses: a place in the sentence; a commissioner of no police body
        (_LEAD + "Police and Crime Commissioner Amy Lowther said £40,000 would go to Slough.",
         [(40000, "Slough")]),
        (_LEAD + "The Information Commissioner said it had fined the firm £35,000.",
         [(35000, "Reading")]),
    ],
)  # fmt: skip
def test_commissioner_subject(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
