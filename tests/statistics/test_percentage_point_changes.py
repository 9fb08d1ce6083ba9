"""A change in percentage points written before its change noun ("a 9 percentage point
rise") counts points and is a change, as "rose by 9 percentage points" is (rule
``percentage_point_change``: ``compound_units.COMPOUND_UNITS["points"]`` and the change
modifier in ``changes._MODIFIER``). Before, the change noun was read as the unit ("9
rises") and the change was lost. Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.units import noun_after


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" percentage point rise on last year", "points"),
        (" percentage-point fall in detections", "points"),
        (" percentage point year-on-year increase", "points"),
        (" percentage points in 2025", "points"),
        # near misses: no change noun after the compound
        (" percentage point target", "targets"),
        (" per cent rise", None),
    ],
)
def test_points_before_a_change_noun(after: str, expected: str | None) -> None:
    assert noun_after(after) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hull saw a 9 percentage point rise in the share of arrests.", (9.0, "increase")),
        ("Charge rates showed a 3.5 percentage-point fall last year.", (3.5, "decrease")),
        ("It marked a 2 percentage point drop in satisfaction.", (2.0, "decrease")),
    ],
)
def test_the_figure_is_a_change_in_points(
    nlp: Language, text: str, expected: tuple[float, str]
) -> None:
    doc = nlp(text)
    found = [(f.value, f.unit, f.change) for f in doc._.statistics]
    assert found == [(expected[0], "points", expected[1])]
