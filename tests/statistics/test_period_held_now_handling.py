"""A level right after "now" and a verb of handling in the present ("now processes about
180 applications a month", "now handles", "now deals with", "now receives", "now answers")
keeps no span carried from the sentences before, as one after a verb of holding does (rule
``held-now-carried`` of ``period_now``): it tells how things stand at the release. Near
misses: the past ("processed"), a perfect ("has now received": a tally), and no "now" keep
the carried span. Sentences invented; P is 12 June 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 12)
FY = ("2024-04-01", "2025-03-31")
Y2023 = ("2023-01-01", "2023-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2024/25, Gwent Police checked 2,900 recruits. Its vetting team now processes "
            "about 240 applications a month, up from 150 a month in 2023.",
            {2900: FY, 240: None, 150: Y2023},
        ),
        (
            "The control room took 61,000 calls in 2024/25. It now handles more than 200 "
            "emails a day, compared with 90 a day in 2023.",
            {61000: FY, 200: None, 90: Y2023},
        ),
        (
            "Between April 2024 and March 2025 the office reviewed 310 complaints. It now "
            "deals with around 35 complaints a month, against 20 a month in 2023.",
            {310: FY, 35: None, 20: Y2023},
        ),
        # near misses: the past, a perfect with "now" (a tally), and no "now"
        (
            "In 2024/25, Gwent Police checked 2,900 recruits. Its vetting team processed 240 "
            "applications a month, up from 150 a month in 2023.",
            {2900: FY, 240: FY, 150: Y2023},
        ),
        (
            "In 2024/25, the line took 800 calls. It has now received 410 emails, compared "
            "with 200 in 2023.",
            {800: FY, 410: FY, 200: Y2023},
        ),
        (
            "In 2024/25, the line took 800 calls. It receives 410 emails, compared with 200 "
            "in 2023.",
            {800: FY, 410: FY, 200: Y2023},
        ),
    ],
)
def test_period_held_now_handling(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
