""" ", and" + a plural subject of its own + "made up" (accounted for, represented) + a share of
a whole of its own is a clause of its own (rule ``subject_share_of_all`` of
``clause_breaks.CLAUSE_BREAK``): its place is the share's, not the figures' before it.
Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Gwent Police received 9,860 reports in 2024/25, and online reports made up one in "
        "six of all crimes recorded in Newport.",
        [(9860, "Gwent"), (16.7, "Newport")],
        id="made-up",
    ),
    pytest.param(
        "Dyfed-Powys Police recorded 2,400 thefts in 2024/25, and shoplifting offences "
        "accounted for a third of all crimes in Aberystwyth.",
        [(2400, "Dyfed-Powys"), (33.3, "Aberystwyth")],
        id="accounted-for",
    ),
    pytest.param(
        "Police Scotland answered 41,000 calls last year, and silent calls represented 8% of "
        "all the calls taken in Dundee.",
        [(41000, "Scotland"), (8, "Dundee")],
        id="represented",
    ),
    # near misses: the same subject (no subject of its own); a share with no "of all"
    pytest.param(
        "Dyfed-Powys Police recorded 2,400 thefts in 2024/25, and made up a third of all "
        "crimes in Aberystwyth.",
        [(2400, "Dyfed-Powys"), (33.3, "Aberystwyth")],
        id="same-subject",
    ),
    pytest.param(
        "Officers made 120 arrests in Newport, and most arrests made up part of the operation.",
        [(120, "Newport")],
        id="no-share",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_subject_share_of_all_is_a_clause_of_its_own(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
