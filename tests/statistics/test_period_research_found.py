"""A sentence opening "The research found …" or "The research also showed …" speaks of the
figures stated just before, as "The study found …" does (back-reference rule
``the_figures_show``, whose nouns now hold research): it takes their period, where it had
none. Sentences invented; near misses keep a period of their own, take none when none was
stated before, or open on research of their own ("Research by … found")."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.test_period_context import periods_of

P = dt.date(2026, 2, 10)
YEAR_2025 = ("2025-01-01", "2025-12-31")

ROWS: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "Forces in Wales held 1,930 children in custody overnight in 2025, the charity said. "
        '"That is far too many," said its director. "Cells are no place for a child." The '
        "research found that girls were held at three times the rate of boys, and that one in "
        "four had a recorded mental health need.",
        {1930: YEAR_2025, 3: YEAR_2025, 25: YEAR_2025},
    ),
    (
        "The trust's study of youth court cases found 2,140 children waited more than a year "
        "for a hearing in 2025. Its chair said it was a scandal. She called for more judges. "
        "The research also showed that black children waited twice as long as white "
        "children.",
        {2140: YEAR_2025, 2: YEAR_2025},
    ),
]

NEAR_MISSES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    # a period of its own
    (
        "Forces held 1,930 children overnight in 2025. The research found that 27% were "
        "held in December.",
        {1930: YEAR_2025, 27: ("2025-12-01", "2025-12-31")},
    ),
    # no period stated before: none to take
    (
        "The research found that 27% of the children had a mental health need.",
        {27: None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS + NEAR_MISSES)
def test_research_found_takes_the_period_before(
    nlp: Language, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
