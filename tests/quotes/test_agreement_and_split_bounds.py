"""Three ways a quote's speaker is read, with sentences invented for these tests:

- "agreed" is a verb of saying ("“It is vital,” agreed Supt Mo Khan."), but what someone
  agrees or decides to do after "to" is a decision, not speech (speech rule ``urged to``);
- a split quote's second part follows its attribution directly: a sentence begun after
  the attribution ("“A,” said X. The council urged people to “B”") ends the split, so
  B is not X's words (``passages._WORDS_AFTER_STOP``);
- a tail clause runs past the full stop of an abbreviated rank or an initial ("said
  Supt. Mo Khan.": ``cues._abbreviated``, the sentence stage's abbreviation list).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

Found = list[tuple[str | None, str, str]]
ROWS: list[tuple[str, Found]] = [
    (
        "“It is vital,” agreed Supt Mo Khan.",
        [("person:mo-khan", "speaker after quote: agreed", "It is vital")],
    ),
    (
        "“We acted fast,” said Supt. Mo Khan. “We will go on.”",
        [
            ("person:mo-khan", "split quote: said", "We acted fast"),
            ("person:mo-khan", "split quote: said", "We will go on."),
        ],
    ),
    (
        "“We acted fast,” said Det. Insp. Ada Lowe.",
        [("person:ada-lowe", "speaker after quote: said", "We acted fast")],
    ),
    # near misses: a decision after "to", and a quote after a new sentence's subject
    ("The council agreed to “review the whole policy again”.", []),
    ("The board decided to “pause the scheme for the winter”.", []),
    (
        "“It is vital,” said Supt Mo Khan. The council urged people to “lock their sheds”.",
        [("person:mo-khan", "speaker after quote: said", "It is vital")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_agreement_and_split_bounds(nlp: Language, text: str, expected: Found) -> None:
    doc = nlp(text)
    found = [
        (quote.speaker, quote.attribution, " ".join(doc.text[s:e] for s, e in quote.runs))
        for quote in doc._.quotes
    ]
    assert found == expected
