"""A business improvement district named for its town ("Bath BID", "Ipswich Central
Business Improvement District" is no fit) speaks for that town in its own release (rule
``business-improvement-district`` of :data:`.named_bodies.NAMED_FOR_RULES`), as a council
does: figures whose sentence names no place take the town, where a county force or a
university named later had been taken. A university named last in a list of members after
"from", "by" or "with" stands for no place (guard ``university-listed-member``). Every
sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.named_bodies import cited_university, named_place
from tests.statistics.conftest import AreasOf

NAME_ROWS = [
    pytest.param("Bath BID", ("Bath", "council"), id="bid"),
    pytest.param(
        "Worcester Business Improvement District", ("Worcester", "council"), id="full-name"
    ),
    pytest.param("the Leeds City Centre BID", ("Leeds", "council"), id="city-centre-bid"),
    pytest.param("Stroud Town Centre BID", ("Stroud", "council"), id="town-centre-bid"),
    # near misses: no place, another kind of body
    pytest.param("the BID", None, id="near-miss-no-place"),
    pytest.param("Business Improvement District", None, id="near-miss-bare-name"),
    pytest.param("Bath Business Forum", None, id="near-miss-not-a-bid"),
]


@pytest.mark.parametrize(("name", "expected"), NAME_ROWS)
def test_business_improvement_district_place(name: str, expected: tuple[str, str] | None) -> None:
    assert named_place("ORG", name) == expected


LISTED_ROWS = [
    pytest.param(
        "40 students from local colleges, charities and the University of Leeds",
        True,
        id="last-of-a-list-after-from",
    ),
    pytest.param("working with the council and Cardiff University", True, id="with-partners"),
    # near misses: a list across a figure, a capitalised list of bodies, a subject
    pytest.param(
        "figures from the council show 20 arrests, and the University of Leeds",
        False,
        id="near-miss-across-a-figure",
    ),
    pytest.param(
        "officers from Kent Police and the University of Kent", False, id="near-miss-bodies"
    ),
    pytest.param("The University of Leeds", False, id="near-miss-subject"),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_ROWS)
def test_university_listed_member(text: str, expected: bool) -> None:
    start = text.index("University" if "University of" in text else "Cardiff")
    start = text.rfind("the ", 0, start) + 4 if text[start - 4 : start] == "the " else start
    assert cited_university(text, start, len(text)) is expected


AREA_ROWS = [
    pytest.param(
        "Figures published by Bath BID show its street team removed 310 tags last year. "
        "It spent £20,000 on the work. Avon and Somerset Police has charged two people.",
        [(310.0, "Bath"), (20000.0, "Bath"), (2.0, "Avon and Somerset")],
        id="bid-release-with-a-force-named-later",
    ),
    pytest.param(
        "Worcester BID said 45 volunteers from shops, schools and the University of "
        "Gloucestershire cleaned 12 shopfronts.",
        [(45.0, "Worcester"), (12.0, "Worcester")],
        id="university-listed-among-volunteers",
    ),
    # near misses: a place named in the figure's own sentence stays its area; a university
    # that is the subject speaks for its city
    pytest.param(
        "Bath BID said 30 tags were removed in Keynsham.",
        [(30.0, "Keynsham")],
        id="near-miss-scope-place-beside",
    ),
    pytest.param(
        "The University of Leeds said 80 students had volunteered, working with West "
        "Yorkshire Police.",
        [(80.0, "Leeds")],
        id="near-miss-university-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AREA_ROWS)
def test_business_improvement_districts_give_areas(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
