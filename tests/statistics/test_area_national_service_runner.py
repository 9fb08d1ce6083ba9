"""A force named as the one running a national service ("the national reporting centre
for fraud run by the City of London Police", "which is operated by the City of London
Police") speaks, like a national lead force, for the country of several nations its
release names (rule ``national-service-runner``, written by held-out 281 and 283 at once
and merged: both tables below); a local service it runs, "a national …", or a text naming
no country of several nations leaves the force its own area (a later sentence's share
still takes the place of the sentence before it). Every sentence is invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

EWNI = "England, Wales and Northern Ireland"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Shoppers lost £2.4m to fake parcel texts in 2025, according to Action Fraud, the "
            "national fraud reporting service run by the City of London Police. It logged "
            "3,150 reports across England, Wales and Northern Ireland. Some 38% came in "
            "December.",
            [(2400000, EWNI), (3150, EWNI), (38, EWNI)],
            id="reporting-service",
        ),
        pytest.param(
            "The UK's national ticket fraud hotline, operated by the City of London Police, "
            "took 1,200 calls in 2025. Callers across England and Wales lost £400,000.",
            [(1200, "UK"), (400000, "England and Wales")],
            id="operated-hotline",
        ),
        # near misses: a local service the force runs; "a national" with no "the"
        pytest.param(
            "The fraud desk run by the City of London Police took 210 calls. Buyers across "
            "England and Wales lost £900,000. Some 15% of calls were about tickets.",
            [(210, "City of London"), (900000, "England and Wales"), (15, "England and Wales")],
            id="local-desk",
        ),
        pytest.param(
            "A national pilot run by the City of London Police sent 75 alerts. Reports across "
            "England and Wales rose. About 40% of alerts were read.",
            [(75, "City of London"), (40, "England and Wales")],
            id="a-national",
        ),
    ],
)
def test_national_service_runner(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


MORE_ROWS = [
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


@pytest.mark.parametrize(("text", "expected"), MORE_ROWS)
def test_a_national_service_runner_speaks_for_the_country(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
