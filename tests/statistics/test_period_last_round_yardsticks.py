"""A yardstick count told at the last (previous) round of the same event, then that round's
period ("compared with 96 during the last surrender in November 2024", "up by a fifth on
the 6,150 weapons handed in during the last national surrender in November 2024"): rule
``count_at_last_round`` (:data:`pressfacts.statistics.period_links.LAST_ROUND_BEFORE`: the
earlier half of a comparison, so the figures after it keep the span stated before) and rule
part ``change_on_count_event`` of ``event_lead_in_not_yardstick``
(:mod:`pressfacts.statistics.period_lead_ins`: that earlier round leads in no paragraph).
Sentences invented for the test; near misses keep the round's date as the figures' own."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_links import comparator_before
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 14)
FORTNIGHT = ("2025-09-15", "2025-09-28")
MARCH_2024 = ("2024-03-01", "2024-03-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The amnesty ran from 15 to 28 September, and 840 knives were handed in across"
            " Kent.\n\nIn Maidstone, 212 knives were handed in, compared with 150 during the"
            " last amnesty in March 2024. A further 61 were handed in at Dover.",
            {840: FORTNIGHT, 212: FORTNIGHT, 150: MARCH_2024, 61: FORTNIGHT},
        ),
        (
            "Officers collected 3,100 knives across Lancashire between 15 and 28 September."
            " That is up by about 15% on the 2,700 blades collected during the previous knife"
            " amnesty in March 2024.\n\nIn Preston, 640 were handed in.",
            {3100: FORTNIGHT, 15: ("2024-03-01", "2025-09-28"), 2700: MARCH_2024,
             640: FORTNIGHT},
        ),
        # near miss: a count of its own at an event, no comparison: the event's date
        (
            "Officers collected 3,100 knives across Lancashire between 15 and 28 September."
            " Wardens seized 96 knives during the last patrol in March 2024.",
            {3100: FORTNIGHT, 96: MARCH_2024},
        ),
    ],
)  # fmt: skip
def test_a_last_round_yardstick_dates_no_later_figure(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("412 knives, compared with 96 during the last surrender in March 2024", True),
        ("412 knives, up from 300 at the previous amnesty in March 2024", True),
        ("up by 12% on the 6,150 weapons handed in during the most recent amnesty in May", True),
        # near misses: no comparison, or no earlier round named
        ("officers seized 96 during the last surrender in March 2024", False),
        ("412 knives, compared with 96 during the last surrender; in March 2024", False),
        ("acting on the 12 tips received during the last campaign in March 2024", False),
    ],
)
def test_count_at_last_round(text: str, expected: bool) -> None:
    start = text.rindex("in ")
    assert comparator_before(text, start, len(text)) is expected
