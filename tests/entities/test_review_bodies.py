"""Pay review bodies named with the words before "Review Body" (rule ``review-body``) are
ORG: "the Police Remuneration Review Body", "the Senior Salaries Review Body"; a bare or
lower-case "review body" names nothing. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The federation will give evidence to the Police Remuneration Review Body in May.",
            [("Police Remuneration Review Body", "ORG")],
        ),
        (
            "The Senior Salaries Review Body published its report on Thursday.",
            [("Senior Salaries Review Body", "ORG")],
        ),
        (
            "Ministers accepted the Prison Service Pay Review Body's recommendation.",
            [("Prison Service Pay Review Body", "ORG")],
        ),
        # near misses: no name before it, or in lower case
        ("The Review Body published its report.", []),
        ("The pay review body published its report.", []),
    ],
)
def test_review_body(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "ORG"] == found
