"""A count opening a clause whose verb tells what the reports, calls or cases just counted
were about ("…, and 38 described a needle") counts the things of the count before it
(elided rule ``clause_content``). Every sentence is invented for the test; the near misses
keep a noun of their own or a verb of no content."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 3, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kent Police received 300 reports of spiking in 2024, and 38 described someone "
            "being injected with a needle.",
            [
                (300, "reports", ("2024-01-01", "2024-12-31")),
                (38, "reports", ("2024-01-01", "2024-12-31")),
            ],
            id="described",
        ),
        pytest.param(
            "Wardens in Epsom logged 120 calls about noise last year, and 45 involved parties "
            "in gardens.",
            [
                (120, "calls", ("2024-01-01", "2024-12-31")),
                (45, "calls", ("2024-01-01", "2024-12-31")),
            ],
            id="involved",
        ),
        pytest.param(
            "Lancashire Police received 90 complaints in 2024, but 22 related to door staff.",
            [
                (90, "complaints", ("2024-01-01", "2024-12-31")),
                (22, "complaints", ("2024-01-01", "2024-12-31")),
            ],
            id="related-to",
        ),
        pytest.param(
            "The helpline took 500 calls in 2024, but only 60 mentioned drink spiking.",
            [
                (500, "calls", ("2024-01-01", "2024-12-31")),
                (60, "calls", ("2024-01-01", "2024-12-31")),
            ],
            id="but-only-mentioned",
        ),
        # near misses: a noun of its own; a verb that tells of no content
        pytest.param(
            "Officers stopped 400 drivers in 2024, and 38 officers described the work.",
            [
                (400, "drivers", ("2024-01-01", "2024-12-31")),
                (38, "officers", ("2024-01-01", "2024-12-31")),
            ],
            id="noun-of-its-own",
        ),
        pytest.param(
            "The helpline took 500 calls in 2024, and 60 volunteers answered them.",
            [
                (500, "calls", ("2024-01-01", "2024-12-31")),
                (60, "volunteers", ("2024-01-01", "2024-12-31")),
            ],
            id="volunteers",
        ),
    ],
)
def test_elided_clause_content(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[object]
) -> None:
    assert unit_periods_of(nlp, text, P) == expected
