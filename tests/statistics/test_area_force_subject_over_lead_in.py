"""A figure the release's force is said to have recorded is the force's area even when the
sentence before named other places and no figure (a lead-in), and the document's area is
already the force's (area rule ``force-subject``, case ``force-subject-over-lead-in`` of
:mod:`pressfacts.statistics.force_subjects`). Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

_LEAD = (
    "Two men have been charged after an investigation by Avon and Somerset Police.\n\n"
    "The commissioner said the case showed why lessons had been held in every school in "
    "Bath and Taunton.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "The force said it had received 380 reports in 2025.",
         [(2, "Avon and Somerset"), (380, "Avon and Somerset")]),
        (_LEAD + "The force recorded 410 offences of this kind.",
         [(2, "Avon and Somerset"), (410, "Avon and Somerset")]),
        # near misses: a deed of the force (no record), someone else speaking of a count
        (_LEAD + "The force said it had arrested 12 men.",
         [(2, "Avon and Somerset"), (12, "Bath and Taunton")]),
        (_LEAD + "It said 44 pupils had reported abuse.",
         [(2, "Avon and Somerset"), (44, "Bath and Taunton")]),
    ],
)  # fmt: skip
def test_force_subject_over_lead_in(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
