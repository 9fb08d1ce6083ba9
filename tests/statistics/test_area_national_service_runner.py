"""A force named as the one running a national service ("the national reporting centre
for fraud run by the City of London Police") speaks, like a national lead force, for the
country of several nations its release names (rule ``national-service-runner``); a local
service it runs, or "a national …", leaves the force its own area (a later sentence's
share still takes the place of the sentence before it). Every sentence is
invented for the test."""

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
