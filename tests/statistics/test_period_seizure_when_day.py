"""A day followed by a "when" clause in which officers seized or found what the figures
count is the day of the finds (figure-day rule ``seizure_when_day``,
``period_figure_days.SEIZURE_WHEN``), even after a span stated for the paragraph before; a
"when" clause with no officers' find, and a find told in the next sentence, leave the day
an event's date. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_figure_days import counted_day
from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 5, 12)

ROWS = [
    (
        "Shaw was arrested at a flat in Hull on 9 October 2025, when officers seized 14 phones"
        " and £6,200 in cash.",
        {14: ("2025-10-09", "2025-10-09"), 6200: ("2025-10-09", "2025-10-09")},
    ),
    (
        "Between May and August 2025, the gang sold 300 fake tickets.\n\n"
        "Two of them were detained in Bolton on 2 September 2025, when police also found 40"
        " bank cards.",
        {
            300: ("2025-05-01", "2025-08-31"),
            2: ("2025-09-02", "2025-09-02"),
            40: ("2025-09-02", "2025-09-02"),
        },
    ),
    (
        "Officers stopped the van on the A1 on 4 February, when detectives recovered 9"
        " stolen laptops.",
        {9: ("2026-02-04", "2026-02-04")},
    ),
    # near misses: a "when" clause with no find; a find in the next sentence
    (
        "Shaw was arrested in Hull on 9 October 2025, when he was charged with 14 offences.",
        {14: None},
    ),
    (
        "Shaw was arrested in Hull on 9 October 2025. Officers seized 14 phones.",
        {14: None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_seizure_when_day(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_the_rule_is_named() -> None:
    text = "He was arrested on 3 March, when officers seized 11 phones."
    start = text.index("3 March")
    assert counted_day(text, start, start + len("3 March")) == "seizure_when_day"
