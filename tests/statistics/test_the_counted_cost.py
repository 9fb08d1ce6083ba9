"""Back pointer ``the-counted-cost`` (:data:`pressfacts.statistics.referred_figures.
POINTING_BACK`): a sentence opening on "the" + the plural noun of the things the sentence
before counted and a verb of costing ("The claims cost just over £2.6m in total") states
their cost, so the sum takes their span when it has none of its own. Sentences invented
for the test; near misses: no "the" ("Repairs cost …"), a noun that is not the noun of the
count before ("The cameras cost …" after thefts, :func:`pressfacts.statistics.
sentence_referents.counted_again`), a span of its own."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 11, 4)
BEFORE = "Officers recorded 48 thefts of quad bikes in Powys in 2024. "
Y2024 = ("2024-01-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            BEFORE + "The thefts had cost farmers £310,000.",
            {48: Y2024, 310000: Y2024},
            id="the-thefts-had-cost",
        ),
        pytest.param(
            "The insurer paid 96 claims in the first half of 2025. The claims cost just over "
            "£1.4m in total.",
            {96: ("2025-01-01", "2025-06-30"), 1400000: ("2025-01-01", "2025-06-30")},
            id="the-claims-cost-qualified",
        ),
        # near misses: no "the"; a noun no count before names; a span of its own
        pytest.param(
            BEFORE + "Repairs cost farmers £310,000.",
            {48: Y2024, 310000: None},
            id="no-the",
        ),
        pytest.param(
            BEFORE + "The cameras cost £24,000.",
            {48: Y2024, 24000: None},
            id="other-noun",
        ),
        pytest.param(
            BEFORE + "The thefts cost farmers £95,000 in 2023.",
            {48: Y2024, 95000: ("2023-01-01", "2023-12-31")},
            id="own-span",
        ),
    ],
)
def test_the_counted_cost_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, tuple[str, str] | None]
) -> None:
    assert periods_of(nlp, text, P) == expected
