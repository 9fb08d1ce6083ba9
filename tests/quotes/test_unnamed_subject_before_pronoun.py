"""A pronoun cue right after a sentence that opens on an unnamed person: nobody's.

"One man from Crewe, whose van was broken into, met the teenagers responsible in March.
He said: "…"": the pronoun carries on with the sentence's unnamed subject, not the person
named before it (rule ``unnamed_subject_before_pronoun``,
:func:`pressfacts.quotes.unnamed.unnamed_subject_before`); so does "The pensioner, …"
speaking again of "A pensioner" introduced after the last person named. Sentences
invented; near misses keep the person named.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

LEAD = 'Sarah Lane, chief executive of the charity, said: "This must change."\n\n'
LANE = ("person:sarah-lane", "speaker before quote: said")
RULE = "speaker before quote: said; pronoun after an unnamed subject"

# (text, [(speaker, attribution) of each quote])
ROWS: list[tuple[str, list[tuple[str | None, str]]]] = [
    (
        LEAD + "One man from Crewe, whose van was broken into last winter, met the two "
        'teenagers responsible in March. He said: "It was not what I expected."',
        [LANE, (None, f"{RULE} 'He'")],
    ),
    (
        LEAD + "A pensioner from Ipswich has spoken about the scam that took her savings.\n\n"
        "The pensioner, who lives alone, lost her savings in October.\n\n"
        'She said: "I felt so foolish for so long."',
        [LANE, (None, f"{RULE} 'She'")],
    ),
    (
        LEAD + "A mother from Bolton met the driver who hit her son. She said: "
        '"I needed to see his face."',
        [LANE, (None, f"{RULE} 'She'")],
    ),
]

NEAR_MISSES: list[tuple[str, list[tuple[str | None, str]]]] = [
    # the unnamed person is a man: "She" is the woman named before
    (
        LEAD + "One man from Crewe met the two teenagers responsible in March. "
        'She said: "We will keep supporting him."',
        [LANE, ("person:sarah-lane", "speaker before quote: said; pronoun 'She'")],
    ),
    # "the woman" with no unnamed woman introduced after the person named: that person
    (
        LEAD + "The woman met the staff of the refuge in March.\n\n"
        'She said: "They were wonderful."',
        [LANE, ("person:sarah-lane", "speaker before quote: said; pronoun 'She'")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS + NEAR_MISSES)
def test_pronoun_after_an_unnamed_subject(
    nlp: Language, text: str, expected: list[tuple[str | None, str]]
) -> None:
    doc = nlp(text)
    assert [(quote.speaker, quote.attribution) for quote in doc._.quotes] == expected
