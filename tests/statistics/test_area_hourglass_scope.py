"""Hourglass, the elder abuse charity, is a national body of
:data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES` (UK-wide): its own
figures, where no place is named, are the UK's; a place named keeps its figure, and a
force's release that names the charity keeps its own area. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Hourglass has published figures on calls to its helpline.\n\n"
        "The helpline took 5,100 calls in 2024. Around 30% were about money.",
        [(5100, "UK"), (30, "UK")],
        id="charity-own-figures",
    ),
    # near misses: a place named; a force's own release naming the charity
    pytest.param(
        "Hourglass has published figures on calls to its helpline.\n\n"
        "Calls from Wales rose to 340 in 2024.",
        [(340, "Wales")],
        id="place-named",
    ),
    pytest.param(
        "Avon and Somerset Police is working with Hourglass on a new campaign.\n\n"
        "Officers made 12 arrests for fraud against older people last year.",
        [(12, "Avon and Somerset")],
        id="force-release",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_hourglass_speaks_for_the_uk(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
