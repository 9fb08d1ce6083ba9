"""Two quoted words after a verb of saying (speech rule "cue of saying",
``speech.closes_its_sentence``): they are a partial quote when they end the sentence,
and a phrase when the sentence goes on after them. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.quotes.test_infinitive_slogans import quoted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Councillor Ann Hale said the shops had been “selling misery”.",
         [["selling misery"]]),
        ("Inspector Tom Ward said the gang's reach was “truly shocking.”",
         [["truly shocking."]]),
        ("Jo Bell, of Refuge, said families needed help “that lasts”!",
         [["that lasts"]]),
        # rule copula_complement: the two words end the complement of "be" and its clause
        ("Councillor Ann Hale said the new scheme was “real progress” but warned of cuts.",
         [["real progress"]]),
        ("Inspector Tom Ward said the attack had been “utterly reckless”, and urged calm.",
         [["utterly reckless"]]),
        # near misses: "be" before, but its clause goes on; no "be" before
        ("Inspector Tom Ward said the raids were “organised crime” on a large scale.", []),
        ("Sergeant Amy Lee said victims often felt “too ashamed”, and stayed silent.", []),
        # near misses: the sentence goes on after the two words, and one word alone
        ("Sergeant Amy Lee said victims often felt “too ashamed” to call the police.", []),
        ("Inspector Tom Ward said the dealers ran a “county lines” network from Leeds.", []),
        ("Inspector Tom Ward said the sentence was “disappointing”.", []),
        # near miss: three words inside the sentence are a quote, as before
        ("Jo Bell said the service had been “a real lifeline” for her family.",
         [["a real lifeline"]]),
    ],
)  # fmt: skip
def test_two_word_partial_quotes(nlp: Language, text: str, expected: list[list[str]]) -> None:
    assert quoted(nlp, text) == expected
