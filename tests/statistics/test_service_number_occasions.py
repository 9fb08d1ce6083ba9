"""A 101, 999 or 111 after "on" (or a verb of calling) followed by "occasions" counts the
times something happened, not the service (guard ``service-number-counted`` of the
``service-number`` exclusion: ``service_numbers.COUNTED_AFTER``), as one followed by
"times" already did. Before, "were called out on 101 occasions" gave no figure. Every
sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param("Street pastors were called out on 101 occasions.", [101.0], id="on-occasions"),
    pytest.param(
        "Lifeguards were sent on 111 separate occasions.", [111.0], id="on-separate-occasions"
    ),
    pytest.param("Crews were called on 999 more occasions.", [999.0], id="called-on-more"),
    # near misses: the service number itself, whatever follows it
    pytest.param("Call police on 101 or report it online.", [], id="on-101-or"),
    pytest.param("Contact the force on 101 quoting the reference.", [], id="on-101-quoting"),
    pytest.param("Always ring 999 on occasions like these.", [], id="ring-999-then-on"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_service_number_occasions(
    nlp: Language, areas: AreasOf, text: str, expected: list[float]
) -> None:
    assert [value for value, _ in areas(nlp, text)] == expected
