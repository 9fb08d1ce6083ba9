"""Report Remove, the tool Childline and the Internet Watch Foundation run for young people
to have nude images of themselves taken down, is a named service a charity runs, so a
gazetteer CHARITY (``charities.jsonl`` ``charity:report-remove``, with "Report Remove tool"
and "Report Remove service"); "report, remove and block" and other lower-case words are no
service. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Teenagers can use Report Remove, a service run with the IWF, to get images taken"
            " down.",
            [("Report Remove", "CHARITY"), ("IWF", "CHARITY")],
        ),
        (
            "Girls who used the Report Remove tool last year had 900 images taken down.",
            [("Report Remove tool", "CHARITY")],
        ),
        (
            "Referrals to the Report Remove service rose by a fifth in Kent.",
            [("Report Remove service", "CHARITY")],
        ),
        # near misses: the everyday words, in lower case or split by a comma
        ("Pupils were shown how to report, remove and block contacts in Bolton.", []),
        ("Staff should report remove requests to the safeguarding lead.", []),
    ],
)
def test_report_remove_service(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "CHARITY"] == found
