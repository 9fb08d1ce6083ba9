"""A person named right after "whose" and a kin noun ("Jo Reed, whose son Callum was killed,
said") is the relative the clause is about: never the quote's speaker nor a pronoun's
antecedent (the rule ``relative_in_whose_clause`` of :mod:`pressfacts.quotes.relatives`).
Sentences invented for the test; near misses are speakers."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param(
        "Its chair, Beverley Amos, whose nephew Jerome was shot dead in 2009, said: “Nobody "
        "wins when a gun is fired.”",
        ["person:beverley-amos"],
        id="person-named-before-the-cue",
    ),
    pytest.param(
        "Joanne Whitby, whose son Callum was killed in 2022, is backing the week.\n\n“Callum "
        "was 19 and had only just passed his test,” she said.",
        ["person:joanne-whitby"],
        id="pronoun-passes-over-the-relative",
    ),
    pytest.param(
        "Tom Reed, whose late wife Sarah died in 2021, said: “The help was there.”",
        ["person:tom-reed"],
        id="late-wife",
    ),
    # near misses: the relative speaks for themself
    pytest.param(
        "Her son Ryan Cole said: “I was lucky.”",
        ["person:ryan-cole"],
        id="possessive-kin-is-a-speaker",
    ),
    pytest.param(
        "Callum Price, whose mother runs the group, said: “It helped me.”",
        ["person:callum-price"],
        id="whose-kin-unnamed",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), ROWS)
def test_whose_relative_not_speaker(nlp: Language, text: str, speakers: list[str | None]) -> None:
    assert [quote.speaker for quote in nlp(text)._.quotes] == speakers
