"""An age bound after "be" or "been" closing a clause ("appeared to be under 18", "had been
over 70", "are thought to be under 16") is no figure (exclusion ``age-predicate`` of
``exclusions``, as "was under 16" is); an amount after "be under", a bound with a plural
noun after it, and a bound with no clause end stay figures. Sentences invented for these
tests."""

from __future__ import annotations

import pytest

from pressfacts.statistics.figures import candidate_figures


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Of the 30 callers, nine said a boy at the garage appeared to be under 16.", [30, 9]),
        (
            "Three of the 12 workers are thought to be under 18, and two more were over 60.",
            [3, 12, 2],
        ),
        ("Almost half of the 50 people she helped had been over 70.", [50, 50]),
        ("Staff at 14 salons said the girls seemed to be under 17; nobody asked.", [14]),
        # near misses: an amount, a plural noun after the bound, no clause end
        ("The bill is expected to be under 2,000.", [2000]),
        ("Officers believe the total will be under 40 arrests.", [40]),
        ("Thefts could be under 40 in March, down from 75.", [40, 75]),
    ],
)
def test_an_age_bound_after_be_is_no_figure(text: str, values: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == values
