"""A wait or the order of two events ("waited more than a year before reporting") is no
period; a comparison with "a year before" still is."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from spacy.language import Language

from pressfacts.statistics.period_durations import DURATION_BEFORE
from pressfacts.statistics.periods import find_period_phrases

P = dt.date(2022, 3, 8)
_DURATION = re.compile(DURATION_BEFORE, re.I)

# (text, the period phrases found in it)
ROWS: list[tuple[str, list[str]]] = [
    # a wait, or the event before another: no period
    ("Most victims waited more than a year before reporting it.", []),
    ("Some survivors take over a year before they speak out.", []),
    ("She spent almost a year before going to the police.", []),
    ("It took a year before the case reached court.", []),
    ("A year before coming forward, he had told a teacher.", []),
    ("Victims typically waited around a year before seeking help.", []),
    ("Offenders serve up to a year before release.", []),
    ("It was almost a year earlier that the first call came.", []),
    ("He had waited five years before telling anyone.", []),
    ("It took 2 years before the case came to court.", []),
    # the other periods of the sentence are untouched
    ("In 2021 victims waited a year before reporting.", ["In 2021"]),
    # near misses: a comparison with the year before stays a period
    ("There were 412 thefts, 40 more than a year before.", ["a year before"]),
    ("Calls were up 9% on a year earlier.", ["a year earlier"]),
    ("It was lower than a year before, during the pandemic.", ["a year before"]),
    ("Arrests fell from a year before including drugs raids.", ["a year before"]),
    # several years, or a decade, earlier than the period stated: a comparison too
    (
        "There were 412 thefts in 2021, 90 more than five years before.",
        ["in 2021", "five years before"],
    ),
    ("Calls in 2021 were double the number a decade earlier.", ["in 2021", "a decade earlier"]),
]


def _phrases(text: str) -> list[str]:
    return [text[p.start_char : p.end_char] for p in find_period_phrases(text, P)]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_duration_before(text: str, expected: list[str]) -> None:
    assert _phrases(text) == expected


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("waited a year before reporting", True),
        ("took one year before they told anyone", True),
        ("a year before, when", False),
        ("a year before during", False),
        ("the year before reporting", False),  # "the year before" an event: not a wait
    ],
)
def test_duration_pattern(text: str, matches: bool) -> None:
    assert bool(_DURATION.search(text)) is matches


def test_a_figure_beside_a_wait_is_not_dated_by_it(nlp: Language) -> None:
    """Read as "the year before" 2021, the wait would date the 45 as 2020."""
    text = (
        "Hull officers made 120 arrests in 2021. The charity said 45 young people "
        "waited more than a year before telling anyone."
    )
    doc = nlp.make_doc(text)
    doc._.published = P
    doc = nlp(doc)
    periods = {
        float(f.value): (f.period.start.isoformat(), f.period.end.isoformat()) if f.period else None
        for f in doc._.statistics
    }
    assert periods == {120: ("2021-01-01", "2021-12-31"), 45: None}


@pytest.mark.parametrize(
    "text",
    [
        # an event after "before": a wait, not the span before a stated period
        "between April and June 2020; in the six months before the trial",
        "between April and June 2020; the two years before they reported",
    ],
)
def test_units_before_an_event_is_no_span(text: str) -> None:
    found = [
        p for p in find_period_phrases(text, None) if "before" in text[p.start_char : p.end_char]
    ]
    assert not found
