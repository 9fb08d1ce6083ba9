"""A speaker's remit place ("head of enforcement for the East of England") yields to the
country's words in the figure's own clause ("… 112 investigations nationally"): rules
``portfolio-of-remit`` (``place_roles.PORTFOLIO_BEFORE`` with a portfolio of its own) and
``national-over-remit`` (``figure_areas._nearest``). Every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Officers from Kent Police visited 40 farms. The agency's head of enforcement for the "
        "South East, Ann Cole, said it had opened 96 investigations nationally since April.",
        [(40, "Kent"), (96, "England")],
        id="head-of-portfolio-for-region",
    ),
    pytest.param(
        "Officers from Kent Police visited 40 farms. The charity's director for the South "
        "East, Ann Cole, said it had helped 310 workers across the country last year.",
        [(40, "Kent"), (310, "England")],
        id="director-for-region",
    ),
    # near miss: no national words: the remit place, alone in the clause, is still its area
    pytest.param(
        "Officers from Kent Police visited 40 farms. The agency's head of enforcement for the "
        "South East, Ann Cole, said it had opened 96 investigations since April.",
        [(40, "Kent"), (96, "South East")],
        id="remit-alone",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_national_over_remit(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert sorted(areas(nlp, text)) == sorted(expected)
