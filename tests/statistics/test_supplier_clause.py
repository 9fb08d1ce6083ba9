"""A relative clause closing a sentence that says who gave, donated or paid for the things
counted before it ("…, which were given to it by Devon and Cornwall Police last summer")
tells the giving: its period is an event no figure takes and its giver is no place of
the figures (rule ``supplier-clause``: ``period_asides.SUPPLIED_CLAUSE``,
``supplied_clause_events`` and the place role of ``place_role_leads.SUPPLIER_BEFORE``).
Before, the counted things took the giving's season and the giver's area. Every sentence
is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 2, 10)
Y2025 = ("2025-01-01", "2025-12-31")
_LEAD = "Volunteers in Swindon helped 900 people on nights out in 2025.\n\n"


@pytest.mark.parametrize(
    ("text", "expected_periods", "expected_areas"),
    [
        (
            _LEAD + "They also handed out 600 bottles of water and 80 foil blankets, which were"
            " donated by Wiltshire Police last winter.",
            {900: Y2025, 600: Y2025, 80: Y2025},
            [(900, "Swindon"), (600, "Swindon"), (80, "Swindon")],
        ),
        (
            _LEAD + "The team also gave out 300 phone chargers, which had been paid for by Dorset"
            " Council in March.",
            {900: Y2025, 300: Y2025},
            [(900, "Swindon"), (300, "Swindon")],
        ),
        # near misses: a clause of where and when the things were found; a supplier with
        # no relative pronoun; a giving with the figure after it
        (
            _LEAD + "Officers seized 40 phones, which were found in a cell in Bristol last summer.",
            {900: Y2025, 40: ("2025-06-01", "2025-08-31")},
            [(900, "Swindon"), (40, "Bristol")],
        ),
        (
            _LEAD + "Wiltshire Police gave the team 80 foil blankets last winter.",
            {900: Y2025, 80: ("2024-12-01", "2025-02-28")},
            [(900, "Swindon"), (80, "Wiltshire")],
        ),
    ],
)
def test_supplier_clause(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected_periods: dict[float, object],
    expected_areas: list[tuple[float, str]],
) -> None:
    assert periods_of(nlp, text, P) == expected_periods
    doc = nlp.make_doc(text)
    doc._.published = P
    assert [(f.value, f.area) for f in nlp(doc)._.statistics] == expected_areas
