"""A named service after "runs the" or "operates the" is a CHARITY when the body named
before it is a charity (rule ``charity-service-runs-the``), as the contract's "a named
service or campaign it runs"; a council's or a force's service is not. Advice Direct
Scotland is a charity of the gazetteer. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Victim Support Scotland, which runs the Court Advocacy Service, said 300 people "
            "were helped.",
            [
                ("Victim Support Scotland", "CHARITY"),
                ("Court Advocacy Service", "CHARITY"),
            ],
        ),
        (
            "Age Scotland operates the Friendship Helpline for older people.",
            [("Age Scotland", "CHARITY"), ("Friendship Helpline", "CHARITY")],
        ),
        (
            "Callers were referred to Advice Direct Scotland by officers.",
            [("Advice Direct Scotland", "CHARITY")],
        ),
        # near misses: a council's or a force's service; no "runs the" before the name
        (
            "Fife Council, which runs the Community Alarm Service, said 40 calls came in.",
            [("Fife Council", "ORG"), ("Community Alarm Service", "ORG")],
        ),
        (
            "Shelter Scotland said the Scottish Prison Service had helped.",
            [("Shelter Scotland", "CHARITY"), ("Scottish Prison Service", "ORG")],
        ),
    ],
)
def test_a_service_a_charity_runs(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    assert [(s.text, s.label_) for s in doc.spans[ENTITY_SPAN_GROUP]] == found
