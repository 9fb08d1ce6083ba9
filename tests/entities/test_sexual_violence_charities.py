"""Sexual violence support charities in the gazetteer (Support After Rape & Sexual Violence
Leeds, with "and" spelt out and its initials SARSVL); the lower-case words in running text
are no charity. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Referrals to Support After Rape & Sexual Violence Leeds rose in the spring.",
            [("Support After Rape & Sexual Violence Leeds", "CHARITY")],
        ),
        (
            "Support After Rape and Sexual Violence Leeds runs a helpline for women.",
            [("Support After Rape and Sexual Violence Leeds", "CHARITY")],
        ),
        (
            "Survivors were referred to SARSVL by officers.",
            [("SARSVL", "CHARITY")],
        ),
        # near miss: the words in running text are no charity
        ("Support after rape and sexual violence in Leeds has been cut.", []),
    ],
)
def test_sexual_violence_charity(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ == "CHARITY"] == found
