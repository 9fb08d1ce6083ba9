"""A count "of those <participle>" opening its sentence takes the period of the sentence
that counted the deed by its verb ("arrested 11 people since January" … "Eight of those
arrested have been charged"): rule ``count_of_those_done`` of
:mod:`pressfacts.statistics.period_partitive_wholes`, where the nearest sentence's period
had been taken. Every sentence is invented; near misses name a deed no verb counted
before, or a noun rather than a participle."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 7, 16)
SINCE_JAN = ("2026-01-01", "2026-07-16")
SPRING = ("2026-04-01", "2026-06-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cleveland Police arrested 23 people since January in a crackdown on drone drops.\n\n"
            "Staff logged 71 sightings between April and June.\n\nNine of those arrested have "
            "been charged.",
            {23.0: SINCE_JAN, 71.0: SPRING, 9.0: SINCE_JAN},
        ),
        (
            "The service referred 140 young people since January.\n\nStaff held 38 sessions "
            "between April and June.\n\n52 of the people referred were girls.",
            {140.0: SINCE_JAN, 38.0: SPRING, 52.0: SINCE_JAN},
        ),
        # near miss: no verb before counts the deed ("searched" is not "arrested")
        (
            "Officers searched 23 cells since January.\n\nStaff logged 71 sightings between "
            "April and June.\n\nNine of those arrested have been charged.",
            {23.0: SINCE_JAN, 71.0: SPRING, 9.0: SPRING},
        ),
        # near miss: a noun, not a participle, with no count of it before
        (
            "Officers arrested 23 people since January.\n\nStaff logged 71 sightings between "
            "April and June.\n\nNine of those sightings were at night.",
            {23.0: SINCE_JAN, 71.0: SPRING, 9.0: SPRING},
        ),
    ],
)
def test_count_of_those_done(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
