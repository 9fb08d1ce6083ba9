"""A sum written to the pound and not round to the hundred, stated again in another
sentence with no referring word, is the same sum: one statistic with two mentions, with
the first statement's fields (``referred_figures.particular_sum``); round sums two things
may share stay apart. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from pressfacts import extract_texts
from pressfacts.models.records import StatisticRecord

HEADER = "---\npublished: 2025-05-14\n---\n"


def _records(text: str, value: float) -> list[StatisticRecord]:
    return [
        r
        for r in extract_texts([HEADER + text])
        if isinstance(r, StatisticRecord) and float(r.value) == value
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A drug dealer from Preston has been ordered to pay back £23,604 he made from crime "
         "or serve a further two years in prison.\n\nLancashire Constabulary said only "
         "£23,604 in assets could be found, including a car.",
         23604),
        ("A fraudster from Bury has been ordered to repay £96,318 he made from crime.\n\n"
         "Greater Manchester Police said £96,318 was all that could be found.",
         96318),
    ],
)  # fmt: skip
def test_a_particular_sum_said_again_is_one_statistic(text: str, value: float) -> None:
    records = _records(text, value)
    assert len(records) == 1 and len(records[0].mentions) == 2


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # near misses: a sum round to the hundred is not told apart by its digits
        ("A fraudster from Bury has been ordered to repay £96,300 he made from crime.\n\n"
         "Greater Manchester Police said £96,300 was all that could be found.",
         96300),
    ],
)  # fmt: skip
def test_a_round_sum_said_again_stays_apart(text: str, value: float) -> None:
    assert len(_records(text, value)) == 2
