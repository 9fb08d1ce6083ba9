"""An unnamed person as the subject after an opening phrase and a comma ("In a statement
read to the court, one woman, aged 87, said: …") says the quote: it is nobody's, not the
spokesperson's of the organisation named before (rule ``unnamed_after_opening`` of
:func:`pressfacts.quotes.speakers._unnamed_person`). Sentences invented; near misses keep
the person or body named."""

from __future__ import annotations

import pytest
from spacy.language import Language

LEAD = 'Kent Police said: "We welcome the sentence."\n\n'
KENT = ("force:kent-police", "speaker before quote: said")

ROWS: list[tuple[str, list[tuple[str | None, str]]]] = [
    (
        LEAD + "In a victim personal statement read to the court, one woman, aged 87, said: "
        '"I do not feel safe in my own home."',
        [KENT, (None, "speaker before quote: said; unnamed person 'one woman'")],
    ),
    (
        LEAD + 'Speaking outside court, a neighbour said: "We are relieved it is over."',
        [KENT, (None, "speaker before quote: said; unnamed person 'a neighbour'")],
    ),
    (
        LEAD + 'In a statement issued through the force, another victim said: "I can sleep again."',
        [KENT, (None, "speaker before quote: said; unnamed person 'another victim'")],
    ),
]

NEAR_MISSES: list[tuple[str, list[tuple[str | None, str]]]] = [
    # named before the indefinite words: the named person speaks
    (
        LEAD + 'Inspector Jo Bell, one of the officers at the scene, said: "It was chaotic."',
        [KENT, ("person:jo-bell", "speaker before quote: said")],
    ),
    # an organisation after the opening speaks
    (
        LEAD + 'After the verdict, Essex Police said: "Justice has been done."',
        [KENT, ("force:essex-police", "speaker before quote: said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS + NEAR_MISSES)
def test_unnamed_person_after_an_opening(
    nlp: Language, text: str, expected: list[tuple[str | None, str]]
) -> None:
    doc = nlp(text)
    assert [(quote.speaker, quote.attribution) for quote in doc._.quotes] == expected
