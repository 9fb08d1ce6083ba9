"""Ranges of counts: each bound a statistic, "at least" below and "up to" above."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from pressfacts.statistics.count_ranges import RANGE_RULES, range_bound


def bounds(sentence: str) -> list[tuple[str, str | None, str | None]]:
    """(number, qualifier, rule) of every digit run or number word of ``sentence``."""
    found = []
    for match in re.finditer(r"\d[\d,]*\d|\d|\b(?:twelve|fifteen)\b", sentence):
        bound = range_bound(sentence, *match.span())
        found.append(
            (match.group(), bound.qualifier if bound else None, bound.rule if bound else None)
        )
    return found


RULE_ROWS = {
    "between-and": (
        "Wardens issued between 15 and 25 fines a day.",
        [("15", "at least", "between-and"), ("25", "up to", "between-and")],
    ),
    "to-range": (
        "Some 60 to 80 volunteers joined the search.",
        [("60", "at least", "to-range"), ("80", "up to", "to-range")],
    ),
}


def test_every_range_rule_has_a_row() -> None:
    assert {rule.name for rule in RANGE_RULES} == set(RULE_ROWS)


@pytest.mark.parametrize(("sentence", "expected"), RULE_ROWS.values(), ids=list(RULE_ROWS))
def test_range_rule(sentence: str, expected: object) -> None:
    assert bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # thousands and number words
        (
            "The line took between 1,100 and 1,400 calls.",
            [("1,100", "at least", "between-and"), ("1,400", "up to", "between-and")],
        ),
        (
            "Between twelve and fifteen cars were seized.",
            [("twelve", "at least", "between-and"), ("fifteen", "up to", "between-and")],
        ),
        # near misses: a change, years, percentages, a financial year
        ("Thefts rose from 40 to 55 in Hove.", [("40", None, None), ("55", None, None)]),
        # a qualifier between "from" and the first level: still a change
        (
            "Thefts rose from just under 40 to 55 in Hove.",
            [("40", None, None), ("55", None, None)],
        ),
        ("Thefts fell by well over 40 to 55.", [("40", None, None), ("55", None, None)]),
        ("Between 2018 and 2022 crime fell.", [("2018", None, None), ("2022", None, None)]),
        ("Seizures were up 10 to 15% on last year.", [("10", None, None), ("15", None, None)]),
        (
            "Calls grew by 2,000 to 14,000 last year.",
            [("2,000", None, None), ("14,000", None, None)],
        ),
        (
            "The fund for 2024/25 to 31 groups was agreed.",
            [("2024", None, None), ("25", None, None), ("31", None, None)],
        ),
    ],
)
def test_range_bounds(sentence: str, expected: object) -> None:
    assert bounds(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lower bound takes the noun after the upper one
        (
            "Wardens in Hove issued between 15 and 25 fines a day.",
            [(15.0, "fines", "at least", None), (25.0, "fines", "up to", None)],
        ),
        # a qualifier written before the range stays the lower bound's
        (
            "Around 60 to 80 volunteers joined the search in Ely.",
            [(60.0, "volunteers", "approximately", None), (80.0, "volunteers", "up to", None)],
        ),
    ],
)
def test_range_statistics(nlp: Language, text: str, expected: object) -> None:
    doc = nlp(text)
    assert [(f.value, f.unit, f.qualifier, f.change) for f in doc._.statistics] == expected
