"""The ``service-number-described`` exclusion and the ``contacts`` noun of
``service-number-named``: a service number described as a service ("the 101 non-emergancy
line", "999 performance") or named by a share before its contacts ("a third of 101
contacts") is no count; a count before a noun that is no service noun is still read.
Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

DESCRIBED_ROWS = [
    pytest.param(
        "Residents in Rhyl say the 101 non-emergancy line still rings out for 20% of callers.",
        [20.0],
        id="typo-line",
    ),
    pytest.param(
        "Cumbria Constabulary said its 111 phone number would stay open as 64% of calls were "
        "urgent.",
        [64.0],
        id="phone-number",
    ),
    pytest.param(
        "The inspectors said 999 performance in Norfolk had improved to 87% last spring.",
        [87.0],
        id="performance",
    ),
    pytest.param(
        "Gloucestershire Police cut 101 abandonment rates by 15% in 2025.",
        [15.0],
        id="abandonment",
    ),
    pytest.param(
        "In Wiltshire more than a quarter of 101 contacts came through the website in May.",
        [25.0],
        id="quarter-of-contacts",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_ROWS)
def test_a_service_number_described_as_a_service_is_no_count(
    nlp: Language, areas: AreasOf, text: str, expected: list[float]
) -> None:
    assert [value for value, _ in areas(nlp, text)] == expected


COUNT_ROWS = [
    pytest.param(
        "The 101 new officers in Suffolk joined the front line in June.",
        [101.0],
        id="no-service-noun",
    ),
    pytest.param(
        "The 101 officers' line managers in Kent met in June.",
        [101.0],
        id="possessive-not-a-describing-word",
    ),
    pytest.param(
        "Officers in Dyfed-Powys logged 101 contacts with rough sleepers in March.",
        [101.0],
        id="bare-contacts",
    ),
    pytest.param(
        "The 101 local service providers in Somerset signed the charter in May.",
        [101.0],
        id="described-service-before-providers",
    ),
    pytest.param(
        "Last winter the charity in Carlisle supported 101 service users.",
        [101.0],
        id="service-before-users",
    ),
    pytest.param(
        "Their 111 line volunteers in Bangor took part in the survey.",
        [111.0],
        id="article-line-before-volunteers",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_ROWS)
def test_a_count_before_another_noun_is_still_read(
    nlp: Language, areas: AreasOf, text: str, expected: list[float]
) -> None:
    assert [value for value, _ in areas(nlp, text)] == expected
