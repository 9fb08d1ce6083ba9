"""The place of a speaker's portfolio that ends the attribution after a quote is the
speaker's remit, not the scope of the figures the next quoted words state (place role
``closing-portfolio``, ``place_role_leads.CLOSING_PORTFOLIO_BEFORE``): those figures take the
release's area. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Cumbria Police said the checks went well.\n\n"
            "\u201cFarm work should never mean debt,\u201d said Ruth Kerr, the agency's head of "
            "enforcement for the North West. \u201cWe found 31 workers with no contracts.\u201d",
            [(31, "Cumbria")],
            id="head-of-a-field-for-a-region",
        ),
        pytest.param(
            "North Yorkshire Police made the visits.\n\n"
            '"It was a long day," said Sgt Amy Cole, the force\'s rural crime lead for Craven. '
            '"Officers seized 12 quad bikes."',
            [(12, "North Yorkshire")],
            id="lead-for-a-district",
        ),
        pytest.param(  # near miss: no portfolio, the speaker's own town leads in
            "North Yorkshire Police made the visits.\n\n"
            '"It was a long day," said Amy Cole, who works in Craven. '
            '"Officers seized 12 quad bikes."',
            [(12, "Craven")],
            id="no-portfolio",
        ),
        pytest.param(  # near miss: no quote before, the sentence states its own figure
            "Cumbria Police said the checks went well. The agency's head of enforcement for "
            "the North West found 31 workers with no contracts.",
            [(31, "North West")],
            id="no-quote-before",
        ),
    ],
)
def test_a_closing_portfolio_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
