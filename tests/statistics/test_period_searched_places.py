"""The places of raids or warrants named again with "the" ("at the addresses") take the
span of the latest sentence before that dates the raids (rule ``searched_places_again``
of ``period_searched_places``); sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Cleveland Police executed 22 warrants in Middlesbrough between 3 and 7 November."
            "\n\nIn Hartlepool, officers have closed 41 drug lines since April.\n\n"
            "Detectives found four teenagers at the addresses.",
            {4: ("2025-11-03", "2025-11-07"), 41: ("2025-04-01", "2025-11-12")},
            id="past-a-figure-of-another-span",
        ),
        pytest.param(
            "Raids took place across Swansea during October.\n\n"
            '"We will not stop," said Insp Ann Rees.\n\nIn Neath, 60 grows were found in 2024.'
            "\n\nThree men were arrested inside the raided properties.",
            {3: ("2025-10-01", "2025-10-31")},
            id="raided-properties-past-a-quote",
        ),
        pytest.param(
            "Officers searched homes in Luton in September. In Bedford, 15 reports were made "
            "in 2024. Cannabis worth £20,000 was seized from the premises.",
            {20000: ("2025-09-01", "2025-09-30")},
            id="searched-premises",
        ),
        # near misses: no raid dated before, one address (no plural), a span in its own sentence
        pytest.param(
            "A week of action ran in Leeds in October. In Bradford, 54 grows were found in "
            "2024.\n\nOfficers found five men at the addresses.",
            {5: None},
            id="no-raid-before",
        ),
        pytest.param(
            "A week of action ran in Leeds in October. In Bradford, 54 grows were found in "
            "2024.\n\nOfficers found five men at the address.",
            {5: None},
            id="one-address-not-the-places",
        ),
        pytest.param(
            "Officers executed warrants in Hull in October. In Goole, 12 grows were found in "
            "2024.\n\nOfficers found five men at the addresses during September.",
            {5: ("2025-09-01", "2025-09-30")},
            id="dated-in-its-own-sentence",
        ),
    ],
)
def test_searched_places_again(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value, "missing") for value in expected} == expected
