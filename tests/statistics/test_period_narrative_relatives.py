"""A count told after the lead's span takes the lead's period when the only past perfect of
its sentence describes the things counted in a relative clause ("visits to homes that had
been burgled": rule ``relative_past_perfect``) or its only "from" + count names a source,
not a change's first level ("collected footage from 318 homes": rule
``source_count_not_change``), both of ``narrative_count``'s ``NOT_NARRATIVE``. Sentences
written for these tests; the near misses (the figure's own past perfect, a change from one
level to another) stay undated."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_narrative import NOT_NARRATIVE
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 9, 10)
AUGUST = ("2025-08-01", "2025-08-31")
LEAD = "Officers made 48 arrests across Bristol in August. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "They made 620 visits to homes that had been burgled.", {48: AUGUST, 620: AUGUST}),
        (LEAD + "They made 75 visits to shops which had been raided.", {48: AUGUST, 75: AUGUST}),
        (LEAD + "Officers made 90 visits and took footage from 212 homes.",
         {48: AUGUST, 90: AUGUST, 212: AUGUST}),
        # near misses: the figure's own past perfect; a change's first level
        (LEAD + "Officers had made 620 visits to homes.", {48: AUGUST, 620: None}),
        (LEAD + "Patrols went from 12 patrols to 20.", {48: AUGUST, 12: None, 20: None}),
    ],
)  # fmt: skip
def test_period_narrative_relatives(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected


@pytest.mark.parametrize(
    ("sentence", "out"),
    [
        ("visits to homes that had been burgled", False),
        ("collected footage from 318 homes", False),
        ("three people had been arrested", True),
        ("one lender who had 23 customers", True),  # a holding, not a past perfect
        ("went from 21 offences to 12", True),
        ("from 21 to 12", True),
        ("cases increased from 21 reports", True),  # after a verb in "-ed"
    ],
)
def test_not_narrative_words(sentence: str, out: bool) -> None:
    assert bool(NOT_NARRATIVE.search(sentence)) is out
