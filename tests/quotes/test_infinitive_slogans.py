"""Quoted words after a verb of urging or aiming and "to" (speech rule "urged to"): what
someone is urged, asked or aims to do is advice or an aim, not speech; a partial quote
after a verb of saying stays a quote, with "to" before its mark too ("said the force would
continue to “…”")."""

from __future__ import annotations

import pytest
from spacy.language import Language


def quoted(nlp: Language, text: str) -> list[list[str]]:
    """The runs of every quote found, as texts."""
    doc = nlp(text)
    return [[doc.text[s:e] for s, e in quote.runs] for quote in doc._.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The charity has begun a campaign urging anyone who falls into cold water to "
            "“float on their back first”.",
            [],
        ),
        (
            "The force is urging anyone who sees a stranded walker to “call 999 and ask for "
            "the coastguard”.",
            [],
        ),
        ("Inspector Amy Lee said the team aimed to “make every beach safer this summer”.", []),
        (  # near miss: a partial quote after a verb of saying, no "to" before the mark
            "Sergeant Jo Bell warned that offenders “will be caught and brought to court”.",
            [["will be caught and brought to court"]],
        ),
        (  # near misses: the speaker's own words after "to"
            "Chief Constable Ann Ford said the force would continue to “relentlessly pursue "
            "those who exploit children”.",
            [["relentlessly pursue those who exploit children"]],
        ),
        (
            "Superintendent Mo Khan said officers were determined to “leave no stone unturned "
            "in finding them”.",
            [["leave no stone unturned in finding them"]],
        ),
        (  # near miss: a full quote after a colon
            "Jo Bell said: “We want people to stay safe.”",
            [["We want people to stay safe."]],
        ),
    ],
)
def test_infinitive_slogans(nlp: Language, text: str, expected: list[list[str]]) -> None:
    assert quoted(nlp, text) == expected
