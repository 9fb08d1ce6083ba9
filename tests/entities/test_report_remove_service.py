"""Report Remove, the image-removal service Childline runs with the Internet Watch
Foundation, in the gazetteer as a named charity service (`charities.jsonl`
`charity:report-remove`, parent Childline), as written only: the ordinary words "report"
and "remove" are no charity. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Teenagers can use Report Remove to have nude images taken offline.",
            [("Report Remove", "CHARITY")],
        ),
        (
            "More young people used the Report Remove tool in Wales this year.",
            [("Report Remove", "CHARITY")],
        ),
        # near misses: the ordinary verbs, lower case or at a sentence's start
        ("Users can report and remove harmful posts.", []),
        ("Report, remove and block the account, officers advised.", []),
        ("Parents should report remove requests to the platform.", []),
    ],
)
def test_report_remove_service(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "CHARITY"] == found
