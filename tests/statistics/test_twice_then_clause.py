"""A "twice" closing its clause before "and" or "but" and the next verb is how often it was
done, not a multiple (exclusion ``twice-then-clause``, ``thresholds.TWICE_THEN_CLAUSE``):
"she had moved house twice and had lost her job". Near misses keep "twice" as a figure when
no verb follows the conjunction or a comparison follows "twice". Every sentence is invented
for the test."""

from __future__ import annotations

import pytest

from pressfacts.statistics.figures import candidate_figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The court heard she had changed her number twice and had stopped going out.",
            [],
            id="and-had",
        ),
        pytest.param("He was stopped twice and searched by officers.", [], id="and-participle"),
        pytest.param("The victim rang twice but was told to wait.", [], id="but-was"),
        pytest.param(
            "He visited the shop twice and then followed her home on 14 occasions.",
            [14],
            id="and-then",
        ),
        # near misses: no verb after the conjunction, or "twice" opening a comparison
        pytest.param(
            "Rates were between twice and three times the county average.",
            [2, 3],
            id="twice-and-three-times",
        ),
        pytest.param("Reports in Hove were twice as high and rising.", [2], id="as-high"),
    ],
)
def test_twice_then_a_clause(text: str, expected: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected
