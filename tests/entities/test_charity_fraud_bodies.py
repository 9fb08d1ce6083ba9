"""Charities fraudsters collect in the name of and the charity regulators, in the
gazetteer: Pilgrims Hospices and Yorkshire Cat Rescue (CHARITY), the Fundraising
Regulator, the Scottish Charity Regulator (OSCR) and the Charity Commission for Northern
Ireland (CCNI) (ORG), each one whole name, never split into a "Scottish Charity" charity
and a stray "Regulator"; never the ordinary words in running text. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "A man posed as a collector for Pilgrims Hospices in Ashford.",
            [("Pilgrims Hospices", "CHARITY")],
        ),
        (
            "Callers claimed to be raising money for Yorkshire Cat Rescue.",
            [("Yorkshire Cat Rescue", "CHARITY")],
        ),
        (
            "The Fundraising Regulator has received more complaints this year.",
            [("Fundraising Regulator", "ORG")],
        ),
        (
            "Concerns were passed to the Scottish Charity Regulator in Dundee.",
            [("Scottish Charity Regulator", "ORG")],
        ),
        (
            "OSCR and the Charity Commission for Northern Ireland issued a joint warning.",
            [("OSCR", "ORG"), ("Charity Commission for Northern Ireland", "ORG")],
        ),
        # near misses: the ordinary words are no organisation
        ("The pilgrims walked from Canterbury to the coast.", []),
        ("A fundraising regulator would welcome the change, he said.", []),
        ("Volunteers run a cat rescue in the village.", []),
    ],
)
def test_charity_fraud_body(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(s.text, s.label_) for s in spans if s.label_ in {"CHARITY", "ORG"}] == found
