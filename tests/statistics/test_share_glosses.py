"""A count glossing a share in brackets or between spaced dashes counts the share's noun,
and its dashes break no clause (``gloss_units.glossed_noun``, unit rule ``share-gloss``;
``clause_breaks.DASHED_GLOSS``; sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.gloss_units import glossed_noun
from tests.statistics.conftest import AreasOf, UnitPeriodsOf


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Almost two thirds of the reports - ", " - came from Hull.", "reports"),
        ("Half of the calls (", ") were made at night.", "calls"),
        ("Around 40% of those arrests – ", " – were in Derby.", "arrests"),
        ("One in five of the victims (", ") was a man.", "victims"),
        # near misses: no share before, or no closing mark after the count
        ("The force received ", " reports.", None),
        ("Half of the calls - ", " more than last year.", None),
        ("Officers made arrests - ", " - in Hull.", None),
    ],
)
def test_glossed_share_noun(before: str, after: str, expected: str | None) -> None:
    assert glossed_noun(before, after, "") == expected


def test_dashed_gloss_counts_and_places(
    nlp: Language, unit_periods_of: UnitPeriodsOf, areas: AreasOf
) -> None:
    text = (
        "Essex Police took 300 calls in 2023. More than half of the calls - 170 - came "
        "from Southend."
    )
    assert unit_periods_of(nlp, text, dt.date(2024, 3, 5)) == [
        (300, "calls", ("2023-01-01", "2023-12-31")),
        (50, "percent", ("2023-01-01", "2023-12-31")),
        (170, "calls", ("2023-01-01", "2023-12-31")),
    ]
    assert areas(nlp, text) == [(300, "Essex"), (50, "Southend"), (170, "Southend")]


def test_a_dash_before_a_clause_still_breaks(nlp: Language, areas: AreasOf) -> None:
    """A dash that sets off no count keeps its break: the place after it is not the
    figure's."""
    text = "Essex Police took 300 calls - most of them came from Southend."
    assert areas(nlp, text) == [(300, "Essex")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Merseyside Police recorded 2,040 thefts in 2024. More than half – 1,122 – were "
            "in Liverpool.",
            [(2040, "thefts"), (50, "percent"), (1122, "thefts")],
        ),
        (
            "Merseyside Police recorded 2,040 thefts in 2024. Nearly a third (640) were in Wirral.",
            [(2040, "thefts"), (33.3, "percent"), (640, "thefts")],
        ),
        # a gloss naming its own noun keeps it; no share before the bracket: no gloss
        (
            "Merseyside Police recorded 2,040 thefts in 2024. Around 40% (800 shops) were "
            "in Wirral.",
            [(2040, "thefts"), (40, "percent"), (800, "shops")],
        ),
        (
            "Merseyside Police recorded 2,040 thefts in 2024. The Wirral team (640) was busy.",
            [(2040, "thefts")],
        ),
    ],
)
def test_a_share_naming_no_whole_glossed_by_its_count(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    """A share with no "of …" glossed by a count counts the whole of the sentence before
    (``share_wholes.SHARE_GLOSSED_ALONE``, ``gloss_units.SHARE_ALONE_GLOSS_BEFORE``)."""
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 3, 5)
    assert [(f.value, f.unit) for f in nlp(doc)._.statistics] == expected
