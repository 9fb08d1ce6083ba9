"""A partitive opening whose total is owned by a period ("Of last year's call-outs, 211
…", rule ``partitive_period_owner`` of :mod:`pressfacts.statistics.partitives`) or named
by a hyphened noun ("Of the break-ins, 40 …") gives its counts the total's noun and the
period. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.partitives import partitive_noun, partitive_opening


def figures(nlp: Language, text: str) -> list[tuple[float, str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2026, 3, 4)
    doc = nlp(doc)
    return [
        (f.value, f.unit, f"{f.period.start}..{f.period.end}" if f.period else None)
        for f in doc._.statistics
    ]


OPENING_ROWS = [
    ("Of last year's call-outs, 211 were to walkers.", "call-outs"),
    ("Of this month's arrests, 12 were for theft.", "arrests"),
    ("Of 2025's referrals, 40 came from schools.", "referrals"),
    ("Of the past year's searches, 58 were on the coast.", "searches"),
    ("Of the break-ins, 31 were at night.", "break-ins"),
    # near misses: no partitive "of", a period with no total after it, "Of course"
    ("Last year's call-outs, 211 in all, were a record.", None),
    ("Of last year, 40 days were wet.", None),
    ("Of course, 40 people came.", None),
]


@pytest.mark.parametrize(("text", "noun"), OPENING_ROWS)
def test_partitive_opening_names_the_total(text: str, noun: str | None) -> None:
    found = partitive_opening(text)
    assert (partitive_noun(found) if found else None) == noun


FIGURE_ROWS = [
    pytest.param(
        "Lowland rescue teams in Lincolnshire were called out 380 times in 2025. Of last "
        "year's call-outs, 96 were to people with dementia.",
        (96, "call-outs", "2025-01-01..2025-12-31"),
        id="last-years-call-outs",
    ),
    pytest.param(
        "Officers made 64 arrests in Hull in February. Of last month's arrests, 22 were for "
        "shoplifting.",
        (22, "arrests", "2026-02-01..2026-02-28"),
        id="last-months-arrests",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_ROWS)
def test_a_period_owned_total_gives_its_counts_noun_and_period(
    nlp: Language, text: str, expected: tuple[float, str, str]
) -> None:
    assert expected in figures(nlp, text)
