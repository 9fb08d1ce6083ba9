"""A regular participle in -ed between a count and a plural that is the subject of the
clause's verb ("14 fixed penalties were issued", "40 parked cars were damaged") modifies
that plural, which is then counted (rule ``participle_before_subject_plural``,
``unit_words.participle_before_subject_plural``); with no verb after the plural, the
participle may be the count's own verb and nothing is read, as before. Every sentence is
invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 2, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wardens patrolled the park in 2025. Fourteen fixed penalties were issued.",
         [(14.0, "penalties")]),
        ("In 2025, 40 parked cars were damaged in Hull.", [(40.0, "cars")]),
        ("In 2025, 12 dumped mattresses have been cleared from alleys in Leeds.",
         [(12.0, "mattresses")]),
        ("Across Derby in 2025, 23 discarded needles were found in parks.", [(23.0, "needles")]),
        # near misses: no verb after the plural, or no plural after the participle
        ("In 2025, 300 attended workshops run by the council.", []),
        ("In 2025, 40 arrested in Leeds were bailed.", []),
        ("In 2025, 12 visited homes were to be sold.", []),
    ],
)  # fmt: skip
def test_participle_before_a_subject_plural(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(v, u) for v, u, _ in unit_periods_of(nlp, text, PUBLISHED)] == expected
