"""Wards a text ranks are the areas of their counts (district rules ``ranked_wards`` and
``any_other_ward``, pressfacts.statistics.district_names); only in a text ranking by ward.
Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "By ward, Ashby Vale had the most thefts last year, with 92, followed by Elmfield "
        "with 61 and Northgate with 40.",
        [(92, "Ashby Vale"), (61, "Elmfield"), (40, "Northgate")],
        id="ranked-wards",
    ),
    pytest.param(
        "By ward, Holme and Fenby recorded the most reports in 2023, with 310, followed by "
        "Castle and Priory with 204.",
        [(310, "Holme and Fenby"), (204, "Castle and Priory")],
        id="joined-ward-names",
    ),
    pytest.param(
        "Ward figures show that Little Horton and Tong had the most reports of anti-social "
        "behaviour in 2024, with 705, followed by Manningham and Heaton with 512.",
        [(705, "Little Horton and Tong"), (512, "Manningham and Heaton")],
        id="ward-figures-show-that",
    ),
    # near miss: shops ranked, no ward
    pytest.param(
        "Tesco recorded the most thefts last year, with 92, followed by Boots with 61.",
        [(92, None), (61, None)],
        id="not-by-ward",
    ),
    pytest.param(
        "Sales figures show that Tesco had the most thefts last year, with 92, followed by "
        "Boots with 61.",
        [(92, None), (61, None)],
        id="sales-figures-no-ward",
    ),
]


# rule any_other_ward: the ward a sentence ranks above "any other ward" opens it, and the
# wards after "followed by" / "<count> and" are read as ranked_wards reads them; near misses:
# shops ranked above "any other shop", a text with no such ranking
ANY_OTHER_WARD_ROWS = [
    pytest.param(
        "Gorton saw 61 of the fires, more than any other ward, followed by Longsight with 44 "
        "and Moss Side with 30.",
        [(61, "Gorton"), (44, "Longsight"), (30, "Moss Side")],
        id="ward-ranked-first-then-followed-by",
    ),
    pytest.param(
        "Castle and Priory recorded 205 reports, more than any other neighbourhood, followed "
        "by Holme with 150.",
        [(205, "Castle and Priory"), (150, "Holme")],
        id="joined-names-any-other-neighbourhood",
    ),
    pytest.param(
        "Tesco saw 40 thefts, more than any other shop, followed by Boots with 21.",
        [(40, None), (21, None)],
        id="near-miss-any-other-shop",
    ),
    pytest.param(
        "Gorton saw 61 fires, followed by Moss Side with 44.",
        [(61, None), (44, None)],
        id="near-miss-no-ranking-by-ward",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANY_OTHER_WARD_ROWS)
def test_any_other_ward(nlp: Language, areas: AreasOf, text: str, expected: list[object]) -> None:
    """(value, area) of each figure."""
    assert areas(nlp, text) == expected


# rule compass_wards_of: two compass-point wards after "wards of" are one area as worded
COMPASS_PAIR_ROWS = [
    pytest.param(
        "Almost half of the 300 reports came from the town centre wards of Bolton Central "
        "and Farnworth North.",
        [(50, "Bolton Central and Farnworth North"), (300, "Bolton Central and Farnworth North")],
        id="wards-of-two-compass-wards",
    ),
    # near miss: two compass wards with their own counts, no "wards of"
    pytest.param(
        "Officers made 40 arrests in Batley West and 12 in Dewsbury East.",
        [(40, "Batley West"), (12, "Dewsbury East")],
        id="each-its-own-count",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPASS_PAIR_ROWS)
def test_compass_wards_of(nlp: Language, areas: AreasOf, text: str, expected: list[object]) -> None:
    """(value, area) of each figure."""
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_ranked_wards(nlp: Language, areas: AreasOf, text: str, expected: list[object]) -> None:
    """(value, area) of each figure."""
    assert areas(nlp, text) == expected


# rule ward_led_ranking: a named ward leading a ranking makes the members after "followed by"
# / "<count> and" wards with their own "with" and count; near misses: shops ranked with no
# ward leading, a member "at" its count, a text where no ward leads
WARD_LED_ROWS = [
    pytest.param(
        "The Ashby Vale ward accounted for 96 of the reports, followed by Elm Hollow with 58 "
        "and Northgate Fields with 31.",
        [(96, "Ashby Vale"), (58, "Elm Hollow"), (31, "Northgate Fields")],
        id="ward-accounted-for-then-followed-by",
    ),
    pytest.param(
        "The Kingsmead ward recorded 140 calls last year, followed by Holme and Fenby with 77.",
        [(140, "Kingsmead"), (77, "Holme and Fenby")],
        id="ward-recorded-joined-name",
    ),
    pytest.param(
        "Tesco accounted for 40 of the thefts, followed by Boots with 21.",
        [(40, None), (21, None)],
        id="near-miss-no-ward-leads",
    ),
    pytest.param(
        "Elm Hollow saw 61 fires, followed by Northgate Fields with 44.",
        [(61, None), (44, None)],
        id="near-miss-no-ward-word",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WARD_LED_ROWS)
def test_ward_led_ranking(nlp: Language, areas: AreasOf, text: str, expected: list[object]) -> None:
    """(value, area) of each figure."""
    assert areas(nlp, text) == expected
