"""Year-less dates of an event told in the present tense right before them, in a release of
the days just before it ("the week, which runs from 10 to 17 October", P 9 October), are the
coming dates, not last year's (rule ``present_runs_soon``, ``period_future.PRESENT_RUNS_SOON``);
a past tense or dates far off still place the range before P.

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
P = dt.date(2025, 6, 20)

ROWS = [
    pytest.param(
        "Pride Month events run until the end of June. The festival, which runs from 24 to "
        "29 June, has 40 stalls.",
        {40: ("2025-06-24", "2025-06-29")},
        id="which-runs-from",
    ),
    pytest.param(
        "The hate crime campaign takes place between 1 and 7 July, with 25 events across Cumbria.",
        {25: ("2025-07-01", "2025-07-07")},
        id="takes-place-between",
    ),
    # near misses: told in the past; a present tense but months away
    pytest.param(
        "The festival, which ran from 24 to 29 June, had 40 stalls.",
        {40: ("2024-06-24", "2024-06-29")},
        id="ran-from-past",
    ),
    pytest.param(
        "The campaign runs from 1 to 31 December, and officers made 120 arrests.",
        {120: ("2024-12-01", "2024-12-31")},
        id="runs-from-far-off",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_present_runs_soon(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
