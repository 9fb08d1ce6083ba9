"""A list of places opening its sentence as the subject of its verb is the scope of the
sentence's figures, its members the gazetteer does not know kept as with "in" (rule
``opening-list-subject``, :data:`pressfacts.statistics.place_phrases.OPENING_LIST_VERB`).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boston, Spalding and Kirton Holme received £212,000 for new street lighting.",
            [(212000, "Boston, Spalding and Kirton Holme")],
        ),
        (
            "Sneinton, Clifton and St Ann's recorded 212 burglaries in 2024.",
            [(212, "Sneinton, Clifton and St Ann's")],
        ),
        (
            "Bulwell and St Ann's shared £640,000 from the fund, which paid for 31 cameras.",
            [(640000, "Bulwell and St Ann's"), (31, "Bulwell and St Ann's")],
        ),
        (
            "Sneinton and Clifton saw the biggest rises, at 41% and 33% respectively.",
            [(41, "Sneinton"), (33, "Clifton")],
        ),
        (
            "Officers said Rhyl, Prestatyn and St Asaph's recorded 96 burglaries last year.",
            [(96, "Prestatyn")],
        ),
        # near misses: members taken one by one ("respectively"), a noun after the list
        # (its officers, not the list, are the subject), a list not opening its sentence
        (
            "Boston, Spalding and Kirton Holme officers seized 48 bikes.",
            [(48, "Spalding")],
        ),
    ],
)
def test_area_opening_list_subject(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
