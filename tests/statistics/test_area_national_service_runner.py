"""Rule ``national-service-runner`` of
:func:`~pressfacts.statistics.national_scopes.national_leads`: a force named as the runner
of a national service ("Report Fraud, the national reporting service run by City of London
Police") speaks for the country the text names, not for its own area, as a force described
as the national lead force does. Near misses: a local scheme run by a force, and a national
service whose text names no country of several nations. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Pensioners lost £12m to romance fraud last year, according to Report Fraud, the"
        " national fraud reporting service run by City of London Police.\n\n"
        "It received 3,100 reports from across England, Wales and Northern Ireland.\n\n"
        "A third of the victims were men.",
        [
            (12000000, "England, Wales and Northern Ireland"),
            (3100, "England, Wales and Northern Ireland"),
            (33.3, "England, Wales and Northern Ireland"),
        ],
        id="report-fraud-run-by",
    ),
    pytest.param(
        "Figures from the National Fraud Intelligence Bureau, which is operated by the City"
        " of London Police, show 640 courier fraud reports in 2024.\n\n"
        "Reports came from across England and Wales.",
        [(640, "England and Wales")],
        id="operated-by-the",
    ),
    # near misses: a local scheme; no country of several nations named
    pytest.param(
        "The Safer Streets scheme, a local project run by Kent Police, helped 85 shops in"
        " 2024.\n\nShops across England and Wales can apply.",
        [(85, "Kent")],
        id="local-scheme",
    ),
    pytest.param(
        "Victims lost £4m to ticket fraud last year, according to Report Fraud, the national"
        " reporting service run by City of London Police.",
        [(4000000, "City of London")],
        id="no-country-named",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_national_service_runner_speaks_for_the_country(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
