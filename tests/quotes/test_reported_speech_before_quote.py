"""A sentence of a person's reported speech ending right before a quote in its paragraph
names the quote's speaker ("Jo Bell said every call mattered. “We answer them all.”": the
attribution rule ``reported speech before quote``). Sentences invented for the test; near
misses name no person."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param(
        "Inspector Jo Bell, of Kent Police, said every call mattered. “We answer them all. "
        "Nobody is turned away.”",
        ["person:jo-bell"],
        id="rank-name-appositive",
    ),
    pytest.param(
        "Detective Chief Superintendent Mark Ellery, the head of the unit, said every gun handed "
        "in was one fewer on the streets. “Old guns kept in lofts are a real risk.”",
        ["person:mark-ellery"],
        id="long-appositive",
    ),
    pytest.param(
        "Amir Khan warned that the scheme would close. “We have no money left.”",
        ["person:amir-khan"],
        id="warned-that",
    ),
    pytest.param(
        "Jo Alpha said the plan worked. “It did,” said Tom Beta.",
        ["person:tom-beta"],
        id="a-cue-after-the-quote-wins",
    ),
    # near misses: no verb of saying, an organisation's reported speech
    pytest.param(
        "Amir Khan opened the hub in May. “We have no money left,” a volunteer said.",
        [None],
        id="no-verb-of-saying",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), ROWS)
def test_reported_speech_before_quote(nlp: Language, text: str, speakers: list[str | None]) -> None:
    assert [quote.speaker for quote in nlp(text)._.quotes] == speakers
