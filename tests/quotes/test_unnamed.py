"""An unnamed "the <noun>" subject at a cue's verb: the quote is nobody's."""

from __future__ import annotations

import pytest

from pressfacts.quotes.unnamed import unnamed_definite_subject


def _subject(text: str, verb: str) -> tuple[str, str | None] | None:
    start = text.index(verb)
    return unnamed_definite_subject(text, 0, start, start + len(verb), len(text))


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("In a statement read to the court, the woman said", "said", ("woman", "female")),
        ("Speaking after the hearing, the young man added", "added", ("man", "male")),
        (", said the survivor", "said", ("survivor", None)),  # after a quote
        ("In her statement, the complainant wrote", "wrote", ("complainant", None)),
        ('," the driver said in a statement', "said", ("driver", None)),
        ("Speaking outside court, the shopkeeper said", "said", ("shopkeeper", None)),
        (", said the pensioner", "said", ("pensioner", None)),
        ("In a statement, the teenager said", "said", ("teenager", None)),
        ("Asked about the attack, the boy said", "said", ("boy", "male")),
    ],
)
def test_an_unnamed_subject_at_the_verb(
    text: str, verb: str, expected: tuple[str, str | None]
) -> None:
    assert _subject(text, verb) == expected


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The woman's brother said", "said"),  # a relative, not the woman
        ("The officer who met the woman said", "said"),  # the woman is no subject
        ("Kent Police said the woman", "said"),  # the woman is what was said of, no subject
        ("Mandy Cole, the woman behind the appeal, said", "said"),  # named in apposition
        ("The chairman said", "said"),  # a title, not an unnamed person
        ("The officer who stopped the driver said", "said"),  # the driver is no subject
        ("Northumbria Police said the pensioner", "said"),
        (
            "In a statement, the girl's mother said",
            "said",
        ),  # a relative, not the girl  # what was said of, no subject
    ],
)
def test_not_an_unnamed_subject(text: str, verb: str) -> None:
    assert _subject(text, verb) is None
