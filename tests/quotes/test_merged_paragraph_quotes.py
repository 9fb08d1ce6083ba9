"""Quotes of two speakers run into one paragraph (a reprint that re-paragraphed the
release): the cue before each quote names its speaker. A cue closing on a colon opens
the next quote, not a split quote's middle (``passages._is_split``), and a sentence
after a quote that closed on a full stop does not take it from the speaker named before
it (``attribution._new_sentence_after``). Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = {
    "two_introduced_quotes": (
        "Inspector Maya Ferris said: “We will not stop.” Owen Pike, chief executive of "
        "Victim Support, said: “Victims come first.”",
        ["person:maya-ferris", "person:owen-pike"],
    ),
    "quote_then_reported_speech": (
        "Inspector Maya Ferris said: “We will not stop.” Owen Pike said the work was vital.",
        ["person:maya-ferris"],
    ),
    "quote_then_pronoun_intro": (
        "Inspector Maya Ferris said: “We will not stop.” She added: “Call us.”",
        ["person:maya-ferris", "person:maya-ferris"],
    ),
    "split_quote_still_one_speaker": (  # near miss: a true split quote
        "“We will not stop,” said Inspector Maya Ferris. “Call us.”",
        ["person:maya-ferris", "person:maya-ferris"],
    ),
    "speaker_after_with_no_cue_before": (  # near miss: no cue before the quote
        "Officers were out all night. “We will not stop,” said Inspector Maya Ferris.",
        ["person:maya-ferris"],
    ),
}


@pytest.mark.parametrize(("text", "speakers"), ROWS.values(), ids=list(ROWS))
def test_each_quote_keeps_the_speaker_named_before_it(
    nlp: Language, text: str, speakers: list[str]
) -> None:
    doc = nlp(text)
    assert [quote.speaker for quote in doc._.quotes] == speakers
