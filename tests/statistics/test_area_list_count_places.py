"""A place of a list of counts by place ("12 clubs in Hull, nine in York and six in Selby")
is the counts' own: a figure before the list takes no area from it. Every sentence is
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Humberside Police said awards of up to £5,000 have gone to 12 clubs in Hull, "
            "nine in Grimsby and six in Scunthorpe.",
            [(5000, "Humberside"), (12, "Hull"), (9, "Grimsby"), (6, "Scunthorpe")],
            id="money-before-a-list-of-place-counts",
        ),
        pytest.param(
            "Cleveland Police said £80,000 was shared by 14 groups in Middlesbrough and 11 in "
            "Hartlepool.",
            [(80000, "Cleveland"), (14, "Middlesbrough"), (11, "Hartlepool")],
            id="a-list-of-two-joined-by-and",
        ),
        # near misses: one count and its place, no list; a range's two bounds
        pytest.param(
            "Cleveland Police said £80,000 will fund 14 groups in Middlesbrough.",
            [(80000, "Middlesbrough"), (14, "Middlesbrough")],
            id="no-list-the-place-is-the-clause-s",
        ),
        pytest.param(
            "Cleveland Police said it helped between 60 and 70 families in Redcar last year.",
            [(60, "Redcar"), (70, "Redcar")],
            id="a-range-is-one-figure",
        ),
    ],
)
def test_a_listed_count_s_place_is_its_own(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lancashire Police said its detection rate was 11.2% in 2024, compared with 10.1% "
            "in 2023 and an average of 9.8% across forces in the North West.",
            [(11.2, "Lancashire"), (10.1, "Lancashire"), (9.8, "North West")],
            id="an-average-s-place-is-its-own",
        ),
        # near miss: a listed percentage that is no average: its place is the clause's
        pytest.param(
            "Lancashire Police said its detection rate was 11.2% in 2024, compared with 10.1% "
            "in 2023 and 9.8% across forces in the North West.",
            [(11.2, "Lancashire"), (10.1, "North West"), (9.8, "North West")],
            id="no-average-the-place-is-the-clause-s",
        ),
    ],
)
def test_an_average_s_place_is_its_own(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert sorted(areas(nlp, text)) == sorted(expected)
