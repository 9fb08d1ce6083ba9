"""Single days a figure counts, singled out by the words around them: rules
``ordinal_weekday_day`` and ``one_day_event_subject``
(:mod:`pressfacts.statistics.period_opening_days`) and ``one_operation_opening`` and
``one_incident_opening`` (:data:`pressfacts.statistics.period_operation_days.OPERATION_DAYS`).
Sentences invented for the test; near misses leave the day an event's date (the figure undated)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_opening_days import OPENING_DAYS, opening_day
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 10)


def _day(iso: str) -> tuple[str, str]:
    return (iso, iso)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ordinal_weekday_day
        ("On the final Sunday, 25 May, 61 knives were handed in.", {61: _day("2025-05-25")}),
        ("On the first day, 12 May, 140 bikes were marked in Ely.", {140: _day("2025-05-12")}),
        ("Over the last Saturday, 24 May, crews attended 38 fires.", {38: _day("2025-05-24")}),
        # one_day_event_subject
        (
            "On 4 May, the force's open day drew about 900 visitors to Hutton.",
            {900: _day("2025-05-04")},
        ),
        ("On 18 April, the annual peace rally saw 2,000 people march.", {2000: _day("2025-04-18")}),
        # one_operation_opening
        (
            "In one operation in Ripon on 2 May, officers seized 14 quad bikes.",
            {14: _day("2025-05-02")},
        ),
        (
            "During a single raid at a farm near Selby on 6 May, officers recovered 40 tools.",
            {40: _day("2025-05-06")},
        ),
        # one_incident_opening
        (
            "In one attack near Bala on 14 April, 19 ewes and lambs were killed.",
            {19: _day("2025-04-14")},
        ),
        (
            "During a single break-in at a farm near Thirsk on 2 May, 12 quad bikes were taken.",
            {12: _day("2025-05-02")},
        ),
        ("In one incident on 9 May, three officers were hurt in Leek.", {3: _day("2025-05-09")}),
        # near misses: an event's date, no figure's day
        ("On Sunday, 25 May, 61 knives were handed in.", {61: None}),
        ("On the final day of the trial, 25 May, the court heard of 61 thefts.", {61: None}),
        ("On 4 May, a man was arrested with 900 cigarettes.", {900: None}),
        ("On 4 May, the campaign brought 40 arrests.", {40: None}),
        ("In an operation in Ripon on 2 May, officers seized 14 quad bikes.", {14: None}),
        ("After one operation in Ripon on 2 May, officers seized 14 quad bikes.", {14: None}),
        ("In an attack near Bala on 14 April, 19 ewes and lambs were killed.", {19: None}),
        ("After one attack near Bala on 14 April, 19 ewes were moved.", {19: None}),
        ("In one attack near Bala, 19 ewes died. On 14 April, a farmer saw it.", {19: None}),
    ],
)  # fmt: skip
def test_a_day_singled_out_is_the_figures_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


def test_every_opening_day_rule_is_named() -> None:
    text = "On the final Saturday, 24 May, 38 fires. On 4 May, the open day drew 900 visitors."
    days = [
        ("ordinal_weekday_day", text.index("Saturday"), text.index(", 38")),
        ("one_day_event_subject", text.index("On 4 May"), text.index(", the open")),
    ]
    assert [opening_day(text, start, end) for _name, start, end in days] == [
        name for name, _start, _end in days
    ]
    assert {name for name, _test in OPENING_DAYS} == {name for name, _s, _e in days}
