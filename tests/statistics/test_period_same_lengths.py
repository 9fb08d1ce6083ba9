""" "The same three months last year" points back to the latest span of that length, and
"a year earlier" right after it in the same sentence restates it; sentences invented for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.statistics.conftest import phrase_spans

P = dt.date(2025, 10, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stated length: the latest span that long, past a longer one stated since
        ("Burglaries fell in the three months to the end of September. The council has "
         "spent £2m this financial year. Compared with the same three months last year, "
         "thefts fell by 9% in Hull.",
         [("2025-07-01", "2025-09-30"), ("2025-04-01", "2026-03-31"),
          ("2024-07-01", "2024-09-30")]),
        ("Between 1 and 14 June, 40 bikes were seized. Over the last 12 months 300 were "
         "stolen, up on the same fortnight a year earlier.",
         [("2025-06-01", "2025-06-14"), ("2024-10-01", "2025-09-30"),
          ("2024-06-01", "2024-06-14")]),
        # no length stated: the span just before, as ever
        ("Over the last 12 months 300 bikes were stolen, up on the same period last year.",
         [("2024-10-01", "2025-09-30"), ("2023-10-01", "2024-09-30")]),
        # a length with no span that long before: the span just before
        ("In 2024/25 thefts rose, up on the same six months last year.",
         [("2024-04-01", "2025-03-31"), ("2023-04-01", "2024-03-31")]),
    ],
)  # fmt: skip
def test_the_same_stated_length_last_year(text: str, expected: object) -> None:
    assert phrase_spans(text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a year earlier" after a yardstick of its sentence restates the yardstick
        ("Between July and September, 220 thefts were logged. The force spent £1m this "
         "financial year. Compared with the same three months last year, Hull saw 61 "
         "thefts, 12 fewer than a year earlier.",
         [("2025-07-01", "2025-09-30"), ("2025-04-01", "2026-03-31"),
          ("2024-07-01", "2024-09-30"), ("2024-07-01", "2024-09-30")]),
        # near miss: in the next sentence it counts back from the span just before
        ("In 2024/25, 220 thefts were logged, up on the same period last year. Bike "
         "thefts were 40, against 52 a year earlier.",
         [("2024-04-01", "2025-03-31"), ("2023-04-01", "2024-03-31"),
          ("2023-04-01", "2024-03-31")]),
        ("Thefts fell to 80 in 2024, from 95 the year before.",
         [("2024-01-01", "2024-12-31"), ("2023-01-01", "2023-12-31")]),
        # "the previous reporting year" is the year before the one stated
        ("Durham upheld 56 appeals in 2023/24, compared with 48 in the previous reporting "
         "year.",
         [("2023-04-01", "2024-03-31"), ("2022-04-01", "2023-03-31")]),
        # near miss: a reporting year named by itself is no yardstick
        ("Durham upheld 56 appeals in the 2023/24 reporting year.",
         [("2023-04-01", "2024-03-31")]),
    ],
)  # fmt: skip
def test_a_year_earlier_restates_its_sentences_yardstick(text: str, expected: object) -> None:
    assert phrase_spans(text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the year before" after a span of years to P counts back from the year stated
        ("In 2024/25, 900 thefts were logged. Since the scheme began in 2021, 4,000 people "
         "have joined. In Hull, thefts rose to 310, compared with 280 the year before.",
         [("2024-04-01", "2025-03-31"), ("2021-01-01", "2025-10-15"),
          ("2023-04-01", "2024-03-31")]),
        # near misses: no year-long span before it (the since-span shifted, as ever), and
        # a year-long span just before
        ("Since 2021, 4,000 people have joined, against 3,000 the year before.",
         [("2021-01-01", "2025-10-15"), ("2020-01-01", "2024-10-15")]),
        ("In 2024, 900 thefts were logged, against 850 the year before.",
         [("2024-01-01", "2024-12-31"), ("2023-01-01", "2023-12-31")]),
    ],
)  # fmt: skip
def test_the_year_before_a_span_of_years(text: str, expected: object) -> None:
    assert phrase_spans(text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the year before" after a sentence whose span dates only a yardstick counts back
        # from the year the release speaks of
        ("Norfolk Police logged 1,500 thefts in 2024/25. Burglaries fell to 300 from 340 in "
         "2023/24. Robberies numbered 75, up from 52 the year before.",
         [("2024-04-01", "2025-03-31"), ("2023-04-01", "2024-03-31"),
          ("2023-04-01", "2024-03-31")]),
        ("In 2024, Dorset recorded 410 assaults. Arson was down to 30, against 44 in 2023. "
         "Vandalism reached 220, compared with 190 a year earlier.",
         [("2024-01-01", "2024-12-31"), ("2023-01-01", "2023-12-31"),
          ("2023-01-01", "2023-12-31")]),
        # near miss: after a span that is no yardstick
        ("Norfolk logged 1,500 thefts in 2024/25. Burglaries numbered 300 in 2023/24. "
         "Robberies numbered 75, up from 52 the year before.",
         [("2024-04-01", "2025-03-31"), ("2023-04-01", "2024-03-31"),
          ("2022-04-01", "2023-03-31")]),
    ],
)  # fmt: skip
def test_the_year_before_past_a_yardstick(text: str, expected: object) -> None:
    assert phrase_spans(text, P) == expected
