"""An organisation named by its place and a hyphenated word before its head word ("the
West Yorkshire Anti-Slavery Partnership": rule ``org-head``, its hyphenated form) is kept
whole; Immigration Enforcement (a Home Office command, ``organisations.jsonl``) is an ORG;
"Senior Investigating Officer" before a name is a title of its own (``titles.jsonl``),
not "Investigating Officer" with "Senior" dropped. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP
from tests.entities.conftest import people


def found(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(span.label_, span.text) for span in doc.spans[ENTITY_SPAN_GROUP]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Funding went to the West Yorkshire Anti-Slavery Partnership last year.",
         [("ORG", "West Yorkshire Anti-Slavery Partnership")]),
        ("The North Wales Anti-Slavery Partnership met in Bangor.",
         [("ORG", "North Wales Anti-Slavery Partnership")]),
        ("Officers worked with Immigration Enforcement and HM Revenue and Customs.",
         [("ORG", "Immigration Enforcement"), ("ORG", "HM Revenue and Customs")]),
        # near misses: the unhyphenated form as before; no head word after the compound
        ("Funding went to the West Yorkshire Safeguarding Partnership.",
         [("ORG", "West Yorkshire Safeguarding Partnership")]),
        ("The West Yorkshire Anti-Slavery campaign began in May.", []),
    ],
)  # fmt: skip
def test_hyphenated_org_heads(nlp: Language, text: str, expected: object) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ('Senior Investigating Officer Martin Keogh said: "It was bad."',
         ["Senior Investigating Officer"]),
        ("Detective Inspector Ann Lee, the senior investigating officer, said it was over.",
         ["Detective Inspector", "Senior Investigating Officer"]),
        # near miss: a bare "Investigating Officer" keeps its own title
        ('Investigating Officer Martin Keogh said: "It was bad."', ["Investigating Officer"]),
    ],
)  # fmt: skip
def test_senior_investigating_officer(nlp: Language, text: str, titles: list[str]) -> None:
    assert [sorted(p.titles) for p in people(nlp, text).values()] == [titles]
