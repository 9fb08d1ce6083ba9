"""An organisation a statement passes through ("released through Humberside Police") is
its channel, not its speaker (``quotes.conduits``). Sentences invented for the test."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from spacy.language import Language

from pressfacts.quotes.conduits import voices

ROWS: list[tuple[str, str, list[str | None]]] = [
    (
        "a family's statement passed on by the force",
        "The family of a cyclist who died in Grimsby paid tribute to him.\n\n"
        'In a statement released through Humberside Police, they said: "He was our world."',
        [None],
    ),
    (
        "via a charity",
        "The parents of a girl from Leeds spoke for the first time.\n\n"
        'In a statement issued via the NSPCC, they said: "Please talk to your children."',
        [None],
    ),
    # near misses: the organisation is the statement's author
    (
        "the force's own statement",
        'Humberside Police said in a statement: "Our thoughts are with the family."',
        ["force:humberside-police"],
    ),
    (
        "a spokesperson for the force",
        'A spokesperson for Humberside Police said: "Inquiries are continuing."',
        ["force:humberside-police"],
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), ROWS, ids=[row[0] for row in ROWS])
def test_a_channel_is_no_speaker(
    nlp: Language, rule: str, text: str, expected: list[str | None]
) -> None:
    assert [q.speaker for q in nlp(text)._.quotes] == expected


@dataclass(frozen=True)
class _Named:
    type: str
    start: int


@pytest.mark.parametrize(
    ("text", "start", "kept"),
    [
        ("released through Kent Police", 17, False),
        ("issued via the NSPCC", 15, False),
        ("said Kent Police", 5, True),
        ("went through a search, Kent Police", 23, True),
    ],
)
def test_voices(text: str, start: int, kept: bool) -> None:
    assert (voices(text, [_Named("FORCE", start)]) != []) is kept
