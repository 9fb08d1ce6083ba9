"""A count made free or open by a phrasal verb ("freeing up about 9,400 officer hours",
"opened up 40 places") is no change: its "up" is the verb's particle (rule
``freed-up-particle`` of ``PHRASAL_PARTICLES``); a plain "up" before a figure still is."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import ChangesOf

P = dt.date(2025, 11, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new triage model has freed up 380 officers in Gwent for other calls.",
            [(380, "officers", None)],
        ),
        (
            "The scheme is freeing up about 2,500 patrols a year across Cumbria.",
            [(2500, "patrols", None)],
        ),
        ("The trust opened up 40 crisis beds in Norfolk.", [(40, "beds", None)]),
        ("Moving the calls will free up 60 call handlers in Kent.", [(60, "handlers", None)]),
        # found-up-particle: what is found or run up is a count
        (
            "Searches of the lorry at Hull docks turned up 212 stolen phones.",
            [(212, "phones", None)],
        ),
        ("Cell searches are turning up 30 phones a month in Durham.", [(30, "phones", None)]),
        ("Officers dug up 14 cannabis plants in Keswick.", [(14, "plants", None)]),
        ("The driver had racked up 19 speeding offences in Fife.", [(19, "offences", None)]),
        # near misses: the particle alone, or after a verb that is not phrasal, is a change
        ("Detentions in Gwent were up 18% on last year.", [(18, "percent", "increase")]),
        ("Calls to the crisis line went up by 240 in Norfolk.", [(240, "calls", "increase")]),
        ("Finds turned out to be up 30% in Durham.", [(30, "percent", "increase")]),
    ],
)
def test_freed_up_is_no_change(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
