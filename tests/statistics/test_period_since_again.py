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
        # a named start glossed between commas (``since_named_start``)
        ("Nine people have been charged since Operation Kestrel, the force's drive against "
         "county lines in Hull, began in May 2023.",
         [("2023-05-01", "2025-11-20")]),
        ("since Project Harbour, a joint unit of three forces, was set up in 2022",
         [("2022-01-01", "2025-11-20")]),
        # a "since" span said again by its length (``since_span_again``)
        ("since Operation Kestrel began in May 2023. In the 18 months since, 40 guns were "
         "seized.",
         [("2023-05-01", "2025-11-20"), ("2023-05-01", "2025-11-20")]),
        ("since the hub was set up in March 2024. Over the two years since then, it has grown.",
         [("2024-03-01", "2025-11-20"), ("2024-03-01", "2025-11-20")]),
        # near misses: "since" with its own date after it, or nothing dated before
        ("In the two years since 2022, 40 guns were seized.", [("2022-01-01", "2025-11-20")]),
        ("In the two years since, 40 guns were seized.", [None]),
    ],
)  # fmt: skip
def test_a_glossed_start_and_a_span_said_again(text: str, expected: object) -> None:
    assert [
        None if p.kind == UNRESOLVED else (p.start.isoformat(), p.end.isoformat())
        for p in find_period_phrases(text, P)
    ] == expected


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
