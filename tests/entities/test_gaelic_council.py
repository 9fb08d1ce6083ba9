"""A council named in Gaelic, not "<place> Council": Comhairle nan Eilean Siar is an ORG of
the gazetteer, with its English form as an alias. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language


def names(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {info.name: info.type for info in doc._.entity_info.values() if info.type != "PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        "The scheme is paid for by Comhairle nan Eilean Siar and runs until May.",
        "Western Isles Council said 14 new signs would go up on the Lewis roads.",
    ],
)
def test_gaelic_council(nlp: Language, text: str) -> None:
    assert names(nlp, text).get("Comhairle nan Eilean Siar") == "ORG"
