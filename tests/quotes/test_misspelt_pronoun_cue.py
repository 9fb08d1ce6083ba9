"""A quote-first paragraph closed by a pronoun and a verb of saying typed with one slip
('"…," she aded.') keeps its cue (rule ``misspelt_pronoun_cue``,
``pressfacts.quotes.misspelt_cues``): the pronoun's speaker is the one named before.
Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.quotes.misspelt_cues import one_slip

NAMED = (
    "Inspector Joanne Kerr said: “Traders in Wigan have had enough.”\n\n"
    "Officers made 40 arrests in the town centre in March.\n\n"
)

ROWS = [
    pytest.param(
        NAMED + "“We will be back on the high street every week,” she aded.",
        ["person:joanne-kerr", "person:joanne-kerr"],
        id="a-letter-dropped",
    ),
    pytest.param(
        NAMED + "“Report every theft, however small,” she siad.",
        ["person:joanne-kerr", "person:joanne-kerr"],
        id="two-letters-swapped",
    ),
    pytest.param(
        NAMED + "“Nobody should be hurt at work,” she explaned.",
        ["person:joanne-kerr", "person:joanne-kerr"],
        id="a-letter-dropped-in-a-long-verb",
    ),
    # near misses: no listed verb one slip away; a tail going on past the word
    pytest.param(
        NAMED + "“We will be back on the high street every week,” she smiled.",
        ["person:joanne-kerr"],
        id="a-word-of-its-own",
    ),
    pytest.param(
        NAMED + "“We will be back on the high street every week,” she aded to the crowd.",
        ["person:joanne-kerr"],
        id="a-longer-tail",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), ROWS)
def test_misspelt_pronoun_cue(nlp: Language, text: str, speakers: list[str | None]) -> None:
    assert [quote.speaker for quote in nlp(text)._.quotes] == speakers


SLIPS = [
    ("aded", "added", True),
    ("siad", "said", True),
    ("warnd", "warned", True),
    ("explaned", "explained", True),
    ("addded", "added", True),
    ("added", "added", False),
    ("aged", "added", False),
    ("wanted", "warned", False),
    ("smiled", "said", False),
]


@pytest.mark.parametrize(("typed", "word", "expected"), SLIPS)
def test_one_slip(typed: str, word: str, expected: bool) -> None:
    assert one_slip(typed, word) is expected
