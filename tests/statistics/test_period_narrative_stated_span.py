"""A count told in the past tense right after a sentence stating a span with both ends
("between 5 January and 13 March") takes that span, though it is not the release's lead
period (rule ``narrative_after_stated_span``, :data:`~pressfacts.statistics.
period_narrative.ADJACENT_SPAN_KINDS`); a survey's sample counted right after the lead's
period takes it (rule ``narrative_survey_sample``).

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 4, 14)
SPAN = ("2026-02-02", "2026-03-27")

ROWS: list[tuple[str, float, tuple[str, str] | None]] = [
    (
        "Cheshire Police has used knife arches at 22 schools since January. Officers ran 35 "
        "checks between 2 February and 27 March, in Crewe and Warrington. Nine weapons were "
        "found and three boys were arrested.",
        9,
        SPAN,
    ),
    (
        "Cheshire Police has used knife arches at 22 schools since January. Officers ran 35 "
        "checks between 2 February and 27 March, in Crewe and Warrington. Nine weapons were "
        "found and three boys were arrested.",
        3,
        SPAN,
    ),
    (
        "Gwent Police visited 40 schools this year. Officers swept school grounds between 2 "
        "February and 27 March.\n\nSeven knives were recovered from hedges, police said.",
        7,
        SPAN,
    ),
    (
        "Nearly one in five schools in Kent searched a pupil between September 2025 and March "
        "2026, according to figures from the Medway Youth Safety Partnership.\n\nThe "
        "partnership surveyed 140 schools across the region. Of the 28 schools that searched, "
        "nine were in Gillingham.",
        140,
        ("2025-09-01", "2026-03-31"),
    ),
    # near misses: a span two sentences back (not the lead's), a span relative to P, the
    # present tense, a survey in the present
    (
        "Cheshire Police has used knife arches at 22 schools since January. Officers ran 35 "
        "checks between 2 February and 27 March. The arches were bought by the council. Nine "
        "weapons were found.",
        9,
        None,
    ),
    (
        "Cheshire Police has used knife arches at 22 schools since January. Officers ran 35 "
        "checks last year. Nine weapons were found.",
        9,
        None,
    ),
    (
        "Cheshire Police has used knife arches at 22 schools since January. Officers ran 35 "
        "checks between 2 February and 27 March. Nine weapons are found in a typical term.",
        9,
        None,
    ),
    (
        "Nearly one in five schools in Kent searched a pupil between September 2025 and March "
        "2026, according to figures from the Medway Youth Safety Partnership.\n\nThe "
        "partnership surveys 140 schools across the region each year.",
        140,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "value", "period"), ROWS, ids=[f"{i}-{r[1]}" for i, r in enumerate(ROWS)]
)
def test_narrative_after_stated_span(
    nlp: Language, periods_of: PeriodsOf, text: str, value: float, period: tuple[str, str] | None
) -> None:
    assert periods_of(nlp, text, P)[value] == period
