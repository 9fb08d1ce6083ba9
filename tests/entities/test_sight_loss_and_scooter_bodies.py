"""Sight-loss charities and rental e-scooter operators are gazetteer entities: Guide Dogs
(CHARITY, matched by case: "guide dogs" in lower case is the animals), the RNIB, Blind
Veterans UK and Sight Scotland (``charities.jsonl``); the shared e-scooter operators that
run councils' rental trials, Neuron Mobility, Voi (matched by case) and Zipp Mobility
(``organisations.jsonl``). Sentences invented for the test; near misses put the names in
lower case."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param(
        "A survey by Guide Dogs found that pavement parking kept people indoors.",
        {("CHARITY", "Guide Dogs")},
        id="guide-dogs",
    ),
    pytest.param(
        "The RNIB and Blind Veterans UK wrote to the council about the scooters.",
        {("CHARITY", "Royal National Institute of Blind People"), ("CHARITY", "Blind Veterans UK")},
        id="rnib-blind-veterans",
    ),
    pytest.param(
        "Sight Scotland said the bikes were a danger on the pavements of Perth.",
        {("CHARITY", "Sight Scotland")},
        id="sight-scotland",
    ),
    pytest.param(
        "Figures from the operator, Neuron Mobility, show the scooters were used 9,000 times.",
        {("ORG", "Neuron Mobility")},
        id="neuron",
    ),
    pytest.param(
        "Voi and Zipp Mobility both bid to run the trial in the city.",
        {("ORG", "Voi"), ("ORG", "Zipp Mobility")},
        id="voi-zipp",
    ),
    # near misses: the same words in lower case
    pytest.param(
        "Two guide dogs were trained at the centre this spring.",
        set(),
        id="lower-case-guide-dogs",
    ),
    pytest.param(
        "The neuron mobility study was about brain cells, not scooters.",
        set(),
        id="lower-case-neuron",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_sight_loss_and_scooter_bodies(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
