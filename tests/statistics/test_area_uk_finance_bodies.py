"""UK Finance, Cifas and the Financial Conduct Authority are national bodies of
:data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES` (UK-wide): a release whose
lead sentence names one speaks for the UK, though a territorial force is named later as a
partner (rule ``lead-national-body``); a place named keeps its figure, and a force's own
release keeps the force's area. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Card fraud losses reached £580m last year, UK Finance said on Tuesday.\n\n"
        "Banks refunded 61% of the money. Lenders worked with Gwent Police on the figures.",
        [(580000000, "UK"), (61, "UK")],
        id="uk-finance-lead-then-force",
    ),
    pytest.param(
        "Cifas recorded 374,000 cases on its National Fraud Database in 2024.\n\n"
        "Identity fraud made up 64% of cases. Officers from Essex Police spoke at the launch.",
        [(374000, "UK"), (64, "UK")],
        id="cifas-lead-then-force",
    ),
    pytest.param(
        "The Financial Conduct Authority removed 9,100 scam adverts in 2024.\n\n"
        "A further 420 websites were taken down. Humberside Police welcomed the work.",
        [(9100, "UK"), (420, "UK")],
        id="fca-lead-then-force",
    ),
    # near misses: a place named keeps its figure; a force's own release keeps its area
    pytest.param(
        "UK Finance published its annual fraud report.\n\nIn Wales, 2,300 cases were reported.",
        [(2300, "Wales")],
        id="place-named",
    ),
    pytest.param(
        "Cleveland Police attended 96 calls from banks last year.\n\n"
        "The scheme is run with UK Finance.",
        [(96, "Cleveland")],
        id="force-release",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_uk_finance_bodies_speak_for_the_uk(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
