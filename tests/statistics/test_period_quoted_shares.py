"""A share a speaker states in the present inside a quote, in a sentence that states no
period, keeps no period carried from before (rule ``quoted-share``); in the past, or
outside a quote, it keeps it. Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_quoted_shares import inside_quote
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 3, 4)
Y = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Police in Hull stopped 800 drivers in 2024. The inspector said: "About a third of '
         'the crashes we attend involve speed."', {800: Y, 33.3: None}),
        ("Police in Hull stopped 800 drivers in 2024. “Nearly one in 10 of the calls we "
         "receive is not an emergency,” she said.", {800: Y, 10: None}),
        # a present passive is no past (rule quoted-share-present-passive)
        ('Police in Hull stopped 800 drivers in 2024. The inspector said: "Around one in five '
         'of the vans we check is stopped again within a month."', {800: Y, 20: None}),
        ("Police in Hull stopped 800 drivers in 2024. “Nearly half of stolen bikes are "
         "recovered within a week,” he said.", {800: Y, 50: None}),
        # near misses: the past tells of the span; outside a quote; a change
        ('Police in Hull stopped 800 drivers in 2024. The inspector said: "One in four of the '
         'drivers we stopped had been drinking."', {800: Y, 25: Y}),
        ("Police in Hull stopped 800 drivers in 2024. About a third of them are under 25.",
         {800: Y, 33.3: Y}),
    ],
)  # fmt: skip
def test_a_quoted_present_share_is_general(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert {v: p for v, p in periods_of(nlp, text, P).items()} == expected


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ('She said: "A third of', True),
        ("She said: “A third of", True),
        ("“It helps,” she said. A third of", False),
        ('"It helps," she said. A third of', False),
    ],
)
def test_inside_quote(text: str, inside: bool) -> None:
    assert inside_quote(text, len(text) - len("A third of")) is inside
