"""The ``relatives`` speaker rule: a quote whose speaker is only a relation ("her
family", "the parents of Ellie Ward") has no speaker, not the person or organisation
named nearby. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.quotes.relatives import KIN_SUBJECT

ROWS: list[tuple[str, str, list[str | None]]] = [
    (
        "statement lead-in after an organisation",
        "Michael Dunn, a prosecutor with the Crown Prosecution Service, welcomed the verdict.\n\n"
        'In a statement, his family said: "Aaron was kind and loyal. We miss him every day."',
        [None],
    ),
    (
        "relation after the verb with the victim named",
        "Detective Sergeant Lowri Price led the inquiry in Swansea.\n\n"
        '"She lit up every room," said the parents of Megan Shaw.',
        [None],
    ),
    (
        "possessive victim before the relation",
        'Chief Inspector Owen Bradley said: "This was a senseless attack."\n\n'
        'Tom\'s mother added: "Nothing will bring him back."',
        ["person:owen-bradley", None],
    ),
    (
        "relative named in apposition keeps the name",
        'His sister, Grace Mensah, said: "We are grateful to Merseyside Police."',
        ["person:grace-mensah"],
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), ROWS, ids=[row[0] for row in ROWS])
def test_relatives_speaker(nlp: Language, rule: str, text: str, expected: list[str | None]) -> None:
    doc = nlp(text)
    assert [quote.speaker for quote in doc._.quotes] == expected


@pytest.mark.parametrize(
    ("subject", "kin"),
    [
        ("her family", True),
        ("the victim's heartbroken parents", True),
        ("the family of Ellie Ward", True),
        ("his widow", True),
        ("Kent Police", False),
        ("the charity's family support lead", False),
        ("DI Jo Bell", False),
    ],
)
def test_kin_subject(subject: str, kin: bool) -> None:
    assert bool(KIN_SUBJECT.fullmatch(subject)) is kin
