"""A partitive lead-in's participle ("Of those arrested") points back to the count whose
sentence holds it, else the count whose sentence holds its noun's stem ("made 63 arrests":
rule ``done_noun_stem``, ``partitives.done_forms``), not to the last count before it.
Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.partitives import done_forms
from tests.statistics.conftest import UnitPeriodsOf

P = dt.date(2025, 10, 20)


@pytest.mark.parametrize(
    ("done", "expected"),
    [
        ("arrested", ("arrested", "arrest")),
        ("stopped", ("stopped", "stop")),
        ("referred", ("referred", "refer")),
        ("seized", ("seized", "seiz")),
        ("held", ("held",)),  # near miss: no "-ed" to strip
        ("", ()),
    ],
)
def test_done_forms(done: str, expected: tuple[str, ...]) -> None:
    assert done_forms(done) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers in Hull made 63 arrests. They had received 412 reports. Of those arrested, "
            "21 were wanted on warrant.",
            ["arrests", "reports", "arrests"],
            id="the-noun-of-the-participle",
        ),
        # near miss: the participle itself, in an earlier sentence, comes first
        pytest.param(
            "Police in Hull arrested 40 people. A further 12 arrests followed. Of those "
            "arrested, five were women.",
            ["people", "arrests", "people"],
            id="near-miss-the-participle-first",
        ),
    ],
)
def test_a_partitive_points_back_by_its_noun(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[str]
) -> None:
    assert [unit for _, unit, _ in unit_periods_of(nlp, text, P)] == expected
