"""The ``service-number-named`` exclusion, wordings ``the-number-of`` and ``the-volume-of``:
a 101 or 111 after "the number of" or "the volume of" names the calls measured and is no
count; "a total of 101 calls" and "a number of 101 calls" may still be counts. Sentences
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

MEASURE_ROWS = [
    pytest.param(
        "The number of 101 calls abandoned in Gwent fell by 30% last year.",
        [30.0],
        id="number-of-abandoned",
    ),
    pytest.param(
        "Since March the number of 111 callers waiting over an hour has doubled.",
        [2.0],
        id="number-of-callers",
    ),
    pytest.param(
        "The volume of 101 calls to Cleveland Police rose by 12% over the summer.",
        [12.0],
        id="volume-of",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEASURE_ROWS)
def test_a_service_number_after_the_number_of_is_no_count(
    nlp: Language, areas: AreasOf, text: str, expected: list[float]
) -> None:
    assert [value for value, _ in areas(nlp, text)] == expected


COUNT_ROWS = [
    pytest.param("Officers reviewed a total of 101 calls from Dyfed.", [101.0], id="total-of"),
    pytest.param("The number of arrests was 101 calls short of a record.", [101.0], id="no-of"),
    pytest.param("The number of 999 calls rose to 101 calls an hour.", [101.0], id="after-to"),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_ROWS)
def test_a_101_counted_elsewhere_is_still_read(
    nlp: Language, areas: AreasOf, text: str, expected: list[float]
) -> None:
    assert [value for value, _ in areas(nlp, text)] == expected
