"""A participle phrase in commas between a sentence's plural subject and its change verb
leaves the subject counting the figure with no noun of its own (rule
``subject_participle_aside`` of :data:`pressfacts.statistics.subject_nouns.SUBJECT_NOUN`).
Every sentence is invented for these tests."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from pressfacts.statistics.subject_nouns import PARTICIPLE_ASIDE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The alerts, made under the Banking Protocol, were up from 54 in the spring.",
         [(54, "alerts")]),
        ("Referrals, sent to the council by GPs, rose to 212 last year.", [(212, "referrals")]),
        ("Complaints, passed on by the ombudsman, fell from 88 to 61.",
         [(88, "complaints"), (61, "complaints")]),
        # near misses: a figure with its own noun, no aside before the verb
        ("Officers, helped by volunteers, visited 71 homes in Rhyl.", [(71, "homes")]),
        ("The alerts were up from 54 in the spring.", [(54, "alerts")]),
    ],
)  # fmt: skip
def test_subject_participle_aside(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in nlp(text)._.statistics] == expected


@pytest.mark.parametrize(
    ("aside", "matches"),
    [
        (", made under the Banking Protocol,", True),
        (", sent to the council by GPs,", True),
        (", made in 40 towns,", False),  # a number in it: a figure of its own
        (", the force said,", False),  # no participle
    ],
)
def test_participle_aside_pattern(aside: str, matches: bool) -> None:
    assert (re.fullmatch(PARTICIPLE_ASIDE, aside) is not None) is matches
