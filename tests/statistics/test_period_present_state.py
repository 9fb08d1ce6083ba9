"""A level in a sentence that states no period and holds a verb of holding in the present
simple ("3,870 people hold a certificate", "Plymouth has 1,240") says how things stand at
the release: it keeps no span carried from the sentences before that closed before P (rule
``held-present-state`` of :mod:`pressfacts.statistics.period_now`). Every sentence is
invented; near misses keep the carried span."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 10, 8)
APR_SEP = ("2025-04-01", "2025-09-30")
LEAD = "Between April and September, officers revoked 63 certificates. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "In Cornwall alone, 3,870 people hold a shotgun certificate, while Plymouth "
         "has 1,240 and Torbay 655.", {63: APR_SEP, 3870: None, 1240: None, 655: None}),
        (LEAD + "Around 2,100 farmers in the county hold a firearm certificate.",
         {63: APR_SEP, 2100: None}),
        (LEAD + "Each firearms enquiry officer holds about 410 cases.", {63: APR_SEP, 410: None}),
        (LEAD + "The unit has 46 staff.", {63: APR_SEP, 46: None}),
        (LEAD + "The licensing areas, which are set by the council, cover more than 5,200 "
         "farms.", {63: APR_SEP, 5200: None}),
        (LEAD + "Each patrol route covers 38 villages.", {63: APR_SEP, 38: None}),
        # near misses: a perfect, the past, "on hold", a period of its own
        (LEAD + "The force has seized 212 guns.", {63: APR_SEP, 212: APR_SEP}),
        (LEAD + "A further 40 people held a permit.", {63: APR_SEP, 40: APR_SEP}),
        (LEAD + "The patrols covered 38 villages.", {63: APR_SEP, 38: APR_SEP}),
        (LEAD + "A further 35 applications were put on hold.", {63: APR_SEP, 35: APR_SEP}),
        (LEAD + "In 2024, 3,500 people hold a certificate.",
         {63: APR_SEP, 3500: ("2024-01-01", "2024-12-31")}),
    ],
)  # fmt: skip
def test_present_state(nlp: Language, periods_of: PeriodsOf, text: str, expected: dict) -> None:
    assert periods_of(nlp, text, P) == expected
