"""Rule ``last_years_event_stated_later``: "up from 118 during last year's campaign", with
the campaign's own dates stated close after it ("The campaign ran from 1 June to 31
August"), is those dates a year earlier, as "the same campaign a year earlier" is. Near
misses: "last year" alone is the calendar year before P; dates stated before the phrase
keep the house reading. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

ROWS = [
    pytest.param(
        "Dyfed-Powys Police arrested 140 drivers during its summer campaign, up from 118"
        " during last year's campaign. The campaign ran from 1 June to 31 August.",
        dt.date(2025, 9, 10),
        118,
        ("2024-06-01", "2024-08-31"),
        id="campaign-dated-next-sentence",
    ),
    pytest.param(
        "Officers seized 44 bikes, compared with 30 during last year's crackdown.\n\nThe"
        " crackdown ran from 3 to 30 May in Swansea and Neath.",
        dt.date(2025, 6, 5),
        30,
        ("2024-05-03", "2024-05-30"),
        id="crackdown-dated-next-paragraph",
    ),
    # near misses
    pytest.param(
        "Officers made 40 arrests, up from 31 last year. The campaign ran from 1 to 31 March.",
        dt.date(2025, 4, 10),
        31,
        ("2024-01-01", "2024-12-31"),
        id="last-year-alone",
    ),
    pytest.param(
        "The campaign ran from 1 to 31 March. Officers made 40 arrests, up from 31 during"
        " last year's campaign.",
        dt.date(2025, 4, 10),
        31,
        ("2024-03-01", "2024-03-31"),
        id="dates-stated-before",
    ),
]


@pytest.mark.parametrize(("text", "published", "value", "expected"), ROWS)
def test_last_years_event_stated_later(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    published: dt.date,
    value: float,
    expected: tuple[str, str],
) -> None:
    assert periods_of(nlp, text, published)[value] == expected
