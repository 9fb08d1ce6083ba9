"""A start said again without its date ("Since the scheme began, …") takes the dated
"since" before it that names the same thing (``since_start_again`` in ``since_days``).
Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pressfacts.statistics.periods import UNRESOLVED, find_period_phrases

P = dt.date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a start said again without its date: the dated "since" before naming it
        ("Gwent Police has made 2,100 disclosures since the scheme began in 2015. Since the "
         "scheme began, 40 officers have been trained.",
         [("2015-01-01", "2025-11-20"), ("2015-01-01", "2025-11-20")]),
        ("Since its helpline opened in May 2019 it has taken 9,000 calls. Since the "
         "helpline opened, demand has doubled.",
         [("2019-05-01", "2025-11-20"), ("2019-05-01", "2025-11-20")]),
        # a start named by its noun after a dated verb of it (``since_start_noun``)
        ("The unit was relaunched in October 2023 with 12 staff. It has made 300 arrests "
         "since the relaunch.",
         [("2023-10-01", "2023-10-31"), ("2023-10-01", "2025-11-20")]),
        ("The app, which launched in June 2024, has had 5,000 downloads since its launch.",
         [("2024-06-01", "2024-06-30"), ("2024-06-01", "2025-11-20")]),
        # near misses: no verb of that start before the date, or a start dated in place
        ("Thefts fell in June 2024. The app has had 5,000 downloads since its launch.",
         [("2024-06-01", "2024-06-30"), None]),
        # near miss: another thing's start, or nothing dated before: undated
        ("Since the scheme began in 2015 it has grown. Since the hub opened, 40 have "
         "been trained.", [("2015-01-01", "2025-11-20"), None]),
    ],
)  # fmt: skip
def test_a_start_said_again(text: str, expected: object) -> None:
    assert [
        None if p.kind == UNRESOLVED else (p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, P)
    ] == expected
