"""The document's area from a lead that ranks a place: the place ranked, the subject the
lead opens on ("Cumbria recorded more … than any other county in England"), not the
field it is ranked in (``lead_sentences.scope_of_lead``, ``lead_sentences.lead_subject``;
sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cumbria recorded more dog thefts than any other county in England last year, "
         "according to a new report. The charity counted 61 thefts in Carlisle. Officers "
         "made 14 arrests.", [(61, "Carlisle"), (14, "Cumbria")]),
        ("Devon has again topped the table for hare coursing, with more reports than any "
         "other force area in the UK. The report lists 40 cases in Exeter. Officers seized "
         "23 vehicles.", [(40, "Exeter"), (23, "Devon")]),
        ("Norfolk saw more thefts of farm machinery than anywhere else in England last "
         "year. The charity counted 61 thefts in Norwich. Officers made 14 arrests.",
         [(61, "Norwich"), (14, "Norfolk")]),
        # near misses: a scope place that ranks nothing stays the lead's area
        ("Thefts of farm machinery rose across England last year, a report has found. "
         "The charity counted 61 thefts in Carlisle. Officers made 14 arrests.",
         [(61, "Carlisle"), (14, "England")]),
        ("Leeds recorded a rise in burglaries across West Yorkshire last year. The charity "
         "counted 61 thefts in Bradford. Officers made 20 arrests.",
         [(61, "Bradford"), (20, "West Yorkshire")]),
    ],
)  # fmt: skip
def test_lead_ranking_a_place(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
