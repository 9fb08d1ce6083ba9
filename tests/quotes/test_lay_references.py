"""Who "the victim said" is (``quotes/lay_references.py``): the last person named who
holds no title and is not the defendant, else nobody; "In a statement, the victim said"
is a person speaking, not the organisation named last. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.quotes.lay_references import is_defendant, lay_subject_at

ROWS: list[tuple[str, str, list[tuple[str | None, str]]]] = [
    (
        "statement read by an unnamed victim",
        "Kyle Brennan, 29, pleaded guilty at Leeds Crown Court. West Yorkshire Police "
        'arrested him in May. In a statement read to the court, the victim said: "I stopped '
        'going out."',
        [(None, "speaker before quote: said; lay reference with nobody fitting 'the victim'")],
    ),
    (
        "judge named last is not the victim",
        'Aled Price was jailed by Judge Megan Rowlands. The victim said: "I can sleep again."',
        [(None, "speaker before quote: said; lay reference with nobody fitting 'the victim'")],
    ),
    (
        "victim named before",
        "Aled Price was jailed. The victim, Carys Hughes, was followed for a year. "
        'The victim said: "I can sleep again."',
        [("person:carys-hughes", "speaker before quote: said; reference 'the victim'")],
    ),
    # near misses: an official reference still takes the official; a force's statement
    (
        "the officer",
        'Sergeant Tom Ives attended the scene. The officer said: "We acted quickly."',
        [("person:tom-ives", "speaker before quote: said; reference 'the officer'")],
    ),
    (
        "statement of the force",
        'Kent Police arrested a man. In a statement, the force said: "We acted quickly."',
        [
            (
                "force:kent-police",
                "speaker before quote: said; spokesperson of the organisation referred to "
                "'the force'",
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(text, expected, id=rule) for rule, text, expected in ROWS]
)
def test_lay_reference_speaker(
    nlp: Language, text: str, expected: list[tuple[str | None, str]]
) -> None:
    doc = nlp(text)
    assert [(quote.speaker, quote.attribution) for quote in doc._.quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a statement, the victim said", "victim"),
        ("the mother said", "mother"),
        ("The man who met the victim said", None),
        ("In a statement, the force said", None),
    ],
)
def test_lay_subject_at(text: str, expected: str | None) -> None:
    assert lay_subject_at(text, 0, text.rindex(" said") + 1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aled Price, 41, of Rhyl, pleaded guilty to stalking.", True),
        ("Aled Price was jailed for two years.", True),
        ("Aled Price, who leads the unit, welcomed the sentence.", False),
    ],
)
def test_is_defendant(text: str, expected: bool) -> None:
    assert is_defendant(text, len("Aled Price")) is expected
