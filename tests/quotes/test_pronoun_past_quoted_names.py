"""A pronoun cue after a quote that names people: the pronoun is the speaker, not them.

"Prosecutor Jane Ward said: "Smith and Jones lied to the court." … "…," she said": the
people named inside the quoted words are spoken about (rule ``pronoun past quoted
names`` of :data:`pressfacts.quotes.speakers.SPEAKER_RULES`), so "she" is the nearest
fitting person named outside quoted words. Sentences invented; near misses keep the
nearest person named outside quotes.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

DEFENDANTS = "Peter Smith, 50, of Leeds, and Tom Jones, 41, of Hull, were jailed yesterday.\n\n"
WARD = "person:jane-ward"

# (text, [(speaker, attribution) of each quote])
ROWS: list[tuple[str, list[tuple[str | None, str]]]] = [
    (
        DEFENDANTS + 'Senior prosecutor Jane Ward said: "Smith and Jones lied to the court. '
        'Their own messages proved it."\n\n"We will keep working with the police," she '
        'said, "so that people who do this are caught."',
        [
            (WARD, "speaker before quote: said"),
            (WARD, "split quote: said; pronoun past quoted names 'she'"),
            (WARD, "split quote: said; pronoun past quoted names 'she'"),
        ],
    ),
    (
        "Mark Dunn, 33, was convicted at Leeds Crown Court.\n\n"
        'Detective Inspector Ravi Patel said: "Dunn thought nobody would look inside the '
        'lorry. He was wrong."\n\n"The cab was full of cigarettes from top to bottom," he '
        "added.",
        [
            ("person:ravi-patel", "speaker before quote: said"),
            ("person:ravi-patel", "speaker after quote: added; pronoun past quoted names 'he'"),
        ],
    ),
]

NEAR_MISSES: list[tuple[str, list[tuple[str | None, str]]]] = [
    # the nearest person is named outside quoted words: the plain pronoun rule
    (
        'Senior prosecutor Jane Ward said: "The jury saw through their lies."\n\n'
        'Sergeant Amy Cole led the search. "We found the guns in the sofas," she said.',
        [
            (WARD, "speaker before quote: said"),
            ("person:amy-cole", "speaker after quote: said; pronoun 'she'"),
        ],
    ),
    # no quote names anyone: the plain pronoun rule
    (
        'Senior prosecutor Jane Ward said: "The jury saw through their lies."\n\n'
        '"We will keep working with the police," she said.',
        [
            (WARD, "speaker before quote: said"),
            (WARD, "speaker after quote: said; pronoun 'she'"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS + NEAR_MISSES)
def test_pronoun_past_names_in_quoted_words(
    nlp: Language, text: str, expected: list[tuple[str | None, str]]
) -> None:
    doc = nlp(text)
    assert [(quote.speaker, quote.attribution) for quote in doc._.quotes] == expected
