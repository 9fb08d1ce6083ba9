""" "next spring", "the coming winter", "this coming summer": the first such season to
start after P, whole (rule ``next_season``, ``period_seasons.resolve_season``; sentences
invented for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf, dated_phrases


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Gwent Police will hold 18 road safety days next spring.", dt.date(2025, 11, 3),
         [("next spring", "2026-03-01", "2026-05-31")]),
        ("Next winter the force will put 25 more officers on night patrols.",
         dt.date(2025, 3, 27), [("Next winter", "2025-12-01", "2026-02-28")]),
        ("The £45,000 grant will pay for 9 outreach workers during the coming winter.",
         dt.date(2024, 10, 8), [("the coming winter", "2024-12-01", "2025-02-28")]),
        ("Wardens will staff 16 beach kiosks this coming summer.", dt.date(2026, 4, 22),
         [("this coming summer", "2026-06-01", "2026-08-31")]),
        ("The council will plant 300 trees over the forthcoming autumn.",
         dt.date(2025, 7, 1), [("the forthcoming autumn", "2025-09-01", "2025-11-30")]),
        # "next summer" in July: the summer running at P is not next
        ("Rangers will run 12 river patrols next summer.", dt.date(2025, 7, 14),
         [("next summer", "2026-06-01", "2026-08-31")]),
        # near misses: "last" and "this" keep their own readings
        ("Officers seized 14 quad bikes last winter.", dt.date(2025, 11, 3),
         [("last winter", "2024-12-01", "2025-02-28")]),
        ("Officers seized 40 off-road bikes this summer.", dt.date(2025, 9, 20),
         [("this summer", "2025-06-01", "2025-08-31")]),
    ],
)  # fmt: skip
def test_next_season(text: str, published: dt.date, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("North Wales Police will run 60 speed checks next spring.", dt.date(2025, 12, 2),
         {60: ("2026-03-01", "2026-05-31")}),
        # guard edge_of_next_season: "from next autumn" dates a start, no span
        ("The trust is training 30 new mentors so that it can visit colleges in Kent from "
         "next autumn.", dt.date(2025, 6, 3), {30: None}),
        ("The trust will train 30 new mentors next autumn.", dt.date(2025, 6, 3),
         {30: ("2025-09-01", "2025-11-30")}),
        # near miss: a count of the winter just over
        ("North Wales Police ran 60 speed checks last winter.", dt.date(2025, 12, 2),
         {60: ("2024-12-01", "2025-02-28")}),
    ],
)  # fmt: skip
def test_next_season_figure(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    published: dt.date,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, published) == expected
