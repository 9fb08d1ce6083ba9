"""Verbs of commitment are verbs of saying ("vowed", "pledged", "promised"): they attribute a
quote and make a partial quote after them speech, also after "to" ("vowed to “…”": the
speaker's own words, not advice; speech rule ``urged to`` keeps out only what someone is
urged or aims to do). Sentences invented for these tests, with a near miss."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS: list[tuple[str, list[tuple[str | None, str, str]]]] = [
    (
        "“We will find those responsible,” Superintendent Mo Khan vowed.",
        [("person:mo-khan", "speaker after quote: vowed", "We will find those responsible")],
    ),
    (
        "Superintendent Mo Khan vowed to “leave no stone unturned in finding them”.",
        [("person:mo-khan", "partial quote: vowed", "leave no stone unturned in finding them")],
    ),
    (
        "Commissioner Ada Lowe pledged: “Every victim will be heard in this county.”",
        [
            (
                "person:ada-lowe",
                "speaker before quote: pledged",
                "Every victim will be heard in this county.",
            )
        ],
    ),
    # near miss: what people are urged to do after "to" is advice, not speech
    ("Superintendent Mo Khan urged drivers to “slow down near the school gates”.", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_commitment_verbs(
    nlp: Language, text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    doc = nlp(text)
    found = [
        (quote.speaker, quote.attribution, " ".join(doc.text[s:e] for s, e in quote.runs))
        for quote in doc._.quotes
    ]
    assert found == expected
