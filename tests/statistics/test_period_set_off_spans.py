"""A relative span narrowed by a range set off after it ("last week, from 15 to 17
September"), and an event dated after how long it ran ("The operation ran over three
days last week, from …") leading in to the figures after it."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.periods import find_periods

P = dt.date(2026, 9, 24)


def periods(nlp: Language, text: str) -> list[tuple[float, str | None, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = P
    doc = nlp(doc)
    return [
        (f.value, f.period and str(f.period.start), f.period and str(f.period.end))
        for f in doc._.statistics
    ]


NARROWED = [
    pytest.param(
        "Officers made 11 arrests over three days last week, from Tuesday 15 to Thursday "
        "17 September.",
        ("2026-09-15", "2026-09-17"),
        id="last-week-from-days",
    ),
    pytest.param(
        "Surrey Police seized 40 bikes last month, between 3 and 9 August.",
        ("2026-08-03", "2026-08-09"),
        id="last-month-between",
    ),
    pytest.param(
        "Wardens issued 212 fines this year, from 1 February to 30 June.",
        ("2026-02-01", "2026-06-30"),
        id="this-year-from",
    ),
    pytest.param(  # near miss: the range lies outside the span: its own period
        "Officers made 11 arrests last week, up from 4 in the week from 7 to 13 September.",
        ("2026-09-14", "2026-09-20"),
        id="outside-not-narrowed",
    ),
    pytest.param(  # near miss: no comma, a second span of its own
        "Officers made 11 arrests last month and 9 between 3 and 9 August.",
        ("2026-08-01", "2026-08-31"),
        id="no-set-off",
    ),
]


@pytest.mark.parametrize(("text", "first"), NARROWED)
def test_a_set_off_range_narrows_a_relative_span(
    nlp: Language, text: str, first: tuple[str, str]
) -> None:
    assert periods(nlp, text)[0][1:] == first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a season's campaign dated by a relative clause: the clause's range, for the
        # figures after it too (not the whole winter)
        ("Officers stopped 90 drivers during last winter's campaign, which ran from 1 "
         "December 2025 to 4 January 2026. Of those, 12 were over the limit.",
         [(90, "2025-12-01", "2026-01-04"), (12, "2025-12-01", "2026-01-04")]),
        # near miss: the range lies outside the season: each its own
        ("Officers stopped 90 drivers last winter, which ran from 1 March to 4 April. Of "
         "those, 12 were over the limit.",
         [(90, "2025-12-01", "2026-02-28"), (12, "2025-12-01", "2026-02-28")]),
    ],
)  # fmt: skip
def test_a_seasons_event_dated_by_its_clause(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert periods(nlp, text) == expected


def test_a_stated_year_is_not_narrowed() -> None:
    found = find_periods("Officers made 11 arrests in 2025, between 3 and 9 June.", P)
    assert found[0].start == dt.date(2025, 1, 1)


LEAD_INS = [
    pytest.param(
        "Officers raided car washes in Hull. The operation ran over three days last week, "
        "from Tuesday 15 to Thursday 17 September. Warrants were executed at 14 premises.",
        ("2026-09-15", "2026-09-17"),
        id="over-days-last-week",
    ),
    pytest.param(
        "Officers raided farms in Kent. The crackdown lasted two weeks, between 1 and 14 "
        "August. Officers found 23 workers living in caravans.",
        ("2026-08-01", "2026-08-14"),
        id="lasted-weeks",
    ),
    pytest.param(
        "Officers raided farms in Kent. The operation ran for five nights, from 10 to 14 "
        "August. Officers found 23 workers living in caravans.",
        ("2026-08-10", "2026-08-14"),
        id="ran-for-nights",
    ),
    pytest.param(  # near miss: no event dated, a remark on its length: no lead-in
        "Officers raided farms in Kent. The hearing heard it ran for five nights, from 10 "
        "to 14 August. Officers say 23 workers live in caravans.",
        (None, None),
        id="not-an-event-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_INS)
def test_an_event_dated_after_its_length_leads_in(
    nlp: Language, text: str, expected: tuple[str | None, str | None]
) -> None:
    assert periods(nlp, text)[-1][1:] == expected


LEADS = [
    pytest.param(
        "Twelve people have been arrested after officers raided farms near Boston. The "
        "operation ran from 7 to 9 September. Officers found 31 workers living in sheds.",
        {12: ("2026-09-07", "2026-09-09"), 31: ("2026-09-07", "2026-09-09")},
        id="lead-before-the-dated-operation",
    ),
    pytest.param(  # near miss: not the lead, no event named: no period
        "Officers raided farms near Boston. Twelve people have been arrested since. The "
        "operation ran from 7 to 9 September.",
        {12: None},
        id="not-the-lead",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEADS)
def test_the_lead_takes_the_operation_dated_after_it(
    nlp: Language, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    found = {value: (start, end) if start else None for value, start, end in periods(nlp, text)}
    assert {value: found.get(value) for value in expected} == expected
