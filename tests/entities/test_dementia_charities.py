"""Dementia charities are CHARITY entities of the gazetteer (``charities.jsonl``):
Alzheimer Scotland, Alzheimer's Society, Alzheimer's Research UK, Dementia UK. Sentences
invented for the test; near misses name the illness, not a charity."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    (
        "The scheme is run with Alzheimer Scotland and Police Scotland in Fife.",
        {("CHARITY", "Alzheimer Scotland"), ("FORCE", "Police Scotland")},
    ),
    (
        "Alzheimer’s Society and Dementia UK welcomed the funding from Gwent Police.",
        {("CHARITY", "Alzheimer's Society"), ("CHARITY", "Dementia UK"), ("FORCE", "Gwent Police")},
    ),
    (
        "Figures from Alzheimer's Research UK show the number is rising.",
        {("CHARITY", "Alzheimer's Research UK")},
    ),
    # near misses: the illness named with a place, no charity
    (
        "People with Alzheimer disease in Scotland need support, Kent Police said.",
        {("FORCE", "Kent Police")},
    ),
    ("Dementia in the UK affects many families.", set()),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_dementia_charities(nlp: Language, text: str, expected: set[tuple[str, str]]) -> None:
    doc = nlp(text)
    found = {(i.type, i.name) for i in doc._.entity_info.values() if i.type != "PERSON"}
    assert found == expected
