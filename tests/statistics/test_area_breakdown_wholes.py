"""A share whose whole is left unsaid, after a whole broken down by place, is a share of
that whole, not of the breakdown's last member (rule ``breakdown-whole`` in
``part_wholes``): it takes the whole's area, or the document's when the whole is unstated.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Kent Police received 920 reports of stalking in 2025. Maidstone accounted for 210 "
        "of the reports, Dartford for 160 and Ashford for 95.\n\nAround one in five "
        "involved an ex-partner.",
        [(920, "Kent"), (210, "Maidstone"), (160, "Dartford"), (95, "Ashford"), (20, "Kent")],
        id="whole-before-the-breakdown",
    ),
    pytest.param(
        "Kent Police received 920 reports of stalking in 2025.\n\nMaidstone accounted for "
        "210 of the reports.\n\nDartford accounted for 160.\n\nAround one in five involved "
        "an ex-partner.",
        [(920, "Kent"), (210, "Maidstone"), (160, "Dartford"), (20, "Kent")],
        id="members-in-sentences-of-their-own",
    ),
]

NEAR_MISSES = [
    # one place's count is no breakdown: the share is of it
    pytest.param(
        "Kent Police received 920 reports of stalking in 2025. In Maidstone, officers "
        "received 210 reports.\n\nAround one in five involved an ex-partner.",
        [(920, "Kent"), (210, "Maidstone"), (20, "Maidstone")],
        id="a-single-place",
    ),
    # "of them" in the share's own sentence keeps the count before it
    pytest.param(
        "Kent Police received 920 reports in 2025. Maidstone recorded 210 reports and "
        "Dartford 160 reports, and one in five of them involved an ex-partner.",
        [(920, "Kent"), (210, "Maidstone"), (160, "Dartford"), (20, "Dartford")],
        id="of-them-in-its-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS + NEAR_MISSES)
def test_share_after_a_breakdown(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
