"""Rule ``same_event_in_year_stated_later``: "up from 98 during the same operation in
2025", with the operation's own dates stated close after it ("The operation ran from 1 July
to 25 August"), is those dates in 2025, and a change between the two runs spans both. Near
miss: a stated year not before the run's keeps the house reading ("the same period in
2023" is read alike). Sentences invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

ROWS = [
    pytest.param(
        "Gwent Police arrested 212 drivers during its summer operation, more than double the"
        " 98 arrested during the same operation in 2025. The operation ran from 1 July to 25"
        " August.",
        dt.date(2026, 9, 3),
        {
            212: ("2026-07-01", "2026-08-25"),
            2: ("2025-07-01", "2026-08-25"),
            98: ("2025-07-01", "2025-08-25"),
        },
        id="operation-dated-next-sentence",
    ),
    pytest.param(
        "Officers seized 61 mopeds, compared with 40 during the same crackdown in 2023.\n\nThe"
        " crackdown ran from 2 to 29 March across Leicester.",
        dt.date(2025, 4, 14),
        {61: ("2025-03-02", "2025-03-29"), 40: ("2023-03-02", "2023-03-29")},
        id="crackdown-two-years-back",
    ),
    pytest.param(
        "Officers seized 61 mopeds, compared with 40 in the same period in 2023.\n\nThe"
        " crackdown ran from 2 to 29 March across Leicester.",
        dt.date(2025, 4, 14),
        {61: ("2025-03-02", "2025-03-29"), 40: ("2023-03-02", "2023-03-29")},
        id="the-same-period",
    ),
    # near miss: a stated year as late as the run's (no earlier run)
    pytest.param(
        "Officers seized 61 mopeds, compared with 40 during the same crackdown in 2025.\n\n"
        "The crackdown ran from 2 to 29 March across Leicester.",
        dt.date(2025, 4, 14),
        {61: ("2025-03-02", "2025-03-29"), 40: ("2025-03-02", "2025-03-29")},
        id="near-miss-same-year",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROWS)
def test_same_event_in_year(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    published: dt.date,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, published) == expected
