"""The ``service-number-named`` exclusion: a 101 or 111 that names its calls by what
stands before it (a paired service number, a share's denominator, a call's fate) is no
count; a 101 where a count can stand still is."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

NAMED_ROWS = [
    pytest.param(
        "The review covers how Dyfed-Powys Police handles 999 and 101 calls.",
        [],
        id="paired-999-and",
    ),
    pytest.param("Most 101 or 111 callers were answered within minutes.", [], id="paired-101-or"),
    pytest.param(
        "The hub in Newport now logs 999 and 101 contacts together.", [], id="paired-contacts"
    ),
    pytest.param("Inspectors found one in six 101 calls went unanswered.", [16.7], id="share-six"),
    pytest.param("Nine in ten 111 callers said they were helped.", [90.0], id="share-ten"),
    pytest.param("The share of abandoned 101 calls fell to 7% in May.", [7.0], id="fate-abandoned"),
    pytest.param("It cut the number of unanswered 101 calls by 40%.", [40.0], id="fate-unanswered"),
    pytest.param(
        "The force answered 101 calls in an average of 3 minutes last year.",
        [3.0],
        id="answer-time-average",
    ),
    pytest.param("Staff answer 111 calls within 30 seconds.", [], id="answer-time-within"),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_ROWS)
def test_a_service_number_naming_its_calls_is_no_count(
    nlp: Language, areas: AreasOf, text: str, expected: list[float]
) -> None:
    assert [value for value, _ in areas(nlp, text)] == expected


COUNT_ROWS = [
    pytest.param("The control room answered 101 calls in the first hour.", [101.0], id="answered"),
    pytest.param("Inspectors checked 101 calls in Powys.", [101.0], id="checked"),
    pytest.param("The desk took 101 calls in May.", [101.0], id="in-a-month"),
    pytest.param("Staff took 101 or more calls a shift.", [101.0], id="101-or-more"),
    pytest.param("Officers made 101 arrests and seized 999 phones.", [101.0, 999.0], id="arrests"),
    pytest.param("It logged 101 calls and 999 emails.", [101.0, 999.0], id="calls-and-emails"),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_ROWS)
def test_a_101_where_a_count_can_stand_is_still_read(
    nlp: Language, areas: AreasOf, text: str, expected: list[float]
) -> None:
    assert [value for value, _ in areas(nlp, text)] == expected
