"""Raids told in the plural with their place ("in raids across Knowsley on 14 April") and
warrants "carried out" or "served" on a day make that day the span of what was found, as
a raid in the singular does (rule parts ``raids_at_place`` of ``_RAID_NOUN`` and
``warrant_carried_out`` of ``_RAID_VERB`` in ``period_figure_days``, rules
``raid_noun_day`` and ``raid_day``; the paragraph after by ``raid_day_lead_in``). Raids in
general ("a rise in raids across …") or raids with no place stay an event's date.
Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_figure_days import counted_day
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 20)
DAY = ("2025-10-14", "2025-10-14")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers seized 38 knives and £6,000 in raids across Salford on 14 October.",
         {38: DAY, 6000: DAY}),
        ("Detectives found 12 phones during coordinated raids at three addresses in Hull on "
         "14 October.", {12: DAY, 3: DAY}),
        ("Detectives carried out warrants at five addresses on 14 October. In the raids, "
         "officers seized 14 phones.", {5: DAY, 14: DAY}),
        ("Officers served a warrant at a flat in Crewe on 14 October and found 9 knives.",
         {9: DAY}),
        # rule part warrants_were_carried_out: the passive, and the finds told after it
        ("Warrants were carried out at six addresses in Rhyl on 14 October. Heroin worth "
         "£8,000 was seized along with £2,300 in cash.", {6: DAY, 8000: DAY, 2300: DAY}),
        ("A warrant was executed at a house in Crewe on 14 October, where 9 knives were "
         "found.", {9: DAY}),
        # near misses: raids in general, raids with no place, no raid
        ("There was a rise in raids across Leeds on 14 October, with 12 homes hit.",
         {12: None}),
        ("Officers seized 12 phones in raids on 14 October.", {12: None}),
        ("Officers found 12 phones in a car in Luton on 14 October.", {12: None}),
    ],
)  # fmt: skip
def test_raids_at_a_place_date_their_finds(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("seized 14 knives in raids across Salford on 2 March", "raid_noun_day"),
        ("carried out warrants at four addresses on 2 March", "raid_day"),
        ("a rise in raids across Salford on 2 March", None),
        ("warrants were served at four addresses on 2 March", "raid_day"),
        ("warrants were issued for four men on 2 March", None),
        ("carried out checks at four shops on 2 March", None),
    ],
)
def test_counted_day_names_the_plural_raids(text: str, name: str | None) -> None:
    start = text.index("2 March")
    assert counted_day(text, start, start + len("2 March")) == name
