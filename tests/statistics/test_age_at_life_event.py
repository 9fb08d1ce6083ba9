"""An age after a word of a young person's life and "at", closing its clause, is no count
(rule ``age-at-life-event``, ``age_phrases.AGE_AT_LIFE_EVENT``), even where the sentence
points back to figures stated before ("these figures") whose noun a bare number would
take. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitsOf

P = dt.date(2025, 6, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The service dealt with 318 referrals. Behind these figures is a boy who had a "
            "criminal record at 12 or 13, and a family who did not know.",
            [(318, "referrals")],
        ),
        (
            "Norfolk recorded 95 first-time entrants. These numbers include a girl first "
            "arrested at 11 and excluded from school at 14.",
            [(95, "entrants")],
        ),
        (
            "The team supported 62 care leavers. The figures show most left care at 16 when "
            "their placements ended.",
            [(62, "leavers")],
        ),
        # near misses: a noun counted after the number, a level with no word of a life
        (
            "The 240 arrests made in Swindon. These figures show officers arrested at 14 "
            "addresses.",
            [(240, "arrests"), (14, "addresses")],
        ),
        (
            "There were 52 exclusions in Barrow. The total for the county stood at 310.",
            [(52, "exclusions"), (310, "exclusions")],
        ),
    ],
)
def test_age_at_life_event(
    nlp: Language, units_of: UnitsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(float(v), u) for v, u in units_of(nlp, text, P)] == expected
