"""A count with its noun left out that adds to the count before it in its sentence ("a
further", "another", "an additional") takes that count's area when its own clause names no
place (figure area rule ``further-count``, ``sibling_areas.further_area``). Every sentence
is invented for the test; the near misses are a further count with a noun of its own and
one whose clause names a place of its own, and a count before it in a relative aside."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

LEAD = "Durham Constabulary has published its latest figures on off-road bikes. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            LEAD + "Officers seized 214 bikes in Darlington last year and a further 56 since "
            "January.",
            [(214, "Darlington"), (56, "Darlington")],
            id="and-a-further-since",
        ),
        pytest.param(
            LEAD + "Officers recovered 37 stolen bikes in Hartlepool in March, and another 12 "
            "in April.",
            [(37, "Hartlepool"), (12, "Hartlepool")],
            id="and-another-in-a-month",
        ),
        pytest.param(
            LEAD + "Officers seized 18 quad bikes in Seaham in May and an extra nine in June.",
            [(18, "Seaham"), (9, "Seaham")],
            id="an-extra-in-words",
        ),
        pytest.param(  # near miss: a noun of its own
            LEAD + "Officers seized 214 bikes in Darlington last year and a further 12 "
            "officers joined the team.",
            [(214, "Darlington"), (12, "Durham")],
            id="a-further-with-its-own-noun",
        ),
        pytest.param(  # near miss: a place of its own clause
            LEAD + "Officers seized 214 bikes in Darlington last year, and a further 56 in "
            "Sunderland.",
            [(214, "Darlington"), (56, "Sunderland")],
            id="a-further-with-its-own-place",
        ),
        pytest.param(  # near miss: counts of two areas before: the further adds to the whole
            LEAD + "Officers seized 520 bikes last year, 90 of them in Darlington, and a "
            "further 60 since January.",
            [(520, "Durham"), (90, "Darlington"), (60, "Durham")],
            id="a-further-after-a-part-of-another-area",
        ),
        pytest.param(  # near miss: the count before stands in a relative aside
            LEAD + "The force has fitted 40 cameras at hotspots including Consett, where there "
            "were six crashes last year, and plans a further 25 by March.",
            [(40, "Durham"), (6, "Consett"), (25, "Durham")],
            id="a-further-after-a-relative-aside",
        ),
    ],
)
def test_a_further_count_takes_the_area_of_the_count_before(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
