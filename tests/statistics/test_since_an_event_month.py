""" "since a trial session in March": an event introduced by "a"/"an" and dated by a month
alone starts a span that runs to the publication date (period rule
``since_an_event_month``). Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import dated_phrases

P = dt.date(2025, 9, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eight families have asked for help since a drop-in event in June.",
            [("since a drop-in event in June", "2025-06-01", "2025-09-15")],
        ),
        (
            "Volunteers have logged 140 calls since an awareness week in February.",
            [("since an awareness week in February", "2025-02-01", "2025-09-15")],
        ),
        (
            "Officers have seized 31 e-bikes since a crackdown in Rotherham in November.",
            [("since a crackdown in Rotherham in November", "2024-11-01", "2025-09-15")],
        ),
        # near misses: no "since" (the month alone); no month; "May" as a name, not after "in"
        (
            "Eight families asked for help at a drop-in event in June.",
            [("in June", "2025-06-01", "2025-06-30")],
        ),
        ("Eight families have asked for help since a drop-in event.", []),
        ("Calls have risen since a visit by Theresa May.", []),
    ],
)
def test_since_an_event_in_a_month(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dated_phrases(text, P) == expected
