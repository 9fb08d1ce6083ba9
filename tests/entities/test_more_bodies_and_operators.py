"""Public bodies, transport operators and firms releases name, from the gazetteer
(``organisations.jsonl``, ``charities.jsonl``; sentences invented for these tests): each is
found whole, and a longer body is not cut to a known shorter one inside it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a longer body around a force's or a firm's name is that body, not the force
        ("The British Transport Police Authority approved the budget.",
         [("British Transport Police Authority", "ORG")]),
        ("British Transport Police officers patrolled the station.",
         [("British Transport Police", "FORCE")]),
        ("Examiners from the Driver and Vehicle Standards Agency stopped 40 lorries.",
         [("Driver and Vehicle Standards Agency", "ORG")]),
        ("Govia Thameslink Railway staff helped passengers.",
         [("Govia Thameslink Railway", "ORG")]),
        # offices, inspectorates and operators
        ("A report by the Independent Anti-Slavery Commissioner found gaps.",
         [("Independent Anti-Slavery Commissioner", "ORG")]),
        ("Inspectors from Estyn and the Care Inspectorate visited 12 schools.",
         [("Estyn", "ORG"), ("Care Inspectorate", "ORG")]),
        ("Delays hit Southeastern and Northern Trains services.",
         [("Southeastern", "ORG"), ("Northern Trains", "ORG")]),
        ("Riders for Deliveroo and Just Eat were checked.",
         [("Deliveroo", "ORG"), ("Just Eat", "ORG")]),
        ("Men were referred to the Men's Advice Line.", [("Men's Advice Line", "CHARITY")]),
        # the national fraud reporting service a force runs is a police body, as the bureau
        # behind it is (a named service takes its parent's type, as a charity's does)
        ("Victims told Action Fraud about 40 scams.", [("Action Fraud", "FORCE")]),
        ("Scams can be reported to Report Fraud online.", [("Report Fraud", "FORCE")]),
        ("Data from the National Fraud Intelligence Bureau shows a rise.",
         [("National Fraud Intelligence Bureau", "FORCE")]),
        ("Please report fraud to the police.", []),
        # near misses: a direction and a lower-case phrase are no operator
        ("Officers in the south-eastern part of the county made 12 arrests.", []),
        ("Just eat well and sleep, the doctor said.", []),
    ],
)  # fmt: skip
def test_bodies_and_operators(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    assert [(span.text, span.label_) for span in doc.spans[ENTITY_SPAN_GROUP]] == expected
