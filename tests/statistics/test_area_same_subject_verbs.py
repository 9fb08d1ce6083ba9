""" ", and" + a verb of the same subject + a figure opens a clause of its own: a place named
in it is that figure's, not the one's before the comma (rule ``SAME_SUBJECT_VERB`` of the
area clause breaks). Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lancashire Police said officers visited 240 older residents, and handed out "
            "1,800 leaflets in Preston and Chorley.",
            [(240, "Lancashire"), (1800, "Preston and Chorley")],
            id="verb-and-particle",
        ),
        pytest.param(
            "Durham Police said volunteers called 90 victims, and seized 14 phones in Darlington.",
            [(90, "Durham"), (14, "Darlington")],
            id="irregular-verb",
        ),
        pytest.param(
            "Essex Police said the team checked 65 shops, and also recorded 12 offences in "
            "Colchester.",
            [(65, "Essex"), (12, "Colchester")],
            id="also-before-the-verb",
        ),
        pytest.param(  # near miss: no comma, one clause: the place is both figures'
            "Durham Police said volunteers called 90 victims and seized 14 phones in Darlington.",
            [(90, "Darlington"), (14, "Darlington")],
            id="no-comma",
        ),
    ],
)
def test_a_same_subject_clause_keeps_its_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Thames Valley Police said the man sent 600 letters to 40 addresses, and turned up "
            "at a school in Wokingham on six occasions.",
            [(600, "Thames Valley"), (40, "Thames Valley"), (6, "Wokingham")],
            id="place-then-figure",
        ),
        pytest.param(
            "West Yorkshire Police said officers visited 210 homes, and called at a shop in "
            "Wakefield about 12 complaints.",
            [(210, "West Yorkshire"), (12, "Wakefield")],
            id="place-then-about-figure",
        ),
        pytest.param(
            "Humberside Police said the team stopped 85 vehicles, and patrolled the estates "
            "in Hull with 14 officers.",
            [(85, "Humberside"), (14, "Hull")],
            id="words-between-verb-and-place",
        ),
        pytest.param(  # near miss: no comma, one clause: the place is both figures'
            "Thames Valley Police said the man sent 600 letters and turned up at a school in "
            "Wokingham on six occasions.",
            [(600, "Wokingham"), (6, "Wokingham")],
            id="placed-no-comma",
        ),
        pytest.param(  # near miss: no figure after the place, so no clause of its own
            "Humberside Police said the team stopped 85 vehicles, and patrolled the estates "
            "in Hull.",
            [(85, "Hull")],
            id="placed-no-figure",
        ),
    ],
)
def test_a_same_subject_clause_with_a_late_figure_keeps_its_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    """Rule ``same_subject_verb_placed``: the clause's place comes before its figure."""
    assert areas(nlp, text) == expected
