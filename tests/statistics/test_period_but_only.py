"""A figure after ", but only/just/not" does not take a span that closes the clause before
it: "he made £900,000 between 2018 and 2021, but only £52,000 could be found" (what was
found is not of those years; ``period_clauses.contrasted_inside``); a span that opens the
sentence still holds for the whole of it. Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 3, 12)
YEARS = ("2018-01-01", "2021-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court heard he made £900,000 from fraud between 2018 and 2021, but only "
         "£52,000 could be recovered.",
         {900000: YEARS, 52000: None}),
        ("She laundered £310,000 in 2021, but just £12,500 was found in her accounts.",
         {310000: ("2021-01-01", "2021-12-31"), 12500: None}),
        # a share "of" the clause's own count is counted over its span
        # (``BUT_ONLY_SHARES``)
        ("Cleveland Police made 420 arrests between April and June 2024, but only 31% of "
         "the suspects were charged.",
         {420: ("2024-04-01", "2024-06-30"), 31: ("2024-04-01", "2024-06-30")}),
        ("The team offered 960 interviews in 2023, but just 44 per cent of young people "
         "accepted one.",
         {960: ("2023-01-01", "2023-12-31"), 44: ("2023-01-01", "2023-12-31")}),
        # a part of the people the clause counted, "of those/them/these", is counted over
        # its span too (``part_of_those_counted``)
        ("Merseyside Police stopped 300 drivers in 2023. The council inspected 84 taxis "
         "between January and March 2024, but just 12 of those passed.",
         {300: ("2023-01-01", "2023-12-31"), 12: ("2024-01-01", "2024-03-31")}),
        ("The charity polled 1,200 door staff in January. More than 30% had seen a drunk "
         "customer leave with a stranger in the past year, but only one in five of them had "
         "told anyone.",
         {1200: ("2025-01-01", "2025-01-31"), 20: ("2024-03-01", "2025-02-28")}),
        ("Kent Police ran 40 checks in 2022. Door staff reported 66 incidents in 2023, but "
         "only a third of these led to an arrest.",
         {40: ("2022-01-01", "2022-12-31"), 33.3: ("2023-01-01", "2023-12-31")}),
        # near misses: no share "of" after the figure; "of it" (a sum, not those counted)
        ("He stole £640,000 between 2017 and 2020, but only £35,000 of it was recovered.",
         {640000: ("2017-01-01", "2020-12-31"), 35000: None}),
        # near misses: a span opening the sentence holds for all of it; a plain ", and"
        ("In 2021, officers made 40 arrests, but only 12 were charged.",
         {40: ("2021-01-01", "2021-12-31"), 12: ("2021-01-01", "2021-12-31")}),
        ("Officers made 40 arrests in 2021, and 12 were charged.",
         {40: ("2021-01-01", "2021-12-31"), 12: ("2021-01-01", "2021-12-31")}),
    ],
)  # fmt: skip
def test_a_figure_after_but_only(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected
