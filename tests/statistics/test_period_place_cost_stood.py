"""A sentence opening on a place and going on "the cost was" or "the bill was" tells the
sum of the sentence before for that place, over the same span (back-reference
``place_figure_stood`` of ``period_back_references``, which had read only "the figure",
"number", "total" or "count"). A sentence without a place opening it takes no span from
the sentence before. Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 17)
_LAST_YEAR = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An insurer estimates dog attacks on livestock cost Devon farmers £214,000 last "
         "year. Across the UK, the cost was £2.1m.", {214000: _LAST_YEAR, 2100000: _LAST_YEAR}),
        ("Dog attacks on sheep cost Powys farmers £96,000 last year. In Ceredigion the bill "
         "was £41,000.", {96000: _LAST_YEAR, 41000: _LAST_YEAR}),
        # near miss: no place opens the sentence
        ("Dog attacks on sheep cost Powys farmers £96,000 last year. The cost was £41,000 "
         "for a new fence.", {96000: _LAST_YEAR, 41000: None}),
    ],
)  # fmt: skip
def test_place_cost_stood(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected
