"""Trade unions and staff associations that crime releases cite (assaults on postal
workers, nurses, firefighters, teachers, rail and police staff) are ORG entities, by name
or by the short form they go by. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param("CWU representative Dave Ward said dog attacks rose.",
                 {"Communication Workers Union"}, id="cwu-acronym"),
    pytest.param("The Royal College of Nursing said nurses were assaulted.",
                 {"Royal College of Nursing"}, id="rcn-name"),
    pytest.param("UNISON branch secretary Jo Bell said staff were tired.", {"UNISON"},
                 id="unison-capitals"),
    pytest.param("Police Federation for Northern Ireland chair Liam Kelly spoke.",
                 {"Police Federation for Northern Ireland"}, id="pfni-name"),
    # near miss: the lower-case word is no union
    pytest.param("Officers acted in unison with partners in Hull.", set(), id="in-unison"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_unions_are_organisations(nlp: Language, text: str, expected: set[str]) -> None:
    doc = nlp(text)
    assert {i.name for i in doc._.entity_info.values() if i.type == "ORG"} == expected
