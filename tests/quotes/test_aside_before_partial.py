"""A partial quote after a verb of saying whose clause ends on an aside set off by commas
right before the mark ("She said the ban handed to him, three years, “meant nothing”.",
``cues.ASIDE_BEFORE_PARTIAL``, rule ``aside_before_partial``) is a quote of the verb's
subject: the comma before the mark closes the aside, it opens no lead-in. Sentences
invented for the test; the near misses are an aside with no verb of saying before it and
a lead-in comma right after the verb (a whole quote, as before)."""

from __future__ import annotations

import pytest
from spacy.language import Language

OPENING = "“We miss him every day,” said Carys Pugh, whose brother was killed in Bangor.\n\n"

ROWS = [
    pytest.param(
        OPENING + "She said the ban handed to the driver, three years, “meant nothing”.",
        [
            ("person:carys-pugh", ["We miss him every day"]),
            ("person:carys-pugh", ["meant nothing"]),
        ],
        id="aside-of-a-duration",
    ),
    pytest.param(
        OPENING + "She told reporters the fine, £300 in all, was “an insult to his memory”.",
        [
            ("person:carys-pugh", ["We miss him every day"]),
            ("person:carys-pugh", ["an insult to his memory"]),
        ],
        id="aside-then-verb",
    ),
    # near misses: no verb of saying before the aside; a lead-in comma after the verb
    pytest.param(
        OPENING + "The ban handed to the driver, three years, “meant nothing”.",
        [("person:carys-pugh", ["We miss him every day"])],
        id="no-verb",
    ),
    pytest.param(
        OPENING + "She said, “It meant nothing to any of us.”",
        [
            ("person:carys-pugh", ["We miss him every day"]),
            ("person:carys-pugh", ["It meant nothing to any of us."]),
        ],
        id="lead-in-comma",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_aside_before_partial(
    nlp: Language, text: str, expected: list[tuple[str | None, list[str]]]
) -> None:
    doc = nlp(text)
    assert [(q.speaker, [text[a:b] for a, b in q.runs]) for q in doc._.quotes] == expected
