"""Sport's safeguarding bodies in the gazetteer: the NSPCC's Child Protection in Sport Unit
(a named unit a charity runs: CHARITY, "CPSU" its abbreviation) and Sport England (ORG).
Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Advice from the NSPCC's Child Protection in Sport Unit (CPSU) reached 90 clubs.",
            [
                ("NSPCC", "CHARITY"),
                ("Child Protection in Sport Unit", "CHARITY"),
                ("CPSU", "CHARITY"),
            ],
        ),
        (
            "The scheme is funded by Sport England and runs in Bolton.",
            [("Sport England", "ORG")],
        ),
        ("Sport in England is growing, said the coach.", []),  # no body named
    ],
)
def test_sport_safeguarding_body(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    """Each case: a text and the organisation mentions found in it."""
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ in ("CHARITY", "ORG")] == found
