"""A quote, then its speaker's name and a long appositive before the verb of saying
(``“…,” Ruth Kemp, chief executive of the Lorimer Trust, said.``): the verb may stand
further from the close than a bare cue's (``cues.NAMED_APPOSITIVE_CUE``). Sentences
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param(
        "“Every theft has a victim,” Ruth Kemp, chief executive of the Lorimer Trust, said. "
        "“Our members cannot absorb the cost.”",
        ["person:ruth-kemp", "person:ruth-kemp"],
        id="split-quote-appositive-of-an-organisation",
    ),
    pytest.param(
        "“We will keep patrolling the high street,” Owen Price, head of neighbourhood "
        "policing for the west of the county, said.",
        ["person:owen-price"],
        id="long-portfolio-appositive",
    ),
    pytest.param(
        "“Staff deserve better,” Carys Bevan, the union's regional organiser for south "
        "Wales and the Valleys, said on Monday.",
        ["person:carys-bevan"],
        id="appositive-then-said-on-a-day",
    ),
    # near misses (no cue: no quote): a report that speaks, no name before the appositive
    pytest.param(
        "“Every theft has a victim.” The report, published by the Home Office on Monday "
        "after a long delay, said the figures rose.",
        [],
        id="a-report-is-no-speaker",
    ),
    pytest.param(
        "“Every theft has a victim,” the sign in the window of the shop on the corner of "
        "the high street said.",
        [],
        id="no-name-before-the-appositive",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), ROWS)
def test_named_appositive_cue(nlp: Language, text: str, speakers: list[str | None]) -> None:
    assert [quote.speaker for quote in nlp(text)._.quotes] == speakers
