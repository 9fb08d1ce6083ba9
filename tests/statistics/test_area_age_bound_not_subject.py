"""The word closing an age group after "aged 16 and" ("over", "older", "under") is no
subject of a clause placed on its own (``clause_breaks.AGE_BOUND_WORDS``, rule
``age_bound_not_subject``): the place after it is the figure's. Every sentence is invented
for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.clause_breaks import sentence_breaks
from tests.statistics.conftest import AreasOf

LEAD = "The charity has 40 staff. "

ROWS = [
    pytest.param(
        LEAD + "About 610,000 people aged 18 and over in Scotland were victims of fraud.",
        [(40.0, None), (610000.0, "Scotland")],
        id="and-over-in",
    ),
    pytest.param(
        LEAD + "Some 9,200 adults aged 65 and older across Wales reported a scam call.",
        [(40.0, None), (9200.0, "Wales")],
        id="and-older-across",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_an_age_bound_is_no_clause_subject(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected


BREAKS = [
    ("About 610,000 people aged 18 and over in Scotland were victims of fraud.", False),
    ("Some 9,200 adults aged 65 and older across Wales reported a scam call.", False),
    # near misses: a subject placed by its own place still opens a clause
    ("Burglaries fell by 12% since 2021 and crime in Hull has fallen by 8%.", True),
    ("Officers made 310 arrests in 2024 and teams in Wakefield have made 42.", True),
]


@pytest.mark.parametrize(("sentence", "breaks"), BREAKS)
def test_an_age_bound_opens_no_clause(sentence: str, breaks: bool) -> None:
    assert bool(sentence_breaks(sentence)[0]) is breaks
