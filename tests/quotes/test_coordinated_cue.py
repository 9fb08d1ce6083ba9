"""A partial quote after a verb of saying, then ", but warned that …" (``cues.COORDINATED_CUE``):
the second verb is the sentence subject's own, so the words after it say what was said, not
who said it; the speaker is the one named before the quote. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param(
        "Leicestershire Police attended the meeting. The board's independent chair, Hilary "
        "Dunmore, said the audit showed “a welcome change of culture”, but warned that too "
        "many cases still came from the police.",
        ["person:hilary-dunmore"],
        id="but-warned-that-the-police",
    ),
    pytest.param(
        "Kent County Council agreed the plan. Imran Sheikh, the trust's director, said the "
        "scheme was “a lifeline for young carers”, and added that the council had promised "
        "more money.",
        ["person:imran-sheikh"],
        id="and-added-that-the-council",
    ),
    pytest.param(
        "Merseyside Police joined the review. Dr Ffion Rees said the findings were “hard to "
        "read”, but also said that the police had already acted.",
        ["person:ffion-rees"],
        id="but-also-said-that-the-police",
    ),
    # near misses: a subject between the conjunction and the verb; a plain cue after the quote
    pytest.param(
        "“We will keep going,” and DI Sarah Cole added that officers were ready.",
        ["person:sarah-cole"],
        id="a-subject-of-its-own",
    ),
    pytest.param(
        "“It has been a hard year,” said Chief Inspector Dan Wells.",
        ["person:dan-wells"],
        id="a-plain-cue-after-the-quote",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), ROWS)
def test_coordinated_cue(nlp: Language, text: str, speakers: list[str | None]) -> None:
    assert [quote.speaker for quote in nlp(text)._.quotes] == speakers
