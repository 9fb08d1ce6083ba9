"""Victims' services a PCC commissions are organisations (gazetteer entries in
``organisations.jsonl``: "Victims First Northumbria", "Lighthouse Victim and Witness Care"),
and a support line named with "and" in it ("the Rape and Sexual Abuse Support Line") is one
name (pattern ``charity-line``), not cut at the "and". Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Victims First Northumbria received 900 referrals in May.",
            [("Victims First Northumbria", "ORG")],
        ),
        (
            "Anyone affected can contact Lighthouse Victim and Witness Care for support.",
            [("Lighthouse Victim and Witness Care", "ORG")],
        ),
        (
            "Victim Care Merseyside and Staffordshire Victim Gateway took part.",
            [("Victim Care Merseyside", "ORG"), ("Staffordshire Victim Gateway", "ORG")],
        ),
        (
            "The Rape and Sexual Abuse Support Line took 11,240 calls.",
            [("Rape and Sexual Abuse Support Line", "CHARITY")],
        ),
        (
            "Callers can ring the Drugs and Alcohol Advice Line for help.",
            [("Drugs and Alcohol Advice Line", "CHARITY")],
        ),
        ("The force puts victims first in every case.", []),  # near miss: no name
        ("Officers and Support Line staff attended.", []),  # near miss: no name before
    ],
)
def test_victim_services(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    """Each case: a text and the organisation mentions found in it."""
    doc = nlp(text)
    assert [(s.text, s.label_) for s in doc.spans[ENTITY_SPAN_GROUP]] == expected
