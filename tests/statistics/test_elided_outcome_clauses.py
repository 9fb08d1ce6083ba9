"""A clause after "and/but/while" whose subject is a count of the things just counted and
whose verb tells their outcome ("and only 54 led to dismissal", "but 312 have resulted in
charges") takes the noun of the count before (rule ``clause_passive``, its verbs in
``elided_words.CLAUSE_VERB_AFTER``). Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def units(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 6, 12)
    doc = nlp(doc)
    return [(float(f.value), f.unit) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The forces recorded 1,177 allegations last year, and only 54 led to dismissal.",
            [(1177, "allegations"), (54, "allegations")],
        ),
        (
            "Officers reviewed 4,000 clips in May, but 312 have resulted in charges.",
            [(4000, "clips"), (312, "clips")],
        ),
        (
            "The force received 640 complaints last year, while 58 led to a misconduct hearing.",
            [(640, "complaints"), (58, "complaints")],
        ),
        # near misses: a noun of its own; "led" with no outcome after it
        (
            "The force received 640 complaints last year, and 58 misconduct cases led to "
            "dismissal.",
            [(640, "complaints"), (58, "cases")],
        ),
        (
            "The force received 640 complaints last year, and 58 led the review.",
            [(640, "complaints")],
        ),
    ],
)
def test_elided_outcome_clause(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert units(nlp, text) == expected
