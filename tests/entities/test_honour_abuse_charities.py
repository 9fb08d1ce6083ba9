"""Honour-based abuse, forced marriage and FGM charities are CHARITY entities of the
gazetteer (``charities.jsonl``): Savera UK, the Iranian and Kurdish Women's Rights
Organisation (IKWRO), Daughters of Eve, the Sharan Project, the National FGM Centre and the
Orchid Project. Names that are everyday phrases in lower case ("Daughters of Eve", "Orchid
Project") are matched by case only. Sentences invented; near misses are the ordinary
phrases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import OrganisationsOf

ROWS = [
    pytest.param(
        "The commissioner has given £60,000 to Savera UK for its work in Wirral.",
        {("CHARITY", "Savera UK")},
        id="savera-uk",
    ),
    pytest.param(
        "Women in Ealing can get advice from IKWRO and Southall Black Sisters.",
        {("CHARITY", "IKWRO"), ("CHARITY", "Southall Black Sisters")},
        id="ikwro",
    ),
    pytest.param(
        "A report by the Iranian and Kurdish Women's Rights Organisation was published.",
        {("CHARITY", "Iranian and Kurdish Women's Rights Organisation")},
        id="ikwro-full",
    ),
    pytest.param(
        "Training was delivered by Daughters of Eve and the Orchid Project.",
        {("CHARITY", "Daughters of Eve"), ("CHARITY", "Orchid Project")},
        id="daughters-orchid",
    ),
    pytest.param(
        "The Sharan Project said calls had risen.",
        {("CHARITY", "Sharan Project")},
        id="sharan",
    ),
    pytest.param(
        "Social workers in Luton were trained by the National FGM Centre.",
        {("CHARITY", "National FGM Centre")},
        id="national-fgm-centre",
    ),
    # near misses: the everyday phrases in lower case
    pytest.param("The school play told the story of the daughters of Eve.", set(), id="phrase"),
    pytest.param("Pupils planted an orchid project in the garden.", set(), id="orchid-phrase"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_honour_abuse_charities(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: set[tuple[str, str]]
) -> None:
    """The organisations found, by type and the words of their mention."""
    assert {(label, words) for words, label, _ in organisations(nlp, text)} == expected
