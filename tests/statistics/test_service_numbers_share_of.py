"""The ``service-number-named`` exclusion, wording ``share-of-*``: a 101 or 111 after a
part's noun and "of" ("the share of 101 callers", "a third of 101 callers") names the
calls whose share is given and is no count; a bare "of 101 calls" may still be one.
Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

SHARE_ROWS = [
    pytest.param(
        "The share of 101 callers who gave up fell from 16% to 11%.",
        [16.0, 11.0],
        id="share-of",
    ),
    pytest.param(
        "In two forces more than a third of 101 callers hung up.",
        [2.0, 33.3],
        id="third-of",
    ),
    pytest.param(
        "The proportion of 111 calls answered within a minute rose to 82%.",
        [82.0],
        id="proportion-of",
    ),
    pytest.param(
        "Nearly a quarter of 101 calls to Gwent Police were abandoned last year.",
        [25.0],
        id="quarter-of",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARE_ROWS)
def test_a_service_number_after_a_share_of_is_no_count(
    nlp: Language, areas: AreasOf, text: str, expected: list[float]
) -> None:
    assert [value for value, _ in areas(nlp, text)] == expected


COUNT_ROWS = [
    pytest.param("Inspectors checked a sample of 101 calls from Powys.", [101.0], id="bare-of"),
    pytest.param("Half of the 101 calls logged were about noise.", [50.0, 101.0], id="half-the"),
    pytest.param("The review sampled a share of the 999 emails sent.", [999.0], id="emails"),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_ROWS)
def test_a_101_after_a_bare_of_is_still_read(
    nlp: Language, areas: AreasOf, text: str, expected: list[float]
) -> None:
    assert [value for value, _ in areas(nlp, text)] == expected
